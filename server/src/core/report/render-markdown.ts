// The run report as Markdown (RunResult → string), ready to paste into a pull request or a
// ticket: what `reimage run --markdown` prints and what the editor's report view exports.
import type { CaseResult, RunResult } from '../evaluate/result';
import { advisories, budgetText, caseStatus, decidingReasons, orderPlanText, orderTitle, plannedText, planText, seriesLines, shownReasons, studyPlan, studyVerdictWord, supersededText } from './wording';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function renderCase(c: CaseResult): string {
  const status = caseStatus(c);
  const mark = status === 'passed' ? '✅' : status === 'failed' ? '❌' : '•';
  const lines = [
    `### ${mark} ${cell(c.case)}`,
    '',
    `\`${c.file}\` · protocol \`${c.protocol}\` · on ${c.on}`,
    '',
    '| study | verdict | rule | why | plan |',
    '|---|---|---|---|---|',
    ...c.studies.map((s) => {
      const shown = shownReasons(s);
      const why = shown.map((r) => (shown.length > 1 && r.verdict !== s.verdict ? `${r.verdict}: ${r.message}` : r.message));
      const plan = studyPlan(s);
      const planned = s.superseded_by ? supersededText(s) : plan ? planText(plan) : '';
      return `| ${cell(s.id)} | **${studyVerdictWord(s)}** | ${cell(decidingReasons(s).map((r) => r.rule).join(', '))} | ${cell(why.join('; '))} | ${cell(planned)} |`;
    }),
  ];
  for (const s of c.studies) {
    const series = seriesLines(s);
    const notes = advisories(s);
    if (!series.length && !notes.length) continue;
    lines.push('', `**${cell(s.id)}**`, '');
    for (const line of series) lines.push(`- ${line.failed.length ? `✗ ${cell(line.label)} — fails ${line.failed.map((r) => `\`${r}\``).join(', ')}` : cell(line.label)}`);
    for (const r of notes) lines.push(`- ℹ️ advisory (\`${r.rule}\`): ${cell(r.message)}`);
  }
  if (c.orders.length) {
    lines.push('', '**Orders**', '', ...c.orders.map((o) => `- ${orderTitle(o)}: ${cell(o.reason)} (\`${o.rule}\`) — ${cell(orderPlanText(o))}`));
  }
  if (c.studies.some((s) => studyPlan(s) || s.superseded_by) || c.orders.length) {
    lines.push('', `**Planned** ${plannedText(c)} · **ready by** ${c.summary.ready_by ?? 'nothing to wait for in house'} · **budget** ${budgetText(c.summary.budget)}`);
  }
  if (c.advice.length) lines.push('', '**Advice**', '', ...c.advice.map((a) => `- ${cell(a)}`));
  if (c.expectations.failures.length) lines.push('', '**Expectations failed**', '', ...c.expectations.failures.map((f) => `- ${cell(f.message)}`));
  return lines.join('\n');
}

export function renderReportMarkdown(result: RunResult): string {
  const passed = result.cases.filter((c) => caseStatus(c) === 'passed').length;
  const failed = result.cases.filter((c) => caseStatus(c) === 'failed').length;
  return [`## Reimage run: ${result.cases.length} cases, ${passed} passed, ${failed} failed`, ...result.cases.map(renderCase)].join('\n\n') + '\n';
}
