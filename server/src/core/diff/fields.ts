// Every part of a protocol as a flat list of named fields with canonical text in the user's
// units (`require.slice_thickness: <= 2.5mm`). The semantic diff and the normalized view both
// read these lists, so what `git diff` shows and what `reimage diff` reports cannot drift apart.
import {
  CONDITION_KEYS,
  SERIES_COMPARISONS,
  severityOf,
  type AdviceLine,
  type Cost,
  type Protocol,
  type Requirements,
  type Rule,
  type SeriesRequirement,
  type ImpactLine,
  type MissingItem,
  type RegionChildren,
  type RegionConcern,
  type Timeline,
  type TimelineOverride,
  type Translations,
  type ValidityWindow,
  type Verdict,
} from '../model';
import { decimalAmount, toBase, type Comparison, type Duration, type Span, type Turnaround, type TurnaroundValue } from '../units/units';

export type Direction = 'stricter' | 'looser' | null;

/**
 * How a field's values compare. `scope`: a `when` condition (absent = every study; wider
 * scope = stricter, since a study's verdict is the most severe of the rules that apply).
 * `required`: a list that must all be present (more = stricter). `allowed`: a list of which
 * one must match (fewer = stricter). `limit`: a `<=`/`>=` comparison. `verdict`: more
 * severe = stricter. `flag`: `true` = stricter (`hard`). `window`, `turnaround`, `money`:
 * units compared by meaning. `text`: anything else (equal or not).
 */
export type FieldKind = 'scope' | 'required' | 'allowed' | 'limit' | 'verdict' | 'flag' | 'window' | 'turnaround' | 'money' | 'text';

export interface Field {
  /** Dotted name inside its element, as the YAML nests it: `require.slice_thickness`, `window`. */
  name: string;
  /** The YAML path of the field inside its element (`['require', 'slice_thickness']`). */
  path: readonly string[];
  kind: FieldKind;
  /** Canonical text in the user's units. */
  text: string;
  value: unknown;
  /** Words a reader is shown (a title, a because, an advice line…): changing them moves no verdict. */
  wording?: true;
  /** The language of a text written per language (`en`, `zh-CN`); absent for a plain string. */
  language?: string;
  /** A text in another language than the one the model keeps (`because.zh-CN`). */
  translation?: true;
}

const field = (path: readonly string[], kind: FieldKind, text: string, value: unknown): Field => ({ name: path.join('.'), path, kind, text, value });

// ---------------------------------------------------------------------------------------
// Canonical text
// ---------------------------------------------------------------------------------------

/** A number as the diff shows it (`decimalAmount`), written as the language writes numbers: never in exponent form. */
function num(n: number): string {
  return decimalAmount(n).toLocaleString('en-US', { maximumSignificantDigits: 15, useGrouping: false });
}

export function comparisonText(c: Comparison): string {
  return `${c.op} ${num(c.amount)}${c.unit}`;
}

function durationText(d: Duration): string {
  return `${num(d.amount)}${d.unit}`;
}

export function windowText(w: Pick<ValidityWindow, 'accept' | 'review'>): string {
  return w.review ? `${durationText(w.accept)}..${durationText(w.review)}` : durationText(w.accept);
}

function turnaroundValueText(t: TurnaroundValue): string {
  return `${num(t.amount)}${t.unit}`;
}

export function turnaroundText(t: Turnaround): string {
  if (t.text === 'on-the-spot') return 'on-the-spot';
  const [a, b] = [turnaroundValueText(t.min), turnaroundValueText(t.max)];
  return a === b ? a : `${a}..${b}`;
}

export function spanText(s: Pick<Span, 'min' | 'max'>): string {
  const [min, max] = [num(s.min), num(s.max)];
  return min === max ? min : `${min}..${max}`;
}

function listText(values: ReadonlyArray<string | boolean>): string {
  const items = values.map(String).sort();
  return items.length === 1 ? items[0] : `[${items.join(', ')}]`;
}

/** One line per value: newlines in free text would break the line-oriented views. */
function oneLine(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n');
}

/**
 * A profile's own words as fields: the text the model keeps (English, else the first written),
 * named `name` (so writing a plain string per language changes nothing), then each other language
 * written for it as `name.<tag>`. `path` is where the words are written inside the element.
 */
function wordsFields(path: readonly string[], text: string | undefined, translations: Translations | undefined, shown = oneLine): Field[] {
  if (text === undefined) return [];
  const texts = translations?.[text];
  const kept = texts ? (texts.en !== undefined ? 'en' : Object.keys(texts)[0]) : undefined;
  const name = path.join('.');
  const out: Field[] = [{ ...field(kept ? [...path, kept] : path, 'text', shown(text), text), name, wording: true, ...(kept ? { language: kept } : {}) }];
  for (const [tag, t] of Object.entries(texts ?? {})) {
    if (tag !== kept)
      out.push({ ...field([...path, tag], 'text', oneLine(t), t), name: name ? `${name}.${tag}` : tag, wording: true, language: tag, translation: true });
  }
  return out;
}

/** A list of dates written back as ranges: consecutive days become `a..b`. */
export function datesText(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  const out: string[] = [];
  let start = '';
  let prev = '';
  const next = (iso: string) => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  for (const date of sorted) {
    if (start && next(prev) === date) {
      prev = date;
      continue;
    }
    if (start) out.push(start === prev ? start : `${start}..${prev}`);
    start = prev = date;
  }
  if (start) out.push(start === prev ? start : `${start}..${prev}`);
  return `[${out.join(', ')}]`;
}

// ---------------------------------------------------------------------------------------
// Fields of each part
// ---------------------------------------------------------------------------------------

const TIMELINE_FIELDS = ['scan', 'report', 'same_day', 'lead', 'expedited', 'where'] as const;
const REQUIRE_ORDER = ['slice_thickness', 'field_strength', 'sequences', 'phases', 'format', 'series'] as const;
/**
 * The order of a part's fields, as the YAML writes them: a rule's keys; a window's `window` and
 * `beyond` before its `because` and `timeline`; a concern's `regions` before its `because`.
 */
const FIELD_ORDER: readonly string[] = [
  'title',
  'when',
  'verdict',
  'require',
  'preferred',
  'otherwise',
  'if_unknown',
  'missing',
  'order',
  'window',
  'beyond',
  'parts',
  'regions',
  'because',
  'impact',
  'note',
  'advice',
  'timeline',
  'expedite',
  'hard',
  'disabled',
  ...TIMELINE_FIELDS,
];
/** The order of keys inside `when`, `require`, `order`; other nested keys sort by name. */
const SUB_ORDER: Readonly<Record<string, readonly string[]>> = {
  when: CONDITION_KEYS,
  require: REQUIRE_ORDER,
  preferred: REQUIRE_ORDER,
  order: ['modality', 'region', 'contrast', 'reason'],
};

export function compareFieldNames(a: Field, b: Field): number {
  const rank = (list: readonly string[], s: string | undefined) => (s === undefined ? -1 : list.includes(s) ? list.indexOf(s) : list.length);
  const byName = (x: string | undefined, y: string | undefined) => (x === y ? 0 : x === undefined ? -1 : y === undefined ? 1 : x < y ? -1 : 1);
  const sub = SUB_ORDER[a.path[0]] ?? [];
  return (
    rank(FIELD_ORDER, a.path[0]) - rank(FIELD_ORDER, b.path[0]) ||
    rank(sub, a.path[1]) - rank(sub, b.path[1]) ||
    byName(a.path[1], b.path[1]) ||
    (a.path[1] === 'series' ? byName(a.path[2], b.path[2]) || rank(SERIES_FIELD_ORDER, a.path[3]) - rank(SERIES_FIELD_ORDER, b.path[3]) : 0) ||
    rank(TIMELINE_FIELDS, a.path[2]) - rank(TIMELINE_FIELDS, b.path[2])
  );
}

function timelineFields(t: TimelineOverride, prefix: readonly string[]): Field[] {
  const out: Field[] = [];
  for (const key of TIMELINE_FIELDS) {
    const v = t[key];
    if (v === undefined) continue;
    // same_day is a word or a flag; the other fields are turnarounds.
    out.push(typeof v === 'object' ? field([...prefix, key], 'turnaround', turnaroundText(v), v) : field([...prefix, key], 'text', String(v), v));
  }
  return out;
}

const SERIES_FIELD_ORDER: readonly string[] = ['plane', 'acquisition', 'contrast', 'contiguous', ...SERIES_COMPARISONS];

/**
 * The name a series requirement is compared under: what it aims at and the words that pick its
 * series (`T2 axial`, `DWI`, `any series`), so reordering entries is no change; a second entry
 * with the same words gets `#2`.
 */
function seriesKeys(entries: readonly SeriesRequirement[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const words = [
      [...(e.sequence ?? []), ...(e.phase ?? [])].sort().join('|') || 'any series',
      ...[e.plane, e.acquisition].filter((w): w is string[] => !!w).map((w) => [...w].sort().join('|')),
    ].join(' ');
    const n = (seen.get(words) ?? 0) + 1;
    seen.set(words, n);
    return n === 1 ? words : `${words} #${n}`;
  });
}

/**
 * Fields of `require` (or `preferred`, whose changes never move a verdict: kind `text`). Each
 * series entry is present as a `required` field, so adding one is stricter, and each of its
 * limits as a `limit`; `contiguous: true` is a flag.
 */
function requirementFields(req: Requirements, prefix: 'require' | 'preferred'): Field[] {
  const out: Field[] = [];
  const advisory = prefix === 'preferred';
  const kind = (k: FieldKind): FieldKind => (advisory ? 'text' : k);
  for (const key of ['slice_thickness', 'field_strength'] as const) {
    const c = req[key]?.value;
    if (c) out.push(field([prefix, key], kind('limit'), comparisonText(c), c));
  }
  for (const key of ['sequences', 'phases'] as const) {
    const list = req[key]?.value;
    if (list) out.push(field([prefix, key], kind('required'), listText(list), list));
  }
  if (req.format) out.push(field([prefix, 'format'], kind('allowed'), listText(req.format.value), req.format.value));
  const entries = req.series?.value ?? [];
  seriesKeys(entries).forEach((key, i) => {
    const e = entries[i];
    const at = [prefix, 'series', key];
    out.push(field(at, kind('required'), 'required', [key]));
    for (const word of ['plane', 'acquisition'] as const) {
      if (e[word]) out.push(field([...at, word], kind('allowed'), listText(e[word]), e[word]));
    }
    if (e.contrast !== undefined) out.push(field([...at, 'contrast'], 'text', String(e.contrast), e.contrast));
    if (e.contiguous) out.push(field([...at, 'contiguous'], kind('flag'), 'true', true));
    for (const limit of SERIES_COMPARISONS) {
      const c = e[limit];
      if (c) out.push(field([...at, limit], kind('limit'), comparisonText(c), c));
    }
  });
  return out;
}

const ruleFieldCache = new WeakMap<Rule, Field[]>();

/** A rule's fields (its `id` excluded, so two rules with equal fields differ only by name). */
export function ruleFields(rule: Rule): Field[] {
  const cached = ruleFieldCache.get(rule);
  if (cached) return cached;
  const out: Field[] = [];
  const words = rule.translations;
  out.push(...wordsFields(['title'], rule.title, words));
  for (const key of CONDITION_KEYS) {
    const values = rule.when[key];
    if (values) out.push(field(['when', key], 'scope', listText(values), values.map(String)));
  }
  if (rule.verdict) out.push(field(['verdict'], 'verdict', rule.verdict, rule.verdict));
  if (rule.require) out.push(...requirementFields(rule.require, 'require'));
  if (rule.preferred) out.push(...requirementFields(rule.preferred, 'preferred'));
  if (rule.otherwise) out.push(field(['otherwise'], 'verdict', rule.otherwise, rule.otherwise));
  // `review` is the default: writing it out or leaving it out means the same.
  if (rule.if_unknown !== 'review') out.push(field(['if_unknown'], 'verdict', rule.if_unknown, rule.if_unknown));
  if (rule.order) {
    const o = rule.order;
    out.push(field(['order', 'modality'], 'text', o.modality, o.modality));
    if (o.region !== undefined) out.push(field(['order', 'region'], 'text', o.region, o.region));
    out.push(field(['order', 'contrast'], 'text', String(o.contrast), o.contrast));
    out.push(...wordsFields(['order', 'reason'], o.reason, words));
  }
  out.push(...wordsFields(['because'], rule.because, words));
  for (const [item, m] of [...rule.missing].sort(([a], [b]) => (a < b ? -1 : 1))) out.push(...missingFields(m, words, ['missing', item]));
  for (const key of Object.keys(rule.impact).sort()) out.push(...impactFields(key, rule.impact[key], words));
  out.push(...wordsFields(['note'], rule.note, words));
  out.push(...wordsFields(['advice'], rule.advice, words));
  for (const key of Object.keys(rule.timeline).sort()) out.push(...timelineFields(rule.timeline[key], ['timeline', key]));
  if (rule.expedite) out.push(field(['expedite'], 'text', 'true', true));
  if (rule.hard) out.push(field(['hard'], 'flag', 'true', true));
  if (rule.disabled) out.push(field(['disabled'], 'text', 'true', true));
  ruleFieldCache.set(rule, out);
  return out;
}

const signatureCache = new WeakMap<Rule, string>();

/** The rule's content as one string: equal signatures = same meaning (ids aside). */
export function ruleSignature(rule: Rule): string {
  let s = signatureCache.get(rule);
  if (s === undefined) {
    s = signatureOf(ruleFields(rule));
    signatureCache.set(rule, s);
  }
  return s;
}

/** What the rule does, without its words: equal = the same verdicts, orders and plans for every case. */
export function ruleBehaviour(rule: Rule): string {
  return signatureOf(ruleFields(rule).filter((f) => !f.wording));
}

function signatureOf(fields: readonly Field[]): string {
  return fields.map((f) => `${f.name}=${f.text}`).join('\n');
}

export function validityFields(w: ValidityWindow, translations?: Translations): Field[] {
  const out = [field(['window'], 'window', windowText(w), { accept: w.accept, review: w.review }), field(['beyond'], 'verdict', w.beyond, w.beyond)];
  out.push(...wordsFields(['because'], w.because, translations));
  for (const key of Object.keys(w.timeline).sort()) out.push(...timelineFields(w.timeline[key], ['timeline', key]));
  return out;
}

/** `Without DWI, … (for stroke)`: impact lines as one text, each line's text as `text` gives it. */
function impactText(lines: readonly ImpactLine[], text: (l: ImpactLine) => string = (l) => l.text): string {
  return lines.map((l) => oneLine(text(l)) + (l.indications ? ` (for ${l.indications.join(', ')})` : '')).join(' | ');
}

/**
 * An item's impact lines as one field, then one per other language its lines are written in (a
 * line without that language shows the text it has).
 */
function impactFields(item: string, lines: readonly ImpactLine[], translations: Translations | undefined): Field[] {
  const path = ['impact', item];
  const keptOf = (l: ImpactLine) => {
    const texts = translations?.[l.text];
    return texts ? (texts.en !== undefined ? 'en' : Object.keys(texts)[0]) : undefined;
  };
  const kept = lines.map(keptOf).find((t) => t !== undefined);
  const out: Field[] = [{ ...field(path, 'text', impactText(lines), lines), wording: true, ...(kept ? { language: kept } : {}) }];
  const tags = [...new Set(lines.flatMap((l) => Object.keys(translations?.[l.text] ?? {}).filter((t) => t !== keptOf(l))))].sort();
  for (const tag of tags) {
    const text = impactText(lines, (l) => translations?.[l.text]?.[tag] ?? l.text);
    out.push({ ...field([...path, tag], 'text', text, text), name: `impact.${item}.${tag}`, wording: true, language: tag, translation: true });
  }
  return out;
}

/** What a missing item takes: its verdict (more severe = stricter) and why. */
export function missingFields(m: MissingItem, translations?: Translations, prefix: readonly string[] = []): Field[] {
  const out = [field([...prefix, 'verdict'], 'verdict', m.verdict, m.verdict)];
  out.push(...wordsFields([...prefix, 'because'], m.because, translations));
  return out;
}

export function regionFields(r: RegionChildren): Field[] {
  return [field(['parts'], 'text', listText(r.parts), r.parts)];
}

export function concernFields(c: RegionConcern, translations?: Translations): Field[] {
  const out = [field(['regions'], 'text', listText(c.regions), c.regions)];
  out.push(...wordsFields(['because'], c.because, translations));
  return out;
}

export function timelineOwnFields(t: Timeline): Field[] {
  return timelineFields(t, []);
}

/** A price in the protocol's currency; an inherited, multiplied one says how it was computed. */
export function costFields(c: Cost, currency = ''): Field[] {
  const text = `${spanText(c.amount)}${currency ? ` ${currency}` : ''}${c.multiplied ? ` (${c.amount.text})` : ''}`;
  return [field([], 'money', text, c.amount)];
}

export function spanFields(s: Span, currency = ''): Field[] {
  return [field([], 'money', `${spanText(s)}${currency ? ` ${currency}` : ''}`, s)];
}

export function adviceText(a: AdviceLine): string {
  return oneLine(a.text);
}

/** An advice line's text in each other language it is written in (the kept text is `adviceText`). */
export function adviceTranslationFields(a: AdviceLine, translations: Translations): Field[] {
  return wordsFields(['text'], a.text, translations).slice(1);
}

/** Protocol-level and hospital fields, as `[section, key, field]` (the title once per language it is written in). */
export function headerFields(p: Protocol): Array<{ section: 'protocol' | 'hospital'; key: string; field: Field }> {
  const out: Array<{ section: 'protocol' | 'hospital'; key: string; field: Field }> = [];
  for (const f of wordsFields([], p.title, p.translations)) out.push({ section: 'protocol', key: 'title', field: f });
  if (p.extends) out.push({ section: 'protocol', key: 'extends', field: field([], 'text', p.extends.value, p.extends.value) });
  if (p.sector) out.push({ section: 'hospital', key: 'sector', field: field([], 'text', p.sector, p.sector) });
  if (p.currency) out.push({ section: 'hospital', key: 'currency', field: field([], 'text', p.currency, p.currency) });
  if (p.holidays.length) out.push({ section: 'hospital', key: 'holidays', field: field([], 'text', datesText(p.holidays), p.holidays) });
  if (p.workdays.length) out.push({ section: 'hospital', key: 'workdays', field: field([], 'text', datesText(p.workdays), p.workdays) });
  return out;
}

// ---------------------------------------------------------------------------------------
// Comparing one field's two values
// ---------------------------------------------------------------------------------------

/** Durations that mean the same calendar step: 1w = 7d, 1y = 12mo (months are not days). */
function durationKey(d: Duration | undefined): string {
  if (!d) return '';
  switch (d.unit) {
    case 'd':
      return `${num(d.amount)}d`;
    case 'w':
      return `${num(d.amount * 7)}d`;
    case 'mo':
      return `${num(d.amount)}mo`;
    case 'y':
      return `${num(d.amount * 12)}mo`;
  }
}

/** Turnarounds that mean the same: 60min = 1h; business days stay business days. */
function turnaroundKey(t: Turnaround): string {
  const side = (v: TurnaroundValue) => (v.unit === 'bd' ? `${num(v.amount)}bd` : `${num(v.amount * (v.unit === 'h' ? 60 : 1))}min`);
  return `${side(t.min)}..${side(t.max)}`;
}

/** Whether two present values of a field mean the same. */
export function sameValue(kind: FieldKind, a: Field, b: Field): boolean {
  switch (kind) {
    case 'window': {
      const [x, y] = [a.value as Pick<ValidityWindow, 'accept' | 'review'>, b.value as Pick<ValidityWindow, 'accept' | 'review'>];
      return durationKey(x.accept) === durationKey(y.accept) && durationKey(x.review ?? x.accept) === durationKey(y.review ?? y.accept);
    }
    case 'turnaround':
      return turnaroundKey(a.value as Turnaround) === turnaroundKey(b.value as Turnaround);
    case 'money': {
      const [x, y] = [a.value as Span, b.value as Span];
      return decimalAmount(x.min) === decimalAmount(y.min) && decimalAmount(x.max) === decimalAmount(y.max);
    }
    default:
      return a.text === b.text;
  }
}

function sign(n: number): number {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

/** Combines per-aspect signs (-1 stricter, +1 looser) into one direction. */
function combine(signs: number[]): Direction {
  const stricter = signs.some((s) => s < 0);
  const looser = signs.some((s) => s > 0);
  return stricter && !looser ? 'stricter' : looser && !stricter ? 'looser' : null;
}

function subsetOf(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.every((x) => b.includes(x));
}

/** Stricter or looser from `before` to `after` (either may be absent). */
export function directionOf(kind: FieldKind, before: Field | null, after: Field | null): Direction {
  switch (kind) {
    case 'scope': {
      // Absent = applies to every study; a wider scope makes verdicts more severe.
      if (!before) return after ? 'looser' : null;
      if (!after) return 'stricter';
      const [a, b] = [before.value as string[], after.value as string[]];
      if (subsetOf(a, b) && !subsetOf(b, a)) return 'stricter';
      if (subsetOf(b, a) && !subsetOf(a, b)) return 'looser';
      return null;
    }
    case 'required': {
      const [a, b] = [(before?.value ?? []) as string[], (after?.value ?? []) as string[]];
      if (subsetOf(a, b) && !subsetOf(b, a)) return 'stricter';
      if (subsetOf(b, a) && !subsetOf(a, b)) return 'looser';
      return null;
    }
    case 'allowed': {
      // Absent = any value is accepted.
      if (!before) return after ? 'stricter' : null;
      if (!after) return 'looser';
      const [a, b] = [before.value as string[], after.value as string[]];
      if (subsetOf(b, a) && !subsetOf(a, b)) return 'stricter';
      if (subsetOf(a, b) && !subsetOf(b, a)) return 'looser';
      return null;
    }
    case 'limit': {
      if (!before) return after ? 'stricter' : null;
      if (!after) return 'looser';
      const [a, b] = [before.value as Comparison, after.value as Comparison];
      const upper = (c: Comparison) => c.op.startsWith('<');
      if (upper(a) !== upper(b) || a.unit !== b.unit) return null;
      // For `<=`: a smaller bound is stricter; for `>=`: a larger one. Same bound: `<` is stricter than `<=`.
      const byAmount = upper(a) ? sign(b.amount - a.amount) : sign(a.amount - b.amount);
      if (byAmount !== 0) return byAmount < 0 ? 'stricter' : 'looser';
      const strictA = a.op.length === 1;
      const strictB = b.op.length === 1;
      return strictA === strictB ? null : strictB ? 'stricter' : 'looser';
    }
    case 'verdict': {
      if (!before || !after) return null;
      const d = severityOf(after.value as Verdict) - severityOf(before.value as Verdict);
      return d > 0 ? 'stricter' : d < 0 ? 'looser' : null;
    }
    case 'flag':
      return !before && after ? 'stricter' : before && !after ? 'looser' : null;
    case 'window': {
      if (!before || !after) return null;
      // The accept bound and the review bound (the accept bound when there is no review band):
      // a study older than either gets a more severe verdict when the bound comes closer.
      const a = before.value as Pick<ValidityWindow, 'accept' | 'review'>;
      const b = after.value as Pick<ValidityWindow, 'accept' | 'review'>;
      return combine([sign(toBase(b.accept) - toBase(a.accept)), sign(toBase(b.review ?? b.accept) - toBase(a.review ?? a.accept))]);
    }
    default:
      return null;
  }
}

/** "longer"/"shorter", "higher"/"lower" for values that are neither stricter nor looser. */
export function trendOf(kind: FieldKind, before: Field | null, after: Field | null): 'longer' | 'shorter' | 'higher' | 'lower' | null {
  if (!before || !after) return null;
  if (kind === 'turnaround') {
    const [a, b] = [before.value as Turnaround, after.value as Turnaround];
    const days = (v: TurnaroundValue) => (v.unit === 'bd' ? v.amount : 0);
    const mins = (v: TurnaroundValue) => (v.unit === 'bd' ? 0 : toBase(v));
    const signs = [sign(days(b.min) - days(a.min) || mins(b.min) - mins(a.min)), sign(days(b.max) - days(a.max) || mins(b.max) - mins(a.max))];
    const t = combine(signs.map((s) => -s));
    return t === 'stricter' ? 'longer' : t === 'looser' ? 'shorter' : null;
  }
  if (kind === 'money') {
    const [a, b] = [before.value as Span, after.value as Span];
    const t = combine([sign(decimalAmount(a.min) - decimalAmount(b.min)), sign(decimalAmount(a.max) - decimalAmount(b.max))]);
    return t === 'stricter' ? 'higher' : t === 'looser' ? 'lower' : null;
  }
  return null;
}
