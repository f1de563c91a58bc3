// The semantic diff's result: changes by meaning, keyed by protocol, rule id, context or key,
// and the cases whose verdicts or expectations they change. Plain data, so the CLI reporters,
// the language server and JSON output share it.
import type { ExpectationFailure, SourceRef } from '../evaluate/result';
import type { Message } from '../i18n/catalogue';
import type { Verdict } from '../model';
import type { Direction } from './fields';

export type { Direction } from './fields';

export type ChangeKind =
  | 'protocol-added'
  | 'protocol-removed'
  | 'protocol-changed'
  | 'hospital-changed'
  | 'validity-added'
  | 'validity-removed'
  | 'validity-changed'
  | 'rule-added'
  | 'rule-removed'
  | 'rule-renamed'
  | 'rule-changed'
  | 'hard-added'
  | 'hard-removed'
  | 'timeline-added'
  | 'timeline-removed'
  | 'timeline-changed'
  | 'cost-added'
  | 'cost-removed'
  | 'cost-changed'
  | 'advice-added'
  | 'advice-removed'
  | 'advice-changed'
  | 'missing-added'
  | 'missing-removed'
  | 'missing-changed'
  | 'region-added'
  | 'region-removed'
  | 'region-changed'
  | 'concern-added'
  | 'concern-removed'
  | 'concern-changed';

export interface ProtocolChange {
  /** The (resolved) protocol the change is seen in. */
  protocol: string;
  kind: ChangeKind;
  /**
   * What changed: the rule id (the new id for a rename), the validity context, the timeline
   * or cost key (`CT-contrast`, `private_multiplier`), the hospital key, `title`/`extends`,
   * the advice trigger, or the protocol id for a protocol added or removed.
   */
  key: string;
  /** The field inside it, as the YAML nests it (`require.slice_thickness`, `window`, `report`); null for a whole element. */
  field: string | null;
  /** Old and new value in the user's units (`<= 5mm`, `4w..6w`); for a rename the old and new id. */
  before: string | null;
  after: string | null;
  /** Whether verdicts can only get more severe (`stricter`) or only milder (`looser`); null when neither or mixed. */
  direction: Direction;
  /** The parent protocol whose file holds the change, when the change is inherited. */
  inheritedFrom: string | null;
  /**
   * Words a reader is shown (a title, a because, an advice line, in any language): such a change
   * moves no verdict, order or plan, and is reported as a wording change.
   */
  wording: boolean;
  /** The language of the text that changed, when it is written per language (`en`, `zh-CN`). */
  language: string | null;
  /** What changed, in plain words, without the direction and inheritance (reporters add those): `text` in English. */
  message: string;
  /** The same, as a message for the reader's language. */
  text: Message;
  /** Where it is written in each version (the field if it exists there, else its rule or entry). */
  source: { before: SourceRef | null; after: SourceRef | null };
}

export interface VerdictChange {
  case: string;
  /** The case file (as in the newer version). */
  file: string;
  protocol: string;
  study: string;
  before: Verdict;
  after: Verdict;
  direction: 'stricter' | 'looser';
  /** The rules (or `validity:<context>`) whose verdict for this study moved and decided it. */
  because: string[];
  /** The study in the newer version of the case file. */
  source: SourceRef | null;
}

/** A case's expectation state in one version. */
export type ExpectationState = 'passed' | 'failed' | 'no-expect' | 'invalid' | 'absent';

export interface ExpectationChange {
  case: string;
  file: string;
  protocol: string;
  before: ExpectationState;
  after: ExpectationState;
  /** The failures in the version where the case fails (the newer one for newly failing). */
  failures: ExpectationFailure[];
  /** The first failing expectation (else the `expect`, else the case id) in the newer version. */
  source: SourceRef | null;
}

export interface Impact {
  /** Case files compared, and how many of them had to be run (the others cannot be affected). */
  cases: { compared: number; run: number };
  studies: VerdictChange[];
  newlyFailing: ExpectationChange[];
  newlyPassing: ExpectationChange[];
}

export interface ProtocolDiff {
  changes: ProtocolChange[];
  impact: Impact;
}
