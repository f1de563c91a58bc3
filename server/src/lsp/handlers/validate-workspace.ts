// reimage/validateWorkspace: the counts of every finding in the workspace (the server has just
// published them), and the same line `reimage validate` ends with.
import { summarizeFindings } from '../../core';
import type { ValidateWorkspaceResult } from '../ext';
import type { Workspace } from '../workspace';

export function validateWorkspace(ws: Workspace): ValidateWorkspaceResult {
  const s = summarizeFindings(ws.current());
  return { files: s.files, filesWithProblems: s.filesWithProblems, errors: s.errors, warnings: s.warnings, message: s.text };
}
