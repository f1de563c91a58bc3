// `reimage diff --format json`: both versions' names, summary counts, every change and the
// impact, as one JSON object (the shape of the core's `ProtocolDiff`, plus names and counts).
// Keys, kinds and values stay as they are in every language; each change's `message` is said in
// the report's language.
import { changeMessage, countsOf, sayOf, type DiffReport } from '../../core';

export function renderDiffJson(report: DiffReport): string {
  const { diff } = report;
  const say = sayOf(report);
  const changes = diff.changes.map(({ text, ...c }) => ({ ...c, message: changeMessage({ ...c, text }, say) }));
  return JSON.stringify({ before: report.before, after: report.after, summary: countsOf(diff), changes, impact: diff.impact }, null, 2) + '\n';
}
