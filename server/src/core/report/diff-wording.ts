// Wording shared by the semantic diff's views — the CLI's terminal, JSON and GitHub reporters,
// and the Markdown and HTML pages here (`reimage diff`, the editor's compare view) — so each
// describes a change, a verdict change and an expectation the same way.
import type { ExpectationChange, ChangeKind, ProtocolChange, ProtocolDiff, VerdictChange } from '../diff';
import type { SourceRef } from '../evaluate/result';

/** What a reporter is given: the diff and how to name its two versions. */
export interface DiffReport {
  /** `HEAD (1a2b3c4)`, `working tree`. */
  before: string;
  after: string;
  diff: ProtocolDiff;
}

export function markOf(kind: ChangeKind): string {
  if (kind.endsWith('-added')) return '+';
  if (kind.endsWith('-removed')) return '-';
  if (kind === 'rule-renamed') return '»';
  return '~';
}

/** `stricter`, `inherited from tier3a-public` — the notes a change line carries. */
export function changeNotes(c: ProtocolChange): string[] {
  const notes: string[] = [];
  if (c.direction) notes.push(c.direction);
  if (c.inheritedFrom) notes.push(`inherited from ${c.inheritedFrom}`);
  return notes;
}

export function changeText(c: ProtocolChange): string {
  const notes = changeNotes(c);
  return notes.length ? `${c.message} (${notes.join('; ')})` : c.message;
}

/** `h-lung-ct/chest-ct: accept → redo, because oncology-thin-slice-ct` */
export function verdictChangeText(v: VerdictChange): string {
  return `${v.case}/${v.study}: ${v.before} → ${v.after}${v.because.length ? `, because ${v.because.join(', ')}` : ''}`;
}

export function expectationText(e: ExpectationChange): string {
  if (e.failures.length) return e.failures.map((f) => f.message).join('; ');
  if (e.after === 'invalid') return 'the case cannot run in the newer version (see `reimage validate`)';
  if (e.before === 'invalid') return 'the case could not run in the older version';
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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface DiffCounts {
  changes: number;
  protocols: number;
  stricter: number;
  looser: number;
  studies: number;
  newlyFailing: number;
  newlyPassing: number;
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
  };
}

/** One line: `5 changes in 2 protocols (3 stricter, 1 looser) · 2 studies change verdict · 1 case now fails its expect`. */
export function summaryText(diff: ProtocolDiff): string {
  const n = countsOf(diff);
  const directions = [n.stricter ? `${n.stricter} stricter` : '', n.looser ? `${n.looser} looser` : ''].filter(Boolean).join(', ');
  const parts = [
    n.changes ? `${plural(n.changes, 'change')} in ${plural(n.protocols, 'protocol')}${directions ? ` (${directions})` : ''}` : 'no protocol changes',
    n.studies ? `${plural(n.studies, 'study', 'studies')} ${n.studies === 1 ? 'changes' : 'change'} verdict` : 'no verdict changes',
  ];
  if (n.newlyFailing) parts.push(`${plural(n.newlyFailing, 'case')} now ${n.newlyFailing === 1 ? 'fails its' : 'fail their'} expect`);
  if (n.newlyPassing) parts.push(`${plural(n.newlyPassing, 'case')} now ${n.newlyPassing === 1 ? 'passes its' : 'pass their'} expect`);
  return parts.join(' · ');
}
