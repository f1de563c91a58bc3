// Plain words for values with units, for hovers: `3mo` → "3 months (about 91 days)",
// `4w..6w` → accept / review / beyond bands, `1bd..2bd` → business days, `<= 2.5mm` → "2.5 mm
// or thinner". Reuses the units parsers, so a hover never disagrees with validation. Said in the
// reader's language (`say`, English when none is given).
import { catalogueFor, type Catalogue, type MessageKey } from '../i18n/catalogue';
import { format, parseISO } from 'date-fns';
import { parseDate, parseDateOrRange, weekdayName } from '../units/calendar';
import {
  describeDuration,
  parseBValue,
  parseComparison,
  parseFieldStrength,
  parseLength,
  parseSpan,
  parseTime,
  parseTurnaround,
  parseWindow,
  type ComparableKind,
  type Comparison,
  type TurnaroundValue,
} from '../units/units';

export interface ValueFacts {
  /** The `beyond` verdict of the validity entry the window belongs to. */
  beyond?: string;
  /** The protocol's currency, for prices. */
  currency?: string;
}

const ENGLISH = catalogueFor('en');

const VERDICT_WORDS = ['accept', 'review', 'supplement', 'redo', 'superseded'] as const;

/** A verdict word of the language (`redo`, `superseded`) in the reader's language; a word it does not know, as written. */
export function verdictWordIn(word: string, say: Catalogue): string {
  return (VERDICT_WORDS as readonly string[]).includes(word) ? say.t(`verdict.${word as (typeof VERDICT_WORDS)[number]}`) : word;
}

/** `4w..6w` → "accept up to 4 weeks (28 days), review up to 6 weeks (42 days), then redo". */
export function describeWindow(text: string, beyond?: string, say: Catalogue = ENGLISH): string | null {
  const w = parseWindow(text);
  if (!w.ok) return null;
  const then = beyond ? say.t('value.then-verdict', { verdict: verdictWordIn(beyond, say) }) : say.t('value.then-beyond');
  const accept = describeDuration(w.value.accept, say);
  return w.value.review
    ? say.t('value.window-review', { accept, review: describeDuration(w.value.review, say), then })
    : say.t('value.window', { accept, then });
}

const TURNAROUND_WORDS: Record<TurnaroundValue['unit'], MessageKey> = { min: 'value.minutes', h: 'value.hours', bd: 'value.business-days' };

function turnaroundWords(v: TurnaroundValue, say: Catalogue): string {
  return say.t(TURNAROUND_WORDS[v.unit], { amount: v.amount });
}

/** `1bd..2bd` → "1 to 2 business days (weekends and the hospital's holidays do not count)". */
export function describeTurnaround(text: string, say: Catalogue = ENGLISH): string | null {
  const t = parseTurnaround(text);
  if (!t.ok) return null;
  if (t.value.text === 'on-the-spot') return say.t('value.on-the-spot');
  const { min, max } = t.value;
  const same = min.amount === max.amount && min.unit === max.unit;
  let words: string;
  if (same) words = turnaroundWords(min, say);
  else if (min.unit === max.unit) words = say.t('value.span', { min: min.amount, max: turnaroundWords(max, say) });
  else words = say.t('value.span', { min: turnaroundWords(min, say), max: turnaroundWords(max, say) });
  const businessDays = min.unit === 'bd' || max.unit === 'bd';
  if (businessDays && max.amount === 0) return say.t('value.business-same-day', { words });
  return say.t(businessDays ? 'value.business-days-count' : 'value.same-day', { words });
}

const OP_NAMES: Record<Comparison['op'], 'at-most' | 'at-least' | 'less-than' | 'more-than'> = {
  '<=': 'at-most',
  '>=': 'at-least',
  '<': 'less-than',
  '>': 'more-than',
};

/** The units whose comparisons read as a direction ("or thinner"), and the name of each unit. */
const COMPARED_UNITS = { mm: 'unit.mm', T: 'unit.T', s: 'unit.s' } as const;

/** `<= 2.5mm` → "at most 2.5 millimetres: 2.5 mm or thinner"; `>= 1400` → "at least 1400 s/mm²". */
export function describeComparison(text: string, kind: ComparableKind, say: Catalogue = ENGLISH): string | null {
  const c = parseComparison(text, kind);
  if (!c.ok) return null;
  const { op, amount, unit } = c.value;
  const opName = OP_NAMES[op];
  const known = Object.hasOwn(COMPARED_UNITS, unit) ? (unit as keyof typeof COMPARED_UNITS) : null;
  const bound = say.t(`value.${opName}`, { amount, unit: known ? say.t(COMPARED_UNITS[known]) : unit || 's/mm²' });
  if (!known) return bound;
  return say.t('value.comparison', { bound, plain: say.t(`value.${known}.${opName}`, { amount }) });
}

function thousands(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A date with its weekday: "Friday, 10 April 2026" · "2026年4月10日（星期五）". */
function longDate(iso: string, say: Catalogue): string {
  return say.t('date.long', { weekday: weekdayName(iso, say.locale), date: format(parseISO(iso), say.t('date.long-format')) });
}

function span(min: number, max: number, say: Catalogue, word: (n: number) => string = String): string {
  return min === max ? word(min) : say.t('value.span', { min: word(min), max: word(max) });
}

/** Plain words for a value of one of the unit `$defs`, or null when it does not parse. */
export function describeValue(def: string, text: string, facts: ValueFacts = {}, say: Catalogue = ENGLISH): string | null {
  switch (def) {
    case 'window':
      return describeWindow(text, facts.beyond, say);
    case 'turnaround':
      return describeTurnaround(text, say);
    case 'lengthComparison':
      return describeComparison(text, 'length', say);
    case 'fieldStrengthComparison':
      return describeComparison(text, 'field-strength', say);
    case 'timeComparison':
      return describeComparison(text, 'time', say);
    case 'bValueComparison':
      return describeComparison(text, 'b-value', say);
    case 'time': {
      const q = parseTime(text);
      if (!q.ok) return null;
      const seconds = `${q.value.amount} ${say.t('unit.s')}`;
      return q.value.amount >= 60 ? say.t('value.in-minutes', { seconds, minutes: Math.round((q.value.amount / 60) * 100) / 100 }) : seconds;
    }
    case 'bValue': {
      const q = parseBValue(text);
      return q.ok ? `b = ${q.value.amount} s/mm²` : null;
    }
    case 'length': {
      const q = parseLength(text);
      return q.ok ? `${q.value.amount} ${say.t('unit.mm')}` : null;
    }
    case 'fieldStrength': {
      const q = parseFieldStrength(text);
      return q.ok ? `${q.value.amount} ${say.t('unit.T')}` : null;
    }
    case 'money': {
      const s = parseSpan(/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
      if (!s.ok) return null;
      const cur = facts.currency ? ` ${facts.currency}` : say.t('value.in-hospital-currency');
      return span(s.value.min, s.value.max, say, thousands) + cur;
    }
    case 'multiplier': {
      const s = parseSpan(/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
      if (!s.ok) return null;
      return say.t('value.multiplier', { factor: span(s.value.min, s.value.max, say, (n) => `${n}×`) });
    }
    case 'date': {
      const d = parseDate(text);
      return d.ok ? longDate(d.value, say) : null;
    }
    case 'dateOrRange': {
      const r = parseDateOrRange(text);
      if (!r.ok) return null;
      const days = r.value;
      if (days.length === 1) return longDate(days[0], say);
      return say.t('value.date-range', { from: longDate(days[0], say), to: longDate(days[days.length - 1], say), count: days.length });
    }
    default:
      return null;
  }
}

/** Whether a `$defs` name carries units that `describeValue` explains. */
export function isDescribedDef(def: string): boolean {
  return [
    'window',
    'turnaround',
    'lengthComparison',
    'fieldStrengthComparison',
    'timeComparison',
    'bValueComparison',
    'length',
    'fieldStrength',
    'time',
    'bValue',
    'money',
    'multiplier',
    'date',
    'dateOrRange',
  ].includes(def);
}
