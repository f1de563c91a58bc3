// `reimage diff --format json`: both versions' names, summary counts, every change and the
// impact, as one JSON object (the shape of the core's `ProtocolDiff`, plus names and counts).
import { countsOf, type DiffReport } from '../../core';

export function renderDiffJson(report: DiffReport): string {
  const { diff } = report;
  return JSON.stringify({ before: report.before, after: report.after, summary: countsOf(diff), changes: diff.changes, impact: diff.impact }, null, 2) + '\n';
}
