// The server's custom requests the client sends. Names and types come from the server's
// lsp/ext.ts (types and string constants only: nothing of the server is bundled here).
export {
  CASE_FILE, CASES_CHANGED, COMPARE, COMPARE_COMMAND, FILE_AT_REVISION, IMPORT_DICOM, LENS_COMMANDS, LIST_CASES, RENDER_REPORT, REVISIONS, RUN_CASES,
  REIMAGE_FILE, VALIDATE_WORKSPACE, WORKSPACE_TRUST,
  type CaseItem, type CaseNotRun, type CompareParams, type CompareResult, type FileAtRevisionParams, type FileAtRevisionResult,
  type ImportDicomParams, type ImportDicomResult,
  type ListCasesParams, type LspCaseResult, type RenderReportParams, type RenderReportResult, type RevisionItem, type RevisionsParams,
  type RevisionsResult, type RunCasesParams, type RunCasesResult, type ShowReferencesArgs, type ValidateWorkspaceParams,
  type ValidateWorkspaceResult, type WorkspaceTrustParams,
} from '../../server/src/lsp/ext';
