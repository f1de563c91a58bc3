// Items of a large file's lists without their trees. A 10,000-rule profile's yaml Document is
// about 35 MB; an editor keeps the analysis of an open file, yet after the analysis it reads
// the nodes of one rule at a time (the one under the cursor, the one a finding is on). So once
// an item has been analysed, its map can be replaced by a *compact map*: a `YAMLMap` that keeps
// the item's range, comments and what the analysis noted (`facts`), and whose `items` parse the
// item's text again when read (held weakly, so they go when nothing uses them). Code that walks
// nodes sees a map like any other; code that walks every item (the outline, folding, names)
// reads `compactFacts` instead of the entries, so that it does not parse the whole file again.
import { YAMLMap, type Node, type Pair } from 'yaml';

/** The current text of a Document whose items were compacted (edits move it on with the nodes), and how to read one item of it. */
export interface ItemSource {
  text: string;
  /** Parses the item in `region` on its own, its ranges in place; null if it does not read as one map. */
  readItem: (text: string, region: readonly [number, number]) => Node | null;
}

interface Compact {
  source: ItemSource;
  /** Where the item's lines start (its dash line) and where its text ends (the next item's line). */
  region: [number, number];
  facts: unknown;
  /** Entries set after the compact map was made (an edit of the tree), which then stay. */
  pinned?: Pair[];
  read?: WeakRef<Pair[]>;
}

const COMPACT = Symbol('reimage.compact');

type CompactMap = YAMLMap & { [COMPACT]: Compact };

class CompactItem extends YAMLMap {}

Object.defineProperty(CompactItem.prototype, 'items', {
  get(this: CompactMap): Pair[] {
    const c = this[COMPACT];
    if (!c) return [];
    if (c.pinned) return c.pinned;
    const held = c.read?.deref();
    if (held) return held;
    const node = c.source.readItem(c.source.text, c.region);
    const entries = node instanceof YAMLMap ? node.items : [];
    c.read = new WeakRef(entries);
    return entries;
  },
  set(this: CompactMap, entries: Pair[]) {
    // yaml's constructor sets `items = []` before the compact map is filled in: ignored.
    if (this[COMPACT]) this[COMPACT].pinned = entries;
  },
});

const KEPT = ['range', 'flow', 'comment', 'commentBefore', 'spaceBefore', 'tag', 'anchor'] as const;

/** A compact map in place of `map` (an item whose text is `source.text` in `region`), keeping `facts`. */
export function compactItem(map: YAMLMap, source: ItemSource, region: [number, number], facts: unknown): YAMLMap {
  const stand = new CompactItem(map.schema) as CompactMap;
  stand[COMPACT] = { source, region, facts };
  const from = map as unknown as Record<string, unknown>;
  const to = stand as unknown as Record<string, unknown>;
  for (const key of KEPT) if (from[key] !== undefined) to[key] = from[key];
  return stand;
}

/** Whether `node` is a compact map whose entries are not held (reading them parses its text). */
export function isCompact(node: unknown): boolean {
  return node instanceof CompactItem && !!(node as CompactMap)[COMPACT] && !(node as CompactMap)[COMPACT].pinned;
}

/** What the analysis noted of a compacted item, or undefined for any other node. */
export function compactFacts(node: unknown): unknown {
  return node instanceof CompactItem ? (node as CompactMap)[COMPACT]?.facts : undefined;
}

/** Moves a compact map's text by `delta` characters (its range moves with the other nodes'); other nodes are left alone. */
export function moveCompact(node: Node, delta: number): void {
  const c = node instanceof CompactItem ? (node as CompactMap)[COMPACT] : undefined;
  if (!c) return;
  c.region = [c.region[0] + delta, c.region[1] + delta];
  // Entries read before the move have the old ranges: the next read parses the text again.
  c.read = undefined;
}
