// Checks of a case against the protocols it can see: the protocol exists, the patient's
// context is one the protocol has a validity window for, `expect` names real studies.
import { error, fixOf, relatedOf, warning, type Diagnostic, type Fix } from '../diagnostics';
import { message, type Message } from '../i18n/catalogue';
import type { Case, Protocol } from '../model';
import type { TextRange } from '../text';
import { daysBetween } from '../units/calendar';
import { closest } from './spelling';

function didYouMean(found: string, known: Iterable<string>, range: TextRange): { hint: Message | ''; extra?: Partial<Diagnostic> } {
  const guess = closest(found, known);
  if (!guess) return { hint: '' };
  return { hint: message('check.did-you-mean', { guess }), extra: { fixes: [fixOf(message('fix.change-to', { value: guess }), [{ range, text: guess }])] } };
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
    out.push(
      error(
        'unknown-protocol',
        message('check.unknown-protocol', {
          id: c.protocol.value,
          hint: hint || (known.length ? message('check.known-protocols', { known }) : message('check.no-protocols')),
        }),
        c.protocol.range,
        extra,
      ),
    );
  } else if (c.patient.context && !protocol.validity.has(c.patient.context)) {
    const contexts = [...protocol.validity.keys()];
    const { hint, extra } = didYouMean(c.patient.context, contexts, c.contextRange);
    const first = protocol.validity.values().next().value;
    const create = createContextFix(protocol, c.patient.context, textOf);
    const fixes = [...(extra?.fixes ?? []), ...(create ? [create] : [])];
    out.push(
      error(
        'unknown-context',
        message('check.unknown-context', {
          protocol: protocol.id,
          context: c.patient.context,
          hint: hint || message('check.it-knows', { known: contexts.length ? contexts : message('expect.none') }),
        }),
        c.contextRange,
        {
          ...(fixes.length ? { fixes } : {}),
          ...(first
            ? {
                related: [relatedOf(message('check.validity-windows-of', { protocol: protocol.id }), first.file, first.range)],
              }
            : {}),
        },
      ),
    );
  }

  const studyIds = c.studies.map((s) => s.id);
  for (const [id, expected] of c.expect?.verdicts ?? []) {
    if (studyIds.includes(id)) continue;
    const keyRange = { start: expected.range.start, end: expected.range.start + id.length };
    const { hint, extra } = didYouMean(id, studyIds, keyRange);
    out.push(
      error(
        'unknown-study',
        message('check.unknown-study', { id, hint: hint || message('check.its-studies', { studies: studyIds.length ? studyIds : message('expect.none') }) }),
        keyRange,
        extra,
      ),
    );
  }

  for (const study of c.studies) {
    if (daysBetween(study.date, c.on) < 0) {
      out.push(warning('invalid-date', message('check.future-study', { study: study.id, date: study.date, on: c.on }), study.idRange));
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
  const fix = (at: number, inserted: string): Fix =>
    fixOf(message('fix.create-context', { context, protocol: protocol.id }), [{ file, range: { start: at, end: at }, text: inserted }]);
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
