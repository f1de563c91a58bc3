// Checks of a case against the protocols it can see: the protocol exists, the patient's
// context is one the protocol has a validity window for, `expect` names real studies.
import { error, warning, type Diagnostic, type Fix } from '../diagnostics';
import type { Case, Protocol } from '../model';
import type { TextRange } from '../text';
import { daysBetween } from '../units/calendar';
import { closest } from './spelling';

function didYouMean(found: string, known: Iterable<string>, range: TextRange): { hint: string; extra?: Partial<Diagnostic> } {
  const guess = closest(found, known);
  if (!guess) return { hint: '' };
  return { hint: `; did you mean '${guess}'?`, extra: { fixes: [{ title: `Change to ${guess}`, edits: [{ range, text: guess }] }] } };
}

/**
 * `textOf` (optional) gives a protocol file's text, so the "Create context" fix can match the
 * file's own indentation and add a `validity` section to a protocol that has none.
 */
export function checkCase(c: Case, protocols: ReadonlyMap<string, Protocol>, textOf?: (file: string) => string | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const protocol = protocols.get(c.protocol.value);
  if (!protocol) {
    const { hint, extra } = didYouMean(c.protocol.value, protocols.keys(), c.protocol.range);
    const known = [...protocols.keys()];
    out.push(error('unknown-protocol', `no protocol with id '${c.protocol.value}'${hint || (known.length ? `; known protocols: ${known.join(', ')}` : '; no protocols were found')}`, c.protocol.range, extra));
  } else if (c.patient.context && !protocol.validity.has(c.patient.context)) {
    const contexts = [...protocol.validity.keys()];
    const { hint, extra } = didYouMean(c.patient.context, contexts, c.contextRange);
    const first = protocol.validity.values().next().value;
    const create = createContextFix(protocol, c.patient.context, textOf);
    const fixes = [...(extra?.fixes ?? []), ...(create ? [create] : [])];
    out.push(error('unknown-context', `'${protocol.id}' has no validity window for the context '${c.patient.context}'${hint || `; it knows ${contexts.join(', ') || 'none'}`}`, c.contextRange, {
      ...(fixes.length ? { fixes } : {}),
      ...(first ? { related: [{ message: `validity windows of '${protocol.id}'`, file: first.file, range: first.range }] } : {}),
    }));
  }

  const studyIds = c.studies.map((s) => s.id);
  for (const [id, expected] of c.expect?.verdicts ?? []) {
    if (studyIds.includes(id)) continue;
    const keyRange = { start: expected.range.start, end: expected.range.start + id.length };
    const { hint, extra } = didYouMean(id, studyIds, keyRange);
    out.push(error('unknown-study', `expect names '${id}', but the case has no study with that id${hint || `; its studies are ${studyIds.join(', ') || 'none'}`}`, keyRange, extra));
  }

  for (const study of c.studies) {
    if (daysBetween(study.date, c.on) < 0) {
      out.push(warning('invalid-date', `study '${study.id}' is dated ${study.date}, after the case's date ${c.on}; it is counted as 0 days old`, study.idRange));
    }
  }
  return out;
}

/** The window a new context starts with: accepted for four weeks, then the physician decides. */
const NEW_CONTEXT_WINDOW = '{ window: 4w, beyond: review }';

/**
 * "Create context `x` in <protocol>": a validity entry in the case's protocol file, after its
 * last own window. Without the file's text, entries are assumed at the canonical two-space
 * indentation (the new one goes before the last), and a protocol with no windows of its own
 * gets no fix.
 */
function createContextFix(protocol: Protocol, context: string, textOf?: (file: string) => string | undefined): Fix | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(context)) return undefined;
  const file = protocol.file;
  const text = textOf?.(file);
  const entry = `${context}: ${NEW_CONTEXT_WINDOW}`;
  const fix = (at: number, inserted: string): Fix => ({
    title: `Create context \`${context}\` in ${protocol.id}`,
    edits: [{ file, range: { start: at, end: at }, text: inserted }],
  });
  const own = [...protocol.validity.values()].filter((w) => w.file === file);
  const last = own.reduce<(typeof own)[number] | undefined>((a, w) => (!a || w.range.end > a.range.end ? w : a), undefined);
  // Without the text, where the last entry's line ends is unknown (a block entry's range runs
  // past its newline): the new entry goes just before it, at the canonical indentation.
  if (last && text === undefined) return fix(last.range.start, `${entry}\n  `);
  if (text === undefined) return undefined;
  if (last) {
    let end = last.range.end;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    if (/^[ \t]*[,}]/.test(text.slice(end))) return fix(end, `, ${entry}`);
    const lineStart = text.lastIndexOf('\n', last.range.start - 1) + 1;
    const indent = text.slice(lineStart, last.range.start);
    const newline = text.indexOf('\n', end);
    return fix(newline < 0 ? text.length : newline, `\n${/^[ \t]*$/.test(indent) ? indent : '  '}${entry}`);
  }
  // No windows of its own: fill an empty `validity:`, or add the section at the end.
  const empty = /^validity:[ \t]*(\{[ \t]*\})?[ \t]*(#.*)?$/m.exec(text);
  if (empty) {
    const braces = empty[1] ? empty.index + empty[0].indexOf('{') : -1;
    if (braces >= 0) return { ...fix(0, ''), edits: [{ file, range: { start: braces, end: braces + empty[1].length }, text: `{ ${entry} }` }] };
    return fix(empty.index + empty[0].length, `\n  ${entry}`);
  }
  return fix(text.length, `${text.length && !text.endsWith('\n') ? '\n' : ''}validity:\n  ${entry}\n`);
}
