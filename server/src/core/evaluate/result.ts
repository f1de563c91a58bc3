// The result of running cases: the shape `reimage run --json` prints (a contract, see
// docs/language.md). Plain data only, so every reporter and the language server can share it.
import type { Verdict } from '../model';

export interface SourceRef {
  file: string;
  /** 1-based line of the rule (or validity window) that produced the reason. */
  line: number;
  /** UTF-16 offsets of the same place, for editors. */
  start: number;
  end: number;
}

export interface Reason {
  rule: string;
  verdict: Verdict;
  message: string;
  source: SourceRef | null;
  /** A `preferred` requirement not met: shown, but never part of the verdict (its verdict is accept). */
  advisory?: true;
  /** The study's series (1-based, as written) that met or failed the rule's series requirements. */
  series?: SeriesMarks;
  /** The missing or failing sequences and phases behind this reason (`baseline` for an old study to supplement). */
  items?: string[];
}

export interface SeriesMarks {
  met: number[];
  failed: number[];
}

export interface Money {
  min: number;
  max: number;
  currency: string;
}

/** New imaging to be done: a redo, a supplement or an order. */
export interface Plan {
  modality: string;
  /** The timeline key used, e.g. `MR-contrast`, `MR-supplement`. */
  timeline: string | null;
  /** `home`: at the home hospital before travel (no date in China); `arrival`: in house. */
  where: 'home' | 'arrival';
  scan: string | null;
  report: string | null;
  same_day: boolean | 'scan' | null;
  expedited: boolean;
  /** The business day the report is ready in house; `null` for a plan done at home before travel. */
  ready_by: string | null;
  /** `null`: the protocol gives no price; confirm with the receiving IMD. */
  cost: Money | null;
}

/** What is added to a study that is kept: the items, and the plan to get them. */
export interface Supplement extends Plan {
  /** The sequences or phases to add (`baseline` for a new baseline study). */
  items: string[];
}

export interface StudyResult {
  id: string;
  modality: string;
  verdict: Verdict;
  reasons: Reason[];
  redo: Plan | null;
  supplement: Supplement | null;
  /** The newer study of the same modality and region that makes this one unnecessary: nothing is planned for it. */
  superseded_by: string | null;
  /** The study's series as written, 1-based, each in a few words (`series 2 (t2_tse_tra): T2 axial 2D, 3mm`). */
  series?: Array<{ index: number; label: string }>;
  /** Where the study is written in the case file. */
  range: { start: number; end: number };
}

export interface OrderResult extends Omit<Plan, 'modality'> {
  modality: string;
  region: string | null;
  reason: string;
  rule: string;
  /** A study whose redo (same modality, covering the region) serves the order: it adds nothing to the plan. */
  covered_by: string | null;
}

export interface Budget {
  /** `null` (with max) when something is planned and nothing planned has a price: unknown, not 0. */
  min: number | null;
  max: number | null;
  currency: string;
  /** Timeline keys of plans whose price the protocol does not give. */
  unknown: string[];
  /** What to set aside when some prices are unknown (the protocol's `costs.reserve`). */
  reserve?: { min: number; max: number };
}

export interface ExpectationFailure {
  study: string;
  expected: string;
  actual: string;
  /** Rules that decided the actual verdict. */
  rules: string[];
  message: string;
  range: { start: number; end: number };
}

export interface CaseResult {
  case: string;
  file: string;
  protocol: string;
  on: string;
  studies: StudyResult[];
  orders: OrderResult[];
  summary: {
    ready_by: string | null;
    budget: Budget | null;
    /** Studies by verdict; superseded studies are counted apart, not by their verdict. */
    verdicts: Record<Verdict, number>;
    superseded: number;
  };
  advice: string[];
  expectations: {
    /** `null` when the case has no `expect`. */
    passed: boolean | null;
    failures: ExpectationFailure[];
  };
}

export interface RunResult {
  cases: CaseResult[];
}
