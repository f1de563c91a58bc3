// `reimage diff --format github`: GitHub Actions workflow commands, so each change is a notice
// on the line it is written on, each verdict change a warning on the study, and each case
// whose `expect` now fails an error on its `expect`. A summary line ends the output. Titles and
// messages are in the report's language.
import { changeSource, changeText, expectationText, sayOf, summaryText, verdictChangeText, type DiffReport, type SourceRef } from '../../core';

/** Escapes per the workflow-command format: data, and property values (which also escape `:` and `,`). */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(level: 'notice' | 'warning' | 'error', ref: SourceRef | null, title: string, message: string): string {
  const props = [...(ref ? [`file=${property(ref.file)}`, `line=${ref.line}`] : []), `title=${property(title)}`];
  return `::${level} ${props.join(',')}::${data(message)}`;
}

export function renderDiffGithub(report: DiffReport): string {
  const { diff } = report;
  const say = sayOf(report);
  const lines: string[] = [];
  for (const c of diff.changes) lines.push(command('notice', changeSource(c), say.t('diff.github.changed', { protocol: c.protocol }), changeText(c, say)));
  for (const v of diff.impact.studies) lines.push(command('warning', v.source, say.t('diff.github.verdict-changes'), verdictChangeText(v, say)));
  for (const e of diff.impact.newlyFailing) lines.push(command('error', e.source, say.t('diff.github.now-fails', { case: e.case }), expectationText(e, say)));
  for (const e of diff.impact.newlyPassing) lines.push(command('notice', e.source, say.t('diff.github.now-passes', { case: e.case }), expectationText(e, say)));
  lines.push(`reimage diff ${report.before} → ${report.after}: ${summaryText(diff, say)}`);
  return lines.join('\n') + '\n';
}
