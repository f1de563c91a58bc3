// Dates and business days. Dates travel as `YYYY-MM-DD` strings; arithmetic is date-fns on
// local calendar days, so no time of day or time zone can shift a date.
import { addDays, addMonths, addWeeks, addYears, differenceInCalendarDays, isExists, isWeekend } from 'date-fns';
import { message, type MessageKey } from '../i18n/catalogue';
import { unitFailure, type Duration, type UnitResult } from './units';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(iso: string): Date {
  const [, y, m, d] = DATE.exec(iso)!;
  return new Date(Number(y), Number(m) - 1, Number(d));
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function toIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A real calendar date written `YYYY-MM-DD`; the error points at the wrong part. */
export function parseDate(text: string, offset = 0): UnitResult<string> {
  const m = DATE.exec(text);
  if (!m) {
    return unitFailure({ code: 'invalid-value', text: message('calendar.expected', { found: text }), start: offset, end: offset + Math.max(1, text.length) });
  }
  const [, y, mo, d] = m.map(Number);
  if (mo < 1 || mo > 12) {
    return unitFailure({ code: 'invalid-value', text: message('calendar.not-a-month', { month: m[2] }), start: offset + 5, end: offset + 7 });
  }
  if (!isExists(y, mo - 1, d)) {
    const days = new Date(y, mo, 0).getDate();
    const month = message('calendar.month-year', { month: message(`calendar.month.${mo}` as MessageKey), year: String(y) });
    return unitFailure({ code: 'invalid-value', text: message('calendar.does-not-exist', { date: text, month, days }), start: offset + 8, end: offset + 10 });
  }
  return { ok: true, value: text };
}

/** `2026-10-01` or `2026-10-01..2026-10-07` (both days included) → every date in it. */
export function parseDateOrRange(text: string): UnitResult<string[]> {
  const idx = text.indexOf('..');
  if (idx < 0) {
    const one = parseDate(text);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  const from = parseDate(text.slice(0, idx));
  if (!from.ok) return from;
  const to = parseDate(text.slice(idx + 2), idx + 2);
  if (!to.ok) return to;
  const span = differenceInCalendarDays(toDate(to.value), toDate(from.value));
  if (span < 0) {
    return unitFailure({ code: 'reversed-range', text: message('calendar.range-backwards', { to: to.value, from: from.value }), start: 0, end: text.length });
  }
  if (span > 366) {
    return unitFailure({ code: 'invalid-value', text: message('calendar.range-too-long', { days: span + 1 }), start: 0, end: text.length });
  }
  const start = toDate(from.value);
  return { ok: true, value: Array.from({ length: span + 1 }, (_, i) => toIso(addDays(start, i))) };
}

/** `date + duration`, with calendar months and years (2026-01-31 + 1mo = 2026-02-28). */
export function addDuration(iso: string, duration: Duration): string {
  const date = toDate(iso);
  switch (duration.unit) {
    case 'd':
      return toIso(addDays(date, duration.amount));
    case 'w':
      return toIso(addWeeks(date, duration.amount));
    case 'mo':
      return toIso(addMonths(date, duration.amount));
    case 'y':
      return toIso(addYears(date, duration.amount));
  }
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** The weekday of a date in a language (a BCP 47 tag): `Friday`, `星期五`. */
export function weekdayName(iso: string, language = 'en'): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long' }).format(toDate(iso));
}

/** Weekends and holidays off, make-up workdays on. Answers are memoized per calendar. */
export class BusinessCalendar {
  private readonly holidays: ReadonlySet<string>;
  private readonly workdays: ReadonlySet<string>;
  private readonly memo = new Map<string, string>();

  constructor(holidays: readonly string[] = [], workdays: readonly string[] = []) {
    this.holidays = new Set(holidays);
    this.workdays = new Set(workdays);
  }

  isBusinessDay(iso: string): boolean {
    if (this.workdays.has(iso)) return true;
    if (this.holidays.has(iso)) return false;
    return !isWeekend(toDate(iso));
  }

  /** `iso` itself when it is a business day, else the next one. */
  firstBusinessDayFrom(iso: string): string {
    return this.remember(`${iso}>`, () => {
      let date = iso;
      for (let guard = 0; !this.isBusinessDay(date) && guard < 400; guard++) date = toIso(addDays(toDate(date), 1));
      return date;
    });
  }

  /** The business day `n` business days after `iso` (which should itself be a business day). */
  addBusinessDays(iso: string, n: number): string {
    return this.remember(`${iso}+${n}`, () => {
      let date = iso;
      let left = n;
      for (let guard = 0; left > 0 && guard < 4000; guard++) {
        date = toIso(addDays(toDate(date), 1));
        if (this.isBusinessDay(date)) left--;
      }
      return date;
    });
  }

  private remember(key: string, compute: () => string): string {
    let value = this.memo.get(key);
    if (value === undefined) {
      value = compute();
      this.memo.set(key, value);
    }
    return value;
  }
}
