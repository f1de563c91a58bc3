// Where a changed field is written: walks a YAML path inside one file of a project and returns
// the range of the deepest key that exists on that side (the field, else its rule or entry), so
// every reported change points at text in the version it belongs to.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { SourceRef } from '../evaluate/result';
import type { Project } from '../project';
import type { TextRange } from '../text';

export type PathStep = string | { rangeStart: number };

export function sourceRef(project: Project, file: string, range: TextRange): SourceRef {
  const line = (project.files.get(file)?.parsed.lineIndex.position(range.start).line ?? 0) + 1;
  return { file, line, start: range.start, end: range.end };
}

/**
 * The range of `path` in `file`: each step is a map key, or `{ rangeStart }` for the list item
 * (a rule) that starts at that offset. Stops at the deepest step that exists.
 */
export function locatePath(project: Project, file: string, path: readonly PathStep[]): SourceRef | null {
  const doc = project.files.get(file)?.parsed.doc;
  let node = (doc?.contents as Node | null | undefined) ?? null;
  let found: TextRange | null = null;
  for (const step of path) {
    if (typeof step === 'string') {
      if (!isMap(node)) break;
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === step);
      if (!pair) break;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      const start = key.range?.[0] ?? 0;
      found = { start, end: value?.range?.[1] ?? key.range?.[1] ?? start };
      node = value;
    } else {
      if (!isSeq(node)) break;
      const item = (node.items as Node[]).find((n) => n?.range?.[0] === step.rangeStart);
      if (!item?.range) break;
      found = { start: item.range[0], end: item.range[1] };
      node = item;
    }
  }
  return found ? sourceRef(project, file, found) : null;
}
