// The run report for people: a standalone HTML page and Markdown, from a RunResult.
export { renderReportHtml, type ReportHtmlOptions } from './render-html';
export { renderReportMarkdown } from './render-markdown';
export { budgetText, caseStatus, costText, decidingReasons, money, orderTitle, planText } from './wording';
