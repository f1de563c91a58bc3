// Wording shared by the report renderers (HTML, Markdown), so they say what the CLI's terminal
// reporter says: money, redo plans, budgets, case status. Pure functions of a run result.
import { severityOf } from '../model';
import type { Budget, CaseResult, Money, OrderResult, Reason, Redo, StudyResult } from '../evaluate/result';

export function money(m: Pick<Money, 'min' | 'max'>, currency: string): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return m.min === m.max ? `${n(m.min)} ${currency}` : `${n(m.min)}–${n(m.max)} ${currency}`;
}

export function costText(plan: Redo | OrderResult): string {
  return plan.cost ? money(plan.cost, plan.cost.currency) : 'price unknown (confirm with the receiving IMD)';
}

export function planText(plan: Redo | OrderResult): string {
  const parts = [plan.timeline ?? plan.modality];
  if (plan.scan) parts.push(`scan ${plan.scan}`);
  if (plan.report) parts.push(`report ${plan.report}${plan.expedited ? ' (expedited)' : ''}`);
  parts.push(`ready by ${plan.ready_by}`);
  parts.push(costText(plan));
  return parts.join(' · ');
}

export function budgetText(budget: Budget | null): string {
  if (!budget) return 'nothing to redo';
  const known = budget.min || budget.max ? money(budget, budget.currency) : '';
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
