// Whether a study meets a rule's requirements, study-level and aimed at series. A study-level
// requirement on a study with series holds when some series meets it; a series requirement
// holds when one series of its sequence or phase meets all its constraints at once. An
// unstated value is unknown — never guessed — and the caller's `if_unknown` decides. The words
// are those of the catalogue the caller passes (the language the report is read in).
import type { Requirements, Series, SeriesRequirement, Study } from '../model';
import { compare, formatQuantity, type Comparison, type Quantity } from '../units/units';
import type { Catalogue } from '../i18n/catalogue';

type Status = 'met' | 'unmet' | 'unknown';

/** A requirement not met, in words, with the sequences or phases it lacks. */
export interface Unmet {
  text: string;
  /** The missing (or failing) items; empty for a limit such as slice thickness. */
  items: string[];
  /** True when any one of `items` would do (a series requirement aimed at `[DWI, ADC]`). */
  anyOf?: true;
}

/** What an item's absence means to the patient (the rule's `impact`, for their indications). */
export type ImpactOf = (item: string) => string | undefined;

/** What checking a set of requirements found, in words, and which series met or failed them. */
export interface RequirementCheck {
  met: string[];
  unmet: Unmet[];
  unknown: string[];
  /** 1-based indices of the written series that met an aimed requirement. */
  metSeries: number[];
  /** 1-based indices of the written series that a requirement looked at and found failing. */
  failedSeries: number[];
}

/** Phases a plain `arterial` stands for: either sub-phase satisfies it. */
const ARTERIAL = ['arterial', 'early-arterial', 'late-arterial'];

/**
 * Whether a study with these phases has `wanted`: `arterial` is met by any arterial phase; a
 * sub-phase (`late-arterial`) is unknown when the study says only `arterial`.
 */
function phaseStatus(wanted: string, have: readonly string[]): Status {
  if (have.includes(wanted)) return 'met';
  if (wanted === 'arterial') return have.some((p) => ARTERIAL.includes(p)) ? 'met' : 'unmet';
  if (ARTERIAL.includes(wanted) && have.includes('arterial')) return 'unknown';
  return 'unmet';
}

/** A series as the checks see it: a written one, or one stood for by study-level fields. */
interface Candidate extends Omit<Series, 'index' | 'range'> {
  /** 0 for a series the study-level fields stand for. */
  index: number;
}

/**
 * The series a study is checked by. A written series without its own slice thickness takes the
 * study's; a sequence or phase the study lists that no written series has stands as a series
 * of its own (its details unknown); a study without series is one series per listed sequence
 * and phase — or one series — with the study's slice thickness.
 */
const seriesOfStudy = new WeakMap<Study, Candidate[]>();

function seriesOf(study: Study): Candidate[] {
  let found = seriesOfStudy.get(study);
  if (!found) {
    found = candidatesOf(study);
    seriesOfStudy.set(study, found);
  }
  return found;
}

function candidatesOf(study: Study): Candidate[] {
  const thickness = study.slice_thickness ? { slice_thickness: study.slice_thickness } : {};
  const written: Candidate[] = (study.series ?? []).map((s) => ({ ...thickness, ...s }));
  const listed: Candidate[] = [
    ...(study.sequences ?? []).filter((q) => !written.some((s) => s.sequence === q)).map((sequence) => ({ index: 0, sequence, ...thickness })),
    ...(study.phases ?? []).filter((p) => !written.some((s) => s.phase === p)).map((phase) => ({ index: 0, phase, ...thickness })),
  ];
  const all = [...written, ...listed];
  return (all.length ? all : [{ index: 0, ...thickness }]).map((s) => {
    const contrast = s.contrast ?? contrastOfWords(s);
    return contrast === undefined ? s : { ...s, contrast };
  });
}

/** Sequences and phases that are post-contrast by definition. */
export const CONTRAST_SEQUENCES = new Set(['T1-contrast', 'DCE', 'LGE']);
export const CONTRAST_PHASES = new Set(['arterial', 'early-arterial', 'late-arterial', 'portal-venous', 'transitional', 'delayed', 'hepatobiliary']);

/** Whether a series is post-contrast by the words it is named with (`T1-contrast`, `delayed`, `non-contrast`). */
function contrastOfWords(s: Pick<Series, 'sequence' | 'phase'>): boolean | undefined {
  if ((s.sequence && CONTRAST_SEQUENCES.has(s.sequence)) || (s.phase && CONTRAST_PHASES.has(s.phase))) return true;
  return s.phase === 'non-contrast' ? false : undefined;
}

/** `a or b or c` in the catalogue's words. */
function orList(items: readonly string[], say: Catalogue): string {
  return items.join(say.t('list.or'));
}

/** `series 2 (t2_tse_tra)`, `series 3 (DWI axial)`. */
function seriesName(s: Candidate, say: Catalogue): string {
  const words = s.description ?? [s.sequence, s.phase, s.plane, s.acquisition].filter(Boolean).join(' ');
  if (s.index === 0) return words ? say.t('eval.study-words', { words }) : say.t('eval.the-study');
  return words ? say.t('eval.series-named', { index: s.index, words }) : say.t('eval.series', { index: s.index });
}

/** A written series in a few words: `series 2 (t2_tse_tra): T2 axial 2D, 3mm, every 3mm, b 50/800/1400`. */
export function seriesLabel(s: Series, say: Catalogue): string {
  const what = [
    s.sequence,
    s.phase,
    s.plane,
    s.acquisition,
    s.contrast === true ? say.t('eval.post-contrast') : s.contrast === false ? say.t('eval.non-contrast') : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const how = [
    s.slice_thickness && formatQuantity(s.slice_thickness),
    s.spacing && say.t('eval.label.every', { value: formatQuantity(s.spacing) }),
    s.pixel_spacing && say.t('eval.label.in-plane', { value: formatQuantity(s.pixel_spacing) }),
    s.b_values?.length && say.t('eval.label.b', { values: s.b_values.join('/') }),
    s.temporal_resolution && say.t('eval.label.per-phase', { seconds: s.temporal_resolution.amount }),
    s.contrast_delay && say.t('eval.label.after-injection', { seconds: s.contrast_delay.amount }),
  ].filter(Boolean) as string[];
  const name = s.description ? say.t('eval.series-named', { index: s.index, words: s.description }) : say.t('eval.series', { index: s.index });
  const words = [what, how.join(say.t('list.separator'))].filter(Boolean).join(say.t('list.separator'));
  return words ? say.t('eval.named-details', { name, details: words }) : name;
}

type LabelKey =
  'slice_thickness' | 'spacing' | 'pixel_spacing' | 'b_value' | 'temporal_resolution' | 'contrast_delay' | 'plane' | 'acquisition' | 'field_strength';

function label(key: LabelKey, say: Catalogue): string {
  return say.t(`eval.field.${key}`);
}

interface ConstraintResult {
  status: Status;
  /** A word the series is picked by (plane, 2D/3D, contrast), not a measured limit. */
  word?: true;
  /** e.g. `slice thickness 4mm does not meet <= 3mm`; for unknown, `b-value not stated (needs >= 1400)`. */
  text: string;
}

function showValue(key: string, q: Quantity): string {
  return key === 'temporal_resolution' || key === 'contrast_delay' ? `${q.amount}s` : formatQuantity(q);
}

function comparisonWords(status: Status, name: string, shown: string | undefined, need: string, say: Catalogue): string {
  if (status === 'unknown') return say.t('eval.not-stated', { label: name, need });
  return say.t(status === 'met' ? 'eval.meets' : 'eval.does-not-meet', { label: name, value: shown!, need });
}

function checkComparison(key: LabelKey, need: Comparison, have: Quantity | undefined, say: Catalogue): ConstraintResult {
  const name = label(key, say);
  if (!have) return { status: 'unknown', text: comparisonWords('unknown', name, undefined, need.text, say) };
  const status: Status = compare(have.amount, need) ? 'met' : 'unmet';
  return { status, text: comparisonWords(status, name, showValue(key, have), need.text, say) };
}

/** Each constraint of a series requirement on one series. */
function constraintsOn(req: SeriesRequirement, s: Candidate, say: Catalogue): ConstraintResult[] {
  const out: ConstraintResult[] = [];
  for (const key of ['plane', 'acquisition'] as const) {
    const need = req[key];
    if (!need) continue;
    const have = s[key];
    out.push(
      !have
        ? { status: 'unknown', text: say.t('eval.not-stated', { label: label(key, say), need: orList(need, say) }), word: true }
        : need.includes(have)
          ? { status: 'met', text: have, word: true }
          : { status: 'unmet', text: say.t('eval.word-not', { have, need: orList(need, say) }), word: true },
    );
  }
  if (req.contrast !== undefined) {
    const word = (contrast: boolean) => say.t(contrast ? 'eval.post-contrast' : 'eval.non-contrast');
    out.push(
      s.contrast === undefined
        ? { status: 'unknown', text: say.t('eval.not-stated', { label: say.t('eval.field.contrast'), need: word(req.contrast) }), word: true }
        : s.contrast === req.contrast
          ? { status: 'met', text: word(s.contrast), word: true }
          : { status: 'unmet', text: say.t('eval.word-not', { have: word(s.contrast), need: word(!s.contrast) }), word: true },
    );
  }
  for (const key of ['slice_thickness', 'spacing', 'pixel_spacing', 'temporal_resolution', 'contrast_delay'] as const) {
    const need = req[key];
    if (need) out.push(checkComparison(key, need, s[key], say));
  }
  if (req.b_value) {
    const need = req.b_value;
    const values = s.b_values ?? [];
    const meeting = values.find((b) => compare(b, need));
    out.push(
      !values.length
        ? { status: 'unknown', text: say.t('eval.b-not-stated', { need: need.text }) }
        : meeting !== undefined
          ? { status: 'met', text: say.t('eval.b-met', { value: meeting, need: need.text }) }
          : { status: 'unmet', text: say.t('eval.b-unmet', { values: values.map(String), need: need.text }) },
    );
  }
  if (req.contiguous) {
    const [thickness, spacing] = [s.slice_thickness, s.spacing];
    out.push(
      !thickness || !spacing
        ? { status: 'unknown', text: say.t('eval.contiguity-unknown', { label: label(!spacing ? 'spacing' : 'slice_thickness', say) }) }
        : spacing.amount <= thickness.amount
          ? { status: 'met', text: say.t('eval.contiguous', { thickness: formatQuantity(thickness), spacing: formatQuantity(spacing) }) }
          : { status: 'unmet', text: say.t('eval.not-contiguous', { thickness: formatQuantity(thickness), spacing: formatQuantity(spacing) }) },
    );
  }
  return out;
}

function worst(statuses: Status[]): Status {
  return statuses.includes('unmet') ? 'unmet' : statuses.includes('unknown') ? 'unknown' : 'met';
}

const wordsOfRequirement = new WeakMap<SeriesRequirement, Map<Catalogue, string>>();

/** `T2 axial, slice thickness <= 3mm`: the words of one series requirement. */
function describeSeriesRequirement(req: SeriesRequirement, say: Catalogue): string {
  let byLanguage = wordsOfRequirement.get(req);
  if (!byLanguage) wordsOfRequirement.set(req, (byLanguage = new Map<Catalogue, string>()));
  let words = byLanguage.get(say);
  if (words === undefined) {
    words = requirementWords(req, say);
    byLanguage.set(say, words);
  }
  return words;
}

function requirementWords(req: SeriesRequirement, say: Catalogue): string {
  const aim = orList([...(req.sequence ?? []), ...(req.phase ?? [])], say);
  const parts: string[] = [];
  if (req.plane) parts.push(orList(req.plane, say));
  if (req.acquisition) parts.push(orList(req.acquisition, say));
  if (req.contrast !== undefined) parts.push(say.t(req.contrast ? 'eval.post-contrast' : 'eval.non-contrast'));
  if (req.contiguous) parts.push(say.t('eval.word.contiguous'));
  const head = aim ? [aim, ...parts].join(' ') : parts.length ? say.t('eval.any-series-with', { words: parts.join(' ') }) : say.t('eval.any-series');
  const limits = (['slice_thickness', 'spacing', 'pixel_spacing', 'b_value', 'temporal_resolution', 'contrast_delay'] as const)
    .filter((k) => req[k])
    .map((k) => say.t('eval.label-need', { label: label(k, say), need: req[k]!.text }));
  return limits.length ? say.t('eval.requirement-limits', { head, limits }) : head;
}

/** How a candidate relates to a requirement's aim: certainly its sequence/phase, possibly, or not. */
function aimOf(req: SeriesRequirement, s: Candidate): Status {
  if (!req.sequence && !req.phase) return 'met';
  if (req.sequence?.some((q) => q === s.sequence)) return 'met';
  if (req.phase && s.phase) {
    const statuses = req.phase.map((p) => phaseStatus(p, [s.phase!]));
    return statuses.includes('met') ? 'met' : statuses.includes('unknown') ? 'unknown' : 'unmet';
  }
  return 'unmet';
}

interface SeriesRequirementResult {
  status: Status;
  text: string;
  /** The sequences or phases the requirement aims at. */
  aim: string[];
  met: number[];
  failed: number[];
}

function checkSeriesRequirement(req: SeriesRequirement, study: Study, impact: ImpactOf, say: Catalogue): SeriesRequirementResult {
  const words = describeSeriesRequirement(req, say);
  const all = seriesOf(study);
  const aimed = all.map((s) => ({ s, aim: aimOf(req, s) })).filter((c) => c.aim !== 'unmet');
  const aim = [...(req.sequence ?? []), ...(req.phase ?? [])];
  if (!aimed.length) {
    // A study that names no sequence (or no phase) at all does not say it lacks this one.
    const unstated = (req.sequence && !study.sequences) || (req.phase && !study.phases);
    if (unstated)
      return {
        status: 'unknown',
        text: say.t(req.sequence ? 'eval.sequences-not-stated' : 'eval.phases-not-stated', { need: words }),
        aim,
        met: [],
        failed: [],
      };
    const unlabelled = (study.series ?? []).filter((s) => !s.sequence && !s.phase).length;
    const aside = unlabelled ? say.t('eval.unlabelled-series', { count: unlabelled }) : '';
    return {
      status: 'unmet',
      text: say.t('eval.no-series', { aim: orList(aim, say), aside, impacts: impactWords(aim, impact, say), need: words }),
      aim,
      met: [],
      failed: [],
    };
  }
  const results = aimed.map(({ s, aim }) => {
    const constraints = constraintsOn(req, s, say);
    const own = worst(constraints.map((c) => c.status));
    // A series only possibly of the aimed phase (`arterial` for `late-arterial`) meets nothing for sure.
    const status: Status = aim === 'unknown' && own === 'met' ? 'unknown' : own;
    const why = aim === 'unknown' ? [say.t('eval.phase-unclear', { phase: s.phase!, need: orList(req.phase!, say) })] : [];
    const shown = constraints.filter((c) => c.status === status).map((c) => c.text);
    const limitFailed = constraints.some((c) => c.status === 'unmet' && !c.word);
    const details = [...why, ...shown].join(say.t('list.separator')) || say.t('eval.present');
    return { s, status, limitFailed, text: say.t('eval.named-details', { name: seriesName(s, say), details }) };
  });
  const indices = (status: Status) => results.filter((r) => r.status === status && r.s.index > 0).map((r) => r.s.index);
  // The failing series: those that missed a measured limit; a series only of another plane (a
  // sagittal T2 for an axial one) is not one, unless no series came closer.
  const failing = results.some((r) => r.limitFailed) ? results.filter((r) => r.limitFailed && r.s.index > 0).map((r) => r.s.index) : indices('unmet');
  const metOne = results.find((r) => r.status === 'met');
  if (metOne) return { status: 'met', text: say.t('eval.named-details', { name: words, details: metOne.text }), aim, met: indices('met'), failed: [] };
  const unknown = results.filter((r) => r.status === 'unknown');
  if (unknown.length)
    return {
      status: 'unknown',
      text: say.t('eval.named-details', { name: words, details: unknown.map((r) => r.text).join(say.t('clause.separator')) }),
      aim,
      met: [],
      failed: failing,
    };
  return {
    status: 'unmet',
    text: say.t('eval.no-series-meets', { need: words, results: results.map((r) => r.text).join(say.t('clause.separator')) }),
    aim,
    met: [],
    failed: failing,
  };
}

/** A study-level comparison on a study with series: met when some series meets it. */
function checkAcrossSeries(key: 'slice_thickness', need: Comparison, study: Study, say: Catalogue): { status: Status; text: string; failed: number[] } {
  const name = label(key, say);
  const results = seriesOf(study).map((s) => ({ s, r: checkComparison(key, need, s[key], say) }));
  const met = results.find((x) => x.r.status === 'met');
  if (met)
    return {
      status: 'met',
      text: say.t('eval.across-met', { label: name, value: formatQuantity(met.s[key]!), series: seriesName(met.s, say), need: need.text }),
      failed: [],
    };
  const failed = results.filter((x) => x.r.status === 'unmet' && x.s.index > 0).map((x) => x.s.index);
  const unknown = results.filter((x) => x.r.status === 'unknown');
  if (unknown.length)
    return {
      status: 'unknown',
      text: say.t('eval.across-unknown', { label: name, series: unknown.map((x) => seriesName(x.s, say)), need: need.text }),
      failed,
    };
  const thinnest = results.reduce((a, b) => (b.s[key]!.amount < a.s[key]!.amount ? b : a));
  return {
    status: 'unmet',
    text: say.t('eval.across-unmet', { label: name, need: need.text, value: formatQuantity(thinnest.s[key]!), series: seriesName(thinnest.s, say) }),
    failed,
  };
}

/** ` (DWI: Without DWI, …; DCE: …)` for the items that have an impact, or nothing. */
function impactWords(items: readonly string[], impact: ImpactOf, say: Catalogue): string {
  const lines = items
    .map((m) => [m, impact(m)] as const)
    .filter(([, text]) => text)
    .map(([m, text]) => say.t('eval.impact', { what: m, text: text! }));
  return lines.length ? say.t('eval.impacts', { impacts: lines.join(say.t('clause.separator')) }) : '';
}

/** Checks every requirement of `req` on the study; `impact` words missing sequences and phases. */
export function checkRequirements(req: Requirements, study: Study, impact: ImpactOf, say: Catalogue): RequirementCheck {
  const out: RequirementCheck = { met: [], unmet: [], unknown: [], metSeries: [], failedSeries: [] };
  const add = (status: Status, text: string, items: string[] = [], anyOf = false) => {
    if (status === 'unmet') out.unmet.push({ text, items, ...(anyOf && items.length > 1 ? { anyOf: true as const } : {}) });
    else out[status].push(text);
  };
  const addSeries = (list: number[], indices: number[]) => {
    for (const i of indices) if (!list.includes(i)) list.push(i);
  };
  const thickness = req.slice_thickness?.value;
  if (thickness) {
    if (study.series?.length) {
      const r = checkAcrossSeries('slice_thickness', thickness, study, say);
      add(r.status, r.text);
      addSeries(out.failedSeries, r.failed);
    } else {
      add(...studyComparison('slice_thickness', thickness, study.slice_thickness, say));
    }
  }
  const field = req.field_strength?.value;
  if (field) add(...studyComparison('field_strength', field, study.field_strength, say));
  const addMissing = (noun: 'sequence' | 'phase', missing: string[]) => {
    if (!missing.length) add('met', say.t(noun === 'sequence' ? 'eval.every-sequence' : 'eval.every-phase'));
    else
      add(
        'unmet',
        say.t(noun === 'sequence' ? 'eval.missing-sequences' : 'eval.missing-phases', {
          count: missing.length,
          missing,
          impacts: impactWords(missing, impact, say),
        }),
        missing,
      );
  };
  const sequences = req.sequences?.value;
  if (sequences) {
    const have = study.sequences;
    if (!have) add('unknown', say.t('eval.sequences-not-stated', { need: sequences }));
    else
      addMissing(
        'sequence',
        sequences.filter((s) => !have.includes(s)),
      );
  }
  const phases = req.phases?.value;
  if (phases) {
    const have = study.phases;
    if (!have) add('unknown', say.t('eval.phases-not-stated', { need: phases }));
    else {
      const unsure = phases.filter((p) => phaseStatus(p, have) === 'unknown');
      const missing = phases.filter((p) => phaseStatus(p, have) === 'unmet');
      if (missing.length || !unsure.length) addMissing('phase', missing);
      if (unsure.length) add('unknown', say.t('eval.arterial-unsure', { phases: unsure }));
    }
  }
  if (req.format) {
    const need = req.format.value;
    if (!study.format) add('unknown', say.t('eval.not-stated', { label: say.t('eval.field.format'), need: orList(need, say) }));
    else if (!need.includes(study.format)) add('unmet', say.t('eval.format-wrong', { have: study.format, need: orList(need, say) }));
    else add('met', say.t('eval.format-met', { have: study.format }));
  }
  for (const entry of req.series?.value ?? []) {
    const r = checkSeriesRequirement(entry, study, impact, say);
    add(r.status, r.text, r.aim, true);
    addSeries(out.metSeries, r.met);
    addSeries(out.failedSeries, r.failed);
  }
  return out;
}

function studyComparison(key: LabelKey, need: Comparison, have: Quantity | undefined, say: Catalogue): [Status, string] {
  const status: Status = !have ? 'unknown' : compare(have.amount, need) ? 'met' : 'unmet';
  return [status, comparisonWords(status, label(key, say), have && formatQuantity(have), need.text, say)];
}
