// Wording shared by the semantic diff's views — the CLI's terminal, JSON and GitHub reporters,
// and the Markdown and HTML pages here (`reimage diff`, the editor's compare view) — so each
// describes a change, a verdict change and an expectation the same way.
// Every sentence is a catalogue message, said in the report's language (English when none is given).
import type { ExpectationChange, ChangeKind, ProtocolChange, ProtocolDiff, VerdictChange } from '../diff';
import type { SourceRef } from '../evaluate/result';
import { catalogueFor, type Catalogue, type MessageParam } from '../i18n/catalogue';

/** What a reporter is given: the diff, how to name its two versions, and the language to say it in. */
export interface DiffReport {
  /** `HEAD (1a2b3c4)`, `working tree`. */
  before: string;
  after: string;
  diff: ProtocolDiff;
  /** The reader's language (default English). */
  say?: Catalogue;
}

/** The catalogue a report is said in. */
export function sayOf(report: Pick<DiffReport, 'say'>): Catalogue {
  return report.say ?? catalogueFor('en');
}

export function markOf(kind: ChangeKind): string {
  if (kind.endsWith('-added')) return '+';
  if (kind.endsWith('-removed')) return '-';
  if (kind === 'rule-renamed') return '»';
  return '~';
}

/** What a change note is: a direction, a wording change, or the parent it is inherited from. */
export type ChangeNote = { kind: 'stricter' | 'looser' | 'wording'; text: string } | { kind: 'inherited'; text: string };

/** `stricter`, `wording`, `inherited from tier3a-public` — the notes a change line carries, in `say`'s language. */
export function changeNotes(c: ProtocolChange, say: Catalogue = catalogueFor('en')): ChangeNote[] {
  const notes: ChangeNote[] = [];
  if (c.direction) notes.push({ kind: c.direction, text: say.t(c.direction === 'stricter' ? 'diff.stricter' : 'diff.looser') });
  if (c.wording) notes.push({ kind: 'wording', text: say.t('diff.wording') });
  if (c.inheritedFrom) notes.push({ kind: 'inherited', text: say.t('diff.inherited-from', { protocol: c.inheritedFrom }) });
  return notes;
}

/** A change's message in `say`'s language. */
export function changeMessage(c: ProtocolChange, say: Catalogue = catalogueFor('en')): string {
  return say.say(c.text);
}

/** A change and its notes in one line: `… (stricter; inherited from tier3a-public)`. */
export function changeText(c: ProtocolChange, say: Catalogue = catalogueFor('en')): string {
  const notes = changeNotes(c, say).map((n) => n.text);
  const text = changeMessage(c, say);
  return notes.length ? say.t('diff.with-notes', { text, notes: notes.join(say.t('clause.separator')) }) : text;
}

/** A verdict word as the reader's language writes it (the data keeps `accept`, `redo`…). */
export function verdictText(v: VerdictChange['before'], say: Catalogue = catalogueFor('en')): string {
  return say.t(`verdict.${v}`);
}

/** `h-lung-ct/chest-ct: accept → redo, because oncology-thin-slice-ct` (verdict words as `verdict` writes them). */
export function verdictChangeText(
  v: VerdictChange,
  say: Catalogue = catalogueFor('en'),
  verdict: (w: VerdictChange['before']) => string = (w) => verdictText(w, say),
): string {
  const params: Record<string, MessageParam> = { study: `${v.case}/${v.study}`, before: verdict(v.before), after: verdict(v.after) };
  return v.because.length ? say.t('diff.verdict-moved-because', { ...params, rules: v.because }) : say.t('diff.verdict-moved', params);
}

export function expectationText(e: ExpectationChange, say: Catalogue = catalogueFor('en')): string {
  if (e.failures.length) return e.failures.map((f) => f.message).join(say.t('clause.separator'));
  if (e.after === 'invalid') return say.t('diff.expect.cannot-run');
  if (e.before === 'invalid') return say.t('diff.expect.could-not-run');
  return `${e.before} → ${e.after}`;
}

export function where(ref: SourceRef | null): string {
  return ref ? `${ref.file}:${ref.line}` : '';
}

/** Where a change is best shown: in the newer version, else the older one. */
export function changeSource(c: ProtocolChange): SourceRef | null {
  return c.source.after ?? c.source.before;
}

/** Changes grouped by protocol, in the diff's order. */
export function byProtocol(changes: readonly ProtocolChange[]): Map<string, ProtocolChange[]> {
  const out = new Map<string, ProtocolChange[]>();
  for (const c of changes) out.set(c.protocol, [...(out.get(c.protocol) ?? []), c]);
  return out;
}

export interface DiffCounts {
  changes: number;
  protocols: number;
  stricter: number;
  looser: number;
  studies: number;
  newlyFailing: number;
  newlyPassing: number;
  /** Changes to words only (titles, reasons, advice, in any language): they move no verdict. */
  wording: number;
}

export function countsOf(diff: ProtocolDiff): DiffCounts {
  return {
    changes: diff.changes.length,
    protocols: new Set(diff.changes.map((c) => c.protocol)).size,
    stricter: diff.changes.filter((c) => c.direction === 'stricter').length,
    looser: diff.changes.filter((c) => c.direction === 'looser').length,
    studies: diff.impact.studies.length,
    newlyFailing: diff.impact.newlyFailing.length,
    newlyPassing: diff.impact.newlyPassing.length,
    wording: diff.changes.filter((c) => c.wording).length,
  };
}

/** One line: `5 changes in 2 protocols (3 stricter, 1 looser, 1 wording only) · 2 studies change verdict · 1 case now fails its expect`. */
export function summaryText(diff: ProtocolDiff, say: Catalogue = catalogueFor('en')): string {
  const n = countsOf(diff);
  const notes = [
    n.stricter ? say.t('diff.summary.stricter', { count: n.stricter }) : '',
    n.looser ? say.t('diff.summary.looser', { count: n.looser }) : '',
    n.wording ? say.t('diff.summary.wording', { count: n.wording }) : '',
  ].filter(Boolean);
  const changes = say.t('diff.summary.changes', { count: n.changes, protocols: n.protocols });
  const parts = [
    n.changes ? (notes.length ? say.t('diff.summary.changes-notes', { changes, notes }) : changes) : say.t('diff.summary.no-changes'),
    n.studies ? say.t('diff.summary.studies', { count: n.studies }) : say.t('diff.summary.no-studies'),
  ];
  if (n.newlyFailing) parts.push(say.t('diff.summary.newly-failing', { count: n.newlyFailing }));
  if (n.newlyPassing) parts.push(say.t('diff.summary.newly-passing', { count: n.newlyPassing }));
  return parts.join(' · ');
}
