// The names a file writes — protocol ids, rule ids, contexts, study ids and a case's id — with
// the range of each, read from its YAML tree. Navigation (definition, references, rename,
// workspace symbols) and test discovery look names up here; a file analysed without its tree
// (`caseTree: false`) keeps this reading instead, so they work the same on it.
import { isMap, isSeq } from 'yaml';
import type { TextRange } from '../text';
import { ruleNames } from './outline';
import { entries, get, keyOf, nameOf, type Named } from './yaml-nodes';

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

/** What namesOf reads of an analysed file (project.ts's AnalyzedFile). */
interface NamedFile {
  path: string;
  kind: 'protocol' | 'case' | null;
  parsed: { doc: { contents: unknown } | null };
  names?: FileNames;
}

const namesCache = new WeakMap<NamedFile, FileNames>();

/** The names a file writes: those its analysis kept when it let the tree go, else read from the tree. */
export function namesOf(file: NamedFile): FileNames {
  if (file.names) return file.names;
  let names = namesCache.get(file);
  if (!names) {
    names = namesIn(file.parsed.doc?.contents, file.kind, file.path);
    namesCache.set(file, names);
  }
  return names;
}
