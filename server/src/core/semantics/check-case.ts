// Checks of a case against the protocols it can see: the protocol exists, the patient's
// context is one the protocol has a validity window for, `expect` names real studies.
import { error, warning, type Diagnostic } from '../diagnostics';
import type { Case, Protocol } from '../model';
import type { TextRange } from '../text';
import { daysBetween } from '../units/calendar';
import { closest } from './spelling';

function didYouMean(found: string, known: Iterable<string>, range: TextRange): { hint: string; extra?: Partial<Diagnostic> } {
  const guess = closest(found, known);
  if (!guess) return { hint: '' };
  return { hint: `; did you mean '${guess}'?`, extra: { fixes: [{ title: `Change to ${guess}`, edits: [{ range, text: guess }] }] } };
}

export function checkCase(c: Case, protocols: ReadonlyMap<string, Protocol>): Diagnostic[] {
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
    out.push(error('unknown-context', `'${protocol.id}' has no validity window for the context '${c.patient.context}'${hint || `; it knows ${contexts.join(', ') || 'none'}`}`, c.contextRange, {
      ...extra,
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
