// yaml's syntax errors in a clinician's words: each error or warning of the parser becomes one
// finding on the text it is about, with the known mistakes (an unquoted `>= 1.5T`, a bracket
// never closed, a key written twice) said plainly and fixed where the fix is certain.
import type { ErrorCode, YAMLError } from 'yaml';
import { error, fixOf, warning, type Diagnostic } from '../diagnostics';
import { message, type Message, type MessageKey } from '../i18n/catalogue';
import type { LineIndex, TextRange } from '../text';

// The mistakes people make, in our words; the rest keep the parser's own words as the detail
// (in English, beside a Chinese sentence saying what kind of mistake it is).
const YAML_MESSAGES: Readonly<Record<ErrorCode, MessageKey>> = {
  BAD_INDENT: 'yaml.bad-indent',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.block-as-implicit-key',
  DUPLICATE_KEY: 'yaml.duplicate-key',
  MISSING_CHAR: 'yaml.missing-char',
  MULTILINE_IMPLICIT_KEY: 'yaml.multiline-implicit-key',
  MULTIPLE_DOCS: 'yaml.multiple-docs',
  RESOURCE_EXHAUSTION: 'yaml.resource-exhaustion',
  TAB_AS_INDENT: 'yaml.tab-as-indent',
  UNEXPECTED_TOKEN: 'yaml.unexpected-token',
  ALIAS_PROPS: 'yaml.parser.alias-props',
  BAD_ALIAS: 'yaml.parser.bad-alias',
  BAD_DIRECTIVE: 'yaml.parser.bad-directive',
  BAD_DQ_ESCAPE: 'yaml.parser.bad-dq-escape',
  BAD_PROP_ORDER: 'yaml.parser.bad-prop-order',
  BAD_SCALAR_START: 'yaml.parser.bad-scalar-start',
  BLOCK_IN_FLOW: 'yaml.parser.block-in-flow',
  IMPOSSIBLE: 'yaml.parser.impossible',
  KEY_OVER_1024_CHARS: 'yaml.parser.key-over-1024-chars',
  MULTIPLE_ANCHORS: 'yaml.parser.multiple-anchors',
  MULTIPLE_TAGS: 'yaml.parser.multiple-tags',
  NON_STRING_KEY: 'yaml.parser.non-string-key',
  TAG_RESOLVE_FAILED: 'yaml.parser.tag-resolve-failed',
  BAD_COLLECTION_TYPE: 'yaml.parser.bad-collection-type',
};

function plainYamlMessage(e: YAMLError): Message {
  const firstLine = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  // A code a newer yaml adds is said as a parser error of unknown kind.
  const key = YAML_MESSAGES[e.code] ?? 'yaml.parser.impossible';
  return message(key, { detail: firstLine.charAt(0).toLowerCase() + firstLine.slice(1) });
}

/** yaml's errors and warnings as findings, in plain language, on the text they are about. */
export function syntaxFindings(errors: readonly YAMLError[], warnings: readonly YAMLError[], text: string, lineIndex: LineIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const linesWithUnquotedComparison = new Set<number>();
  // Errors inside a flow map or list that is never closed only echo that one mistake.
  const unclosedRegions = errors
    .map((e) => ({ end: e.pos[0], diagnostic: unclosedFlowCollection(text, lineIndex, e.message, clampRange(e.pos, text)) }))
    .filter((u): u is { end: number; diagnostic: Diagnostic } => u.diagnostic !== null);
  for (const e of errors) {
    const range = clampRange(e.pos, text);
    if (unclosedRegions.some((u) => range.start > u.diagnostic.range.start && range.start < u.end)) continue;
    const line = lineIndex.position(range.start).line;
    if (linesWithUnquotedComparison.has(line)) continue;
    const comparison = unquotedComparisonOnLine(text, lineIndex, line);
    if (comparison) {
      linesWithUnquotedComparison.add(line);
      diagnostics.push(comparison);
      continue;
    }
    const unclosed = unclosedFlowCollection(text, lineIndex, e.message, range);
    if (unclosed) {
      diagnostics.push(unclosed);
      continue;
    }
    if (e.code === 'DUPLICATE_KEY') {
      const key = keyTokenAt(text, range.start);
      diagnostics.push(error('duplicate-key', message('yaml.duplicate-key', { key: message('place.key', { name: text.slice(key.start, key.end) }) }), key));
      continue;
    }
    const code = e.code === 'RESOURCE_EXHAUSTION' ? 'too-deep' : 'yaml-syntax';
    diagnostics.push(error(code, plainYamlMessage(e), range));
  }
  for (const w of warnings) {
    diagnostics.push(warning('yaml-syntax', plainYamlMessage(w), clampRange(w.pos, text)));
  }
  return diagnostics;
}

// `field_strength: >= 1.5T` is the natural way to write it, but `>` starts a folded block in
// YAML; say so and offer the quotes instead of the parser's generic complaint.
const UNQUOTED_COMPARISON = /(?:^|:\s+|[[{,]\s*|-\s+)(>=?\s*\d+(?:\.\d+)?\s*[A-Za-z]*)/;

function unquotedComparisonOnLine(text: string, lineIndex: LineIndex, line: number): Diagnostic | null {
  const start = lineIndex.offset({ line, character: 0 });
  const end = line + 1 < lineIndex.lineCount ? lineIndex.offset({ line: line + 1, character: 0 }) : text.length;
  const m = UNQUOTED_COMPARISON.exec(text.slice(start, end));
  if (!m) return null;
  const valueStart = start + m.index + m[0].length - m[1].length;
  const value = m[1].trimEnd();
  const range = { start: valueStart, end: valueStart + value.length };
  return error('yaml-syntax', message('yaml.quote-comparison', { value }), range, {
    fixes: [fixOf(message('fix.quote', { value }), [{ range, text: `"${value}"` }])],
  });
}

/** The whole key written at `start` (up to its colon), for a duplicate key. */
function keyTokenAt(text: string, start: number): TextRange {
  const m = /^[^:\n]*?(?=\s*:(\s|$))/.exec(text.slice(start, start + 200));
  // yaml can report it at the very end of the text (an unclosed quote swallowed the rest).
  return { start, end: Math.min(text.length, start + Math.max(1, m ? m[0].length : 1)) };
}

/**
 * yaml reports a flow map or list that is never closed where the next line starts; point at
 * the opening bracket instead, and offer to close it at the end of the last line it spans.
 */
function unclosedFlowCollection(text: string, lineIndex: LineIndex, parserMessage: string, at: TextRange): Diagnostic | null {
  const m = /end with an? ([}\]])/.exec(parserMessage);
  if (!m) return null;
  const closer = m[1];
  const opener = closer === '}' ? '{' : '[';
  let depth = 0;
  let open = -1;
  for (let i = at.start - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === closer) depth++;
    else if (ch === opener) {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return null;
  const openLine = lineIndex.position(open).line;
  let line = Math.max(openLine, lineIndex.position(at.start).line - 1);
  const lineText = (n: number) =>
    text.slice(lineIndex.offset({ line: n, character: 0 }), n + 1 < lineIndex.lineCount ? lineIndex.offset({ line: n + 1, character: 0 }) - 1 : text.length);
  while (line > openLine && /^\s*(#.*)?$/.test(lineText(line))) line--;
  const content = lineText(line)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  const insertAt = lineIndex.offset({ line, character: content.length });
  return error(
    'yaml-syntax',
    message(opener === '{' ? 'yaml.unclosed-map' : 'yaml.unclosed-list', { opener, closer }),
    { start: open, end: open + 1 },
    {
      fixes: [fixOf(message('fix.add', { closer }), [{ range: { start: insertAt, end: insertAt }, text: ` ${closer}` }])],
    },
  );
}

function clampRange(pos: [number, number], text: string): TextRange {
  const start = Math.max(0, Math.min(pos[0], text.length));
  let end = Math.max(start, Math.min(pos[1], text.length));
  if (end === start && start < text.length) end = start + 1;
  return { start, end };
}
