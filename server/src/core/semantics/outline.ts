// What the outline, folding and names read of a protocol's rule, noted once per rule while its
// nodes exist: a large file's rules then keep only these facts and a compact map for their
// nodes (parse/compact-items.ts), and the outline of 10,000 rules needs no parse. Navigation
// reads full nodes through the same functions, so both give the same answers.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { compactFacts } from '../parse/compact-items';
import { primitiveText } from '../text';
import { entries, get, keyOf, nameOf, type Named } from './yaml-nodes';

export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  return primitiveText(node.value);
}

export function shorten(text: string | undefined, max = 60): string | undefined {
  if (text === undefined) return undefined;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** A one-line summary of a flow or small map, e.g. `window: 4w..6w, beyond: redo`. */
export function summary(node: unknown): string | undefined {
  if (isScalar(node)) return shorten(scalarText(node));
  if (isSeq(node)) return `${node.items.length} item${node.items.length === 1 ? '' : 's'}`;
  if (isMap(node)) {
    const parts = entries(node)
      .filter((p) => isScalar(p.value))
      .map((p) => `${keyOf(p)}: ${scalarText(p.value) ?? ''}`);
    return shorten(parts.join(', '));
  }
  return undefined;
}

/** The outline's detail of a rule: its title, else its conditions. */
export function ruleDetail(rule: unknown): string | undefined {
  const kept = keptRuleFacts(rule);
  if (kept) return kept.detail;
  return shorten(scalarText(get(rule, 'title'))) ?? summary(get(rule, 'when'));
}

/** A name with its range counted from the start of the rule it is written in. */
export interface RelativeName {
  name: string;
  start: number;
  end: number;
}

export interface RuleFacts {
  id: RelativeName | null;
  /** The names in `when.context`. */
  contexts: RelativeName[];
  detail: string | undefined;
  /** Foldable regions under the rule (not the rule itself), as start, end pairs from its start. */
  folds: number[];
}

function scalarsOf(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [node];
}

/** The names a rule writes: its id and the contexts of its `when`. */
export function ruleNames(rule: unknown): { id: Named | null; contexts: Named[] } {
  const kept = keptRuleFacts(rule);
  if (kept) {
    const base = (rule as { range: number[] }).range[0];
    const place = (n: RelativeName): Named => ({ name: n.name, range: { start: base + n.start, end: base + n.end } });
    return { id: kept.id && place(kept.id), contexts: kept.contexts.map(place) };
  }
  const contexts = scalarsOf(get(get(rule, 'when'), 'context'))
    .map(nameOf)
    .filter((n): n is Named => n !== null);
  return { id: nameOf(get(rule, 'id')), contexts };
}

/** The facts of a rule item (in `text`, whose nodes these are). */
export function ruleFacts(rule: Node, text: string): RuleFacts {
  const base = rule.range?.[0] ?? 0;
  const relative = (n: Named): RelativeName => ({ name: n.name, start: n.range.start - base, end: n.range.end - base });
  const names = ruleNames(rule);
  const folds: number[] = [];
  for (const pair of entries(rule)) foldsUnder(pair.value, (pair.key as Node | null)?.range?.[0] ?? null, text, folds);
  return {
    id: names.id && relative(names.id),
    contexts: names.contexts.map(relative),
    detail: ruleDetail(rule),
    folds: folds.map((offset) => offset - base),
  };
}

/** The facts a compacted rule kept, or undefined for a rule whose nodes are there. */
function keptRuleFacts(rule: unknown): RuleFacts | undefined {
  return compactFacts(rule) as RuleFacts | undefined;
}

/**
 * Appends (as start, end pairs) the maps and lists that span lines under `root`, and `root`
 * itself from `from` (where its key or item starts; null for the document's root).
 */
export function foldsUnder(root: unknown, from: number | null, text: string, out: number[]): void {
  const multiline = (start: number, end: number) => text.indexOf('\n', start) >= 0 && text.indexOf('\n', start) < end;
  const stack: Array<{ node: unknown; from: number | null }> = [{ node: root, from }];
  while (stack.length) {
    const { node, from } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    const range = (node as Node).range;
    if (range) {
      const start = from ?? range[0];
      let end = range[1];
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (from !== null && multiline(start, end)) out.push(start, end);
    }
    const kept = keptRuleFacts(node);
    if (kept) {
      const base = range?.[0] ?? 0;
      for (const offset of kept.folds) out.push(base + offset);
      continue;
    }
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.value, from: (item.key as Node | null)?.range?.[0] ?? null });
      else stack.push({ node: item, from: (item as Node | null)?.range?.[0] ?? null });
    }
  }
}
