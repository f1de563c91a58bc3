// The typed model of protocols and cases that semantics and evaluation work on.
// Every value a user wrote keeps the range of its text, so any finding can point at it.
import type { TextRange } from './text';
import type { Comparison, Duration, Quantity, Span, Turnaround } from './units/units';

export const VERDICTS = ['accept', 'review', 'supplement', 'redo'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function severityOf(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}

export function mostSevere(a: Verdict, b: Verdict): Verdict {
  return severityOf(a) >= severityOf(b) ? a : b;
}

/** A value together with where its text is, in the file it came from. */
export interface Located<T> {
  value: T;
  range: TextRange;
  file: string;
}

export interface ValidityWindow {
  context: string;
  /** Up to `accept` the study is accepted; up to `review` (if any) it is reviewed. */
  accept: Duration;
  review?: Duration;
  beyond: Verdict;
  because?: string;
  /** How the redo (or supplement) this window decides is scheduled, per modality. */
  timeline: Record<string, TimelineOverride>;
  text: string;
  range: TextRange;
  file: string;
}

export interface Requirements {
  slice_thickness?: Located<Comparison>;
  field_strength?: Located<Comparison>;
  sequences?: Located<string[]>;
  phases?: Located<string[]>;
  format?: Located<string[]>;
  /** Each entry is met by one series of the study that meets all its constraints at once. */
  series?: Located<SeriesRequirement[]>;
}

/** The comparisons a series requirement can make, each against one value of a series. */
export const SERIES_COMPARISONS = ['slice_thickness', 'spacing', 'pixel_spacing', 'b_value', 'temporal_resolution', 'contrast_delay'] as const;
export type SeriesComparison = (typeof SERIES_COMPARISONS)[number];

/** The words a series requirement can ask a series to be (any of the listed words). */
export const SERIES_WORDS = ['plane', 'acquisition'] as const;

/**
 * One entry of `require.series`: which series it aims at (`sequence` or `phase`, any of; none =
 * any series) and what that series must meet. Met when one series meets every constraint.
 */
export interface SeriesRequirement {
  sequence?: string[];
  phase?: string[];
  plane?: string[];
  acquisition?: string[];
  contrast?: boolean;
  contiguous?: boolean;
  slice_thickness?: Comparison;
  spacing?: Comparison;
  pixel_spacing?: Comparison;
  b_value?: Comparison;
  temporal_resolution?: Comparison;
  contrast_delay?: Comparison;
  range: TextRange;
}

/** The keys of a rule's `when`, in the order the language writes them (study conditions first). */
export const CONDITION_KEYS = [
  'modality',
  'region',
  'format',
  'infection_relevant',
  'contrast',
  'purpose',
  'indication',
  'context',
  'condition_changed',
  'symptom',
] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

export const PATIENT_CONDITIONS: ReadonlySet<ConditionKey> = new Set(['purpose', 'indication', 'context', 'condition_changed', 'symptom']);

export interface Order {
  modality: string;
  region?: string;
  contrast: boolean;
  reason?: string;
}

/** Where a planned scan happens: at the home hospital before travel, or in house on arrival. */
export type PlanPlace = 'home' | 'arrival';

export interface TimelineOverride {
  scan?: Turnaround;
  report?: Turnaround;
  same_day?: boolean | 'scan';
  lead?: Turnaround;
  expedited?: Turnaround;
  where?: PlanPlace;
}

/** The verdicts a missing item can decide: what it takes to get it. */
export type ItemVerdict = 'review' | 'supplement' | 'redo';

/**
 * What a missing sequence or phase takes to get: `supplement` (added without a new examination,
 * e.g. DWI at the home hospital) or `redo` (it needs a new contrast injection), and why.
 */
export interface MissingItem {
  item: string;
  verdict: ItemVerdict;
  because?: string;
  file: string;
  range: TextRange;
  /** Where the item's name is written (findings point at it). */
  keyRange: TextRange;
}

/** One `impact` line: what cannot be assessed without an item, for some indications or for all. */
export interface ImpactLine {
  text: string;
  /** Shown only to patients with one of these indications; absent = to everyone. */
  indications?: string[];
}

export interface Rule {
  id: string;
  /** Per-language texts of the rule's words (title, because, impact, note, advice, order reason). */
  translations?: Translations;
  title?: string;
  when: Partial<Record<ConditionKey, Array<string | boolean>>>;
  verdict?: Verdict;
  require?: Requirements;
  /** Requirements that never change the verdict: an unmet one adds an advisory reason. */
  preferred?: Requirements;
  otherwise?: Verdict;
  if_unknown: Verdict;
  order?: Order;
  because?: string;
  impact: Record<string, ImpactLine[]>;
  /** Per item, overriding the protocol's `missing` table for this rule. */
  missing: Map<string, MissingItem>;
  note?: string;
  advice?: string;
  timeline: Record<string, TimelineOverride>;
  expedite: boolean;
  hard: boolean;
  disabled: boolean;
  /** Where `disabled: true` is written (findings about switching the rule off point at it). */
  disabledRange?: TextRange;
  /** Which protocol file the rule was written in (for a merged rule, the child's). */
  file: string;
  range: TextRange;
  idRange: TextRange;
  /** The protocol id that wrote this version of the rule. */
  protocol: string;
}

export interface Timeline extends TimelineOverride {
  key: string;
  file: string;
  range: TextRange;
}

export interface Cost {
  key: string;
  amount: Span;
  /** True when the price was inherited from a public parent and multiplied. */
  multiplied: boolean;
  file: string;
  range: TextRange;
}

export const ADVICE_TRIGGERS = ['always', 'supplement', 'redo', 'expired', 'several-facilities', 'unknown-cost'] as const;
export type AdviceTrigger = (typeof ADVICE_TRIGGERS)[number];

export interface AdviceLine {
  when: AdviceTrigger;
  text: string;
}

/** A profile's per-language texts, by the text the model keeps (English, else the first written): tag → text. */
export type Translations = Record<string, Record<string, string>>;

export interface Protocol {
  id: string;
  /** The language its plain strings are written in (`language:`, English unless it says). */
  language: string;
  /** Per-language texts of the protocol's own sections (validity, advice, missing, concerns, title). */
  translations: Translations;
  title?: string;
  extends?: Located<string>;
  sector?: 'public' | 'private';
  currency: string;
  holidays: string[];
  workdays: string[];
  validity: Map<string, ValidityWindow>;
  rules: Rule[];
  timelines: Map<string, Timeline>;
  costs: Map<string, Cost>;
  private_multiplier?: Span;
  reserve?: Span;
  advice: AdviceLine[];
  /** What each missing sequence or phase takes to get, for every rule that does not say. */
  missing: Map<string, MissingItem>;
  /** Regions the profile adds under a region (beside the default hierarchy). */
  regions: Map<string, RegionChildren>;
  /** Which regions a patient's indication or symptom concerns. */
  concerns: Map<string, RegionConcern>;
  file: string;
  idRange: TextRange;
}

export interface RegionChildren {
  region: string;
  parts: string[];
  file: string;
  range: TextRange;
  keyRange: TextRange;
  /** The range of each part, in order. */
  partRanges: TextRange[];
}

export interface RegionConcern {
  /** An indication or a symptom, as the patient's words write it. */
  word: string;
  regions: string[];
  because?: string;
  file: string;
  range: TextRange;
  regionRanges: TextRange[];
}

/**
 * One image series of a study, as the case writes it. Lengths are in mm, times in seconds,
 * b-values in s/mm². An unstated value is unknown, never guessed.
 */
export interface Series {
  /** 1-based position in the study's `series`. */
  index: number;
  description?: string;
  sequence?: string;
  phase?: string;
  plane?: string;
  acquisition?: string;
  slice_thickness?: Quantity;
  spacing?: Quantity;
  pixel_spacing?: Quantity;
  b_values?: number[];
  temporal_resolution?: Quantity;
  contrast?: boolean;
  contrast_delay?: Quantity;
  range: TextRange;
}

export interface Study {
  id: string;
  modality: string;
  /** The regions the study covers, as written (one word or a list); empty when unstated. */
  regions: string[];
  date: string;
  slice_thickness?: Quantity;
  field_strength?: Quantity;
  /** With `series`: the union of the study's own list and its series' sequences. */
  sequences?: string[];
  /** With `series`: the union of the study's own list and its series' phases. */
  phases?: string[];
  series?: Series[];
  infection_relevant: boolean;
  format?: string;
  facility?: string;
  range: TextRange;
  idRange: TextRange;
}

export interface Patient {
  context: string;
  indications: string[];
  /** One purpose or several (a brain tumour is oncology and neurology). */
  purposes: string[];
  condition_changed: boolean;
  symptoms: string[];
  urgent: boolean;
}

export interface ExpectedOrder {
  modality: string;
  region?: string;
}

/** What `expect` may say of a study: a verdict, or that a newer study supersedes it. */
export type ExpectedStudy = Verdict | 'superseded';

export interface Case {
  id: string;
  protocol: Located<string>;
  on: string;
  patient: Patient;
  contextRange: TextRange;
  studies: Study[];
  expect?: {
    verdicts: Map<string, Located<ExpectedStudy>>;
    orders?: Located<ExpectedOrder[]>;
    /** `null`: nothing is expected to be redone (`ready_by: none`). */
    ready_by?: Located<string | null>;
    /** `null`: nothing planned has a price (`budget: unknown`). */
    budget?: Located<Span | null>;
    range: TextRange;
  };
  file: string;
  idRange: TextRange;
}
