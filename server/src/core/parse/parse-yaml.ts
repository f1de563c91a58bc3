// YAML text → a `yaml` Document with offset ranges on every node, its plain value, and
// diagnostics. Never throws: syntax errors, alias bombs, deep nesting and huge files all
// come back as diagnostics, and whatever parsed is kept for the checks that follow.
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { error, type Diagnostic } from '../diagnostics';
import { message } from '../i18n/catalogue';
import { editSpan, LineIndex, type TextRange } from '../text';
import { isCommentStart, isQuoteStart, lineEnd, quoteEnd } from './scan';
import { syntaxFindings } from './yaml-errors';
import { findLayout, parseInPieces, rereadEntries, rereadItems, type ItemsEdit, type ItemVisitor, type Layout, type YamlOptions } from './pieces';

export type { ItemPlace, ItemVisitor } from './pieces';

/** Larger files get one diagnostic instead of a parse (a 10,000-rule profile is ~1.5 MB). */
export const MAX_FILE_CHARS = 8 * 1024 * 1024;
export const MAX_ALIAS_COUNT = 100;
/** Real protocols nest about 6 levels; anything past this is a mistake or an attack. */
export const MAX_DEPTH = 64;
/**
 * `yaml` recurses once per nesting level and overflows the stack near 1,000 levels; an overflow
 * that lands inside V8's regexp compiler kills the process outright. So text whose estimated
 * nesting (indentation + block dashes + open brackets) passes this is never handed to it.
 */
const MAX_SCAN_DEPTH = 256;

/** The offset where the estimated nesting first exceeds `limit`, or -1. Linear, no recursion. */
function firstOffsetNestedBeyond(text: string, limit: number): number {
  let flow = 0;
  let lineDepth = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      atLineStart = true;
      lineDepth = 0;
      continue;
    }
    if (atLineStart) {
      if (ch === ' ' || ((ch === '-' || ch === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n'))) {
        lineDepth++;
        if (lineDepth + flow > limit) return i;
        continue;
      }
      atLineStart = false;
    }
    if (isCommentStart(text, i)) {
      i = lineEnd(text, i) - 1;
    } else if (isQuoteStart(text, i)) {
      // A quote left open runs to the end, as yaml reads it: nothing after it nests.
      const end = quoteEnd(text, i);
      if (end < 0) break;
      i = end - 1;
    } else if (ch === '[' || ch === '{') {
      if (++flow + lineDepth > limit) return i;
    } else if ((ch === ']' || ch === '}') && flow > 0) {
      flow--;
    }
  }
  return -1;
}

export interface ParsedYaml {
  text: string;
  doc: Document.Parsed | null;
  /** The plain data (`null` when nothing usable parsed). */
  value: unknown;
  lineIndex: LineIndex;
  diagnostics: Diagnostic[];
  /** Where the text was read in pieces; lets the next version re-read only the items it changed. */
  layout?: Layout;
  /** Set when only parts were re-read from the previous version: per list, which items were (the rest was moved). */
  edits?: ItemsEdit[];
}

export interface ParseOptions {
  /**
   * The same file's previous parse. It is consumed: its Document is re-used and moved in place
   * when the edit lies inside a top-level list's items, so it must not be used afterwards.
   */
  previous?: ParsedYaml;
  /** Read files from this many characters in pieces (see pieces.ts). */
  piecesFrom?: number;
  /** Called with each list item read in pieces while its nodes exist; its facts let them go (see ItemVisitor). */
  onItem?: ItemVisitor;
}

/** Files from this size are read in pieces (about 300 rules); smaller ones parse whole in milliseconds. */
export const PIECES_FROM = 64 * 1024;

const YAML_OPTIONS: YamlOptions = { keepSourceTokens: false, prettyErrors: false, uniqueKeys: true, logLevel: 'error' };

/**
 * The parse of a file over MAX_FILE_CHARS: one finding, no tree. `size` is its length (bytes
 * when it was not read, which is what callers that stat a file before reading it pass).
 */
export function tooLargeParse(size: number, text = ''): ParsedYaml {
  const mb = (size / (1024 * 1024)).toFixed(1);
  return {
    text,
    doc: null,
    value: null,
    lineIndex: new LineIndex(text),
    diagnostics: [
      error('file-too-large', message('file.too-large', { size: mb, limit: MAX_FILE_CHARS / (1024 * 1024) }), {
        start: 0,
        end: Math.min(text.length, 1),
      }),
    ],
  };
}

export function parseYaml(text: string, options: ParseOptions = {}): ParsedYaml {
  if (text.length > MAX_FILE_CHARS) return tooLargeParse(text.length, text);
  const previous = options.previous;
  const span = previous ? editSpan(previous.text, text) : undefined;
  const lineIndex = previous && span ? LineIndex.edited(previous.lineIndex, text, span) : new LineIndex(text);
  if (previous?.layout && previous.doc && isPlainObject(previous.value)) {
    const parseable = (region: string) => firstOffsetNestedBeyond(region, MAX_SCAN_DEPTH) < 0;
    const items = new ItemValues(options.onItem, false);
    // The previous version's syntax errors must all be in the items re-read (they are read again).
    const replaced = previous.diagnostics.map((d) => d.range);
    const reread = rereadItems(previous.text, previous.doc, previous.layout, text, YAML_OPTIONS, parseable, replaced, items.visit, span);
    const value = reread && valueWithItems(previous.value, reread.edit, items.values.get(reread.edit.key) ?? []);
    if (reread && value) {
      const diagnostics = syntaxFindings(reread.errors, reread.warnings, text, lineIndex);
      return { text, doc: reread.doc, value, lineIndex, diagnostics, layout: reread.layout, edits: [reread.edit] };
    }
    if (!reread && previous.diagnostics.length === 0) {
      const entries = rereadEntries(previous.text, previous.doc, previous.layout, text, YAML_OPTIONS, parseable, span);
      const value = entries && valueWithEntries(entries.doc, previous.value, entries.pairs);
      if (entries && value) return { text, doc: entries.doc, value, lineIndex, diagnostics: [], layout: entries.layout, edits: entries.edits };
    }
  }
  const deep = firstOffsetNestedBeyond(text, MAX_SCAN_DEPTH);
  if (deep >= 0) {
    return {
      text,
      doc: null,
      value: null,
      lineIndex,
      diagnostics: [
        error('too-deep', message('yaml.too-deep', { levels: MAX_SCAN_DEPTH }), {
          start: deep,
          end: Math.min(text.length, deep + 1),
        }),
      ],
    };
  }
  if (text.length >= (options.piecesFrom ?? PIECES_FROM)) {
    const layout = findLayout(text);
    const items = new ItemValues(options.onItem, true);
    const doc = layout && parseInPieces(text, layout, YAML_OPTIONS, items.visit);
    if (layout && doc && isPlainObject(items.skeleton)) {
      const value = { ...items.skeleton };
      for (const l of layout) value[l.key] = items.values.get(l.key) ?? [];
      return { text, doc, value, lineIndex, diagnostics: [], layout };
    }
  }
  const diagnostics: Diagnostic[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch (e) {
    // The parser itself gave up (a stack overflow on pathological input): report, keep going.
    return {
      text,
      doc: null,
      value: null,
      lineIndex,
      diagnostics: [error('too-deep', message('yaml.unreadable', { reason: (e as Error).message }), { start: 0, end: Math.min(text.length, 1) })],
    };
  }
  diagnostics.push(...syntaxFindings(doc.errors, doc.warnings, text, lineIndex));
  for (const key of collectionKeys(doc.contents)) {
    diagnostics.push(error('unknown-key', message('yaml.collection-key'), key));
  }
  // Converting a very deep document to data would recurse past the stack: stop before that.
  const tooDeep = firstNodeDeeperThan(doc.contents, MAX_DEPTH);
  if (tooDeep) {
    if (!diagnostics.some((d) => d.code === 'too-deep')) {
      diagnostics.push(error('too-deep', message('yaml.too-deep', { levels: MAX_DEPTH }), tooDeep));
    }
    return { text, doc, value: null, lineIndex, diagnostics };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws a ReferenceError both for an alias with no anchor before it and for too many aliases.
    const unresolved = e instanceof ReferenceError ? /^Unresolved alias\b.*: (.*)$/.exec(e.message) : null;
    const alias = findFirstAlias(doc, unresolved?.[1]);
    const fallback = { start: 0, end: Math.min(text.length, 1) };
    diagnostics.push(
      unresolved && alias
        ? error('yaml-syntax', message('yaml.unresolved-alias', { name: unresolved[1] }), alias)
        : e instanceof ReferenceError && alias
          ? error('alias-limit', message('yaml.alias-limit', { count: MAX_ALIAS_COUNT }), alias)
          : error('too-deep', message('yaml.unreadable', { reason: (e as Error).message }), fallback),
    );
    return { text, doc, value: null, lineIndex, diagnostics };
  }
  return { text, doc, value, lineIndex, diagnostics };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The data of a part read in pieces, or undefined when the whole parse would report something
 * there (a collection as a key, too deep): then the whole text is parsed for its diagnostics.
 */
function cleanValue(doc: Document.Parsed, node: unknown, depth = 0): unknown {
  if (collectionKeys(node).length || firstNodeDeeperThan(node, MAX_DEPTH - depth)) return undefined;
  return isMap(node) || isSeq(node) || isScalar(node) ? (node as Node).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : null;
}

/**
 * Collects the data of the list items read in pieces (by list, from the index of the first item
 * read), then passes each item on to the caller's visitor. The data of the skeleton (the file
 * with each list's first item only) is taken before the first item's nodes can go.
 */
class ItemValues {
  readonly values = new Map<string, unknown[]>();
  skeleton: unknown = undefined;
  private first = new Map<string, number>();

  constructor(
    private readonly onItem: ItemVisitor | undefined,
    private readonly withSkeleton: boolean,
  ) {}

  readonly visit: ItemVisitor = (item, at) => {
    if (this.withSkeleton && this.skeleton === undefined) {
      this.skeleton = cleanValue(at.doc, at.doc.contents);
      if (this.skeleton === undefined) return null;
    }
    // An item sits two levels down (root map → list → item).
    const value = cleanValue(at.doc, item, 2);
    if (value === undefined) return null;
    let values = this.values.get(at.key);
    if (!values) this.values.set(at.key, (values = []));
    if (!this.first.has(at.key)) this.first.set(at.key, at.index);
    values[at.index - this.first.get(at.key)!] = value;
    return this.onItem?.(item, at);
  };
}

/** The previous data with the re-read items' data (`values`) in place of the replaced ones, or null. */
function valueWithItems(previous: Record<string, unknown>, edit: ItemsEdit, values: readonly unknown[]): Record<string, unknown> | null {
  const list = previous[edit.key];
  if (!Array.isArray(list) || values.length !== edit.added) return null;
  const next = list.slice();
  next.splice(edit.index, edit.removed, ...values);
  return { ...previous, [edit.key]: next };
}

/** The previous data with the re-read top-level entries in place of the replaced ones, in text order, or null. */
function valueWithEntries(doc: Document.Parsed, previous: Record<string, unknown>, pairs: readonly Pair[]): Record<string, unknown> | null {
  const fresh = new Map<string, unknown>();
  for (const pair of pairs) {
    // An entry's value sits one level down (root map → value).
    const value = cleanValue(doc, pair.value, 1);
    if (value === undefined) return null;
    fresh.set(String((pair.key as Scalar).value), value);
  }
  const out: Record<string, unknown> = {};
  for (const pair of (doc.contents as { items: Pair[] }).items) {
    const key = String((pair.key as Scalar).value);
    out[key] = fresh.has(key) ? fresh.get(key) : previous[key];
  }
  return out;
}

/** The first node nested deeper than `limit`, found without recursion. */
function firstNodeDeeperThan(root: unknown, limit: number): TextRange | null {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth > limit) return rangeOf(node) ?? { start: 0, end: 0 };
      for (const item of node.items) {
        if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
        else stack.push([item, depth + 1]);
      }
    }
  }
  return null;
}

/** Ranges of map keys that are lists or maps (`[a, b]: c`), which no Reimage key can be. */
function collectionKeys(root: unknown): TextRange[] {
  const found: TextRange[] = [];
  if (!isMap(root) && !isSeq(root)) return found;
  visit(root, {
    Pair(_, pair) {
      if (isMap(pair.key) || isSeq(pair.key)) found.push(rangeOf(pair.key) ?? { start: 0, end: 0 });
    },
  });
  return found;
}

/** The first alias (of the anchor `name`, when given). */
function findFirstAlias(doc: Document.Parsed, name?: string): TextRange | null {
  let found: TextRange | null = null;
  visit(doc, {
    Alias(_, node) {
      if (name !== undefined && node.source !== name) return undefined;
      if (node.range) found = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return found;
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
