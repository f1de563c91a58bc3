// Whether a study meets a rule's requirements, study-level and aimed at series. A study-level
// requirement on a study with series holds when some series meets it; a series requirement
// holds when one series of its sequence or phase meets all its constraints at once. An
// unstated value is unknown — never guessed — and the caller's `if_unknown` decides.
import type { Requirements, Series, SeriesRequirement, Study } from '../model';
import { compare, formatQuantity, type Comparison, type Quantity } from '../units/units';

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

/** `series 2 (t2_tse_tra)`, `series 3 (DWI axial)`. */
function seriesName(s: Candidate): string {
  const words = s.description ?? [s.sequence, s.phase, s.plane, s.acquisition].filter(Boolean).join(' ');
  if (s.index === 0) return words ? `the study's ${words}` : 'the study';
  return words ? `series ${s.index} (${words})` : `series ${s.index}`;
}

/** A written series in a few words: `series 2 (t2_tse_tra): T2 axial 2D, 3mm, every 3mm, b 50/800/1400`. */
export function seriesLabel(s: Series): string {
  const what = [s.sequence, s.phase, s.plane, s.acquisition, s.contrast === true ? 'post-contrast' : s.contrast === false ? 'non-contrast' : undefined].filter(Boolean).join(' ');
  const how = [
    s.slice_thickness && formatQuantity(s.slice_thickness),
    s.spacing && `every ${formatQuantity(s.spacing)}`,
    s.pixel_spacing && `in-plane ${formatQuantity(s.pixel_spacing)}`,
    s.b_values?.length && `b ${s.b_values.join('/')}`,
    s.temporal_resolution && `${s.temporal_resolution.amount}s per phase`,
    s.contrast_delay && `${s.contrast_delay.amount}s after injection`,
  ].filter(Boolean).join(', ');
  const name = `series ${s.index}${s.description ? ` (${s.description})` : ''}`;
  const words = [what, how].filter(Boolean).join(', ');
  return words ? `${name}: ${words}` : name;
}

const LABELS: Record<string, string> = {
  slice_thickness: 'slice thickness', spacing: 'spacing', pixel_spacing: 'in-plane pixel spacing', b_value: 'b-value',
  temporal_resolution: 'temporal resolution', contrast_delay: 'contrast delay', plane: 'plane', acquisition: 'acquisition',
};

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

function checkComparison(key: string, need: Comparison, have: Quantity | undefined): ConstraintResult {
  const label = LABELS[key];
  if (!have) return { status: 'unknown', text: `${label} not stated (needs ${need.text})` };
  const shown = showValue(key, have);
  return compare(have.amount, need)
    ? { status: 'met', text: `${label} ${shown} meets ${need.text}` }
    : { status: 'unmet', text: `${label} ${shown} does not meet ${need.text}` };
}

/** Each constraint of a series requirement on one series. */
function constraintsOn(req: SeriesRequirement, s: Candidate): ConstraintResult[] {
  const out: ConstraintResult[] = [];
  for (const key of ['plane', 'acquisition'] as const) {
    const need = req[key];
    if (!need) continue;
    const have = s[key];
    out.push(!have
      ? { status: 'unknown', text: `${LABELS[key]} not stated (needs ${need.join(' or ')})`, word: true }
      : need.includes(have) ? { status: 'met', text: have, word: true } : { status: 'unmet', text: `${have}, not ${need.join(' or ')}`, word: true });
  }
  if (req.contrast !== undefined) {
    out.push(s.contrast === undefined
      ? { status: 'unknown', text: `contrast not stated (needs ${req.contrast ? 'post-contrast' : 'non-contrast'})`, word: true }
      : s.contrast === req.contrast ? { status: 'met', text: s.contrast ? 'post-contrast' : 'non-contrast', word: true }
        : { status: 'unmet', text: s.contrast ? 'post-contrast, not non-contrast' : 'non-contrast, not post-contrast', word: true });
  }
  for (const key of ['slice_thickness', 'spacing', 'pixel_spacing', 'temporal_resolution', 'contrast_delay'] as const) {
    const need = req[key];
    if (need) out.push(checkComparison(key, need, s[key]));
  }
  if (req.b_value) {
    const need = req.b_value;
    const values = s.b_values ?? [];
    const meeting = values.find((b) => compare(b, need));
    out.push(!values.length
      ? { status: 'unknown', text: `b-values not stated (needs a b-value ${need.text})` }
      : meeting !== undefined ? { status: 'met', text: `b-value ${meeting} meets ${need.text}` }
        : { status: 'unmet', text: `b-values ${values.join(', ')}: none ${need.text}` });
  }
  if (req.contiguous) {
    const [thickness, spacing] = [s.slice_thickness, s.spacing];
    out.push(!thickness || !spacing
      ? { status: 'unknown', text: `contiguity unknown (${!spacing ? 'spacing' : 'slice thickness'} not stated)` }
      : spacing.amount <= thickness.amount ? { status: 'met', text: `contiguous (${formatQuantity(thickness)} every ${formatQuantity(spacing)})` }
        : { status: 'unmet', text: `not contiguous: ${formatQuantity(thickness)} sections every ${formatQuantity(spacing)}` });
  }
  return out;
}

function worst(statuses: Status[]): Status {
  return statuses.includes('unmet') ? 'unmet' : statuses.includes('unknown') ? 'unknown' : 'met';
}

const wordsOfRequirement = new WeakMap<SeriesRequirement, string>();

/** `T2 axial, slice thickness <= 3mm`: the words of one series requirement. */
function describeSeriesRequirement(req: SeriesRequirement): string {
  let words = wordsOfRequirement.get(req);
  if (words === undefined) {
    words = requirementWords(req);
    wordsOfRequirement.set(req, words);
  }
  return words;
}

function requirementWords(req: SeriesRequirement): string {
  const aim = [...(req.sequence ?? []), ...(req.phase ?? [])].join(' or ');
  const parts: string[] = [];
  if (req.plane) parts.push(req.plane.join(' or '));
  if (req.acquisition) parts.push(req.acquisition.join(' or '));
  if (req.contrast !== undefined) parts.push(req.contrast ? 'post-contrast' : 'non-contrast');
  if (req.contiguous) parts.push('contiguous');
  const head = aim ? [aim, ...parts].join(' ') : ['a', ...parts, 'series'].join(' ');
  const limits = (['slice_thickness', 'spacing', 'pixel_spacing', 'b_value', 'temporal_resolution', 'contrast_delay'] as const)
    .filter((k) => req[k]).map((k) => `${LABELS[k]} ${req[k]!.text}`);
  return limits.length ? `${head}, ${limits.join(', ')}` : head;
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

function checkSeriesRequirement(req: SeriesRequirement, study: Study, impact: ImpactOf): SeriesRequirementResult {
  const words = describeSeriesRequirement(req);
  const all = seriesOf(study);
  const aimed = all.map((s) => ({ s, aim: aimOf(req, s) })).filter((c) => c.aim !== 'unmet');
  const aim = [...(req.sequence ?? []), ...(req.phase ?? [])];
  if (!aimed.length) {
    // A study that names no sequence (or no phase) at all does not say it lacks this one.
    const unstated = (req.sequence && !study.sequences) || (req.phase && !study.phases);
    if (unstated) return { status: 'unknown', text: `${req.sequence ? 'sequences' : 'phases'} not stated (needs ${words})`, aim, met: [], failed: [] };
    const impacts = impactWords(aim, impact);
    const unlabelled = (study.series ?? []).filter((s) => !s.sequence && !s.phase).length;
    const aside = unlabelled ? `; ${unlabelled} series without a sequence or phase not counted` : '';
    return { status: 'unmet', text: `no ${aim.join(' or ')} series${aside}${impacts} — needs ${words}`, aim, met: [], failed: [] };
  }
  const results = aimed.map(({ s, aim }) => {
    const constraints = constraintsOn(req, s);
    const own = worst(constraints.map((c) => c.status));
    // A series only possibly of the aimed phase (`arterial` for `late-arterial`) meets nothing for sure.
    const status: Status = aim === 'unknown' && own === 'met' ? 'unknown' : own;
    const why = aim === 'unknown' ? [`phase ${s.phase} does not say which (needs ${req.phase!.join(' or ')})`] : [];
    const shown = constraints.filter((c) => c.status === status).map((c) => c.text);
    const limitFailed = constraints.some((c) => c.status === 'unmet' && !c.word);
    return { s, status, limitFailed, text: `${seriesName(s)}: ${[...why, ...shown].join(', ') || 'present'}` };
  });
  const indices = (status: Status) => results.filter((r) => r.status === status && r.s.index > 0).map((r) => r.s.index);
  // The failing series: those that missed a measured limit; a series only of another plane (a
  // sagittal T2 for an axial one) is not one, unless no series came closer.
  const failing = results.some((r) => r.limitFailed) ? results.filter((r) => r.limitFailed && r.s.index > 0).map((r) => r.s.index) : indices('unmet');
  const metOne = results.find((r) => r.status === 'met');
  if (metOne) return { status: 'met', text: `${words}: ${metOne.text}`, aim, met: indices('met'), failed: [] };
  const unknown = results.filter((r) => r.status === 'unknown');
  if (unknown.length) return { status: 'unknown', text: `${words}: ${unknown.map((r) => r.text).join('; ')}`, aim, met: [], failed: failing };
  return { status: 'unmet', text: `${words}: no series meets it — ${results.map((r) => r.text).join('; ')}`, aim, met: [], failed: failing };
}

/** A study-level comparison on a study with series: met when some series meets it. */
function checkAcrossSeries(key: 'slice_thickness', need: Comparison, study: Study): { status: Status; text: string; failed: number[] } {
  const label = LABELS[key];
  const results = seriesOf(study).map((s) => ({ s, r: checkComparison(key, need, s[key]) }));
  const met = results.find((x) => x.r.status === 'met');
  if (met) return { status: 'met', text: `${label} ${formatQuantity(met.s[key]!)} in ${seriesName(met.s)} meets ${need.text}`, failed: [] };
  const failed = results.filter((x) => x.r.status === 'unmet' && x.s.index > 0).map((x) => x.s.index);
  const unknown = results.filter((x) => x.r.status === 'unknown');
  if (unknown.length) return { status: 'unknown', text: `${label} not stated for ${unknown.map((x) => seriesName(x.s)).join(', ')} (needs ${need.text})`, failed };
  const thinnest = results.reduce((a, b) => (b.s[key]!.amount < a.s[key]!.amount ? b : a));
  return { status: 'unmet', text: `no series meets ${label} ${need.text}: the thinnest is ${formatQuantity(thinnest.s[key]!)} in ${seriesName(thinnest.s)}`, failed };
}

/** ` (DWI: Without DWI, …; DCE: …)` for the items that have an impact, or nothing. */
function impactWords(items: readonly string[], impact: ImpactOf): string {
  const lines = items.map((m) => [m, impact(m)] as const).filter(([, text]) => text).map(([m, text]) => `${m}: ${text}`);
  return lines.length ? ` (${lines.join('; ')})` : '';
}

/** Checks every requirement of `req` on the study; `impact` words missing sequences and phases. */
export function checkRequirements(req: Requirements, study: Study, impact: ImpactOf): RequirementCheck {
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
      const r = checkAcrossSeries('slice_thickness', thickness, study);
      add(r.status, r.text);
      addSeries(out.failedSeries, r.failed);
    } else {
      add(...studyComparison('slice thickness', thickness, study.slice_thickness));
    }
  }
  const field = req.field_strength?.value;
  if (field) add(...studyComparison('field strength', field, study.field_strength));
  const addMissing = (noun: 'sequence' | 'phase', missing: string[]) => {
    if (!missing.length) add('met', `has every required ${noun}`);
    else add('unmet', `missing ${noun}${missing.length > 1 ? 's' : ''} ${missing.join(', ')}${impactWords(missing, impact)}`, missing);
  };
  const sequences = req.sequences?.value;
  if (sequences) {
    const have = study.sequences;
    if (!have) add('unknown', `sequences not stated (needs ${sequences.join(', ')})`);
    else addMissing('sequence', sequences.filter((s) => !have.includes(s)));
  }
  const phases = req.phases?.value;
  if (phases) {
    const have = study.phases;
    if (!have) add('unknown', `phases not stated (needs ${phases.join(', ')})`);
    else {
      const unsure = phases.filter((p) => phaseStatus(p, have) === 'unknown');
      const missing = phases.filter((p) => phaseStatus(p, have) === 'unmet');
      if (missing.length || !unsure.length) addMissing('phase', missing);
      if (unsure.length) add('unknown', `${unsure.join(', ')} not stated: the study says only arterial, not which arterial phase`);
    }
  }
  if (req.format) {
    const need = req.format.value;
    if (!study.format) add('unknown', `format not stated (needs ${need.join(' or ')})`);
    else if (!need.includes(study.format)) add('unmet', `format ${study.format} is not ${need.join(' or ')}`);
    else add('met', `format ${study.format}`);
  }
  for (const entry of req.series?.value ?? []) {
    const r = checkSeriesRequirement(entry, study, impact);
    add(r.status, r.text, r.aim, true);
    addSeries(out.metSeries, r.met);
    addSeries(out.failedSeries, r.failed);
  }
  return out;
}

function studyComparison(label: string, need: Comparison, have: Quantity | undefined): [Status, string] {
  if (!have) return ['unknown', `${label} not stated (needs ${need.text})`];
  return compare(have.amount, need)
    ? ['met', `${label} ${formatQuantity(have)} meets ${need.text}`]
    : ['unmet', `${label} ${formatQuantity(have)} does not meet ${need.text}`];
}
