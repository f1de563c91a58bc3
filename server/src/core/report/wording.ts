// Wording shared by the report renderers (HTML, Markdown), so they say what the CLI's terminal
// reporter says: money, redo plans, budgets, case status. Pure functions of a run result.
import { severityOf } from '../model';
import type { Budget, CaseResult, Money, OrderResult, Reason, Redo, StudyResult } from '../evaluate/result';
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import { formatDateIn } from '../i18n/dates';

const ENGLISH = catalogueFor('en');

export function money(m: Pick<Money, 'min' | 'max'>, currency: string): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return m.min === m.max ? `${n(m.min)} ${currency}` : `${n(m.min)}–${n(m.max)} ${currency}`;
}

export function costText(plan: Redo | OrderResult, c: Catalogue = ENGLISH): string {
  return plan.cost ? money(plan.cost, plan.cost.currency) : c.t('plan.price-unknown');
}

export function planText(plan: Redo | OrderResult, c: Catalogue = ENGLISH): string {
  const parts = [plan.timeline ?? plan.modality];
  if (plan.scan) parts.push(c.t('plan.scan', { time: plan.scan }));
  if (plan.report) parts.push(c.t('plan.report', { time: plan.report }) + (plan.expedited ? c.t('plan.expedited') : ''));
  parts.push(c.t('plan.ready-by', { date: formatDateIn(plan.ready_by, c) }));
  parts.push(costText(plan, c));
  return parts.join(' · ');
}

export function budgetText(budget: Budget | null, c: Catalogue = ENGLISH): string {
  if (!budget) return c.t('budget.nothing');
  const known = budget.min || budget.max ? money(budget, budget.currency) : '';
  if (!budget.unknown.length) return known || `0 ${budget.currency}`;
  const reserve = budget.reserve ? c.t('budget.reserve', { money: money(budget.reserve, budget.currency) }) : '';
  return c.t('budget.unknown', { known: known ? `${known} + ` : '', keys: budget.unknown, reserve });
}

/** A verdict word in the catalogue's language. */
export function verdictWord(v: Reason['verdict'], c: Catalogue = ENGLISH): string {
  return c.t(`verdict.${v}`);
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

export function orderTitle(order: OrderResult, c: Catalogue = ENGLISH): string {
  return order.region ? c.t('order.title-region', { modality: order.modality, region: order.region }) : c.t('order.title', { modality: order.modality });
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
