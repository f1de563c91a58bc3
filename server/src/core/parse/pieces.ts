// Large files are read in pieces. A top-level block list (a protocol's `rules`, a case's
// `studies`) is cut into its items by indentation; the rest of the file (the skeleton, with the
// list's first item) and groups of items are parsed on their own and joined into one Document
// with the same ranges as a whole parse. Why: a 10,000-rule profile takes ~2 s to parse whole
// and its parse peaks at ~150 MB, and an editor re-reads it on every keystroke; in pieces the
// peak is a group's, and an edit inside some items re-parses only those items (an edit outside
// the lists, only the top-level entries it touches).
// Pieces are an optimisation, never a different reading: whenever a cut could read differently
// from a whole parse (tabs, anchors and aliases, directives, a piece with an error or warning
// other than the local ones of an item being typed, a line that breaks the indentation), these
// functions return null and the caller parses the whole text. test/core/pieces.test.mjs checks
// pieces ≡ whole on shipped, generated and randomly edited files, node by node.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  YAMLMap,
  type Document,
  type Node,
  type Pair,
  type ParseOptions,
  type DocumentOptions,
  type SchemaOptions,
  type YAMLError,
} from 'yaml';
import { compactItem, isCompact, moveCompact, type ItemSource } from './compact-items';
import { editSpan, ownCopy, type EditSpan } from '../text';
import { commentStart, isCommentStart, isQuoteStart, lineEnd, lineShape, quoteEnd } from './scan';

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** One top-level block list, cut at its items. */
export interface ListLayout {
  /** The top-level key whose value is the list. */
  key: string;
  /** The column of the items' dashes. */
  indent: number;
  /** The offset of each item's first line, then the offset where the list's last item ends. */
  bounds: number[];
}

/** Where a text's cuttable lists are (in text order); null when nothing can be cut. */
export type Layout = ListLayout[];

/** Which items an edit replaced: `removed` items at `index` of list `key` became `added` items. */
export interface ItemsEdit {
  key: string;
  index: number;
  removed: number;
  added: number;
  /** How far everything after the edited items moved (characters). */
  delta: number;
}

/** Where a list item read in pieces sits: list `key`, position `index`, in `doc` (whose text is `text`). */
export interface ItemPlace {
  key: string;
  index: number;
  /** The Document being built: until every list's first item was visited, it is the skeleton (the file without the other items). */
  doc: Document.Parsed;
  text: string;
}

/**
 * Called with each list item read in pieces, in order, while its nodes exist. Its answer:
 * null refuses the pieces (the whole text is parsed instead); `{ facts }` lets the item's nodes
 * go for a compact map that keeps the facts and reads the item's text again when its entries
 * are walked (compact-items.ts); undefined keeps the item's nodes.
 */
export type ItemVisitor = (item: Node, at: ItemPlace) => { facts: unknown } | undefined | null;

/**
 * The most text read as one piece when a whole file is read in pieces (an item longer than this
 * is a piece of its own). Small pieces keep the open's memory down: what one parse makes is still
 * alive at the young generation's next scavenge, which moves it to the old generation, where it
 * waits for a full collection. Pieces of 100 shipped-style rules (84 kB) made a 10,000-rule
 * profile's open peak at 270 MB in process; pieces of 8 kB, at 175 MB (docs/performance.md).
 */
const PIECE_CHARS = 8192;

/** Where each piece of a list's items starts (indices into `bounds`, the items' first lines and then the list's end), after the first item. */
function pieceStarts(bounds: readonly number[]): number[] {
  const starts: number[] = [];
  const n = bounds.length - 1;
  for (let k = 1; k < n;) {
    starts.push(k);
    let upto = k + 1;
    while (upto < n && bounds[upto + 1] - bounds[k] <= PIECE_CHARS) upto++;
    k = upto;
  }
  starts.push(n);
  return starts;
}

// Tabs (indentation errors), directives and document markers (document boundaries), and
// anchors or aliases (links across pieces) all make a cut unsafe. The anchor test also hits
// `*` or `&` starting a word in prose, which only costs the speed-up.
const UNSAFE = /\t|^(?:%|---|\.\.\.)|(?:^|[\s[{,])[&*][^\s]/m;
const LIST_KEY = /^([A-Za-z_][\w-]*):[ ]*(?:#.*)?\r?\n?$/;

/**
 * The top-level block lists of at least `minItems` items whose every line is either an item's
 * dash at the list's column or indented past it (blank and comment lines aside).
 */
export function findLayout(text: string, minItems = 2): Layout | null {
  if (UNSAFE.test(text)) return null;
  const lists: Layout = [];
  let open: { key: string; indent: number; bounds: number[]; ok: boolean } | null = null;
  const close = (at: number) => {
    if (open?.ok && open.bounds.length >= minItems) lists.push({ key: open.key, indent: open.indent, bounds: [...open.bounds, at] });
    open = null;
  };
  for (let pos = 0; pos < text.length;) {
    const line = lineShape(text, pos);
    if (!line.trivia) {
      if (line.indent === 0) {
        close(pos);
        const m = LIST_KEY.exec(text.slice(pos, line.end));
        if (m) open = { key: m[1], indent: -1, bounds: [], ok: true };
      } else if (open?.ok) {
        if (open.indent < 0) {
          if (line.dash) {
            open.indent = line.indent;
            open.bounds.push(pos);
          } else open.ok = false;
        } else if (line.indent === open.indent && line.dash) open.bounds.push(pos);
        else if (line.indent <= open.indent) open.ok = false;
      }
    }
    pos = line.end;
  }
  close(text.length);
  return lists.length ? lists : null;
}

/** The item starts of a list's text, or null when one of its lines breaks the list's shape. */
function itemStarts(text: string, indent: number): number[] | null {
  const starts: number[] = [];
  for (let pos = 0; pos < text.length;) {
    const line = lineShape(text, pos);
    if (!line.trivia) {
      if (line.indent === indent && line.dash) starts.push(pos);
      else if (line.indent <= indent || starts.length === 0) return null;
    }
    pos = line.end;
  }
  return starts;
}

/**
 * Whether a cut at `at` (the line start of the next item of a list whose dashes are at
 * `indent`) leaves the text before it reading as in a whole parse. After a comment there — on
 * its own line deeper than the dashes, or after a value — yaml stretches the node before it
 * over the next line's indentation, which a piece ending at the cut cannot see.
 */
function endsCleanly(text: string, at: number, indent: number): boolean {
  let end = at;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(start, end).replace(/\r?\n$/, '');
    if (line.trim() !== '') return commentStart(line, 0, line.length) === line.length || line.length - line.trimStart().length <= indent;
    end = start;
  }
  return true;
}

/**
 * `text[from, to)` as a string of its own (see ownCopy). The nodes yaml reads out of a piece hold
 * slices of it beyond the values and comments ownStrings copies (a scalar's source, an error's
 * context); read from a plain slice, a re-read rule kept as a tree would keep that version's
 * whole text alive for as long as the rule lives (an open 5 MB profile then held a text per edit).
 */
function ownText(text: string, from: number, to: number): string {
  return ownCopy(text.slice(from, to));
}

// ---- moving ranges ----------------------------------------------------------------------------

type Range3 = [number, number, number];

/** Every node under (and including) `root`, without recursion. */
function eachNode(root: unknown, visit: (node: Node) => void): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node) || isSeq(node)) {
      visit(node);
      if (isCompact(node)) continue;
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    } else if (isScalar(node)) {
      visit(node);
    } else if (node && typeof node === 'object' && 'range' in node) {
      visit(node as Node);
    }
  }
}

/** Moves every range under `root` in place (each node owns its range array). */
function moveBy(root: unknown, delta: number): void {
  if (delta === 0) return;
  eachNode(root, (node) => {
    const r = node.range;
    if (r) {
      r[0] += delta;
      r[1] += delta;
      r[2] += delta;
    }
    moveCompact(node, delta);
  });
}

/**
 * Gives every string value and comment under `root` a copy of its own (see ownCopy). They are
 * slices of the piece they were read from, or concatenations of slices, and the rules' data,
 * model and compact maps keep them: without copies, the pieces a file was read in at open
 * (another copy of its text, 14 MB for a bilingual 10,000-rule profile) stayed alive with them.
 */
function ownStrings(root: unknown): void {
  eachNode(root, (node) => {
    if (isScalar(node) && typeof node.value === 'string') node.value = ownCopy(node.value);
    if (node.comment) node.comment = ownCopy(node.comment);
    if (node.commentBefore) node.commentBefore = ownCopy(node.commentBefore);
  });
}

function hasAnchorOrAlias(root: unknown, text?: string): boolean {
  // An anchor is written with '&', an alias with '*': a text with neither has none to look for.
  if (text !== undefined && !text.includes('&') && !text.includes('*')) return false;
  let found = false;
  const stack: unknown[] = [root];
  while (stack.length && !found) {
    const node = stack.pop() as Node | null;
    if (!node || typeof node !== 'object') continue;
    if ((node as { anchor?: string }).anchor || (!isMap(node) && !isSeq(node) && !isScalar(node))) found = true;
    // A compact map's item was checked when it was read.
    else if ((isMap(node) || isSeq(node)) && !isCompact(node))
      for (const item of node.items)
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
  }
  return found;
}

/**
 * Syntax errors an edited item may keep and still be read on its own, the ones of typing: a key
 * without its colon yet, a line out of step, a key written twice. They stay inside the item when
 * every quote and bracket is closed and yaml read the item to its end (parseRegion checks);
 * test/core/pieces.test.mjs types such errors at random and compares with a whole parse.
 */
const LOCAL_ERRORS = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'DUPLICATE_KEY', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

/**
 * Whether every quote and bracket opened in `text` is closed, in order (comments aside). An
 * item with an error is read on its own only then: yaml reads a quote or bracket left open
 * across the following lines, into the items after it. A quote inside a word (`don't`) opens
 * nothing, as in yaml; a bracket inside a plain word counts, which only costs the speed-up.
 */
function closesEverything(text: string): boolean {
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (isCommentStart(text, i)) {
      i = lineEnd(text, i) - 1;
    } else if (isQuoteStart(text, i)) {
      const end = quoteEnd(text, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (ch === '[' || ch === '{') {
      open.push(ch);
    } else if (ch === ']' || ch === '}') {
      if (open.pop() !== (ch === ']' ? '[' : '{')) return false;
    }
  }
  return open.length === 0;
}

/**
 * An anchor-free parse of `text` as a block list of exactly `count` items, its ranges moved by
 * `offset`, with its syntax errors (positions moved too); null when it does not read that way,
 * or has errors other than local ones (LOCAL_ERRORS, and only when `nextLine` is given).
 */
function parseRegion(
  text: string,
  count: number,
  offset: number,
  options: YamlOptions,
  /** The line after the region in the whole text: given, the items may keep local errors. */
  nextLine?: string,
): { items: Node[]; errors: YAMLError[]; warnings: YAMLError[] } | null {
  const doc = parseDocument(text, options);
  const list = doc.contents;
  const { errors, warnings } = doc;
  const problems = [...errors, ...warnings];
  if (problems.length && (nextLine === undefined || problems.some((e) => !LOCAL_ERRORS.has(e.code)) || !closesEverything(text))) return null;
  if (!isSeq(list) || list.flow || list.items.length !== count || hasAnchorOrAlias(list, text)) return null;
  if (problems.length) {
    // After some errors yaml gives up on the list and reads the lines left as the document's
    // (in a whole parse, the items after these too), or stretches the last item over the next
    // line's indentation: read with that line, the items must be the same.
    if ((list.range?.[2] ?? 0) < text.trimEnd().length) return null;
    const probe = parseDocument(text + nextLine, options).contents;
    if (!isSeq(probe) || nodeShapes(probe.items.slice(0, count)) !== nodeShapes(list.items)) return null;
  }
  moveBy(list, offset);
  ownStrings(list);
  for (const e of problems) e.pos = [e.pos[0] + offset, e.pos[1] + offset];
  return { items: list.items, errors, warnings };
}

/** Every node's kind, value and range, as one comparable string. */
function nodeShapes(items: readonly unknown[]): string {
  const out: string[] = [];
  for (const item of items) {
    eachNode(item, (node) => out.push(`${isScalar(node) ? JSON.stringify(node.value) : isMap(node) ? 'map' : 'seq'} ${node.range?.join(',')}`));
  }
  return out.join('\n');
}

/** A clean, anchor-free parse of `text` as a block list of exactly `count` items, or null. */
function parseItems(text: string, count: number, offset: number, options: YamlOptions): Node[] | null {
  return parseRegion(text, count, offset, options)?.items ?? null;
}

/** The top-level pair whose value is the list at `key`. */
function listNode(doc: Document.Parsed, key: string): { list: Node & { items: Node[] }; pairIndex: number } | null {
  const root = doc.contents;
  if (!isMap(root)) return null;
  const pairIndex = root.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  const list = root.items[pairIndex]?.value;
  if (!isSeq(list) || list.flow) return null;
  return { list: list as Node & { items: Node[] }, pairIndex };
}

// ---- compact items ---------------------------------------------------------------------------------

const sources = new WeakMap<Document.Parsed, ItemSource>();

/** The source the compact maps of `doc` read from, made current for `text`. */
function sourceFor(doc: Document.Parsed, text: string, options: YamlOptions): ItemSource {
  let source = sources.get(doc);
  if (!source) {
    source = { text, readItem: (t, region) => parseItems(ownText(t, region[0], region[1]), 1, region[0], options)?.[0] ?? null };
    sources.set(doc, source);
  }
  source.text = text;
  return source;
}

/** After an edit moved `doc` on to `text`: its compact maps read the new text. */
function moveSource(doc: Document.Parsed, text: string): void {
  const source = sources.get(doc);
  if (source) source.text = text;
}

/** The facts `visit` gives for each of `items` (items `first`… of list `key`), or null when it refuses one. */
function visitItems(doc: Document.Parsed, text: string, key: string, first: number, items: readonly Node[], visit: ItemVisitor | undefined): unknown[] | null {
  const facts: unknown[] = [];
  for (let j = 0; j < items.length; j++) {
    const answer = visit ? visit(items[j], { key, index: first + j, doc, text }) : undefined;
    if (answer === null) return null;
    facts.push(answer?.facts);
  }
  return facts;
}

/**
 * Puts compact maps in `list` for the items from `first` that have facts, when the item reads the
 * same on its own: `starts` are the items' first lines, then where the last one ends.
 */
function compactItems(
  doc: Document.Parsed,
  text: string,
  list: Node & { items: Node[] },
  indent: number,
  listEnd: number,
  first: number,
  starts: readonly number[],
  facts: readonly unknown[],
  options: YamlOptions,
): void {
  for (let j = 0; j < facts.length; j++) {
    const item = list.items[first + j];
    const to = starts[j + 1];
    if (facts[j] === undefined || !(item instanceof YAMLMap) || item.flow) continue;
    if (to < listEnd && !endsCleanly(text, to, indent)) continue;
    list.items[first + j] = compactItem(item, sourceFor(doc, text, options), [starts[j], to], facts[j]);
  }
}

function endListAtLastItem(list: Node & { items: Node[] }): void {
  const last = list.items[list.items.length - 1]?.range as Range3 | undefined;
  const r = list.range as Range3 | undefined;
  // As yaml does: a block list's value ends where its last item's trailing space ends.
  if (last && r) list.range = [r[0], last[2], last[2]];
}

// ---- reading a whole file in pieces -------------------------------------------------------------

/** The Document of `text` read in pieces, or null when the pieces disagree with a whole parse (or `visit` refuses). */
export function parseInPieces(text: string, layout: Layout, options: YamlOptions, visit?: ItemVisitor): Document.Parsed | null {
  // The skeleton keeps each list's first item so that the list parses as a list.
  const kept: Array<{ from: number; to: number; at: number }> = [];
  let from = 0;
  let at = 0;
  for (const l of layout) {
    kept.push({ from, to: l.bounds[1], at });
    at += l.bounds[1] - from;
    from = l.bounds[l.bounds.length - 1];
  }
  kept.push({ from, to: text.length, at });
  const skeleton = kept.map((k) => text.slice(k.from, k.to)).join('');
  const doc = parseDocument(skeleton, options);
  if (doc.errors.length || doc.warnings.length || hasAnchorOrAlias(doc.contents, skeleton)) return null;
  // Skeleton offsets → text offsets; a boundary is the end of one kept piece and the start of
  // the next, so starts map forward and ends map back.
  const toText = (offset: number, isEnd: boolean) => {
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i];
      if (isEnd ? offset > k.at || i === 0 : offset >= k.at) return k.from + (offset - k.at);
    }
    return offset;
  };
  const relocate = (node: { range?: Range3 | null }) => {
    const r = node.range;
    if (r) node.range = [toText(r[0], false), toText(r[1], true), toText(r[2], true)];
  };
  eachNode(doc.contents, relocate);
  relocate(doc);
  const lists = layout.map((l) => listNode(doc, l.key));
  if (lists.some((found) => !found || found.list.items.length !== 1)) return null;
  // Every first item is visited while the skeleton is still whole.
  const firstFacts = layout.map((l, i) => visitItems(doc, text, l.key, 0, lists[i]!.list.items, visit));
  if (firstFacts.some((f) => !f)) return null;
  for (const [i, l] of layout.entries()) {
    const found = lists[i]!;
    const n = l.bounds.length - 1;
    const listEnd = l.bounds[n];
    const starts = pieceStarts(l.bounds);
    for (const k of starts.slice(0, -1)) if (!endsCleanly(text, l.bounds[k], l.indent)) return null;
    compactItems(doc, text, found.list, l.indent, listEnd, 0, l.bounds.slice(0, 2), firstFacts[i]!, options);
    for (let p = 0; p + 1 < starts.length; p++) {
      const [k, upto] = [starts[p], starts[p + 1]];
      const items = parseItems(ownText(text, l.bounds[k], l.bounds[upto]), upto - k, l.bounds[k], options);
      const facts = items && visitItems(doc, text, l.key, k, items, visit);
      if (!items || !facts) return null;
      for (const item of items) found.list.items.push(item);
      compactItems(doc, text, found.list, l.indent, listEnd, k, l.bounds.slice(k, upto + 1), facts, options);
    }
    endListAtLastItem(found.list);
    // A list that ends the file also ends the skeleton's root map and document at its first item.
    const end = found.list.range as Range3;
    for (const node of [doc.contents, doc] as Array<{ range?: Range3 | null }>) {
      const r = node.range;
      if (r) node.range = [r[0], Math.max(r[1], end[1]), Math.max(r[2], end[2])];
    }
  }
  return doc;
}

// ---- re-reading the items an edit touched --------------------------------------------------------

export interface Reread {
  doc: Document.Parsed;
  layout: Layout;
  edit: ItemsEdit;
  /** The edited items' syntax errors and warnings (local ones only), in the new text. */
  errors: YAMLError[];
  warnings: YAMLError[];
}

/**
 * Re-reads only the list items that changed between `before` and `text`, moving the rest of
 * `doc` in place (it is consumed). Null when the edit is not inside one list's items, or the
 * new items could read differently on their own, or a range of `replaced` (the previous
 * version's syntax errors) lies outside the items re-read.
 */
export function rereadItems(
  before: string,
  doc: Document.Parsed,
  layout: Layout,
  text: string,
  options: YamlOptions,
  /** Whether the parser may be given this text (nesting it could not survive is refused). */
  parseable: (region: string) => boolean,
  replaced: ReadonlyArray<{ start: number; end: number }>,
  visit?: ItemVisitor,
  span: EditSpan = editSpan(before, text),
): Reread | null {
  const { head, tail } = span;
  const editEnd = before.length - tail;
  const delta = text.length - before.length;

  const li = layout.findIndex((l) => l.bounds[0] <= head && editEnd <= l.bounds[l.bounds.length - 1]);
  if (li < 0) return null;
  const l = layout[li];
  const n = l.bounds.length - 1;
  let first = 0;
  while (first + 1 < n && l.bounds[first + 1] <= head) first++;
  let last = first;
  while (last + 1 < n && l.bounds[last + 1] < editEnd) last++;
  const from = l.bounds[first];
  const to = l.bounds[last + 1] + delta;
  if (replaced.some((r) => r.start < from || r.end > l.bounds[last + 1])) return null;
  // The next item must still start a line: deleting the newline before it joins it to these.
  if (to < text.length && text.charCodeAt(to - 1) !== 10) return null;
  if (!endsCleanly(text, from, l.indent) || (to < l.bounds[n] + delta && !endsCleanly(text, to, l.indent))) return null;
  const region = ownText(text, from, to);
  if (UNSAFE.test(region) || !parseable(region)) return null;
  const starts = itemStarts(region, l.indent);
  if (!starts || starts.length === 0) return null;
  const nextLineEnd = text.indexOf('\n', to);
  const nextLine = text.slice(to, nextLineEnd < 0 ? text.length : nextLineEnd + 1);
  const read = parseRegion(region, starts.length, from, options, nextLine);
  if (!read) return null;
  const { items, errors, warnings } = read;

  const found = listNode(doc, l.key);
  if (!found || found.list.items.length !== n) return null;
  const facts = visitItems(doc, text, l.key, first, items, visit);
  if (!facts) return null;
  // Safe: from here on `doc` is changed.
  const root = doc.contents as Node & { items: Array<{ key: unknown; value: unknown }> };
  for (let i = last + 1; i < n; i++) moveBy(found.list.items[i], delta);
  for (let p = found.pairIndex + 1; p < root.items.length; p++) {
    moveBy(root.items[p].key, delta);
    moveBy(root.items[p].value, delta);
  }
  found.list.items.splice(first, last - first + 1, ...items);
  moveSource(doc, text);
  // Items with a syntax error stay whole: a compact map reads its item again only when it is clean.
  if (!errors.length && !warnings.length)
    compactItems(doc, text, found.list, l.indent, l.bounds[n] + delta, first, [...starts.map((s) => s + from), to], facts, options);
  endListAtLastItem(found.list);
  for (const node of [root, doc] as Array<{ range?: Range3 | null }>) {
    const r = node.range;
    if (r) node.range = [r[0], r[1] + delta, r[2] + delta];
  }

  const moved = (b: number) => b + delta;
  const next: Layout = layout.map((other, i) =>
    i < li
      ? other
      : i > li
        ? { ...other, bounds: other.bounds.map(moved) }
        : {
            ...other,
            bounds: [...other.bounds.slice(0, first), ...starts.map((s) => s + from), ...other.bounds.slice(last + 1).map(moved)],
          },
  );
  return { doc, layout: next, edit: { key: l.key, index: first, removed: last - first + 1, added: items.length, delta }, errors, warnings };
}

/** A re-read of some top-level entries: their new pairs, in their new places. */
export interface RereadEntries {
  doc: Document.Parsed;
  layout: Layout;
  /** Each list's items all moved: by `delta`, or not at all when the list lies before the entries. */
  edits: ItemsEdit[];
  /** The new pairs, in their places. */
  pairs: Pair[];
}

const TOP_KEY_START = /^[A-Za-z_"']/;
const TRIVIA_LINE = /^[ ]*(?:#[^\r\n]*)?\r?$/;

/** Where the run of blank and comment lines that ends just before `at` (a line start) begins. */
function triviaBefore(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    const lineStart = text.lastIndexOf('\n', start - 2) + 1;
    if (!TRIVIA_LINE.test(text.slice(lineStart, start - 1))) break;
    start = lineStart;
  }
  return start;
}

/**
 * Re-reads only the top-level entries an edit touched when it lies outside the lists (the
 * header, `validity`, `timelines`, …), moving the rest of `doc` in place (it is consumed).
 * Null when the edit reaches a list, the first key or the comments before the next entry, or
 * the entries could read differently on their own.
 */
export function rereadEntries(
  before: string,
  doc: Document.Parsed,
  layout: Layout,
  text: string,
  options: YamlOptions,
  parseable: (region: string) => boolean,
  span: EditSpan = editSpan(before, text),
): RereadEntries | null {
  const root = doc.contents;
  if (!isMap(root) || root.flow) return null;
  const pairs = root.items as Pair[];
  const keyStart = (p: Pair) => (p.key as Node | null)?.range?.[0] ?? -1;
  const keyOf = (p: Pair) => (isScalar(p.key) && typeof p.key.value === 'string' ? p.key.value : null);
  if (pairs.some((p) => keyStart(p) < 0 || keyOf(p) === null)) return null;

  const { head, tail } = span;
  const editEnd = before.length - tail;
  const delta = text.length - before.length;
  // An edit at an entry's first character may belong to the entry before it: take that one too.
  let first = -1;
  while (first + 1 < pairs.length && keyStart(pairs[first + 1]) < head) first++;
  if (first < 0) return null;
  let last = first;
  while (last + 1 < pairs.length && keyStart(pairs[last + 1]) < editEnd) last++;
  const from = keyStart(pairs[first]);
  const to = last + 1 < pairs.length ? keyStart(pairs[last + 1]) : before.length;
  // Comments just before the next entry belong to it: they must be the same, and untouched.
  if (last + 1 < pairs.length) {
    const comments = triviaBefore(before, to);
    const nowComments = triviaBefore(text, to + delta);
    if (editEnd > comments || before.slice(comments, to) !== text.slice(nowComments, to + delta)) return null;
  }
  const lists = new Set(layout.map((l) => l.key));
  if (pairs.slice(first, last + 1).some((p) => lists.has(keyOf(p)!))) return null;

  const region = ownText(text, from, to + delta);
  if (!TOP_KEY_START.test(region) || (to < before.length && (text[to + delta - 1] !== '\n' || !TOP_KEY_START.test(text.slice(to + delta, to + delta + 1)))))
    return null;
  if (UNSAFE.test(region) || !parseable(region)) return null;
  const part = parseDocument(region, options);
  const map = part.contents;
  if (part.errors.length || part.warnings.length || !isMap(map) || map.flow || hasAnchorOrAlias(map, region)) return null;
  const fresh = map.items as Pair[];
  if (fresh.length === 0 || fresh.some((p) => keyOf(p) === null)) return null;
  const kept = new Set([...pairs.slice(0, first), ...pairs.slice(last + 1)].map(keyOf));
  if (fresh.some((p) => kept.has(keyOf(p)))) return null;

  // Safe: from here on `doc` is changed.
  moveBy(map, from);
  const firstKey = pairs[first].key as Node & { commentBefore?: string; spaceBefore?: boolean };
  const newKey = fresh[0].key as Node & { commentBefore?: string; spaceBefore?: boolean };
  if (firstKey.commentBefore !== undefined) newKey.commentBefore = firstKey.commentBefore;
  if (firstKey.spaceBefore) newKey.spaceBefore = true;
  for (let p = last + 1; p < pairs.length; p++) {
    moveBy(pairs[p].key, delta);
    moveBy(pairs[p].value, delta);
  }
  pairs.splice(first, last - first + 1, ...fresh);
  moveSource(doc, text);
  for (const node of [root, doc] as Array<{ range?: Range3 | null }>) {
    const r = node.range;
    if (r) node.range = [r[0], r[1] + delta, r[2] + delta];
  }
  const next: Layout = layout.map((l) => (l.bounds[0] < from ? l : { ...l, bounds: l.bounds.map((b) => b + delta) }));
  const edits = next.map((l) =>
    l.bounds[0] < from ? { key: l.key, index: l.bounds.length - 1, removed: 0, added: 0, delta: 0 } : { key: l.key, index: 0, removed: 0, added: 0, delta },
  );
  return { doc, layout: next, edits, pairs: fresh };
}
