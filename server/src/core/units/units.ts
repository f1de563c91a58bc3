// Values with units as clinicians write them: `2.5mm`, `1.5T`, `4w..6w`, `1bd..2bd`,
// `<= 2.5mm`, `1100..1500`. Parsing never throws; a failure says what was expected and points
// at the offending part of the value (offsets relative to the value's text), in words of the
// catalogues (`text`) and in English (`message`).
import { catalogueFor, english, message, type Catalogue, type Message, type MessageKey, type MessageParam } from '../i18n/catalogue';

export type UnitKind = 'length' | 'field-strength' | 'duration' | 'turnaround' | 'number' | 'time' | 'b-value';

/** The kinds a requirement can compare a value with (`<= 2.5mm`, `>= 1.5T`, `<= 15s`, `>= 1400`). */
export type ComparableKind = 'length' | 'field-strength' | 'time' | 'b-value';

export interface Quantity {
  amount: number;
  unit: string;
}

export interface Duration extends Quantity {
  unit: 'd' | 'w' | 'mo' | 'y';
}

export interface TurnaroundValue extends Quantity {
  unit: 'min' | 'h' | 'bd';
}

export interface Turnaround {
  min: TurnaroundValue;
  max: TurnaroundValue;
  text: string;
}

export interface Span {
  min: number;
  max: number;
  text: string;
}

export interface Window {
  accept: Duration;
  review?: Duration;
  text: string;
}

export type ComparisonOperator = '<=' | '>=' | '<' | '>';

export interface Comparison {
  op: ComparisonOperator;
  amount: number;
  unit: string;
  text: string;
}

export interface UnitError {
  code: 'invalid-unit' | 'unit-mismatch' | 'reversed-range' | 'invalid-value';
  /** In English; `text` holds it as data. */
  message: string;
  text: Message;
  /** Offsets inside the value's text. */
  start: number;
  end: number;
  /** A corrected spelling of the whole value, when one is obvious (`5 mm` → `5mm`). */
  suggestion?: string;
}

export type UnitResult<T> = { ok: true; value: T } | { ok: false; error: UnitError };

interface KindInfo {
  /** `a length`. */
  noun: Message;
  /** `length`. */
  kind: Message;
  example: string;
  /** `''` among them: a plain number is accepted. */
  units: readonly string[];
}

function kindInfo(kind: UnitKind, example: string, units: readonly string[]): KindInfo {
  return { noun: message(`unit.noun.${kind}`), kind: message(`unit.kind.${kind}`), example, units };
}

const KINDS: Record<UnitKind, KindInfo> = {
  length: kindInfo('length', '2.5mm', ['mm']),
  'field-strength': kindInfo('field-strength', '1.5T', ['T']),
  duration: kindInfo('duration', '4w', ['d', 'w', 'mo', 'y']),
  turnaround: kindInfo('turnaround', '1bd', ['min', 'h', 'bd']),
  number: kindInfo('number', '1100..1500', ['']),
  // Seconds and minutes of an acquisition: a DCE series' temporal resolution, a contrast delay.
  time: kindInfo('time', '15s', ['s', 'min']),
  // A diffusion b-value in s/mm², written as a plain number; the unit may be spelled out.
  'b-value': kindInfo('b-value', '1400', ['', 's/mm2', 's/mm²']),
};

/** Units people write that belong to another kind, or that we ask to be converted. */
const FOREIGN_UNITS: Record<string, { kind: MessageKey; hint?: (amount: number) => string }> = {
  mm: { kind: 'unit.noun.length' },
  cm: { kind: 'unit.noun.length', hint: (n) => `${round(n * 10)}mm` },
  m: { kind: 'unit.noun.length' },
  T: { kind: 'unit.noun.field-strength' },
  mT: { kind: 'unit.noun.field-strength', hint: (n) => `${round(n / 1000)}T` },
  d: { kind: 'unit.noun.duration' },
  w: { kind: 'unit.noun.duration' },
  mo: { kind: 'unit.noun.duration' },
  y: { kind: 'unit.noun.duration' },
  min: { kind: 'unit.noun.turnaround-or-time' },
  s: { kind: 'unit.noun.time', hint: (n) => `${round(n / 60)}min` },
  h: { kind: 'unit.noun.turnaround' },
  bd: { kind: 'unit.noun.turnaround' },
};

/** `s, min`; for a kind that takes a plain number, `a plain number (or s/mm2, s/mm²)`. */
function unitNames(info: KindInfo): MessageParam {
  const named = info.units.filter((u) => u !== '');
  return named.length < info.units.length ? message('unit.plain-number-or', { units: named }) : named;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const QUANTITY = /^(\s*)(\d+(?:\.\d+)?)(\s*)([A-Za-z]*(?:\/[A-Za-z]+[2²]?)?)(\s*)$/;

/** A failure said by its Message; its English is written out once, here. */
export function unitFailure<T>(error: Omit<UnitError, 'message'>): UnitResult<T> {
  return { ok: false, error: { ...error, message: english(error.text.key, error.text.params) } };
}

/** Parses `<number><unit>` of one kind, at `offset` inside the whole value. */
function parseQuantity(text: string, kind: UnitKind, offset: number, whole: string): UnitResult<Quantity> {
  const info = KINDS[kind];
  const m = QUANTITY.exec(text);
  const end = offset + text.length;
  const negative = /^\s*-\s*\d/.exec(text);
  if (negative) {
    return unitFailure({
      code: 'invalid-value',
      text: message('unit.negative', { noun: info.noun, found: text.trim() }),
      start: offset + negative[0].indexOf('-'),
      end: Math.max(end, offset + 1),
    });
  }
  if (!m) {
    return unitFailure({
      code: 'invalid-value',
      text: message('unit.expected', { noun: info.noun, example: info.example, found: text.trim() || whole }),
      start: offset,
      end: Math.max(end, offset + 1),
    });
  }
  const [, lead, digits, gap, unit] = m;
  const amount = Number(digits);
  const unitStart = offset + lead.length + digits.length + gap.length;
  if (!info.units.includes(unit)) {
    if (unit === '') {
      return unitFailure({
        code: 'invalid-unit',
        text: message('unit.needs-unit', { digits, noun: info.noun, example: info.example, units: unitNames(info) }),
        start: offset + lead.length,
        end: offset + lead.length + digits.length,
        suggestion: whole.replace(digits, `${digits}${info.units[0]}`),
      });
    }
    const foreign = FOREIGN_UNITS[unit];
    const unitRange = { start: unitStart, end: unitStart + unit.length };
    if (foreign) {
      const converted = foreign.hint?.(amount);
      const inKind = converted && info.units.some((u) => converted.endsWith(u) && /^\d/.test(converted));
      return unitFailure({
        code: 'unit-mismatch',
        text:
          kind === 'number'
            ? message('unit.plain-number-expected', { example: info.example, unit, digits })
            : message(info.units.includes('') ? 'unit.foreign-plain' : 'unit.foreign', {
                unit,
                kind: message(foreign.kind),
                noun: info.noun,
                units: unitNames(info),
                example: info.example,
                conversion: inKind ? message('unit.conversion', { written: `${digits}${unit}`, converted }) : '',
              }),
        ...unitRange,
        ...(inKind ? { suggestion: whole.replace(`${digits}${gap}${unit}`, converted) } : {}),
      });
    }
    return unitFailure({
      code: 'invalid-unit',
      text:
        kind === 'number'
          ? message('unit.currency-not-unit', { example: info.example, unit })
          : message('unit.not-a-unit', { unit, kind: info.kind, units: unitNames(info), example: info.example }),
      ...unitRange,
    });
  }
  // With no unit, the "gap" is only spaces after the number (` 2..4 `), not a space before a unit.
  if (gap.length > 0 && unit !== '') {
    return unitFailure({
      code: 'invalid-value',
      text: message('unit.no-space', { noun: info.noun, written: `${digits}${unit}` }),
      start: offset + lead.length,
      end: unitStart + unit.length,
      suggestion: whole.replace(`${digits}${gap}${unit}`, `${digits}${unit}`),
    });
  }
  return { ok: true, value: { amount, unit } };
}

/** The unit a comparison of each kind is held in. */
const BASE_UNITS: Record<ComparableKind, string> = { length: 'mm', 'field-strength': 'T', time: 's', 'b-value': '' };

/** Turns a quantity into a comparable number in the kind's base unit. */
export function toBase(q: Quantity): number {
  switch (q.unit) {
    case 'w':
      return q.amount * 7;
    case 'mo':
      return q.amount * 30.4375;
    case 'y':
      return q.amount * 365.25;
    case 'h':
      return q.amount * 60;
    case 'bd':
      return q.amount * 24 * 60;
    default:
      return q.amount;
  }
}

/** Splits `a..b` into its sides with their offsets; a single value is both sides. */
function splitRange(text: string): { parts: Array<{ text: string; offset: number }> } | { error: Omit<UnitError, 'message'> } {
  const idx = text.indexOf('..');
  if (idx < 0) return { parts: [{ text, offset: 0 }] };
  const rest = text.slice(idx + 2);
  if (rest.includes('..')) {
    const second = idx + 2 + rest.indexOf('..');
    return { error: { code: 'invalid-value', text: message('unit.range-two-ends'), start: second, end: second + 2 } };
  }
  return {
    parts: [
      { text: text.slice(0, idx), offset: 0 },
      { text: rest, offset: idx + 2 },
    ],
  };
}

function parseRangeOf(text: string, kind: UnitKind): UnitResult<{ min: Quantity; max: Quantity }> {
  const split = splitRange(text);
  if ('error' in split) return unitFailure(split.error);
  const sides: Quantity[] = [];
  for (const part of split.parts) {
    const q = parseQuantity(part.text, kind, part.offset, text);
    if (!q.ok) return q;
    sides.push(q.value);
  }
  const [min, max = min] = sides;
  if (toBase(min) > toBase(max)) {
    return unitFailure({
      code: 'reversed-range',
      text: message('unit.range-backwards', { range: text.trim(), reversed: `${split.parts[1].text.trim()}..${split.parts[0].text.trim()}` }),
      start: 0,
      end: text.length,
      suggestion: `${split.parts[1].text.trim()}..${split.parts[0].text.trim()}`,
    });
  }
  return { ok: true, value: { min, max } };
}

export function parseLength(text: string): UnitResult<Quantity> {
  return parseQuantity(text, 'length', 0, text);
}

export function parseFieldStrength(text: string): UnitResult<Quantity> {
  return parseQuantity(text, 'field-strength', 0, text);
}

function seconds(q: Quantity): number {
  return q.unit === 'min' ? q.amount * 60 : q.amount;
}

/** A time in seconds (`7s`, `4min` = 240 s): a temporal resolution or a contrast delay. */
export function parseTime(text: string): UnitResult<Quantity> {
  const q = parseQuantity(text, 'time', 0, text);
  return q.ok ? { ok: true, value: { amount: seconds(q.value), unit: 's' } } : q;
}

/** A b-value in s/mm²: `1400`, `1400s/mm2`. */
export function parseBValue(text: string | number): UnitResult<Quantity> {
  const q = parseQuantity(String(text), 'b-value', 0, String(text));
  return q.ok ? { ok: true, value: { amount: q.value.amount, unit: '' } } : q;
}

const COMPARISON = /^(\s*)(<=|>=|<|>|=<|=>|≤|≥)?(\s*)(.*)$/s;

const COMPARISON_EXAMPLES: Record<ComparableKind, string> = {
  length: '<= 2.5mm',
  'field-strength': '>= 1.5T',
  time: '<= 15s',
  'b-value': '>= 1400',
};

/** `<= 2.5mm`, `>= 1.5T`, `<= 15s`, `>= 1400`: an operator and a quantity of one kind. */
export function parseComparison(text: string, kind: ComparableKind): UnitResult<Comparison> {
  const m = COMPARISON.exec(text)!;
  const [, lead, op, gap, rest] = m;
  // Nothing written yet: no operator to put in front of it, and a bound is not ours to invent.
  if (!text.trim()) {
    return unitFailure({
      code: 'invalid-value',
      text: message('unit.comparison-empty', { example: COMPARISON_EXAMPLES[kind] }),
      start: 0,
      end: Math.max(text.length, 1),
    });
  }
  if (!op) {
    return unitFailure({
      code: 'invalid-value',
      text: message('unit.comparison-expected', { example: COMPARISON_EXAMPLES[kind] }),
      start: lead.length,
      end: Math.max(text.length, lead.length + 1),
      suggestion: `${COMPARISON_EXAMPLES[kind].slice(0, 2)} ${text.trim()}`,
    });
  }
  const normalized = ({ '=<': '<=', '=>': '>=', '≤': '<=', '≥': '>=' } as Record<string, ComparisonOperator>)[op];
  if (normalized) {
    return unitFailure({
      code: 'invalid-value',
      text: message('unit.comparison-as', { operator: normalized }),
      start: lead.length,
      end: lead.length + op.length,
      suggestion: `${normalized} ${rest.trim()}`,
    });
  }
  const q = parseQuantity(rest, kind, lead.length + op.length + gap.length, text);
  if (!q.ok) return q;
  const amount = kind === 'time' ? seconds(q.value) : q.value.amount;
  return { ok: true, value: { op: op as ComparisonOperator, amount, unit: BASE_UNITS[kind], text: text.trim() } };
}

export function compare(actual: number, comparison: Comparison): boolean {
  switch (comparison.op) {
    case '<=':
      return actual <= comparison.amount;
    case '>=':
      return actual >= comparison.amount;
    case '<':
      return actual < comparison.amount;
    case '>':
      return actual > comparison.amount;
  }
}

/** A validity window: `2w` or `4w..6w`. */
export function parseWindow(text: string): UnitResult<Window> {
  const r = parseRangeOf(text, 'duration');
  if (!r.ok) return r;
  const single = !text.includes('..');
  return {
    ok: true,
    value: {
      accept: r.value.min as Duration,
      ...(single ? {} : { review: r.value.max as Duration }),
      text: text.trim(),
    },
  };
}

export const ON_THE_SPOT = 'on-the-spot';

/** A turnaround: `30min`, `1bd..2bd`, or `on-the-spot`. */
export function parseTurnaround(text: string): UnitResult<Turnaround> {
  if (text.trim() === ON_THE_SPOT) {
    const zero: TurnaroundValue = { amount: 0, unit: 'min' };
    return { ok: true, value: { min: zero, max: zero, text: ON_THE_SPOT } };
  }
  const r = parseRangeOf(text, 'turnaround');
  if (!r.ok) return r;
  return { ok: true, value: { min: r.value.min as TurnaroundValue, max: r.value.max as TurnaroundValue, text: text.trim() } };
}

/**
 * An amount computed from written ones (a price times a multiplier, a sum of prices), to 15
 * significant digits: all a double keeps of a written decimal. The noise of the arithmetic
 * (100 × 1.1 = 110.00000000000001, 100.1 + 200.2 = 300.29999999999995) is not another amount,
 * while two amounts written differently (300 and 300.0000001) stay apart.
 */
export function decimalAmount(n: number): number {
  return Number(n.toPrecision(15));
}

/** Money or a multiplier: `1100`, `1100..1500`, `2..4` (a YAML number is accepted too). */
export function parseSpan(value: string | number): UnitResult<Span> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) {
      return unitFailure({ code: 'invalid-value', text: message('unit.non-negative', { value: String(value) }), start: 0, end: String(value).length });
    }
    return { ok: true, value: { min: value, max: value, text: String(value) } };
  }
  const r = parseRangeOf(value, 'number');
  if (!r.ok) return r;
  return { ok: true, value: { min: r.value.min.amount, max: r.value.max.amount, text: value.trim() } };
}

export function formatQuantity(q: Quantity): string {
  return `${q.amount}${q.unit}`;
}

const DURATION_WORDS = { d: 'duration.days', w: 'duration.weeks', mo: 'duration.months', y: 'duration.years' } as const;

/** Plain words for a duration, for hovers and messages, in `say`'s language: `3mo` → "3 months (about 91 days)". */
export function describeDuration(d: Duration, say: Catalogue = catalogueFor('en')): string {
  return say.t(DURATION_WORDS[d.unit], { amount: d.amount, days: Math.round(toBase(d)) });
}
