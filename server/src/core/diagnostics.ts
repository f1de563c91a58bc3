// Findings about user text as data: a stable kebab-case code, a plain-language message and
// the offset range it is about. The core never throws on user text; it returns these.
// A message is data (a catalogue key and parameters): `text` keeps it, for the CLI and the server
// to say it in the reader's language, and `message` is its English.
import { moveRange, type TextRange } from './text';
import { english, type Catalogue, type Message } from './i18n/catalogue';

export type Severity = 'error' | 'warning' | 'information';

/** A text edit a quick fix would make: replace `range` with `text`, in `file` when it is another file. */
export interface TextEdit {
  range: TextRange;
  text: string;
  /** Set when the edit is in another file than the diagnostic's (e.g. adding a context to a protocol). */
  file?: string;
}

export interface Fix {
  /** In English; `titleText` holds it as data, for the reader's language. */
  title: string;
  titleText: Message;
  edits: TextEdit[];
}

export interface Related {
  /** In English; `text` holds it as data. */
  message: string;
  text: Message;
  file: string;
  range: TextRange;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** In English; `text` holds it as data, which the edges say in the reader's language. */
  message: string;
  text: Message;
  range: TextRange;
  related?: Related[];
  fixes?: Fix[];
}

/** Every code the core can produce; each has a fixture under test/fixtures/diagnostics. */
export const DIAGNOSTIC_CODES = [
  'yaml-syntax',
  'file-too-large',
  'too-deep',
  'alias-limit',
  'not-a-map',
  'unknown-file-kind',
  'missing-key',
  'unknown-key',
  'wrong-type',
  'unknown-value',
  'invalid-value',
  'invalid-id',
  'invalid-unit',
  'unit-mismatch',
  'reversed-range',
  'invalid-date',
  'duplicate-key',
  'duplicate-rule-id',
  'duplicate-study-id',
  'duplicate-protocol-id',
  'unknown-extends',
  'extends-cycle',
  'hard-rule-weakened',
  'unknown-protocol',
  'unknown-context',
  'unknown-study',
  'invalid-rule',
  'missing-translation',
  'region-cycle',
  'unknown-region',
  'item-verdicts-differ',
  'nothing-to-disable',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

// A finding's words are always a Message (a key of the catalogues and its parameters), never a
// plain string: the types below take nothing else, so every finding can be said in every language.
function messageFields(message: Message): { message: string; text: Message } {
  return { message: english(message.key, message.params), text: message };
}

export function error(code: DiagnosticCode, message: Message, range: TextRange, extra?: Partial<Diagnostic>): Diagnostic {
  return { code, severity: 'error', ...messageFields(message), range, ...extra };
}

export function warning(code: DiagnosticCode, message: Message, range: TextRange, extra?: Partial<Diagnostic>): Diagnostic {
  return { code, severity: 'warning', ...messageFields(message), range, ...extra };
}

/** A place in a file (maybe another) that a finding points to as well. */
export function relatedOf(message: Message, file: string, range: TextRange): Related {
  return { ...messageFields(message), file, range };
}

/** A quick fix: its title is data, said in the reader's language. */
export function fixOf(title: Message, edits: TextEdit[]): Fix {
  return { title: english(title.key, title.params), titleText: title, edits };
}

/** A diagnostic's (or related place's) message in `say`'s language. */
export function sayMessage(d: { text: Message }, say: Catalogue): string {
  return say.say(d.text);
}

export function sayFixTitle(f: Fix, say: Catalogue): string {
  return say.say(f.titleText);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A finding about text of `file` that moved by `delta` characters; its places in other files stay. */
export function movedDiagnostic(d: Diagnostic, file: string, delta: number): Diagnostic {
  if (delta === 0) return d;
  return {
    ...d,
    range: moveRange(d.range, delta),
    ...(d.related ? { related: d.related.map((r) => (r.file === file ? { ...r, range: moveRange(r.range, delta) } : r)) } : {}),
    ...(d.fixes ? { fixes: d.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => (e.file ? e : { ...e, range: moveRange(e.range, delta) })) })) } : {}),
  };
}
