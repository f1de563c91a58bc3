// Test discovery: the project's cases as a flat list of items with a parent id (a case, and
// under it one item per expected verdict), for test explorers and CodeLens. Pure: offsets only.
import type { ExpectedStudy } from '../model';
import type { AnalyzedFile, Project } from '../project';
import { namesOf } from '../semantics/names';
import type { TextRange } from '../text';

export interface CaseEntry {
  /** Unique in the project: `<file>::<case id>` for a case, `…::<study id>` for an expectation. */
  id: string;
  parent: string | null;
  kind: 'case' | 'expectation';
  label: string;
  /** The case's id (for an expectation, the id of its case). */
  caseId: string;
  file: string;
  /** The case id, or the expectation's `study: verdict` entry. */
  range: TextRange;
  /** The protocol id the case runs against (null when it does not say). */
  protocol: string | null;
  /** For a case: whether it has `expect` (is a test). */
  tested?: boolean;
  /** For an expectation: the study and the verdict expected for it. */
  study?: string;
  expected?: ExpectedStudy;
}

function caseIdOf(file: AnalyzedFile): { id: string; range: TextRange } | null {
  if (file.case) return { id: file.case.id, range: file.case.idRange };
  const name = namesOf(file).caseName;
  return name && { id: name.name, range: name.range };
}

/** Every case of the project (or of one file), each followed by its expectations, in file order. */
export function listCases(project: Project, path?: string): CaseEntry[] {
  const out: CaseEntry[] = [];
  const files = path === undefined ? [...project.files.values()] : [project.files.get(path)].filter((f): f is AnalyzedFile => !!f);
  for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
    if (file.kind !== 'case') continue;
    const named = caseIdOf(file);
    if (!named) continue;
    const id = `${file.path}::${named.id}`;
    const c = file.case;
    out.push({
      id,
      parent: null,
      kind: 'case',
      label: named.id,
      caseId: named.id,
      file: file.path,
      range: named.range,
      protocol: c?.protocol.value ?? null,
      tested: !!c?.expect,
    });
    for (const [study, expected] of c?.expect?.verdicts ?? []) {
      out.push({
        id: `${id}::${study}`,
        parent: id,
        kind: 'expectation',
        label: `${study}: ${expected.value}`,
        caseId: named.id,
        file: file.path,
        range: expected.range,
        protocol: c!.protocol.value,
        study,
        expected: expected.value,
      });
    }
  }
  return out;
}
