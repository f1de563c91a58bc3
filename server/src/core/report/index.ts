// Reports for people: the run report (a standalone HTML page and Markdown, from a RunResult) and
// the semantic diff's views (HTML, Markdown, and the wording the CLI's diff reporters share).
export { renderReportHtml, type ReportHtmlOptions } from './render-html';
export { renderReportMarkdown } from './render-markdown';
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
  studyPlan,
  studyVerdictWord,
  supersededText,
  supplementItems,
  verdictWord,
} from './wording';
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
  type ChangeNote,
  type DiffCounts,
  type DiffReport,
} from './diff-wording';
export { renderDiffMarkdown, MARKDOWN_ROWS } from './render-diff-markdown';
export { renderDiffHtml, HTML_ROWS, type DiffHtmlOptions, type DiffVersion } from './render-diff-html';
