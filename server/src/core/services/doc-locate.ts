// Finds block-collection entries in an already parsed `yaml` Document by offset, by binary
// search over each collection's items: the cursor walk uses it to skip over thousands of
// lines (a 10,000-rule list) instead of reading them. Only block collections are trusted.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { primitiveText } from '../text';
import type { PathStep } from './schema-index';

export interface DocEntry {
  /** Path of the collection that holds the entry. */
  path: PathStep[];
  collection: Node;
  /** The entry's position in the collection. */
  index: number;
}

function keyStart(pair: Pair): number | undefined {
  return isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
}

function itemStart(item: unknown): number | undefined {
  return item && typeof item === 'object' && 'range' in item && Array.isArray((item as Node).range) ? (item as Node).range![0] : undefined;
}

/** Index of the last entry starting at or before `offset`, or -1 (or -2 when an entry has no position). */
function lastAtOrBefore(count: number, start: (i: number) => number | undefined, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = start(mid);
    if (s === undefined) return -2;
    if (s <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function contains(node: Node | null | undefined, offset: number): node is Node {
  return !!node?.range && node.range[0] <= offset && offset <= node.range[2];
}

/**
 * The block map key or block list item that starts exactly at `offset` (a list item starts at
 * its content, after `- `), with the path of its collection; null when the document does not
 * have one there.
 */
export function docEntryAt(doc: Document | null | undefined, offset: number): DocEntry | null {
  let node = doc?.contents;
  const path: PathStep[] = [];
  for (let depth = 0; depth < 64 && node; depth++) {
    if (isMap(node) && !node.flow) {
      const items = node.items;
      const i = lastAtOrBefore(items.length, (k) => keyStart(items[k]), offset);
      if (i < 0) return null;
      if (keyStart(items[i]) === offset) return { path, collection: node, index: i };
      const value = items[i].value as Node | null;
      if (!contains(value, offset)) return null;
      path.push(String((items[i].key as { value: unknown }).value));
      node = value;
    } else if (isSeq(node) && !node.flow) {
      const items = node.items;
      const i = lastAtOrBefore(items.length, (k) => itemStart(items[k]), offset);
      if (i < 0) return null;
      if (itemStart(items[i]) === offset) return { path, collection: node, index: i };
      const item = items[i] as Node;
      if (!contains(item, offset)) return null;
      path.push(i);
      node = item;
    } else {
      return null;
    }
  }
  return null;
}

/** The block collection at `path`, if the document has one there. */
export function docCollectionAt(doc: Document | null | undefined, path: readonly PathStep[]): Node | null {
  let node = doc?.contents;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      node = (pair?.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof step === 'number') {
      node = (node.items[step] as Node | null) ?? null;
    } else {
      return null;
    }
  }
  return (isMap(node) || isSeq(node)) && !node.flow ? node : null;
}

/** Keys of a block map, or plain items of a block list, except those written in [from, to). */
export function docEntries(node: Node, from: number, to: number): { keys: string[]; items: string[] } {
  const keys: string[] = [];
  const items: string[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      const s = keyStart(pair);
      if (s !== undefined && s >= from && s < to) continue;
      if (isScalar(pair.key)) keys.push(String(pair.key.value));
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const s = itemStart(item);
      if (s !== undefined && s >= from && s < to) continue;
      const text = isScalar(item) ? primitiveText(item.value) : undefined;
      if (text !== undefined) items.push(text);
    }
  }
  return { keys, items };
}
