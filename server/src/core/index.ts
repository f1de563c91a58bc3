// The language core's only public surface: pure functions from text to data. No LSP, no
// vscode, no file system, no clock — the server and the CLI sit on top of this.
export * from './text';
export * from './diagnostics';
export * from './model';
export { DEFAULT_REGIONS, RegionTree } from './regions';
export * from './evaluate/result';
export { evaluateCase, ruleApplies, usesContrast } from './evaluate/evaluate-case';
export { parseYaml, MAX_FILE_CHARS, PIECES_FROM, type ParsedYaml, type ParseOptions } from './parse/parse-yaml';
export { validateSchema, SCHEMAS, type FileKind } from './schema/validate-schema';
export { resolveProtocols, hardRuleWeakening } from './semantics/resolve-protocols';
export { closest } from './semantics/spelling';
export {
  analyzeFile,
  type AnalyzeOptions,
  analyzeProject,
  linkProject,
  locator,
  runCaseFile,
  runCases,
  runnable,
  type AnalyzedFile,
  type Project,
  type SourceFile,
} from './project';
export { CASE_FILE, fileKindOf, PROTOCOL_FILE, REIMAGE_FILE } from './file-kind';
export { ProjectHost, warmUp, type HostFile, type Recomputed } from './project-host';
export * from './units/units';
export { addDuration, BusinessCalendar, daysBetween, parseDate, parseDateOrRange, weekdayName } from './units/calendar';
export {
  advisories,
  budgetText,
  caseStatus,
  costText,
  decidingReasons,
  findings,
  money,
  orderPlanText,
  orderTitle,
  plannedText,
  planText,
  readyText,
  renderReportHtml,
  studyPlan,
  studyVerdictWord,
  supersededText,
  supplementItems,
  verdictWord,
  renderReportMarkdown,
  type ReportHtmlOptions,
} from './report';
export {
  byProtocol,
  changeMessage,
  changeNotes,
  changeSource,
  changeText,
  sayOf,
  verdictText,
  countsOf,
  expectationText,
  markOf,
  summaryText,
  verdictChangeText,
  where,
  renderDiffHtml,
  renderDiffMarkdown,
  HTML_ROWS,
  MARKDOWN_ROWS,
  type ChangeNote,
  type DiffCounts,
  type DiffHtmlOptions,
  type DiffReport,
  type DiffVersion,
} from './report';
export * from './diff';
export { completeAt, type CompletionItem } from './services/completion';
export { hoverAt, type HoverInfo } from './services/hover';
export {
  definitionAt,
  documentSymbols,
  foldingRanges,
  occurrencesIn,
  prepareRenameAt,
  referencesAt,
  renameAt,
  workspaceSymbols,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type NameKind,
  type Occurrence,
  type RenameResult,
  type SymbolKind,
  type WorkspaceSymbol,
} from './services/navigation';
export { formatText, formatRange, type FormatEdit, type FormatOptions, type FormatResult, type RangeFormatResult } from './format/format-text';
export { listCases, type CaseEntry } from './services/cases';
export { caseDependencies, casesAffectedBy, ruleUses, verdictCountsText, type CaseRef, type RuleUse } from './services/case-runs';
export { checkedText, summarizeFindings, type FindingsSummary } from './services/findings';
export * as dicomImport from './import';
export * from './i18n';
