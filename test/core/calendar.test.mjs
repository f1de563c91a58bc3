// Dates and business days: calendar months, weekends, holidays, make-up workdays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

/** A failure's English words and place, without the Message they are said from (checked in findings-i18n.test.mjs). */
const inEnglish = (failure) => Object.fromEntries(Object.entries(failure).filter(([key]) => key !== 'text'));

test('dates must exist on the calendar; the error points at the wrong part', () => {
  assert.deepEqual(core.parseDate('2026-04-10'), { ok: true, value: '2026-04-10' });
  const month = core.parseDate('2026-13-45');
  assert.equal(month.ok, false);
  assert.equal('2026-13-45'.slice(month.error.start, month.error.end), '13');
  assert.match(month.error.message, /13 is not a month/);
  const day = core.parseDate('2026-02-29');
  assert.equal(day.ok, false);
  assert.equal('2026-02-29'.slice(day.error.start, day.error.end), '29');
  assert.match(day.error.message, /February 2026 has 28 days/);
  assert.equal(core.parseDate('2028-02-29').ok, true, '2028 is a leap year');
  assert.equal(core.parseDate('10/04/2026').ok, false);
});

test('date ranges list every day, both ends included', () => {
  assert.deepEqual(core.parseDateOrRange('2026-10-01..2026-10-03').value, ['2026-10-01', '2026-10-02', '2026-10-03']);
  assert.equal(core.parseDateOrRange('2026-10-07..2026-10-01').error.code, 'reversed-range');
});

test('calendar months clamp to the end of the month', () => {
  assert.equal(core.addDuration('2026-01-31', { amount: 1, unit: 'mo' }), '2026-02-28');
  assert.equal(core.addDuration('2028-01-31', { amount: 1, unit: 'mo' }), '2028-02-29');
  assert.equal(core.addDuration('2026-08-31', { amount: 6, unit: 'mo' }), '2027-02-28');
  assert.equal(core.addDuration('2026-02-12', { amount: 6, unit: 'w' }), '2026-03-26');
  assert.equal(core.addDuration('2024-02-29', { amount: 1, unit: 'y' }), '2025-02-28');
  assert.equal(core.daysBetween('2026-02-12', '2026-04-10'), 57);
  // Across the March change to summer time in Europe and the US: still whole days.
  assert.equal(core.daysBetween('2026-03-01', '2026-04-01'), 31);
});

test('business days skip weekends', () => {
  const calendar = new core.BusinessCalendar();
  // 2026-04-10 is a Friday.
  assert.equal(core.weekdayName('2026-04-10'), 'Friday');
  assert.equal(calendar.addBusinessDays('2026-04-10', 1), '2026-04-13');
  assert.equal(calendar.addBusinessDays('2026-04-10', 3), '2026-04-15');
  assert.equal(calendar.addBusinessDays('2026-04-08', 2), '2026-04-10');
  assert.equal(calendar.addBusinessDays('2026-04-10', 0), '2026-04-10');
  // A Saturday start counts from Monday.
  assert.equal(calendar.firstBusinessDayFrom('2026-04-11'), '2026-04-13');
  assert.equal(calendar.firstBusinessDayFrom('2026-04-13'), '2026-04-13');
});

test('holidays are skipped and make-up workdays count', () => {
  const golden = core.parseDateOrRange('2026-10-01..2026-10-07').value;
  const calendar = new core.BusinessCalendar(golden, ['2026-10-10']);
  // Wednesday 30 September + 1 business day: the week of 1–7 October is off, the 8th is a Thursday.
  assert.equal(calendar.addBusinessDays('2026-09-30', 1), '2026-10-08');
  assert.equal(calendar.addBusinessDays('2026-10-09', 1), '2026-10-10', 'Saturday the 10th is a make-up workday');
  assert.equal(calendar.firstBusinessDayFrom('2026-10-03'), '2026-10-08');
  assert.equal(calendar.isBusinessDay('2026-10-05'), false);
});

test('the words and places of date errors, also in the second date of a range', () => {
  const bad = core.parseDate('10/04/2026');
  assert.deepEqual(inEnglish(bad.error), {
    code: 'invalid-value',
    message: "expected a date written YYYY-MM-DD, such as 2026-04-10, found '10/04/2026'",
    start: 0,
    end: 10,
  });
  assert.deepEqual(inEnglish(core.parseDate('').error), {
    code: 'invalid-value',
    message: "expected a date written YYYY-MM-DD, such as 2026-04-10, found ''",
    start: 0,
    end: 1,
  });
  assert.equal(core.parseDate('2026-00-10').error.message, '00 is not a month: months run from 01 to 12');
  assert.equal(core.parseDate('2026-12-31').ok, true);
  assert.equal(core.parseDate('2026-01-01').ok, true);
  const text = '2026-10-01..2026-13-01';
  const second = core.parseDateOrRange(text);
  assert.equal(text.slice(second.error.start, second.error.end), '13');
  const day = '2026-10-01..2026-09-31';
  const wrongDay = core.parseDateOrRange(day);
  assert.equal(day.slice(wrongDay.error.start, wrongDay.error.end), '31');
  assert.equal(wrongDay.error.message, '2026-09-31 does not exist: September 2026 has 30 days');
  assert.equal(core.parseDateOrRange('2026-1-01..2026-10-02').error.message, "expected a date written YYYY-MM-DD, such as 2026-04-10, found '2026-1-01'");
  assert.deepEqual(core.parseDateOrRange('2026-10-01'), { ok: true, value: ['2026-10-01'] });
  assert.deepEqual(core.parseDateOrRange('2026-10-01..2026-10-01'), { ok: true, value: ['2026-10-01'] });
  assert.deepEqual(core.parseDateOrRange('x').ok, false);
});

test('a holiday range runs forwards and spans at most a year', () => {
  const backwards = core.parseDateOrRange('2026-10-07..2026-10-01');
  assert.deepEqual(inEnglish(backwards.error), {
    code: 'reversed-range',
    message: 'the date range runs backwards: 2026-10-01 is before 2026-10-07',
    start: 0,
    end: 22,
  });
  assert.equal(core.parseDateOrRange('2028-01-01..2029-01-01').value.length, 367, 'a leap year and a day: 366 days apart');
  const long = core.parseDateOrRange('2026-01-01..2027-01-03');
  assert.deepEqual(inEnglish(long.error), {
    code: 'invalid-value',
    message: 'a holiday range spans at most a year; this one spans 368 days',
    start: 0,
    end: 22,
  });
  assert.equal(core.parseDateOrRange('2028-01-01..2029-01-02').ok, false);
});

test('days, and days between in both directions', () => {
  assert.equal(core.addDuration('2026-12-25', { amount: 10, unit: 'd' }), '2027-01-04');
  assert.equal(core.addDuration('2026-04-10', { amount: 2, unit: 'y' }), '2028-04-10');
  assert.equal(core.daysBetween('2026-04-10', '2026-04-01'), -9);
  assert.equal(core.daysBetween('2026-04-10', '2026-04-10'), 0);
  assert.equal(core.weekdayName('2026-04-11'), 'Saturday');
});

test('a make-up workday counts even when it is also listed as a holiday; answers do not mix on one calendar', () => {
  const calendar = new core.BusinessCalendar(['2026-10-10', '2026-10-12'], ['2026-10-10']);
  assert.equal(calendar.isBusinessDay('2026-10-10'), true, 'Saturday, a holiday and a workday: the workday wins');
  assert.equal(calendar.isBusinessDay('2026-10-12'), false, 'a Monday holiday');
  assert.equal(calendar.isBusinessDay('2026-10-11'), false, 'Sunday');
  assert.equal(calendar.isBusinessDay('2026-10-13'), true);
  // The same date asked several ways on one calendar: each answer is its own.
  const plain = new core.BusinessCalendar();
  assert.equal(plain.firstBusinessDayFrom('2026-04-11'), '2026-04-13');
  assert.equal(plain.addBusinessDays('2026-04-11', 0), '2026-04-11');
  assert.equal(plain.addBusinessDays('2026-04-11', 1), '2026-04-13');
  assert.equal(plain.addBusinessDays('2026-04-11', 2), '2026-04-14');
  assert.equal(plain.firstBusinessDayFrom('2026-04-12'), '2026-04-13');
  assert.equal(plain.addBusinessDays('2026-04-13', 5), '2026-04-20');
});

test('a date is the whole value: nothing before or after it; a wrong month or day is an invalid value', () => {
  assert.equal(core.parseDate('x2026-04-10').error.message, "expected a date written YYYY-MM-DD, such as 2026-04-10, found 'x2026-04-10'");
  assert.equal(core.parseDate('2026-04-10x').error.message, "expected a date written YYYY-MM-DD, such as 2026-04-10, found '2026-04-10x'");
  assert.equal(core.parseDate('2026-13-01').ok, false);
  assert.deepEqual(inEnglish(core.parseDate('2026-13-01').error), {
    code: 'invalid-value',
    message: '13 is not a month: months run from 01 to 12',
    start: 5,
    end: 7,
  });
  assert.equal(core.parseDate('2026-04-31').ok, false);
  assert.deepEqual(inEnglish(core.parseDate('2026-04-31').error), {
    code: 'invalid-value',
    message: '2026-04-31 does not exist: April 2026 has 30 days',
    start: 8,
    end: 10,
  });
  assert.equal(core.parseDateOrRange('2026-10-07..2026-10-01').ok, false);
  // A range without its first date: the empty side is pointed at.
  assert.deepEqual(inEnglish(core.parseDateOrRange('..2026-10-01').error), {
    code: 'invalid-value',
    message: "expected a date written YYYY-MM-DD, such as 2026-04-10, found ''",
    start: 0,
    end: 1,
  });
});

test('each date asked on one calendar gets its own answer', () => {
  const calendar = new core.BusinessCalendar();
  assert.equal(calendar.firstBusinessDayFrom('2026-04-11'), '2026-04-13');
  assert.equal(calendar.firstBusinessDayFrom('2026-04-18'), '2026-04-20');
  assert.equal(calendar.addBusinessDays('2026-04-13', 1), '2026-04-14');
  assert.equal(calendar.addBusinessDays('2026-04-20', 1), '2026-04-21');
});

test('a calendar with no business day for years: the search stops (400 days for the first business day, 4000 for a sum) instead of hanging', () => {
  const years = (from, to) => {
    const days = [];
    for (let y = from; y <= to; y++) days.push(...core.parseDateOrRange(`${y}-01-01..${y}-12-31`).value);
    return days;
  };
  assert.equal(new core.BusinessCalendar(years(2026, 2027)).firstBusinessDayFrom('2026-01-01'), core.addDuration('2026-01-01', { amount: 400, unit: 'd' }));
  assert.equal(new core.BusinessCalendar(years(2026, 2037)).addBusinessDays('2025-12-31', 1), core.addDuration('2025-12-31', { amount: 4000, unit: 'd' }));
});
