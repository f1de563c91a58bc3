// The findings of a whole project counted, and said in one line: what "validate the workspace"
// reports in an editor and what `reimage validate` prints last.
import type { Project } from '../project';
import { catalogueFor, type Catalogue } from '../i18n/catalogue';

export interface FindingsSummary {
  /** Files checked. */
  files: number;
  /** Files with at least one error or warning. */
  filesWithProblems: number;
  errors: number;
  warnings: number;
  /** e.g. `51 files checked: 1 error, 2 warnings`. */
  text: string;
}

/** `N files checked: E errors, W warnings` — the line `reimage validate` ends with. */
export function checkedText(files: number, errors: number, warnings: number, say: Catalogue = catalogueFor('en')): string {
  return say.t('cli.checked', { files, errors, warnings });
}

/** Every file's findings counted (information-level findings are not problems). */
export function summarizeFindings(project: Project, say?: Catalogue): FindingsSummary {
  let errors = 0;
  let warnings = 0;
  let filesWithProblems = 0;
  for (const path of project.files.keys()) {
    const list = project.diagnostics.get(path) ?? [];
    const e = list.filter((d) => d.severity === 'error').length;
    const w = list.filter((d) => d.severity === 'warning').length;
    errors += e;
    warnings += w;
    if (e + w > 0) filesWithProblems++;
  }
  const files = project.files.size;
  return { files, filesWithProblems, errors, warnings, text: checkedText(files, errors, warnings, say) };
}
