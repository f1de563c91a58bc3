// Dates and business days: calendar months, weekends, holidays, make-up workdays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

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
