// The server's custom requests the client sends. Names and types come from the server's
// lsp/ext.ts (types and string constants only: nothing of the server is bundled here).
export {
  CASES_CHANGED, LENS_COMMANDS, LIST_CASES, RENDER_REPORT, RUN_CASES, VALIDATE_WORKSPACE,
  type CaseItem, type CaseNotRun, type ListCasesParams, type LspCaseResult, type RenderReportParams, type RenderReportResult,
  type RunCasesParams, type RunCasesResult, type ShowReferencesArgs, type ValidateWorkspaceParams, type ValidateWorkspaceResult,
} from '../../server/src/lsp/ext';
