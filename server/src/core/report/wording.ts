// Wording shared by the report renderers (HTML, Markdown), so they say what the CLI's terminal
// reporter says: money, redo plans, budgets, case status. Pure functions of a run result.
import type { Budget, CaseResult, Money, OrderResult, Redo, StudyResult } from '../evaluate/result';

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

/** The reasons that decided a study's verdict (all of them when it is accepted). */
export function decidingReasons(study: StudyResult) {
  return study.reasons.filter((r) => r.verdict === study.verdict);
}

export function orderTitle(order: OrderResult): string {
  return `${order.modality}${order.region ? ` of the ${order.region}` : ''}`;
}

export function caseStatus(c: CaseResult): 'passed' | 'failed' | 'no-expect' {
  return c.expectations.passed === null ? 'no-expect' : c.expectations.passed ? 'passed' : 'failed';
}
