// The human report for a terminal: per case a table of studies with verdict, deciding rule
// and redo plan, then orders, ready-by date, budget, advice and the expectation check.
import type { CaseResult, Verdict } from '../../core';
import type { Style } from '../services/style';
import { advisories, budgetText, caseStatus, decidingReasons, findings, orderPlanText, orderTitle, plannedText, planText, studyPlan, studyVerdictWord, supersededText } from '../../core';

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - s.length));
}

function verdictText(v: Verdict | 'superseded', style: Style): string {
  const word = v.toUpperCase();
  return v === 'accept' ? style.green(word) : v === 'review' ? style.blue(word) : v === 'supplement' ? style.yellow(word) : v === 'superseded' ? style.dim(word) : style.red(word);
}

/** A case in one line: its mark (✔ passed, ✘ failed, • no expect), name, file, protocol and date. */
export function renderCaseLine(c: CaseResult, style: Style): string {
  const status = caseStatus(c);
  const mark = status === 'passed' ? style.green('✔') : status === 'failed' ? style.red('✘') : style.dim('•');
  return `${mark} ${style.bold(c.case)}  ${style.dim(`${c.file} · ${c.protocol} · on ${c.on}`)}`;
}

/** A case in full: its line, then the table of its studies, orders, budget, advice and failed expectations. */
export function renderCase(c: CaseResult, style: Style): string {
  const lines: string[] = [renderCaseLine(c, style)];
  const idWidth = Math.max(5, ...c.studies.map((s) => s.id.length));
  const ruleWidth = Math.max(4, ...c.studies.map((s) => decidingReasons(s).map((r) => r.rule).join(', ').length));
  lines.push(style.dim(`  ${pad('study', idWidth)}  ${pad('verdict', 10)}  ${pad('rule', ruleWidth)}  plan`));
  for (const s of c.studies) {
    const deciding = decidingReasons(s);
    const rules = deciding.map((r) => r.rule).join(', ');
    const plan = studyPlan(s);
    const word = studyVerdictWord(s) as Verdict | 'superseded';
    const planned = s.superseded_by ? supersededText(s) : plan ? planText(plan) : '';
    lines.push(`  ${pad(s.id, idWidth)}  ${verdictText(word, style)}${' '.repeat(Math.max(1, 11 - word.length) - 1)}  ${pad(rules, ruleWidth)}  ${planned}`);
    const shown = s.verdict === 'accept' ? deciding : findings(s);
    for (const r of shown) lines.push(style.dim(`  ${' '.repeat(idWidth)}  ↳ ${shown.length > 1 || r.verdict !== s.verdict ? `${r.verdict} · ` : ''}${r.rule}: ${r.message}`));
    for (const r of advisories(s)) lines.push(style.dim(`  ${' '.repeat(idWidth)}  ⓘ ${r.rule}: ${r.message}`));
  }
  for (const o of c.orders) {
    lines.push(`  ${style.magenta('order')} ${orderTitle(o)} — ${o.reason} ${style.dim(`(${o.rule})`)}`);
    lines.push(style.dim(`        ${orderPlanText(o)}`));
  }
  if (c.studies.some((s) => studyPlan(s) || s.superseded_by) || c.orders.length) {
    const ready = c.summary.ready_by ? `ready by ${style.bold(c.summary.ready_by)}` : 'nothing to wait for in house';
    lines.push(`  planned: ${plannedText(c)} · ${ready} · budget ${budgetText(c.summary.budget)}`);
  }
  for (const a of c.advice) lines.push(`  ${style.dim('advice:')} ${a}`);
  for (const f of c.expectations.failures) lines.push(`  ${style.red('expectation failed:')} ${f.message}`);
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
export function renderSummary(t: RunTally, style: Style): string {
  const untested = t.cases - t.passed - t.failed;
  return `${t.cases} case${t.cases === 1 ? '' : 's'}: ${style.green(`${t.passed} passed`)}, ${t.failed ? style.red(`${t.failed} failed`) : '0 failed'}` +
    (untested ? `, ${untested} without expect` : '') +
    ` · studies: ${t.verdicts.accept} accept, ${t.verdicts.review} review, ${t.verdicts.supplement} supplement, ${t.verdicts.redo} redo` +
    (t.superseded ? `, ${t.superseded} superseded` : '');
}
