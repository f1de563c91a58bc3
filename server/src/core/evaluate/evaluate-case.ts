// Runs one case against its resolved protocol: a verdict per study with every reason, the
// redo plan (timeline, ready_by in business days, cost), orders for new imaging, a summary,
// advice and the expectation check. Pure: the date is the case's `on`, nothing else.
import {
  PATIENT_CONDITIONS,
  mostSevere,
  severityOf,
  type Case,
  type ConditionKey,
  type ItemVerdict,
  type MissingItem,
  type Patient,
  type Protocol,
  type Rule,
  type Study,
  type TimelineOverride,
  type Verdict,
  VERDICTS,
} from '../model';
import { regionTreeOf, type RegionTree } from '../regions';
import type { TextRange } from '../text';
import { addDuration, BusinessCalendar, daysBetween } from '../units/calendar';
import { decimalAmount, type Turnaround, type TurnaroundValue } from '../units/units';
import { CONTRAST_PHASES, CONTRAST_SEQUENCES, checkRequirements, seriesLabel, type ImpactOf, type RequirementCheck } from './requirements';
import type { Budget, CaseResult, ExpectationFailure, OrderResult, Plan, Reason, SeriesMarks, SourceRef, StudyResult } from './result';
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import { formatDateIn } from '../i18n/dates';

const ENGLISH = catalogueFor('en');

/** Turns a range in a file into a source reference (1-based line). */
export type Locate = (file: string, range: TextRange) => SourceRef;

export function usesContrast(study: Pick<Study, 'sequences' | 'phases' | 'series'>): boolean {
  return (
    (study.sequences ?? []).some((s) => CONTRAST_SEQUENCES.has(s)) ||
    (study.phases ?? []).some((p) => CONTRAST_PHASES.has(p)) ||
    (study.series ?? []).some((s) => s.contrast === true)
  );
}

/** Whether a rule asks for something only a contrast examination has: one reading of the words, as for studies. */
function requiresContrast(rule: Rule): boolean {
  const series = rule.require?.series?.value ?? [];
  return (
    usesContrast({
      sequences: [...(rule.require?.sequences?.value ?? []), ...series.flatMap((s) => s.sequence ?? [])],
      phases: [...(rule.require?.phases?.value ?? []), ...series.flatMap((s) => s.phase ?? [])],
    }) || series.some((s) => s.contrast === true || s.contrast_delay !== undefined)
  );
}

/**
 * What a case's rules are matched with beyond the written words: the region hierarchy, the
 * regions the patient's indications concern, and the regions a changed condition concerns.
 */
class CaseScope {
  readonly regions: RegionTree;
  /** Regions the patient's indications concern (`liver-cancer` → liver). */
  private readonly indicated: string[];
  /** Regions a changed condition concerns; null when it concerns every study. */
  readonly changed: string[] | null;
  /** Why the changed condition concerns what it does: symptoms not mapped to a region, or null when none is named. */
  private readonly unmapped: string[] | null;
  private readonly concernOf: (word: string) => string[] | undefined;

  constructor(
    protocol: Protocol,
    readonly patient: Patient,
  ) {
    this.regions = regionTreeOf(protocol);
    const concernOf = (word: string) => protocol.concerns.get(word)?.regions;
    this.concernOf = concernOf;
    this.indicated = patient.indications.flatMap((i) => concernOf(i) ?? []);
    const unmapped = patient.symptoms.filter((s) => !concernOf(s));
    this.unmapped = patient.symptoms.length ? unmapped : null;
    this.changed = patient.symptoms.length && !unmapped.length ? patient.symptoms.flatMap((s) => concernOf(s)!) : null;
  }

  /** Why the changed condition concerns what it does, in words. */
  changeWords(say: Catalogue): string {
    if (this.unmapped === null) return say.t('eval.change.no-symptom');
    if (this.unmapped.length) return say.t('eval.change.unmapped', { symptoms: this.unmapped });
    return this.patient.symptoms.map((s) => say.t('eval.change.concerns', { symptom: s, regions: this.concernOf(s)! })).join(say.t('clause.separator'));
  }

  /**
   * Whether a study of `studyRegions` meets a rule's `region` condition: the study lies within a
   * named region, or covers a named organ that the patient's indications concern.
   */
  regionMatches(wanted: ReadonlyArray<string | boolean>, studyRegions: readonly string[]): boolean {
    return wanted.some(
      (w) =>
        typeof w === 'string' &&
        studyRegions.some((r) => this.regions.covers(w, r) || (this.regions.covers(r, w) && this.indicated.some((c) => this.regions.covers(w, c)))),
    );
  }

  /** Whether the changed condition concerns this study (a study without a region: it may). */
  changeConcerns(study: Study): boolean {
    const changed = this.changed;
    if (!changed || !study.regions.length) return true;
    return study.regions.some((r) => changed.some((c) => this.regions.covers(r, c) || this.regions.covers(c, r)));
  }
}

const scopes = new WeakMap<Patient, WeakMap<Protocol, CaseScope>>();

function scopeOf(protocol: Protocol, patient: Patient): CaseScope {
  let byProtocol = scopes.get(patient);
  if (!byProtocol) scopes.set(patient, (byProtocol = new WeakMap()));
  let scope = byProtocol.get(protocol);
  if (!scope) byProtocol.set(protocol, (scope = new CaseScope(protocol, patient)));
  return scope;
}

/** The values a condition compares with (a region is matched through the hierarchy instead). */
function subjectValues(key: Exclude<ConditionKey, 'region'>, study: Study | null, patient: Patient): Array<string | boolean> {
  switch (key) {
    case 'purpose':
      return patient.purposes;
    case 'indication':
      return patient.indications;
    case 'context':
      return [patient.context];
    case 'condition_changed':
      return [patient.condition_changed];
    case 'symptom':
      return patient.symptoms;
    case 'modality':
      return study ? [study.modality] : [];
    case 'format':
      return study?.format ? [study.format] : [];
    case 'infection_relevant':
      return study ? [study.infection_relevant] : [];
    case 'contrast':
      return study ? [usesContrast(study)] : [];
  }
}

/**
 * Whether every condition of the rule holds; with `study` null only patient conditions count.
 * A region condition follows the hierarchy; a changed condition holds for the studies it concerns.
 */
export function ruleApplies(rule: Rule, study: Study | null, patient: Patient, protocol: Protocol): boolean {
  const scope = scopeOf(protocol, patient);
  for (const [key, wanted] of Object.entries(rule.when) as Array<[ConditionKey, Array<string | boolean>]>) {
    if (study === null && !PATIENT_CONDITIONS.has(key)) continue;
    if (key === 'region') {
      if (!scope.regionMatches(wanted, study!.regions)) return false;
      continue;
    }
    const values = subjectValues(key, study, patient);
    if (!values.some((v) => wanted.includes(v))) return false;
    if (key === 'condition_changed' && study && wanted.includes(true) && patient.condition_changed && !scope.changeConcerns(study)) return false;
  }
  return true;
}

export function isPatientRule(rule: Rule): boolean {
  return Object.keys(rule.when).every((k) => PATIENT_CONDITIONS.has(k as ConditionKey));
}

/**
 * A profile's own words in `say`'s language: the text written for it, else the text as the model
 * keeps it — and `say` hears which language it fell back to (the CLI says so once).
 */
function ownWords<T extends string | undefined>(text: T, rule: Rule | null, protocol: Protocol, say: Catalogue): T {
  if (text === undefined) return text;
  const texts = rule?.translations?.[text] ?? protocol.translations[text];
  const own = texts?.[say.locale];
  if (own !== undefined) return own as T;
  const from = texts ? (texts.en !== undefined ? 'en' : Object.keys(texts)[0]) : protocol.language;
  if (from !== say.locale) say.fallbacks.add(from);
  return text;
}

function withNote(message: string, rule: Rule, protocol: Protocol, say: Catalogue): string {
  return rule.note ? say.t('eval.with-note', { message, note: ownWords(rule.note, rule, protocol, say) }) : message;
}

function sentence(text: string | undefined, say: Catalogue): string {
  return text ? say.t('sentence.dash', { text }) : '';
}

/** The rule's `impact` lines for this patient: a line for other indications is not shown. */
function impactFor(rule: Rule, patient: Patient, protocol: Protocol, say: Catalogue): ImpactOf {
  return (item) => {
    const lines = (rule.impact[item] ?? []).filter((l) => !l.indications || l.indications.some((i) => patient.indications.includes(i)));
    return lines.length ? lines.map((l) => ownWords(l.text, rule, protocol, say)).join(' ') : undefined;
  };
}

const ITEM_WORDS: Record<ItemVerdict, 'eval.item.supplement' | 'eval.item.redo' | 'eval.item.review'> = {
  supplement: 'eval.item.supplement',
  redo: 'eval.item.redo',
  review: 'eval.item.review',
};

interface RuleCheck {
  verdict: Verdict;
  message: string;
  series?: SeriesMarks;
  items?: string[];
}

/** The rule's verdict for one study, with a message saying what was checked. */
function checkRule(rule: Rule, study: Study, protocol: Protocol, scope: CaseScope, say: Catalogue): RuleCheck {
  if (rule.verdict) {
    const scoped = rule.when.condition_changed?.includes(true) && scope.patient.condition_changed ? say.t('eval.aside', { text: scope.changeWords(say) }) : '';
    const why = ownWords(rule.because ?? rule.title, rule, protocol, say) ?? say.t('eval.applies-to-every', { modality: study.modality });
    return { verdict: rule.verdict, message: withNote(why + scoped, rule, protocol, say) };
  }
  const found = checkRequirements(rule.require ?? {}, study, impactFor(rule, scope.patient, protocol, say), say);
  const series = seriesMarks(found);
  const { unmet, unknown, met } = found;
  if (unmet.length) {
    const otherwise = rule.otherwise ?? 'redo';
    const decided = new Map<string, MissingItem>();
    const itemVerdict = (item: string): Verdict => {
      const entry = rule.missing.get(item) ?? protocol.missing.get(item);
      if (entry) decided.set(item, entry);
      return entry?.verdict ?? otherwise;
    };
    let verdict: Verdict = unknown.length ? rule.if_unknown : 'accept';
    for (const u of unmet) {
      if (!u.items.length) verdict = mostSevere(verdict, otherwise);
      else if (u.anyOf)
        verdict = mostSevere(
          verdict,
          u.items.map(itemVerdict).reduce((a, b) => (severityOf(a) <= severityOf(b) ? a : b)),
        );
      else for (const item of u.items) verdict = mostSevere(verdict, itemVerdict(item));
    }
    const decisions = [...decided.values()].map((m) =>
      say.t('eval.item-decision', {
        item: m.item,
        decision: say.t(ITEM_WORDS[m.verdict]),
        because: m.because ? say.t('eval.aside', { text: ownWords(m.because, rule, protocol, say).replace(/[.。]$/, '') }) : '',
      }),
    );
    const items = [...new Set(unmet.flatMap((u) => u.items))];
    return {
      verdict,
      message: withNote(
        [...unmet.map((u) => u.text), ...unknown, ...decisions].join(say.t('clause.separator')) + sentence(ownWords(rule.because, rule, protocol, say), say),
        rule,
        protocol,
        say,
      ),
      series,
      ...(items.length ? { items } : {}),
    };
  }
  if (unknown.length)
    return {
      verdict: rule.if_unknown,
      message: withNote(say.t('eval.physician-checks', { details: unknown.join(say.t('clause.separator')) }), rule, protocol, say),
      series,
    };
  return { verdict: 'accept', message: met.join(say.t('clause.separator')) || say.t('eval.requirements-met'), series };
}

function seriesMarks(found: RequirementCheck): SeriesMarks | undefined {
  return found.metSeries.length || found.failedSeries.length ? { met: found.metSeries, failed: found.failedSeries } : undefined;
}

/** The advisory reason of a rule's `preferred`: never changes the verdict; null when met. */
function checkPreferred(rule: Rule, study: Study, patient: Patient, protocol: Protocol, say: Catalogue): { message: string; series?: SeriesMarks } | null {
  if (!rule.preferred) return null;
  const found = checkRequirements(rule.preferred, study, impactFor(rule, patient, protocol, say), say);
  if (!found.unmet.length && !found.unknown.length) return null;
  return {
    message: say.t('eval.preferred', { details: [...found.unmet.map((u) => u.text), ...found.unknown].join(say.t('clause.separator')) }),
    series: seriesMarks(found),
  };
}

function validityReason(study: Study, c: Case, protocol: Protocol, locate: Locate, say: Catalogue): { reason: Reason; expired: boolean } | null {
  const window = protocol.validity.get(c.patient.context);
  if (!window) return null;
  const age = Math.max(0, daysBetween(study.date, c.on));
  const ageText = say.t('eval.age', { days: age, on: formatDateIn(c.on, say) });
  const span = (d: { amount: number; unit: string }) => `${d.amount}${d.unit}`;
  const source = locate(window.file, window.range);
  const rule = `validity:${window.context}`;
  if (addDuration(study.date, window.accept) >= c.on) {
    return {
      reason: {
        rule,
        verdict: 'accept',
        message: say.t('eval.validity-within', { age: ageText, window: span(window.accept), context: window.context }),
        source,
      },
      expired: false,
    };
  }
  if (window.review && addDuration(study.date, window.review) >= c.on) {
    return {
      reason: {
        rule,
        verdict: 'review',
        message: say.t('eval.validity-review', { age: ageText, accept: span(window.accept), review: span(window.review), context: window.context }),
        source,
      },
      expired: false,
    };
  }
  const limit = window.review ?? window.accept;
  return {
    reason: {
      rule,
      verdict: window.beyond,
      message: say.t('eval.validity-beyond', {
        age: ageText,
        limit: span(limit),
        context: window.context,
        because: sentence(ownWords(window.because, null, protocol, say), say),
      }),
      source,
      ...(window.beyond === 'supplement' ? { items: ['baseline'] } : {}),
    },
    expired: true,
  };
}

function businessDays(value: TurnaroundValue | undefined): number {
  return value && value.unit === 'bd' ? Math.ceil(value.amount) : 0;
}

/** What a plan is for: a redo or order (with or without contrast), or a supplement to a kept study. */
type PlanKind = 'redo' | 'redo-contrast' | 'supplement';

/**
 * The plan for new imaging of one modality: where, timeline, ready_by and cost. A supplement
 * follows `<modality>-supplement` when the profile has it, else the modality's own timeline,
 * and is priced only by a `<modality>-supplement` cost (never as the whole study).
 */
function planImaging(
  protocol: Protocol,
  calendar: BusinessCalendar,
  on: string,
  modality: string,
  kind: PlanKind,
  overrides: ReadonlyArray<Record<string, TimelineOverride>>,
  expedite: boolean,
): Omit<Plan, 'modality'> {
  const wanted = kind === 'supplement' ? `${modality}-supplement` : kind === 'redo-contrast' ? `${modality}-contrast` : modality;
  const key = protocol.timelines.has(wanted) ? wanted : protocol.timelines.has(modality) ? modality : null;
  const timeline: TimelineOverride = { ...(key ? protocol.timelines.get(key) : {}) };
  for (const override of overrides) Object.assign(timeline, override[modality] ?? {}, override[wanted] ?? {});
  const expedited = expedite && timeline.expedited !== undefined;
  const report: Turnaround | undefined = expedited ? timeline.expedited : timeline.report;
  const where = timeline.where ?? 'arrival';
  const days = businessDays(timeline.lead?.max) + (timeline.same_day === false ? 1 : 0) + businessDays(report?.max);
  const costKey = kind === 'supplement' ? wanted : key && protocol.costs.has(key) ? key : modality;
  const cost = protocol.costs.get(costKey);
  return {
    timeline: key,
    where,
    scan: timeline.scan?.text ?? null,
    report: report?.text ?? null,
    same_day: timeline.same_day ?? null,
    expedited,
    ready_by: where === 'home' ? null : calendar.addBusinessDays(calendar.firstBusinessDayFrom(on), days),
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

/**
 * The newer study that makes `study` unnecessary (the seed's Strategy 3: bring only the most
 * recent imaging): same modality, a later date, covering every region of it. Only a study that
 * would be redone or supplemented is superseded — that plan is what the newer study saves; one
 * accepted or reviewed stays, a prior being useful for comparison.
 */
function supersedingStudy(study: StudyResult & { written: Study }, all: ReadonlyArray<StudyResult & { written: Study }>, scope: CaseScope): string | null {
  if (study.verdict !== 'redo' && study.verdict !== 'supplement') return null;
  const covers = (newer: Study) =>
    newer.regions.length === 0 ? study.written.regions.length === 0 : study.written.regions.every((r) => newer.regions.some((n) => scope.regions.covers(n, r)));
  const newer = all
    .filter((o) => o !== study && o.written.modality === study.written.modality && o.written.date > study.written.date && covers(o.written))
    // The newest; of two newest on the same day, the one the case lists first (sort is stable).
    .sort((a, b) => (a.written.date === b.written.date ? 0 : a.written.date < b.written.date ? 1 : -1));
  return newer[0]?.id ?? null;
}

/** Runs `c`; its reasons and expectation messages are in `say`'s language (English by default). */
export function evaluateCase(c: Case, protocol: Protocol, locate: Locate, say: Catalogue = ENGLISH): CaseResult {
  const calendar = calendarOf(protocol);
  const scope = scopeOf(protocol, c.patient);
  const active = protocol.rules.filter((r) => !r.disabled);
  const rulesById = new Map(active.map((r) => [r.id, r]));
  const window = protocol.validity.get(c.patient.context);
  let anyExpired = false;

  const judged = c.studies.map((study) => {
    const reasons: Reason[] = [];
    const validity = validityReason(study, c, protocol, locate, say);
    if (validity) {
      reasons.push(validity.reason);
      anyExpired ||= validity.expired;
    }
    for (const rule of active) {
      if (rule.order || !ruleApplies(rule, study, c.patient, protocol)) continue;
      const source = locate(rule.file, rule.range);
      if (rule.verdict || rule.require || !rule.preferred) {
        const { verdict, message, series, items } = checkRule(rule, study, protocol, scope, say);
        reasons.push({ rule: rule.id, verdict, message, source, ...(series ? { series } : {}), ...(items ? { items } : {}) });
      }
      const preferred = checkPreferred(rule, study, c.patient, protocol, say);
      if (preferred)
        reasons.push({
          rule: rule.id,
          verdict: 'accept',
          advisory: true,
          message: preferred.message,
          source,
          ...(preferred.series ? { series: preferred.series } : {}),
        });
    }
    const verdict = reasons.reduce<Verdict>((v, r) => mostSevere(v, r.verdict), 'accept');
    const series = study.series?.map((s) => ({ index: s.index, label: seriesLabel(s, say) }));
    const result: StudyResult & { written: Study } = {
      id: study.id,
      modality: study.modality,
      verdict,
      reasons,
      redo: null,
      supplement: null,
      superseded_by: null,
      range: study.range,
      ...(series ? { series } : {}),
      written: study,
    };
    return result;
  });

  for (const study of judged) study.superseded_by = supersedingStudy(study, judged, scope);
  const redoneWithContrast = new Set<StudyResult>();
  /** How each redo was planned, so that an order for contrast can make it a contrast redo. */
  const redoPlanning = new Map<StudyResult, { overrides: Array<Record<string, TimelineOverride>>; expedite: boolean }>();
  for (const study of judged) {
    if (study.superseded_by || (study.verdict !== 'redo' && study.verdict !== 'supplement')) continue;
    const deciding = study.reasons.filter((r) => r.verdict === study.verdict && !r.advisory);
    const rules = deciding.map((r) => rulesById.get(r.rule)).filter((r): r is Rule => !!r);
    const overrides = [...rules.map((r) => r.timeline), ...(window && deciding.some((r) => r.rule === `validity:${window.context}`) ? [window.timeline] : [])];
    const expedite = c.patient.urgent || rules.some((r) => r.expedite);
    if (study.verdict === 'redo') {
      const contrast = usesContrast(study.written) || rules.some(requiresContrast);
      if (contrast) redoneWithContrast.add(study);
      redoPlanning.set(study, { overrides, expedite });
      study.redo = {
        modality: study.modality,
        ...planImaging(protocol, calendar, c.on, study.modality, contrast ? 'redo-contrast' : 'redo', overrides, expedite),
      };
    } else {
      const items = [...new Set(deciding.flatMap((r) => r.items ?? []))];
      study.supplement = { items, modality: study.modality, ...planImaging(protocol, calendar, c.on, study.modality, 'supplement', overrides, expedite) };
    }
  }
  const orders: OrderResult[] = [];
  for (const rule of active) {
    if (!rule.order || !ruleApplies(rule, null, c.patient, protocol)) continue;
    if (!isPatientRule(rule) && !c.studies.some((s) => ruleApplies(rule, s, c.patient, protocol))) continue;
    const { modality, region, contrast, reason } = rule.order;
    if (orders.some((o) => o.modality === modality && o.region === (region ?? null))) continue;
    // A study of this modality redone anyway, covering the region, gives the new images the order asks for.
    // For contrast images, a redo that uses contrast; else a plain redo becomes one: a contrast
    // examination acquires the plain images before the injection, so one scan serves both.
    const redoneHere = judged.filter((s) => s.redo && s.modality === modality && (!region || s.written.regions.some((r) => scope.regions.covers(r, region))));
    const covering = redoneHere.find((s) => contrast && redoneWithContrast.has(s)) ?? redoneHere[0];
    if (covering && contrast && !redoneWithContrast.has(covering)) {
      const { overrides, expedite } = redoPlanning.get(covering)!;
      covering.redo = { modality, ...planImaging(protocol, calendar, c.on, modality, 'redo-contrast', overrides, expedite) };
      redoneWithContrast.add(covering);
    }
    orders.push({
      modality,
      region: region ?? null,
      reason: ownWords(reason ?? rule.because ?? rule.title, rule, protocol, say) ?? rule.id,
      rule: rule.id,
      covered_by: covering?.id ?? null,
      ...planImaging(protocol, calendar, c.on, modality, contrast ? 'redo-contrast' : 'redo', [rule.timeline], c.patient.urgent || rule.expedite),
    });
  }

  const studies: StudyResult[] = judged.map(({ written: _written, ...result }) => result);
  const plans: Plan[] = [...studies.flatMap((s) => [s.redo, s.supplement]).filter((p): p is Plan => !!p), ...orders.filter((o) => !o.covered_by)];
  const budget = budgetOf(plans, protocol);
  const readyBy = plans.reduce<string | null>((latest, p) => (p.ready_by !== null && (latest === null || p.ready_by > latest) ? p.ready_by : latest), null);

  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let superseded = 0;
  for (const s of studies) {
    if (s.superseded_by) superseded++;
    else verdicts[s.verdict]++;
  }

  const facilities = new Set(c.studies.map((s) => s.facility).filter(Boolean));
  const triggered = new Set<string>(['always']);
  if (verdicts.supplement) triggered.add('supplement');
  if (verdicts.redo || orders.length) triggered.add('redo');
  if (anyExpired || superseded) triggered.add('expired');
  if (facilities.size > 1) triggered.add('several-facilities');
  if (budget.unknown.length) triggered.add('unknown-cost');
  const advice: string[] = [];
  const addAdvice = (line: string | undefined) => {
    if (line && !advice.includes(line)) advice.push(line);
  };
  for (const s of studies) {
    if (s.superseded_by) continue;
    for (const r of s.reasons) if (r.verdict !== 'accept') addAdvice(ownWords(rulesById.get(r.rule)?.advice, rulesById.get(r.rule) ?? null, protocol, say));
  }
  for (const line of protocol.advice) if (triggered.has(line.when)) addAdvice(ownWords(line.text, null, protocol, say));

  return {
    case: c.id,
    file: c.file,
    protocol: protocol.id,
    on: c.on,
    studies,
    orders,
    summary: { ready_by: readyBy, budget, verdicts, superseded },
    advice,
    expectations: checkExpectations(c, studies, orders, readyBy, budget, say),
  };
}

/** The sum of the plans' prices; unknown (null) when something is planned and nothing is priced. */
function budgetOf(plans: readonly Plan[], protocol: Protocol): Budget {
  const budget: Budget = { min: 0, max: 0, currency: protocol.currency, unknown: [] };
  let priced = 0;
  for (const plan of plans) {
    if (plan.cost) {
      budget.min = decimalAmount(budget.min! + plan.cost.min);
      budget.max = decimalAmount(budget.max! + plan.cost.max);
      priced++;
    } else {
      const name = plan.timeline ?? plan.modality;
      if (!budget.unknown.includes(name)) budget.unknown.push(name);
    }
  }
  if (plans.length && !priced) {
    budget.min = null;
    budget.max = null;
  }
  if (budget.unknown.length && protocol.reserve) budget.reserve = { min: protocol.reserve.min, max: protocol.reserve.max };
  return budget;
}

function checkExpectations(
  c: Case,
  studies: StudyResult[],
  orders: OrderResult[],
  readyBy: string | null,
  budget: Budget,
  say: Catalogue,
): CaseResult['expectations'] {
  if (!c.expect) return { passed: null, failures: [] };
  const failures: ExpectationFailure[] = [];
  for (const [id, expected] of c.expect.verdicts) {
    const actual = studies.find((s) => s.id === id);
    const got = actual && (actual.superseded_by ? 'superseded' : actual.verdict);
    if (!actual || got === expected.value) continue;
    const deciding = actual.reasons.filter((r) => r.verdict === actual.verdict && !r.advisory);
    const why = actual.superseded_by
      ? say.t('expect.superseded', { by: actual.superseded_by, verdict: actual.verdict })
      : deciding.length
        ? say.t('expect.deciding', {
            reasons: deciding.map((r) => say.t('eval.named-details', { name: r.rule, details: r.message })).join(say.t('clause.separator')),
          })
        : '';
    failures.push({
      study: id,
      expected: expected.value,
      actual: got!,
      rules: deciding.map((r) => r.rule),
      message: say.t('expect.verdict', { study: id, expected: expected.value, actual: got!, deciding: why }),
      range: expected.range,
    });
  }
  if (c.expect.orders) {
    const describe = (o: { modality: string; region?: string | null }, words = ENGLISH) =>
      o.region ? words.t('order.title-region', { modality: o.modality, region: o.region }) : words.t('order.title', { modality: o.modality });
    const said = (list: ReadonlyArray<{ modality: string; region?: string | null }>) =>
      list.map((o) => describe(o, say)).join(say.t('list.separator')) || say.t('expect.none');
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
    const said = (date: string | null) => date ?? say.t('expect.none');
    failures.push({
      study: 'ready_by',
      expected,
      actual,
      rules: [],
      message: say.t('expect.ready-by', { expected: said(expectedReady.value), actual: said(readyBy) }),
      range: expectedReady.range,
    });
  }
  const expectedBudget = c.expect.budget;
  const wanted = expectedBudget?.value ?? { min: null, max: null };
  if (expectedBudget && (wanted.min !== budget.min || wanted.max !== budget.max)) {
    const show = (m: { min: number | null; max: number | null }) => (m.min === null ? 'unknown' : m.min === m.max ? `${m.min}` : `${m.min}..${m.max}`);
    const [expected, actual] = [show(wanted), show(budget)];
    // An unknown amount has no currency to show; a known one is shown with the profile's.
    const saidAmount = (m: { min: number | null; max: number | null }) =>
      m.min === null ? say.t('expect.unknown') : say.t('expect.amount', { amount: show(m), currency: budget.currency });
    failures.push({
      study: 'budget',
      expected,
      actual,
      rules: [],
      message: say.t('expect.budget', { expected: saidAmount(wanted), actual: saidAmount(budget) }),
      range: expectedBudget.range,
    });
  }
  return { passed: failures.length === 0, failures };
}
