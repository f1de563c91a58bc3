// The human report for a terminal: per case a table of studies with verdict, deciding rule
// and redo plan, then orders, ready-by date, budget, advice and the expectation check.
// Columns are measured in display width, so Chinese words (two columns each) keep them aligned.
import type { CaseResult, Catalogue, Verdict } from '../../core';
import type { Style } from '../services/style';
import {
  advisories,
  budgetText,
  caseStatus,
  decidingReasons,
  displayWidth,
  findings,
  formatDateIn,
  orderPlanText,
  orderTitle,
  padToWidth,
  plannedText,
  planText,
  studyPlan,
  supersededText,
  verdictWord,
} from '../../core';

function verdictText(v: Verdict | 'superseded', style: Style, say: Catalogue): string {
  const word = say.locale === 'en' ? v.toUpperCase() : say.t(`verdict.${v}`);
  return v === 'accept'
    ? style.green(word)
    : v === 'review'
      ? style.blue(word)
      : v === 'supplement'
        ? style.yellow(word)
        : v === 'superseded'
          ? style.dim(word)
          : style.red(word);
}

/** A case in one line: its mark (✔ passed, ✘ failed, • no expect), name, file, protocol and date. */
export function renderCaseLine(c: CaseResult, style: Style, say: Catalogue): string {
  const status = caseStatus(c);
  const mark = status === 'passed' ? style.green('✔') : status === 'failed' ? style.red('✘') : style.dim('•');
  return `${mark} ${style.bold(c.case)}  ${style.dim(say.t('run.case-line', { file: c.file, protocol: c.protocol, on: formatDateIn(c.on, say) }))}`;
}

/** A case in full: its line, then the table of its studies, orders, budget, advice and failed expectations. */
export function renderCase(c: CaseResult, style: Style, say: Catalogue): string {
  const lines: string[] = [renderCaseLine(c, style, say)];
  const separator = say.t('list.separator');
  const verdictWidth = Math.max(
    displayWidth(say.t('run.column.verdict')),
    ...(['accept', 'review', 'supplement', 'redo', 'superseded'] as const).map((v) => displayWidth(say.t(`verdict.${v}`))),
  );
  const idWidth = Math.max(displayWidth(say.t('run.column.study')), ...c.studies.map((s) => displayWidth(s.id)));
  const ruleWidth = Math.max(
    displayWidth(say.t('run.column.rule')),
    ...c.studies.map((s) =>
      displayWidth(
        decidingReasons(s)
          .map((r) => r.rule)
          .join(separator),
      ),
    ),
  );
  lines.push(
    style.dim(
      `  ${padToWidth(say.t('run.column.study'), idWidth)}  ${padToWidth(say.t('run.column.verdict'), verdictWidth)}  ${padToWidth(say.t('run.column.rule'), ruleWidth)}  ${say.t('run.column.plan')}`,
    ),
  );
  for (const s of c.studies) {
    const deciding = decidingReasons(s);
    const rules = deciding.map((r) => r.rule).join(separator);
    const plan = studyPlan(s);
    const word: Verdict | 'superseded' = s.superseded_by ? 'superseded' : s.verdict;
    const planned = s.superseded_by ? supersededText(s, say) : plan ? planText(plan, say) : '';
    lines.push(`  ${padToWidth(s.id, idWidth)}  ${padToWidth(verdictText(word, style, say), verdictWidth)}  ${padToWidth(rules, ruleWidth)}  ${planned}`);
    const shown = s.verdict === 'accept' ? deciding : findings(s);
    const indent = ' '.repeat(idWidth);
    for (const r of shown)
      lines.push(style.dim(`  ${indent}  ↳ ${shown.length > 1 || r.verdict !== s.verdict ? `${verdictWord(r.verdict, say)} · ` : ''}${r.rule}: ${r.message}`));
    for (const r of advisories(s)) lines.push(style.dim(`  ${indent}  ⓘ ${r.rule}: ${r.message}`));
  }
  for (const o of c.orders) {
    lines.push(`  ${style.magenta(say.t('run.order'))} ${orderTitle(o, say)} — ${o.reason} ${style.dim(`(${o.rule})`)}`);
    lines.push(style.dim(`        ${orderPlanText(o, say)}`));
  }
  if (c.studies.some((s) => studyPlan(s) || s.superseded_by) || c.orders.length) {
    const ready = c.summary.ready_by ? say.t('plan.ready-by', { date: style.bold(formatDateIn(c.summary.ready_by, say)) }) : say.t('run.nothing-to-wait-for');
    lines.push(`  ${say.t('run.planned', { planned: plannedText(c, say), ready, budget: budgetText(c.summary.budget, say) })}`);
  }
  for (const a of c.advice) lines.push(`  ${style.dim(say.t('run.advice'))}${a}`);
  for (const f of c.expectations.failures) lines.push(`  ${style.red(say.t('run.expectation-failed'))}${f.message}`);
  return lines.join('\n');
}

/** What the last line of a run counts, added up case by case. */
export interface RunTally {
  cases: number;
  passed: number;
  failed: number;
  verdicts: Record<Verdict, number>;
  superseded: number;
}

export function emptyTally(): RunTally {
  return { cases: 0, passed: 0, failed: 0, verdicts: { accept: 0, review: 0, supplement: 0, redo: 0 }, superseded: 0 };
}

export function addToTally(tally: RunTally, c: CaseResult): void {
  const status = caseStatus(c);
  tally.cases++;
  if (status === 'passed') tally.passed++;
  if (status === 'failed') tally.failed++;
  for (const s of c.studies) {
    if (s.superseded_by) tally.superseded++;
    else tally.verdicts[s.verdict]++;
  }
}

/** The run's last line: cases passed and failed, studies by verdict. */
export function renderSummary(t: RunTally, style: Style, say: Catalogue): string {
  const untested = t.cases - t.passed - t.failed;
  const failed = say.t('run.summary.failed', { count: t.failed });
  return (
    say.t('run.summary', {
      cases: t.cases,
      passed: style.green(say.t('run.summary.passed', { count: t.passed })),
      failed: t.failed ? style.red(failed) : failed,
    }) +
    (untested ? say.t('run.summary.untested', { count: untested }) : '') +
    say.t('run.summary.studies', { ...t.verdicts }) +
    (t.superseded ? say.t('run.summary.superseded', { count: t.superseded }) : '')
  );
}
