// YAML text → a `yaml` Document with offset ranges on every node, its plain value, and
// diagnostics. Never throws: syntax errors, alias bombs, deep nesting and huge files all
// come back as diagnostics, and whatever parsed is kept for the checks that follow.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { error, warning, type Diagnostic } from '../diagnostics';
import { LineIndex, type TextRange } from '../text';

/** Larger files get one diagnostic instead of a parse (a 10,000-rule profile is ~1.5 MB). */
export const MAX_FILE_CHARS = 8 * 1024 * 1024;
export const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  text: string;
  doc: Document.Parsed | null;
  /** The plain data (`null` when nothing usable parsed). */
  value: unknown;
  lineIndex: LineIndex;
  diagnostics: Diagnostic[];
}

const YAML_MESSAGES: Record<string, string> = {
  BAD_INDENT: 'the indentation here does not line up with the lines around it',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be used as a key; is a colon or a dash missing?',
  DUPLICATE_KEY: 'this key appears twice in the same map; keep one',
  MISSING_CHAR: 'a closing bracket, brace or quote is missing',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; is a colon missing at the end of the line above?',
  MULTIPLE_DOCS: 'one file holds one document; remove the `---` separator',
  RESOURCE_EXHAUSTION: 'the nesting here is too deep to read',
  TAB_AS_INDENT: 'tabs cannot indent YAML; use spaces',
  UNEXPECTED_TOKEN: 'unexpected text here',
};

function plainYamlMessage(code: string, message: string): string {
  const known = YAML_MESSAGES[code];
  if (known) return known;
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
}

export function parseYaml(text: string): ParsedYaml {
  const lineIndex = new LineIndex(text);
  if (text.length > MAX_FILE_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return {
      text, doc: null, value: null, lineIndex,
      diagnostics: [error('file-too-large', `this file is ${mb} MB; Reimage reads protocol and case files up to ${MAX_FILE_CHARS / (1024 * 1024)} MB — split it`, { start: 0, end: Math.min(text.length, 1) })],
    };
  }
  const diagnostics: Diagnostic[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: new LineCounter(), keepSourceTokens: false, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    // The parser itself gave up (a stack overflow on pathological input): report, keep going.
    return { text, doc: null, value: null, lineIndex, diagnostics: [error('too-deep', `this file could not be read: ${(e as Error).message}`, { start: 0, end: Math.min(text.length, 1) })] };
  }
  const linesWithUnquotedComparison = new Set<number>();
  for (const e of doc.errors) {
    const range = clampRange(e.pos, text);
    const line = lineIndex.position(range.start).line;
    if (linesWithUnquotedComparison.has(line)) continue;
    const comparison = unquotedComparisonOnLine(text, lineIndex, line);
    if (comparison) {
      linesWithUnquotedComparison.add(line);
      diagnostics.push(comparison);
      continue;
    }
    const code = e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : e.code === 'RESOURCE_EXHAUSTION' ? 'too-deep' : 'yaml-syntax';
    diagnostics.push(error(code, plainYamlMessage(e.code, e.message), range));
  }
  for (const w of doc.warnings) {
    diagnostics.push(warning('yaml-syntax', plainYamlMessage(w.code, w.message), clampRange(w.pos, text)));
  }
  let value: unknown = null;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const alias = findFirstAlias(doc);
    diagnostics.push(error('alias-limit', `aliases here expand to too much data (more than ${MAX_ALIAS_COUNT} copies); write the values out instead`, alias ?? { start: 0, end: Math.min(text.length, 1) }));
    return { text, doc, value: null, lineIndex, diagnostics };
  }
  return { text, doc, value, lineIndex, diagnostics };
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
  return error('yaml-syntax', `a value that starts with > must be in quotes in YAML: write "${value}"`, range, {
    fixes: [{ title: `Quote "${value}"`, edits: [{ range, text: `"${value}"` }] }],
  });
}

function clampRange(pos: [number, number], text: string): TextRange {
  const start = Math.max(0, Math.min(pos[0], text.length));
  let end = Math.max(start, Math.min(pos[1], text.length));
  if (end === start && start < text.length) end = start + 1;
  return { start, end };
}

function findFirstAlias(doc: Document.Parsed): TextRange | null {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (isAlias(node) && node.range) {
      const [start, end] = node.range;
      return { start, end };
    }
    if (isMap(node) || isSeq(node)) stack.push(...(node.items as unknown[]));
    else if (isPair(node)) stack.push(node.key, node.value);
  }
  return null;
}

/** The range of a node's text (value end, not including trailing comments). */
export function rangeOf(node: Node | null | undefined): TextRange | null {
  if (!node || !node.range) return null;
  return { start: node.range[0], end: node.range[1] };
}

/** Walks a path of keys and indices from the document root; returns the node and its pair. */
export function nodeAt(doc: Document.Parsed | null, path: ReadonlyArray<string | number>): { node: Node | null; pair: Pair | null; parent: Node | null } {
  let node: Node | null = (doc?.contents as Node | null) ?? null;
  let pair: Pair | null = null;
  let parent: Node | null = null;
  for (const step of path) {
    parent = node;
    pair = null;
    if (isMap(node)) {
      const found = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step)) ?? null;
      pair = found;
      node = (found?.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof step === 'number') {
      node = (node.items[step] as Node | null) ?? null;
    } else {
      return { node: null, pair: null, parent };
    }
  }
  return { node, pair, parent };
}

/** The range of a key written in a map (`null` for the root or a list item). */
export function keyRangeOf(pair: Pair | null): TextRange | null {
  return pair && isScalar(pair.key) ? rangeOf(pair.key) : null;
}
