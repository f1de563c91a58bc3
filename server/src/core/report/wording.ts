// Wording shared by the report renderers (HTML, Markdown), so they say what the CLI's terminal
// reporter says: money, redo plans, budgets, case status. Pure functions of a run result.
import { severityOf } from '../model';
import type { Budget, CaseResult, Money, OrderResult, Plan, Reason, StudyResult, Supplement } from '../evaluate/result';
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import { formatDateIn } from '../i18n/dates';

const ENGLISH = catalogueFor('en');

export function money(m: Pick<Money, 'min' | 'max'>, currency: string): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return m.min === m.max ? `${n(m.min)} ${currency}` : `${n(m.min)}–${n(m.max)} ${currency}`;
}

export function costText(plan: Plan, c: Catalogue = ENGLISH): string {
  return plan.cost ? money(plan.cost, plan.cost.currency) : c.t('plan.price-unknown');
}

/** `ready by 2026-04-14`, or for a plan done at home, `at home before travel`. */
export function readyText(plan: Plan, c: Catalogue = ENGLISH): string {
  return plan.ready_by === null ? c.t('plan.at-home') : c.t('plan.ready-by', { date: formatDateIn(plan.ready_by, c) });
}

/** `add DWI`, `add a new baseline study`: what a supplement adds. */
export function supplementItems(plan: Supplement, c: Catalogue = ENGLISH): string {
  const items = plan.items.map((i) => (i === 'baseline' ? c.t('plan.new-baseline') : i));
  return items.length ? c.t('plan.add', { items }) : c.t('verdict.supplement');
}

export function planText(plan: Plan | Supplement, c: Catalogue = ENGLISH): string {
  const parts = 'items' in plan ? [supplementItems(plan, c), plan.timeline ?? plan.modality] : [plan.timeline ?? plan.modality];
  if (plan.scan) parts.push(c.t('plan.scan', { time: plan.scan }));
  if (plan.report) parts.push(c.t('plan.report', { time: plan.report }) + (plan.expedited ? c.t('plan.expedited') : ''));
  parts.push(readyText(plan, c));
  parts.push(costText(plan, c));
  return parts.join(' · ');
}

/** The plan a study's verdict asks for: its redo or its supplement (none when superseded). */
export function studyPlan(study: StudyResult): Plan | Supplement | null {
  return study.redo ?? study.supplement;
}

/** What a study's row says of it: its verdict, or `superseded` when a newer study makes it unnecessary. */
export function studyVerdictWord(study: StudyResult, c: Catalogue = ENGLISH): string {
  return c.t(study.superseded_by ? 'verdict.superseded' : `verdict.${study.verdict}`);
}

/** `superseded by chest-ct-april: nothing planned (on its own: redo)`. */
export function supersededText(study: StudyResult, c: Catalogue = ENGLISH): string {
  return c.t('plan.superseded', { study: study.superseded_by ?? '', verdict: c.t(`verdict.${study.verdict}`) });
}

export function budgetText(budget: Budget | null, c: Catalogue = ENGLISH): string {
  if (!budget) return c.t('budget.nothing');
  if (budget.min === null || budget.max === null) {
    const reserve = budget.reserve ? c.t('budget.reserve', { money: money(budget.reserve, budget.currency) }) : '';
    return c.t('budget.no-price', { keys: budget.unknown, reserve });
  }
  const known = budget.min || budget.max ? money({ min: budget.min, max: budget.max }, budget.currency) : '';
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

/** An order's plan, or, when a study's redo serves it, that it adds nothing. */
export function orderPlanText(order: OrderResult, c: Catalogue = ENGLISH): string {
  return order.covered_by ? c.t('plan.order-covered', { study: order.covered_by }) : planText(order, c);
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

/** What a case plans, counted: `1 redo, 1 supplement, 1 order` (and the studies superseded), or `nothing`. */
export function plannedText(c: CaseResult, say: Catalogue = ENGLISH): string {
  const count = (n: number, key: 'planned.redos' | 'planned.supplements' | 'planned.orders') => (n ? [say.t(key, { count: n })] : []);
  const parts = [
    ...count(c.studies.filter((s) => s.redo).length, 'planned.redos'),
    ...count(c.studies.filter((s) => s.supplement).length, 'planned.supplements'),
    ...count(c.orders.filter((o) => !o.covered_by).length, 'planned.orders'),
  ];
  const superseded = c.summary.superseded ? say.t('planned.superseded', { count: c.summary.superseded }) : '';
  return (parts.join(say.t('list.separator')) || say.t('planned.nothing')) + superseded;
}
