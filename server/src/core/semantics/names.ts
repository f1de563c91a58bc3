// The names a file writes — protocol ids, rule ids, contexts, study ids and a case's id — with
// the range of each, read from its YAML tree. Navigation (definition, references, rename,
// workspace symbols) and test discovery look names up here; a file analysed without its tree
// (`caseTree: false`) keeps this reading instead, so they work the same on it.
import { isMap, isScalar, isSeq, type Pair, type Scalar } from 'yaml';
import { compactFacts } from '../parse/compact-items';
import type { AnalyzedFile } from '../project';
import type { TextRange } from '../text';
import type { RelativeName, RuleFacts } from './outline';

export type NameKind = 'protocol' | 'rule' | 'context' | 'study';

/** One place a name is written: where it is defined, or where it is used. */
export interface Occurrence {
  kind: NameKind;
  name: string;
  file: string;
  /** The name's text, without quotes. */
  range: TextRange;
  role: 'definition' | 'reference';
  /**
   * Where the name is looked up: for rules and contexts the id of the protocol it is written
   * in or run against; for studies the case file; for protocols nothing.
   */
  scope: string;
}

export interface FileNames {
  /** Every occurrence, in text order. */
  occurrences: Occurrence[];
  /** A case file's `case:` id (also when the case has errors), else null. */
  caseName: { name: string; range: TextRange } | null;
}

export function entries(node: unknown): Pair[] {
  return isMap(node) ? (node.items as Pair[]) : [];
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
  const value = (node as Scalar).value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const name = String(value);
  if (!name) return null;
  let [start, end] = node.range;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    start += 1;
    end -= 1;
  }
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' || end - start !== name.length) return { name, range: { start: node.range[0], end: node.range[1] } };
  return { name, range: { start, end } };
}

function scalarsOf(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [node];
}

/** The names a rule writes: its id and the contexts of its `when`. */
export function ruleNames(rule: unknown): { id: Named | null; contexts: Named[] } {
  const kept = compactFacts(rule) as RuleFacts | undefined;
  if (kept) {
    const base = (rule as { range: number[] }).range[0];
    const place = (n: RelativeName): Named => ({ name: n.name, range: { start: base + n.start, end: base + n.end } });
    return { id: kept.id && place(kept.id), contexts: kept.contexts.map(place) };
  }
  const contexts = scalarsOf(get(get(rule, 'when'), 'context')).map(nameOf).filter((n): n is Named => n !== null);
  return { id: nameOf(get(rule, 'id')), contexts };
}

/** The names written in a protocol or case file whose tree's root is `root`. */
export function namesIn(root: unknown, kind: 'protocol' | 'case' | null, file: string): FileNames {
  const occurrences: Occurrence[] = [];
  const add = (kind: NameKind, role: Occurrence['role'], n: Named | null, scope: string) => {
    if (n) occurrences.push({ kind, name: n.name, range: n.range, role, file, scope });
  };
  const push = (kind: NameKind, role: Occurrence['role'], node: unknown, scope: string) => add(kind, role, nameOf(node), scope);
  if (kind === 'protocol' && isMap(root)) {
    const id = nameOf(get(root, 'protocol'))?.name ?? '';
    push('protocol', 'definition', get(root, 'protocol'), '');
    push('protocol', 'reference', get(root, 'extends'), '');
    for (const pair of entries(get(root, 'validity'))) push('context', 'definition', pair.key, id);
    const rules = get(root, 'rules');
    if (isSeq(rules)) {
      for (const rule of rules.items) {
        const names = ruleNames(rule);
        add('rule', 'definition', names.id, id);
        for (const context of names.contexts) add('context', 'reference', context, id);
      }
    }
  } else if (kind === 'case' && isMap(root)) {
    const protocol = nameOf(get(root, 'protocol'))?.name ?? '';
    push('protocol', 'reference', get(root, 'protocol'), '');
    push('context', 'reference', get(get(root, 'patient'), 'context'), protocol);
    const studies = get(root, 'studies');
    if (isSeq(studies)) for (const study of studies.items) push('study', 'definition', get(study, 'id'), file);
    for (const pair of entries(get(root, 'expect'))) {
      if (keyOf(pair) !== 'orders') push('study', 'reference', pair.key, file);
    }
  }
  occurrences.sort((a, b) => a.range.start - b.range.start);
  return { occurrences, caseName: kind === 'case' ? nameOf(get(root, 'case')) : null };
}

const namesCache = new WeakMap<AnalyzedFile, FileNames>();

/** The names a file writes: those its analysis kept when it let the tree go, else read from the tree. */
export function namesOf(file: AnalyzedFile): FileNames {
  if (file.names) return file.names;
  let names = namesCache.get(file);
  if (!names) {
    names = namesIn(file.parsed.doc?.contents, file.kind, file.path);
    namesCache.set(file, names);
  }
  return names;
}
