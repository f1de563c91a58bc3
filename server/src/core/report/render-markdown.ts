// The run report as Markdown (RunResult → string), ready to paste into a pull request or a
// ticket: what `reimage run --markdown` prints and what the editor's report view exports. In one
// language, or in several (`--lang zh-CN,en`): each case's section in each, the patient's advice
// first in English.
import type { CaseResult, RunResult } from '../evaluate/result';
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import { formatDateIn } from '../i18n/dates';
import {
  advisories,
  budgetText,
  caseStatus,
  decidingReasons,
  orderPlanText,
  orderTitle,
  plannedText,
  planText,
  seriesLines,
  shownReasons,
  studyPlan,
  studyVerdictWord,
  supersededText,
} from './wording';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A case's section in one language; its advice (the patient's part) apart, for a bilingual report to order. */
function renderCase(c: CaseResult, say: Catalogue): { body: string[]; advice: string[]; failures: string[] } {
  const status = caseStatus(c);
  const mark = status === 'passed' ? '✅' : status === 'failed' ? '❌' : '•';
  const t = say.t.bind(say);
  const lines = [
    `### ${mark} ${cell(c.case)}`,
    '',
    t('report.case-line', { file: `\`${c.file}\``, protocol: `\`${c.protocol}\``, on: formatDateIn(c.on, say) }),
    '',
    `| ${t('run.column.study')} | ${t('run.column.verdict')} | ${t('run.column.rule')} | ${t('report.column.why')} | ${t('run.column.plan')} |`,
    '|---|---|---|---|---|',
    ...c.studies.map((s) => {
      const shown = shownReasons(s);
      const why = shown.map((r) => (shown.length > 1 && r.verdict !== s.verdict ? `${t(`verdict.${r.verdict}`)}: ${r.message}` : r.message));
      const plan = studyPlan(s);
      const planned = s.superseded_by ? supersededText(s, say) : plan ? planText(plan, say) : '';
      return `| ${cell(s.id)} | **${studyVerdictWord(s, say)}** | ${cell(
        decidingReasons(s)
          .map((r) => r.rule)
          .join(t('list.separator')),
      )} | ${cell(why.join(t('clause.separator')))} | ${cell(planned)} |`;
    }),
  ];
  for (const s of c.studies) {
    const series = seriesLines(s);
    const notes = advisories(s);
    if (!series.length && !notes.length) continue;
    lines.push('', `**${cell(s.id)}**`, '');
    for (const line of series)
      lines.push(`- ${line.failed.length ? `✗ ${cell(line.label)} — ${t('report.fails', { rules: line.failed.map((r) => `\`${r}\``) })}` : cell(line.label)}`);
    for (const r of notes) lines.push(`- ℹ️ ${t('report.advisory', { rule: `\`${r.rule}\`` })}: ${cell(r.message)}`);
  }
  if (c.orders.length) {
    lines.push(
      '',
      `**${t('report.orders')}**`,
      '',
      ...c.orders.map((o) => `- ${orderTitle(o, say)}: ${cell(o.reason)} (\`${o.rule}\`) — ${cell(orderPlanText(o, say))}`),
    );
  }
  if (c.studies.some((s) => studyPlan(s) || s.superseded_by) || c.orders.length) {
    const ready = c.summary.ready_by ? formatDateIn(c.summary.ready_by, say) : t('run.nothing-to-wait-for');
    lines.push('', t('report.planned', { planned: plannedText(c, say), ready, budget: budgetText(c.summary.budget, say) }));
  }
  const advice = c.advice.length ? ['', `**${t('report.advice')}**`, '', ...c.advice.map((a) => `- ${cell(a)}`)] : [];
  const failures = c.expectations.failures.length
    ? ['', `**${t('report.expectations-failed')}**`, '', ...c.expectations.failures.map((f) => `- ${cell(f.message)}`)]
    : [];
  return { body: lines, advice, failures };
}

/**
 * The report in `languages` (one result per language, the same run said in each; English by
 * default). With several, each case's section comes in each language in turn, and its advice —
 * the patient's part — first in English, then in the others.
 */
export function renderReportMarkdown(
  result: RunResult,
  languages: ReadonlyArray<{ result: RunResult; say: Catalogue }> = [{ result, say: catalogueFor('en') }],
): string {
  const passed = result.cases.filter((c) => caseStatus(c) === 'passed').length;
  const failed = result.cases.filter((c) => caseStatus(c) === 'failed').length;
  const heading = languages.map(({ say }) => say.t('report.heading', { cases: result.cases.length, passed, failed })).join(' · ');
  const patientFirst = [...languages].sort((a, b) => Number(b.say.locale === 'en') - Number(a.say.locale === 'en'));
  const sections = result.cases.map((_, i) => {
    const parts = languages.map(({ result: r, say }) => renderCase(r.cases[i], say));
    if (parts.length === 1) return [...parts[0].body, ...parts[0].advice, ...parts[0].failures].join('\n');
    const bodies = parts.map((p, k) => [...p.body, ...p.failures].join('\n') + (k < parts.length - 1 ? '\n' : ''));
    const advice = patientFirst.map(({ say }) => parts[languages.findIndex((l) => l.say === say)].advice.join('\n')).filter(Boolean);
    return [...bodies, ...advice].join('\n').replace(/\n+$/, '');
  });
  return [`## ${heading}`, ...sections].join('\n\n') + '\n';
}
