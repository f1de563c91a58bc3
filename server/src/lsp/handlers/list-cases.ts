// reimage/listCases: the workspace's cases (or one file's) and their expected verdicts, as a
// flat list with parent ids for a test explorer.
import { listCases as coreListCases } from '../../core';
import type { ListCasesParams, ListCasesResult } from '../ext';
import { toLspCaseItems } from '../to-lsp';
import type { Workspace } from '../workspace';

export function listCases(ws: Workspace, params: ListCasesParams | null | undefined): ListCasesResult {
  const project = ws.current();
  return toLspCaseItems(coreListCases(project, params?.uri ? ws.pathOf(params.uri) : undefined), ws);
}
