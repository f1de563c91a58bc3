// Plain words for values with units, for hovers: `3mo` → "3 months (about 91 days)",
// `4w..6w` → accept / review / beyond bands, `1bd..2bd` → business days, `<= 2.5mm` → "2.5 mm
// or thinner". Reuses the units parsers, so a hover never disagrees with validation.
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

/** `4w..6w` → "accept up to 4 weeks (28 days), review up to 6 weeks (42 days), then redo". */
export function describeWindow(text: string, beyond?: string): string | null {
  const w = parseWindow(text);
  if (!w.ok) return null;
  const then = beyond ? `then **${beyond}**` : 'then the `beyond` verdict';
  const accept = `accept up to ${describeDuration(w.value.accept)}`;
  return w.value.review ? `${accept}, review up to ${describeDuration(w.value.review)}, ${then}` : `${accept}, ${then}`;
}

const TURNAROUND_WORDS: Record<TurnaroundValue['unit'], [string, string]> = {
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  bd: ['business day', 'business days'],
};

function turnaroundWords(v: TurnaroundValue): string {
  const [one, many] = TURNAROUND_WORDS[v.unit];
  return `${v.amount} ${v.amount === 1 ? one : many}`;
}

/** `1bd..2bd` → "1 to 2 business days (weekends and the hospital's holidays do not count)". */
export function describeTurnaround(text: string): string | null {
  const t = parseTurnaround(text);
  if (!t.ok) return null;
  if (t.value.text === 'on-the-spot') return 'on the spot: at once, the same day (0 minutes)';
  const { min, max } = t.value;
  const same = min.amount === max.amount && min.unit === max.unit;
  let words: string;
  if (same) words = turnaroundWords(min);
  else if (min.unit === max.unit) words = `${min.amount} to ${turnaroundWords(max)}`;
  else words = `${turnaroundWords(min)} to ${turnaroundWords(max)}`;
  const businessDays = min.unit === 'bd' || max.unit === 'bd';
  if (businessDays && max.amount === 0) return `${words}: the same day`;
  return businessDays ? `${words} (weekends and the hospital's holidays do not count)` : `${words}, the same day`;
}

const COMPARISON_WORDS: Record<string, Record<Comparison['op'], string>> = {
  mm: { '<=': 'or thinner', '>=': 'or thicker', '<': 'thinner than', '>': 'thicker than' },
  T: { '<=': 'or weaker', '>=': 'or stronger', '<': 'weaker than', '>': 'stronger than' },
  s: { '<=': 'or faster', '>=': 'or slower', '<': 'faster than', '>': 'slower than' },
};

const UNIT_NAMES: Record<string, string> = { mm: 'millimetres', T: 'tesla', s: 'seconds', '': 's/mm²' };

/** `<= 2.5mm` → "at most 2.5 millimetres: 2.5 mm or thinner"; `>= 1400` → "at least 1400 s/mm²". */
export function describeComparison(text: string, kind: ComparableKind): string | null {
  const c = parseComparison(text, kind);
  if (!c.ok) return null;
  const { op, amount, unit } = c.value;
  const bound = { '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'more than' }[op];
  const words = COMPARISON_WORDS[unit]?.[op];
  if (!words) return `${bound} ${amount} ${UNIT_NAMES[unit] ?? unit}`;
  const plain = op.length === 2 ? `${amount} ${unit} ${words}` : `${words} ${amount} ${unit}`;
  return `${bound} ${amount} ${UNIT_NAMES[unit] ?? unit}: ${plain}`;
}

function thousands(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${weekdayName(iso)}, ${d} ${MONTHS[m - 1]} ${y}`;
}

/** Plain words for a value of one of the unit `$defs`, or null when it does not parse. */
export function describeValue(def: string, text: string, facts: ValueFacts = {}): string | null {
  switch (def) {
    case 'window':
      return describeWindow(text, facts.beyond);
    case 'turnaround':
      return describeTurnaround(text);
    case 'lengthComparison':
      return describeComparison(text, 'length');
    case 'fieldStrengthComparison':
      return describeComparison(text, 'field-strength');
    case 'timeComparison':
      return describeComparison(text, 'time');
    case 'bValueComparison':
      return describeComparison(text, 'b-value');
    case 'time': {
      const q = parseTime(text);
      return q.ok ? `${q.value.amount} seconds${q.value.amount >= 60 ? ` (${Math.round((q.value.amount / 60) * 100) / 100} minutes)` : ''}` : null;
    }
    case 'bValue': {
      const q = parseBValue(text);
      return q.ok ? `b = ${q.value.amount} s/mm²` : null;
    }
    case 'length': {
      const q = parseLength(text);
      return q.ok ? `${q.value.amount} millimetres` : null;
    }
    case 'fieldStrength': {
      const q = parseFieldStrength(text);
      return q.ok ? `${q.value.amount} tesla` : null;
    }
    case 'money': {
      const s = parseSpan(/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
      if (!s.ok) return null;
      const cur = facts.currency ? ` ${facts.currency}` : ' (in `hospital.currency`)';
      return s.value.min === s.value.max ? `${thousands(s.value.min)}${cur}` : `${thousands(s.value.min)} to ${thousands(s.value.max)}${cur}`;
    }
    case 'multiplier': {
      const s = parseSpan(/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
      if (!s.ok) return null;
      return s.value.min === s.value.max ? `${s.value.min}× the inherited prices` : `${s.value.min}× to ${s.value.max}× the inherited prices`;
    }
    case 'date': {
      const d = parseDate(text);
      return d.ok ? longDate(d.value) : null;
    }
    case 'dateOrRange': {
      const r = parseDateOrRange(text);
      if (!r.ok) return null;
      const days = r.value;
      return days.length === 1 ? longDate(days[0]) : `${longDate(days[0])} to ${longDate(days[days.length - 1])} (${days.length} days, both included)`;
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
