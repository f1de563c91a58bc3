// Wording shared by the report renderers (HTML, Markdown), so they say what the CLI's terminal
// reporter says: money, redo plans, budgets, case status. Pure functions of a run result.
import { severityOf } from '../model';
import type { Budget, CaseResult, Money, OrderResult, Plan, Reason, StudyResult, Supplement } from '../evaluate/result';

export function money(m: Pick<Money, 'min' | 'max'>, currency: string): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return m.min === m.max ? `${n(m.min)} ${currency}` : `${n(m.min)}–${n(m.max)} ${currency}`;
}

export function costText(plan: Plan): string {
  return plan.cost ? money(plan.cost, plan.cost.currency) : 'price unknown (confirm with the receiving IMD)';
}

/** `ready by 2026-04-14`, or for a plan done at home, `at home before travel`. */
export function readyText(plan: Plan): string {
  return plan.ready_by === null ? 'at home before travel' : `ready by ${plan.ready_by}`;
}

/** `add DWI`, `add a new baseline study`: what a supplement adds. */
export function supplementItems(plan: Supplement): string {
  const items = plan.items.map((i) => (i === 'baseline' ? 'a new baseline study' : i));
  return items.length ? `add ${items.join(', ')}` : 'supplement';
}

export function planText(plan: Plan | Supplement): string {
  const parts = 'items' in plan ? [supplementItems(plan), plan.timeline ?? plan.modality] : [plan.timeline ?? plan.modality];
  if (plan.scan) parts.push(`scan ${plan.scan}`);
  if (plan.report) parts.push(`report ${plan.report}${plan.expedited ? ' (expedited)' : ''}`);
  parts.push(readyText(plan));
  parts.push(costText(plan));
  return parts.join(' · ');
}

/** The plan a study's verdict asks for: its redo or its supplement (none when superseded). */
export function studyPlan(study: StudyResult): Plan | Supplement | null {
  return study.redo ?? study.supplement;
}

/** What a study's row says of it: its verdict, or `superseded` when a newer study makes it unnecessary. */
export function studyVerdictWord(study: StudyResult): string {
  return study.superseded_by ? 'superseded' : study.verdict;
}

/** `superseded by chest-ct-april: nothing planned (on its own: redo)`. */
export function supersededText(study: StudyResult): string {
  return `superseded by ${study.superseded_by}: nothing planned (on its own: ${study.verdict}) — bring only the most recent imaging`;
}

export function budgetText(budget: Budget | null): string {
  if (!budget) return 'nothing to redo';
  if (budget.min === null || budget.max === null) {
    const reserve = budget.reserve ? `; set aside ${money(budget.reserve, budget.currency)}` : '';
    return `unknown: nothing planned has a price (${budget.unknown.join(', ')}; confirm with the receiving IMD${reserve})`;
  }
  const known = budget.min || budget.max ? money({ min: budget.min, max: budget.max }, budget.currency) : '';
  if (!budget.unknown.length) return known || `0 ${budget.currency}`;
  const reserve = budget.reserve ? `; set aside ${money(budget.reserve, budget.currency)}` : '';
  return `${known ? `${known} + ` : ''}unknown for ${budget.unknown.join(', ')} (confirm with the receiving IMD${reserve})`;
}

/** The reasons that decided a study's verdict (all of them when it is accepted); never an advisory one. */
export function decidingReasons(study: StudyResult): Reason[] {
  return study.reasons.filter((r) => r.verdict === study.verdict && !r.advisory);
}

/**
 * Every finding against a study — each reason that is not an acceptance — the deciding ones
 * first, then by severity, so a redo is planned complete. Advisory reasons are apart.
 */
export function findings(study: StudyResult): Reason[] {
  return study.reasons
    .filter((r) => r.verdict !== 'accept' && !r.advisory)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => severityOf(b.r.verdict) - severityOf(a.r.verdict) || a.i - b.i)
    .map((x) => x.r);
}

/** The advisory reasons of a study: `preferred` requirements it does not meet. */
export function advisories(study: StudyResult): Reason[] {
  return study.reasons.filter((r) => r.advisory);
}

/** An order's plan, or, when a study's redo serves it, that it adds nothing. */
export function orderPlanText(order: OrderResult): string {
  return order.covered_by ? `served by the redo of ${order.covered_by}: nothing added to the plan` : planText(order);
}

export function orderTitle(order: OrderResult): string {
  return `${order.modality}${order.region ? ` of the ${order.region}` : ''}`;
}

export function caseStatus(c: CaseResult): 'passed' | 'failed' | 'no-expect' {
  return c.expectations.passed === null ? 'no-expect' : c.expectations.passed ? 'passed' : 'failed';
}

/** A written series of a study, with the rules it failed (a reason that was not an acceptance). */
export interface SeriesLine {
  index: number;
  label: string;
  failed: string[];
}

export function seriesLines(study: StudyResult): SeriesLine[] {
  return (study.series ?? []).map(({ index, label }) => ({
    index,
    label,
    failed: [...new Set(study.reasons.filter((r) => !r.advisory && r.verdict !== 'accept' && r.series?.failed.includes(index)).map((r) => r.rule))],
  }));
}

/** The reasons a report shows first for a study: every finding, or for an accepted study what accepted it. */
export function shownReasons(study: StudyResult): Reason[] {
  return study.verdict === 'accept' ? decidingReasons(study) : findings(study);
}

/** What a case plans, counted: `1 redo, 1 supplement, 1 order` (and the studies superseded), or `nothing`. */
export function plannedText(c: CaseResult): string {
  const count = (n: number, word: string) => (n ? [`${n} ${word}${n === 1 ? '' : 's'}`] : []);
  const parts = [
    ...count(c.studies.filter((s) => s.redo).length, 'redo'),
    ...count(c.studies.filter((s) => s.supplement).length, 'supplement'),
    ...count(c.orders.filter((o) => !o.covered_by).length, 'order'),
  ];
  const superseded = c.summary.superseded ? `; ${c.summary.superseded} older stud${c.summary.superseded === 1 ? 'y' : 'ies'} superseded, not redone` : '';
  return (parts.join(', ') || 'nothing') + superseded;
}
