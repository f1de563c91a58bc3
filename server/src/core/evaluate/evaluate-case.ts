// Runs one case against its resolved protocol: a verdict per study with every reason, the
// redo plan (timeline, ready_by in business days, cost), orders for new imaging, a summary,
// advice and the expectation check. Pure: the date is the case's `on`, nothing else.
import {
  PATIENT_CONDITIONS, mostSevere, type Case, type ConditionKey, type Patient, type Protocol, type Rule,
  type Study, type TimelineOverride, type Verdict, VERDICTS,
} from '../model';
import type { TextRange } from '../text';
import { addDuration, BusinessCalendar, daysBetween } from '../units/calendar';
import type { Turnaround, TurnaroundValue } from '../units/units';
import { CONTRAST_PHASES, CONTRAST_SEQUENCES, checkRequirements, seriesLabel, type RequirementCheck } from './requirements';
import type { Budget, CaseResult, ExpectationFailure, OrderResult, Reason, Redo, SeriesMarks, SourceRef, StudyResult } from './result';
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import { formatDateIn } from '../i18n/dates';

const ENGLISH = catalogueFor('en');

/** Turns a range in a file into a source reference (1-based line). */
export type Locate = (file: string, range: TextRange) => SourceRef;

export function usesContrast(study: Pick<Study, 'sequences' | 'phases' | 'series'>): boolean {
  return (study.sequences ?? []).some((s) => CONTRAST_SEQUENCES.has(s)) || (study.phases ?? []).some((p) => CONTRAST_PHASES.has(p)) ||
    (study.series ?? []).some((s) => s.contrast === true);
}

/** Whether a rule asks for something only a contrast examination has: one reading of the words, as for studies. */
function requiresContrast(rule: Rule): boolean {
  const series = rule.require?.series?.value ?? [];
  return usesContrast({
    sequences: [...(rule.require?.sequences?.value ?? []), ...series.flatMap((s) => s.sequence ?? [])],
    phases: [...(rule.require?.phases?.value ?? []), ...series.flatMap((s) => s.phase ?? [])],
  }) || series.some((s) => s.contrast === true || s.contrast_delay !== undefined);
}

function subjectValues(key: ConditionKey, study: Study | null, patient: Patient): Array<string | boolean> {
  switch (key) {
    case 'purpose': return patient.purpose ? [patient.purpose] : [];
    case 'indication': return patient.indications;
    case 'context': return [patient.context];
    case 'condition_changed': return [patient.condition_changed];
    case 'symptom': return patient.symptoms;
    case 'modality': return study ? [study.modality] : [];
    case 'region': return study?.region ? [study.region] : [];
    case 'format': return study?.format ? [study.format] : [];
    case 'infection_relevant': return study ? [study.infection_relevant] : [];
    case 'contrast': return study ? [usesContrast(study)] : [];
  }
}

/** Whether every condition of the rule holds; with `study` null only patient conditions count. */
export function ruleApplies(rule: Rule, study: Study | null, patient: Patient): boolean {
  for (const [key, wanted] of Object.entries(rule.when) as Array<[ConditionKey, Array<string | boolean>]>) {
    if (study === null && !PATIENT_CONDITIONS.has(key)) continue;
    const values = subjectValues(key, study, patient);
    if (!values.some((v) => wanted.includes(v))) return false;
  }
  return true;
}

export function isPatientRule(rule: Rule): boolean {
  return Object.keys(rule.when).every((k) => PATIENT_CONDITIONS.has(k as ConditionKey));
}

function withNote(message: string, rule: Rule, say: Catalogue): string {
  return rule.note ? say.t('eval.with-note', { message, note: rule.note }) : message;
}

function sentence(text: string | undefined, say: Catalogue): string {
  return text ? say.t('sentence.dash', { text }) : '';
}

/** The rule's verdict for one study, with a message saying what was checked. */
function checkRule(rule: Rule, study: Study, say: Catalogue): { verdict: Verdict; message: string; series?: SeriesMarks } {
  if (rule.verdict) {
    return { verdict: rule.verdict, message: withNote(rule.because ?? rule.title ?? say.t('eval.applies-to-every', { modality: study.modality }), rule, say) };
  }
  const found = checkRequirements(rule.require ?? {}, study, rule.impact, say);
  const series = seriesMarks(found);
  const { unmet, unknown, met } = found;
  const clauses = (list: string[]) => list.join(say.t('clause.separator'));
  if (unmet.length) {
    return { verdict: mostSevere(rule.otherwise ?? 'redo', unknown.length ? rule.if_unknown : 'accept'), message: withNote(clauses([...unmet, ...unknown]) + sentence(rule.because, say), rule, say), series };
  }
  if (unknown.length) return { verdict: rule.if_unknown, message: withNote(say.t('eval.physician-checks', { details: clauses(unknown) }), rule, say), series };
  return { verdict: 'accept', message: clauses(met) || say.t('eval.requirements-met'), series };
}

function seriesMarks(found: RequirementCheck): SeriesMarks | undefined {
  return found.metSeries.length || found.failedSeries.length ? { met: found.metSeries, failed: found.failedSeries } : undefined;
}

/** The advisory reason of a rule's `preferred`: never changes the verdict; null when met. */
function checkPreferred(rule: Rule, study: Study, say: Catalogue): { message: string; series?: SeriesMarks } | null {
  if (!rule.preferred) return null;
  const found = checkRequirements(rule.preferred, study, rule.impact, say);
  if (!found.unmet.length && !found.unknown.length) return null;
  return { message: say.t('eval.preferred', { details: [...found.unmet, ...found.unknown].join(say.t('clause.separator')) }), series: seriesMarks(found) };
}

function validityReason(study: Study, c: Case, protocol: Protocol, locate: Locate, say: Catalogue): { reason: Reason; expired: boolean } | null {
  const window = protocol.validity.get(c.patient.context);
  if (!window) return null;
  const age = Math.max(0, daysBetween(study.date, c.on));
  const ageText = say.t('eval.age', { days: age, on: formatDateIn(c.on, say) });
  const source = locate(window.file, window.range);
  const rule = `validity:${window.context}`;
  const span = (d: { amount: number; unit: string }) => `${d.amount}${d.unit}`;
  if (addDuration(study.date, window.accept) >= c.on) {
    return { reason: { rule, verdict: 'accept', message: say.t('eval.validity-within', { age: ageText, window: span(window.accept), context: window.context }), source }, expired: false };
  }
  if (window.review && addDuration(study.date, window.review) >= c.on) {
    return {
      reason: { rule, verdict: 'review', message: say.t('eval.validity-review', { age: ageText, accept: span(window.accept), review: span(window.review), context: window.context }), source },
      expired: false,
    };
  }
  const limit = window.review ?? window.accept;
  return {
    reason: { rule, verdict: window.beyond, message: say.t('eval.validity-beyond', { age: ageText, limit: span(limit), context: window.context, because: sentence(window.because, say) }), source },
    expired: true,
  };
}

function businessDays(value: TurnaroundValue | undefined): number {
  return value && value.unit === 'bd' ? Math.ceil(value.amount) : 0;
}

/** The redo plan for new imaging of one modality: timeline, ready_by and cost. */
function planImaging(protocol: Protocol, calendar: BusinessCalendar, on: string, modality: string, contrast: boolean, rules: readonly Rule[], expedite: boolean): Omit<Redo, 'modality'> {
  const contrastKey = `${modality}-contrast`;
  const key = contrast && protocol.timelines.has(contrastKey) ? contrastKey : protocol.timelines.has(modality) ? modality : null;
  const timeline: TimelineOverride = { ...(key ? protocol.timelines.get(key) : {}) };
  for (const rule of rules) Object.assign(timeline, rule.timeline[modality] ?? {}, key ? rule.timeline[key] ?? {} : {});
  const expedited = expedite && timeline.expedited !== undefined;
  const report: Turnaround | undefined = expedited ? timeline.expedited : timeline.report;
  const start = calendar.firstBusinessDayFrom(on);
  const days = businessDays(timeline.lead?.max) + (timeline.same_day === false ? 1 : 0) + businessDays(report?.max);
  const costKey = key && protocol.costs.has(key) ? key : modality;
  const cost = protocol.costs.get(costKey);
  return {
    timeline: key,
    scan: timeline.scan?.text ?? null,
    report: report?.text ?? null,
    same_day: timeline.same_day ?? null,
    expedited,
    ready_by: calendar.addBusinessDays(start, days),
    cost: cost ? { min: cost.amount.min, max: cost.amount.max, currency: protocol.currency } : null,
  };
}

// One calendar per resolved protocol, so its memoized business-day sums serve every case.
const calendars = new WeakMap<Protocol, BusinessCalendar>();

function calendarOf(protocol: Protocol): BusinessCalendar {
  let calendar = calendars.get(protocol);
  if (!calendar) {
    calendar = new BusinessCalendar(protocol.holidays, protocol.workdays);
    calendars.set(protocol, calendar);
  }
  return calendar;
}

/** Runs `c`; its reasons and expectation messages are in `say`'s language (English by default). */
export function evaluateCase(c: Case, protocol: Protocol, locate: Locate, say: Catalogue = catalogueFor('en')): CaseResult {
  const calendar = calendarOf(protocol);
  const active = protocol.rules.filter((r) => !r.disabled);
  const rulesById = new Map(active.map((r) => [r.id, r]));
  let anyExpired = false;

  const studies: StudyResult[] = c.studies.map((study) => {
    const reasons: Reason[] = [];
    const validity = validityReason(study, c, protocol, locate, say);
    if (validity) {
      reasons.push(validity.reason);
      anyExpired ||= validity.expired;
    }
    for (const rule of active) {
      if (rule.order || !ruleApplies(rule, study, c.patient)) continue;
      const source = locate(rule.file, rule.range);
      if (rule.verdict || rule.require || !rule.preferred) {
        const { verdict, message, series } = checkRule(rule, study, say);
        reasons.push({ rule: rule.id, verdict, message, source, ...(series ? { series } : {}) });
      }
      const preferred = checkPreferred(rule, study, say);
      if (preferred) reasons.push({ rule: rule.id, verdict: 'accept', advisory: true, message: preferred.message, source, ...(preferred.series ? { series: preferred.series } : {}) });
    }
    const verdict = reasons.reduce<Verdict>((v, r) => mostSevere(v, r.verdict), 'accept');
    let redo: Redo | null = null;
    if (verdict === 'redo') {
      const deciding = reasons.filter((r) => r.verdict === 'redo').map((r) => rulesById.get(r.rule)).filter((r): r is Rule => !!r);
      const contrast = usesContrast(study) || deciding.some(requiresContrast);
      const expedite = c.patient.urgent || deciding.some((r) => r.expedite);
      redo = { modality: study.modality, ...planImaging(protocol, calendar, c.on, study.modality, contrast, deciding, expedite) };
    }
    const series = study.series?.map((s) => ({ index: s.index, label: seriesLabel(s, say) }));
    return { id: study.id, modality: study.modality, verdict, reasons, redo, range: study.range, ...(series ? { series } : {}) };
  });

  const orders: OrderResult[] = [];
  for (const rule of active) {
    if (!rule.order || !ruleApplies(rule, null, c.patient)) continue;
    if (!isPatientRule(rule) && !c.studies.some((s) => ruleApplies(rule, s, c.patient))) continue;
    const { modality, region, contrast, reason } = rule.order;
    if (orders.some((o) => o.modality === modality && o.region === (region ?? null))) continue;
    orders.push({
      modality,
      region: region ?? null,
      reason: reason ?? rule.because ?? rule.title ?? rule.id,
      rule: rule.id,
      ...planImaging(protocol, calendar, c.on, modality, contrast, [rule], c.patient.urgent || rule.expedite),
    });
  }

  const plans = [...studies.map((s) => s.redo).filter((r): r is Redo => !!r), ...orders];
  const budget: Budget = { min: 0, max: 0, currency: protocol.currency, unknown: [] };
  for (const plan of plans) {
    if (plan.cost) {
      budget.min += plan.cost.min;
      budget.max += plan.cost.max;
    } else {
      const name = plan.timeline ?? plan.modality;
      if (!budget.unknown.includes(name)) budget.unknown.push(name);
    }
  }
  if (budget.unknown.length && protocol.reserve) budget.reserve = { min: protocol.reserve.min, max: protocol.reserve.max };
  const readyBy = plans.reduce<string | null>((latest, p) => (latest === null || p.ready_by > latest ? p.ready_by : latest), null);

  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const s of studies) verdicts[s.verdict]++;

  const facilities = new Set(c.studies.map((s) => s.facility).filter(Boolean));
  const triggered = new Set<string>(['always']);
  if (verdicts.supplement) triggered.add('supplement');
  if (verdicts.redo || orders.length) triggered.add('redo');
  if (anyExpired) triggered.add('expired');
  if (facilities.size > 1) triggered.add('several-facilities');
  if (budget.unknown.length) triggered.add('unknown-cost');
  const advice: string[] = [];
  const addAdvice = (line: string | undefined) => {
    if (line && !advice.includes(line)) advice.push(line);
  };
  for (const s of studies) {
    for (const r of s.reasons) if (r.verdict !== 'accept') addAdvice(rulesById.get(r.rule)?.advice);
  }
  for (const line of protocol.advice) if (triggered.has(line.when)) addAdvice(line.text);

  return {
    case: c.id,
    file: c.file,
    protocol: protocol.id,
    on: c.on,
    studies,
    orders,
    summary: { ready_by: readyBy, budget, verdicts },
    advice,
    expectations: checkExpectations(c, studies, orders, readyBy, budget, say),
  };
}

function checkExpectations(c: Case, studies: StudyResult[], orders: OrderResult[], readyBy: string | null, budget: Budget, say: Catalogue): CaseResult['expectations'] {
  if (!c.expect) return { passed: null, failures: [] };
  const failures: ExpectationFailure[] = [];
  for (const [id, expected] of c.expect.verdicts) {
    const actual = studies.find((s) => s.id === id);
    if (!actual || actual.verdict === expected.value) continue;
    const deciding = actual.reasons.filter((r) => r.verdict === actual.verdict && !r.advisory);
    failures.push({
      study: id,
      expected: expected.value,
      actual: actual.verdict,
      rules: deciding.map((r) => r.rule),
      message: say.t('expect.verdict', {
        study: id, expected: expected.value, actual: actual.verdict,
        deciding: deciding.length ? say.t('expect.deciding', { reasons: deciding.map((r) => say.t('eval.named-details', { name: r.rule, details: r.message })).join(say.t('clause.separator')) }) : '',
      }),
      range: expected.range,
    });
  }
  if (c.expect.orders) {
    const describe = (o: { modality: string; region?: string | null }, words = ENGLISH) =>
      o.region ? words.t('order.title-region', { modality: o.modality, region: o.region }) : words.t('order.title', { modality: o.modality });
    const said = (list: ReadonlyArray<{ modality: string; region?: string | null }>) => list.map((o) => describe(o, say)).join(say.t('list.separator')) || say.t('expect.none');
    const wanted = c.expect.orders.value;
    const matches = (w: { modality: string; region?: string }, o: OrderResult) => w.modality === o.modality && (!w.region || w.region === o.region);
    const missing = wanted.filter((w) => !orders.some((o) => matches(w, o)));
    const extra = orders.filter((o) => !wanted.some((w) => matches(w, o)));
    if (missing.length || extra.length) {
      failures.push({
        study: 'orders',
        expected: wanted.map((o) => describe(o)).join(', ') || 'no orders',
        actual: orders.map((o) => describe(o)).join(', ') || 'no orders',
        rules: orders.map((o) => o.rule),
        message: say.t('expect.orders', { expected: said(wanted), actual: said(orders) }),
        range: c.expect.orders.range,
      });
    }
  }
  const expectedReady = c.expect.ready_by;
  if (expectedReady && expectedReady.value !== readyBy) {
    const [expected, actual] = [expectedReady.value ?? 'none', readyBy ?? 'none'];
    failures.push({ study: 'ready_by', expected, actual, rules: [], message: say.t('expect.ready-by', { expected, actual }), range: expectedReady.range });
  }
  const expectedBudget = c.expect.budget;
  if (expectedBudget && (expectedBudget.value.min !== budget.min || expectedBudget.value.max !== budget.max)) {
    const show = (m: { min: number; max: number }) => (m.min === m.max ? `${m.min}` : `${m.min}..${m.max}`);
    const [expected, actual] = [show(expectedBudget.value), show(budget)];
    failures.push({ study: 'budget', expected, actual, rules: [], message: say.t('expect.budget', { expected, actual, currency: budget.currency }), range: expectedBudget.range });
  }
  return { passed: failures.length === 0, failures };
}
