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

function withNote(message: string, rule: Rule): string {
  return rule.note ? `${message} Note: ${rule.note}` : message;
}

function sentence(text: string | undefined): string {
  return text ? ` — ${text}` : '';
}

/** The rule's verdict for one study, with a message saying what was checked. */
function checkRule(rule: Rule, study: Study): { verdict: Verdict; message: string; series?: SeriesMarks } {
  if (rule.verdict) {
    return { verdict: rule.verdict, message: withNote(rule.because ?? rule.title ?? `applies to every ${study.modality} study here`, rule) };
  }
  const found = checkRequirements(rule.require ?? {}, study, rule.impact);
  const series = seriesMarks(found);
  const { unmet, unknown, met } = found;
  if (unmet.length) {
    return { verdict: mostSevere(rule.otherwise ?? 'redo', unknown.length ? rule.if_unknown : 'accept'), message: withNote([...unmet, ...unknown].join('; ') + sentence(rule.because), rule), series };
  }
  if (unknown.length) return { verdict: rule.if_unknown, message: withNote(unknown.join('; ') + ' — the physician checks', rule), series };
  return { verdict: 'accept', message: met.join('; ') || 'requirements met', series };
}

function seriesMarks(found: RequirementCheck): SeriesMarks | undefined {
  return found.metSeries.length || found.failedSeries.length ? { met: found.metSeries, failed: found.failedSeries } : undefined;
}

/** The advisory reason of a rule's `preferred`: never changes the verdict; null when met. */
function checkPreferred(rule: Rule, study: Study): { message: string; series?: SeriesMarks } | null {
  if (!rule.preferred) return null;
  const found = checkRequirements(rule.preferred, study, rule.impact);
  if (!found.unmet.length && !found.unknown.length) return null;
  return { message: `preferred, not required: ${[...found.unmet, ...found.unknown].join('; ')}`, series: seriesMarks(found) };
}

function validityReason(study: Study, c: Case, protocol: Protocol, locate: Locate): { reason: Reason; expired: boolean } | null {
  const window = protocol.validity.get(c.patient.context);
  if (!window) return null;
  const age = Math.max(0, daysBetween(study.date, c.on));
  const ageText = `${age} day${age === 1 ? '' : 's'} old on ${c.on}`;
  const source = locate(window.file, window.range);
  const rule = `validity:${window.context}`;
  if (addDuration(study.date, window.accept) >= c.on) {
    return { reason: { rule, verdict: 'accept', message: `${ageText}: within ${window.accept.amount}${window.accept.unit} for ${window.context}`, source }, expired: false };
  }
  if (window.review && addDuration(study.date, window.review) >= c.on) {
    return {
      reason: { rule, verdict: 'review', message: `${ageText}: past ${window.accept.amount}${window.accept.unit} but within ${window.review.amount}${window.review.unit} for ${window.context} — the physician decides`, source },
      expired: false,
    };
  }
  const limit = window.review ?? window.accept;
  return {
    reason: { rule, verdict: window.beyond, message: `${ageText}: beyond the ${limit.amount}${limit.unit} validity for ${window.context}${sentence(window.because)}`, source },
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

export function evaluateCase(c: Case, protocol: Protocol, locate: Locate): CaseResult {
  const calendar = calendarOf(protocol);
  const active = protocol.rules.filter((r) => !r.disabled);
  const rulesById = new Map(active.map((r) => [r.id, r]));
  let anyExpired = false;

  const studies: StudyResult[] = c.studies.map((study) => {
    const reasons: Reason[] = [];
    const validity = validityReason(study, c, protocol, locate);
    if (validity) {
      reasons.push(validity.reason);
      anyExpired ||= validity.expired;
    }
    for (const rule of active) {
      if (rule.order || !ruleApplies(rule, study, c.patient)) continue;
      const source = locate(rule.file, rule.range);
      if (rule.verdict || rule.require || !rule.preferred) {
        const { verdict, message, series } = checkRule(rule, study);
        reasons.push({ rule: rule.id, verdict, message, source, ...(series ? { series } : {}) });
      }
      const preferred = checkPreferred(rule, study);
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
    const series = study.series?.map((s) => ({ index: s.index, label: seriesLabel(s) }));
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
    expectations: checkExpectations(c, studies, orders, readyBy, budget),
  };
}

function checkExpectations(c: Case, studies: StudyResult[], orders: OrderResult[], readyBy: string | null, budget: Budget): CaseResult['expectations'] {
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
      message: `${id}: expected ${expected.value}, got ${actual.verdict}${deciding.length ? ` (${deciding.map((r) => `${r.rule}: ${r.message}`).join('; ')})` : ''}`,
      range: expected.range,
    });
  }
  if (c.expect.orders) {
    const describe = (o: { modality: string; region?: string | null }) => `${o.modality}${o.region ? ` of the ${o.region}` : ''}`;
    const wanted = c.expect.orders.value;
    const matches = (w: { modality: string; region?: string }, o: OrderResult) => w.modality === o.modality && (!w.region || w.region === o.region);
    const missing = wanted.filter((w) => !orders.some((o) => matches(w, o)));
    const extra = orders.filter((o) => !wanted.some((w) => matches(w, o)));
    if (missing.length || extra.length) {
      failures.push({
        study: 'orders',
        expected: wanted.map(describe).join(', ') || 'no orders',
        actual: orders.map(describe).join(', ') || 'no orders',
        rules: orders.map((o) => o.rule),
        message: `orders: expected ${wanted.map(describe).join(', ') || 'none'}, got ${orders.map(describe).join(', ') || 'none'}`,
        range: c.expect.orders.range,
      });
    }
  }
  const expectedReady = c.expect.ready_by;
  if (expectedReady && expectedReady.value !== readyBy) {
    const [expected, actual] = [expectedReady.value ?? 'none', readyBy ?? 'none'];
    failures.push({ study: 'ready_by', expected, actual, rules: [], message: `ready_by: expected ${expected}, got ${actual}`, range: expectedReady.range });
  }
  const expectedBudget = c.expect.budget;
  if (expectedBudget && (expectedBudget.value.min !== budget.min || expectedBudget.value.max !== budget.max)) {
    const show = (m: { min: number; max: number }) => (m.min === m.max ? `${m.min}` : `${m.min}..${m.max}`);
    const [expected, actual] = [show(expectedBudget.value), show(budget)];
    failures.push({ study: 'budget', expected, actual, rules: [], message: `budget: expected ${expected} ${budget.currency}, got ${actual} ${budget.currency}`, range: expectedBudget.range });
  }
  return { passed: failures.length === 0, failures };
}
