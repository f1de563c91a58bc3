// Reading a YAML tree's maps and names: the small helpers names, the outline and navigation share.
import { isMap, isScalar, type Pair } from 'yaml';
import type { TextRange } from '../text';

export function entries(node: unknown): Pair[] {
  return isMap(node) ? node.items : [];
}

export function keyOf(pair: Pair): string | null {
  return isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number') ? String(pair.key.value) : null;
}

export function get(node: unknown, key: string): unknown {
  for (const pair of entries(node)) if (keyOf(pair) === key) return pair.value;
  return null;
}

export interface Named {
  name: string;
  range: TextRange;
}

/** The name a scalar spells, and where its text is (inside the quotes, if quoted). */
export function nameOf(node: unknown): Named | null {
  if (!isScalar(node) || !node.range) return null;
  const value = node.value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const name = String(value);
  if (!name) return null;
  let [start, end] = node.range;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    start += 1;
    end -= 1;
  }
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' || end - start !== name.length)
    return { name, range: { start: node.range[0], end: node.range[1] } };
  return { name, range: { start, end } };
}
