// Values with units: what parses, to what, and where a wrong value's error points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

/** A failure's English words and place, without the Message they are said from (checked in findings-i18n.test.mjs). */
const inEnglish = (failure) => Object.fromEntries(Object.entries(failure).filter(([key]) => key !== 'text'));

/** `[text, expected]`: expected is a value, or `{ code, at }` with `at` the offending substring. */
function check(parse, rows) {
  for (const [text, expected] of rows) {
    const result = parse(text);
    if (expected && typeof expected === 'object' && 'code' in expected) {
      assert.equal(result.ok, false, `${text} should fail`);
      assert.equal(result.error.code, expected.code, text);
      assert.equal(text.slice(result.error.start, result.error.end), expected.at, `${text}: ${result.error.message}`);
      if (expected.message) assert.match(result.error.message, expected.message);
      if ('suggestion' in expected) assert.equal(result.error.suggestion, expected.suggestion);
    } else {
      assert.equal(result.ok, true, `${text}: ${result.ok ? '' : result.error.message}`);
      assert.deepEqual(result.value, expected, text);
    }
  }
}

test('lengths', () => {
  check(core.parseLength, [
    ['2.5mm', { amount: 2.5, unit: 'mm' }],
    ['5mm', { amount: 5, unit: 'mm' }],
    ['5 mm', { code: 'invalid-value', at: '5 mm', suggestion: '5mm' }],
    ['0.5cm', { code: 'unit-mismatch', at: 'cm', suggestion: '5mm', message: /0\.5cm = 5mm/ }],
    ['5T', { code: 'unit-mismatch', at: 'T', message: /field strength unit/ }],
    ['5', { code: 'invalid-unit', at: '5', suggestion: '5mm' }],
    ['5inch', { code: 'invalid-unit', at: 'inch' }],
    ['thin', { code: 'invalid-value', at: 'thin' }],
  ]);
});

test('field strengths', () => {
  check(core.parseFieldStrength, [
    ['1.5T', { amount: 1.5, unit: 'T' }],
    ['3T', { amount: 3, unit: 'T' }],
    ['5 cm', { code: 'unit-mismatch', at: 'cm', message: /expected a field strength in T/ }],
    ['1500mT', { code: 'unit-mismatch', at: 'mT', suggestion: '1.5T' }],
  ]);
});

test('comparisons', () => {
  const length = (t) => core.parseComparison(t, 'length');
  check(length, [
    ['<= 2.5mm', { op: '<=', amount: 2.5, unit: 'mm', text: '<= 2.5mm' }],
    ['<=2.5mm', { op: '<=', amount: 2.5, unit: 'mm', text: '<=2.5mm' }],
    ['< 3mm', { op: '<', amount: 3, unit: 'mm', text: '< 3mm' }],
    ['2.5mm', { code: 'invalid-value', at: '2.5mm', suggestion: '<= 2.5mm' }],
    ['≤ 2.5mm', { code: 'invalid-value', at: '≤', suggestion: '<= 2.5mm' }],
    ['<= 2.5T', { code: 'unit-mismatch', at: 'T' }],
  ]);
  check(
    (t) => core.parseComparison(t, 'field-strength'),
    [
      ['>= 1.5T', { op: '>=', amount: 1.5, unit: 'T', text: '>= 1.5T' }],
      ['=> 1.5T', { code: 'invalid-value', at: '=>', suggestion: '>= 1.5T' }],
      ['>= 5 cm', { code: 'unit-mismatch', at: 'cm' }],
    ],
  );
});

test('validity windows', () => {
  check(core.parseWindow, [
    ['2w', { accept: { amount: 2, unit: 'w' }, text: '2w' }],
    ['4w..6w', { accept: { amount: 4, unit: 'w' }, review: { amount: 6, unit: 'w' }, text: '4w..6w' }],
    ['3mo..6mo', { accept: { amount: 3, unit: 'mo' }, review: { amount: 6, unit: 'mo' }, text: '3mo..6mo' }],
    ['4w..2mo', { accept: { amount: 4, unit: 'w' }, review: { amount: 2, unit: 'mo' }, text: '4w..2mo' }],
    ['6w..4w', { code: 'reversed-range', at: '6w..4w', suggestion: '4w..6w' }],
    ['4w..6x', { code: 'invalid-unit', at: 'x' }],
    ['4w..6w..8w', { code: 'invalid-value', at: '..' }],
    ['2h', { code: 'unit-mismatch', at: 'h', message: /turnaround/ }],
  ]);
});

test('turnarounds', () => {
  const zero = { amount: 0, unit: 'min' };
  check(core.parseTurnaround, [
    ['1bd..2bd', { min: { amount: 1, unit: 'bd' }, max: { amount: 2, unit: 'bd' }, text: '1bd..2bd' }],
    ['15min..30min', { min: { amount: 15, unit: 'min' }, max: { amount: 30, unit: 'min' }, text: '15min..30min' }],
    ['on-the-spot', { min: zero, max: zero, text: 'on-the-spot' }],
    ['1h..30min', { code: 'reversed-range', at: '1h..30min' }],
    ['2days', { code: 'invalid-unit', at: 'days' }],
  ]);
});

test('money and multipliers', () => {
  check(core.parseSpan, [
    ['1100..1500', { min: 1100, max: 1500, text: '1100..1500' }],
    ['2..4', { min: 2, max: 4, text: '2..4' }],
    [800, { min: 800, max: 800, text: '800' }],
    ['1500..1100', { code: 'reversed-range', at: '1500..1100' }],
    ['1100 USD', { code: 'invalid-unit', at: 'USD', message: /hospital\.currency/ }],
  ]);
});

test('durations in plain words', () => {
  assert.equal(core.describeDuration({ amount: 3, unit: 'mo' }), '3 months (about 91 days)');
  assert.equal(core.describeDuration({ amount: 4, unit: 'w' }), '4 weeks (28 days)');
  assert.equal(core.describeDuration({ amount: 1, unit: 'd' }), '1 day');
});

test('comparisons at their bound: <= and >= include it, < and > do not', () => {
  const c = (text, kind = 'length') => core.parseComparison(text, kind).value;
  assert.equal(core.compare(2.5, c('<= 2.5mm')), true);
  assert.equal(core.compare(2.6, c('<= 2.5mm')), false);
  assert.equal(core.compare(2.5, c('< 2.5mm')), false);
  assert.equal(core.compare(2.4, c('< 2.5mm')), true);
  assert.equal(core.compare(1.5, c('>= 1.5T', 'field-strength')), true);
  assert.equal(core.compare(1.4, c('>= 1.5T', 'field-strength')), false);
  assert.equal(core.compare(1.5, c('> 1.5T', 'field-strength')), false);
  assert.equal(core.compare(1.6, c('> 1.5T', 'field-strength')), true);
});

test('ranges compare their ends across units: a year is 12 months, an hour 60 minutes, a business day more than a day of minutes', () => {
  check(core.parseWindow, [
    ['12mo..1y', { accept: { amount: 12, unit: 'mo' }, review: { amount: 1, unit: 'y' }, text: '12mo..1y' }],
    ['1y..11mo', { code: 'reversed-range', at: '1y..11mo' }],
    ['7d..1w', { accept: { amount: 7, unit: 'd' }, review: { amount: 1, unit: 'w' }, text: '7d..1w' }],
    ['8d..1w', { code: 'reversed-range', at: '8d..1w' }],
    ['1mo..30d', { code: 'reversed-range', at: '1mo..30d' }],
    ['1mo..31d', { accept: { amount: 1, unit: 'mo' }, review: { amount: 31, unit: 'd' }, text: '1mo..31d' }],
  ]);
  check(core.parseTurnaround, [
    ['60min..1h', { min: { amount: 60, unit: 'min' }, max: { amount: 1, unit: 'h' }, text: '60min..1h' }],
    ['61min..1h', { code: 'reversed-range', at: '61min..1h' }],
    ['1bd..1439min', { code: 'reversed-range', at: '1bd..1439min' }],
    ['23h..1bd', { min: { amount: 23, unit: 'h' }, max: { amount: 1, unit: 'bd' }, text: '23h..1bd' }],
    [' on-the-spot ', { min: { amount: 0, unit: 'min' }, max: { amount: 0, unit: 'min' }, text: 'on-the-spot' }],
  ]);
});

test('the words of each unit error, as a user reads them', () => {
  const message = (result) => (result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`);
  assert.equal(message(core.parseLength('thin')), "invalid-value: expected a length such as 2.5mm, found 'thin'");
  assert.equal(message(core.parseLength('5')), 'invalid-unit: 5 needs a unit: write a length such as 2.5mm (units: mm)');
  assert.equal(message(core.parseLength('5inch')), "invalid-unit: 'inch' is not a unit of length; use mm, such as 2.5mm");
  assert.equal(message(core.parseLength('5 mm')), 'invalid-value: write a length without a space, such as 5mm');
  assert.equal(message(core.parseLength('0.5cm')), "unit-mismatch: 'cm' is a length unit; expected a length in mm, such as 2.5mm (0.5cm = 5mm)");
  assert.equal(
    message(core.parseFieldStrength('1500mT')),
    "unit-mismatch: 'mT' is a field strength unit; expected a field strength in T, such as 1.5T (1500mT = 1.5T)",
  );
  assert.equal(message(core.parseFieldStrength('5 cm')), "unit-mismatch: 'cm' is a length unit; expected a field strength in T, such as 1.5T");
  assert.equal(core.parseFieldStrength('5 cm').error.suggestion, undefined, 'no suggestion in another kind');
  assert.equal(message(core.parseWindow('2days')), "invalid-unit: 'days' is not a unit of duration; use d, w, mo, y, such as 4w");
  assert.equal(message(core.parseTurnaround('2')), 'invalid-unit: 2 needs a unit: write a turnaround time such as 1bd (units: min, h, bd)');
  assert.equal(message(core.parseWindow('4w..6w..8w')), 'invalid-value: a range has two ends: write it as low..high');
  assert.equal(
    message(core.parseSpan('1100 USD')),
    "invalid-unit: write a plain amount such as 1100..1500, without 'USD' (the currency is set once, in hospital.currency)",
  );
  assert.equal(message(core.parseSpan('1100mm')), "unit-mismatch: expected a plain number such as 1100..1500, found 'mm' after 1100");
  assert.equal(message(core.parseComparison('2.5mm', 'length')), 'invalid-value: expected a comparison such as <= 2.5mm: start with <=, >=, < or >');
  assert.equal(message(core.parseComparison('1.5T', 'field-strength')), 'invalid-value: expected a comparison such as >= 1.5T: start with <=, >=, < or >');
  assert.equal(core.parseComparison('1.5T', 'field-strength').error.suggestion, '>= 1.5T');
  assert.equal(message(core.parseComparison('=< 2mm', 'length')), 'invalid-value: write the comparison as <=');
  assert.equal(core.parseComparison('≥ 3T', 'field-strength').error.suggestion, '>= 3T');
  assert.equal(message(core.parseLength('')), "invalid-value: expected a length such as 2.5mm, found ''");
});

test('error ranges inside values with spaces, and values the parser trims', () => {
  check(core.parseLength, [
    [' 5', { code: 'invalid-unit', at: '5', suggestion: ' 5mm' }],
    ['', { code: 'invalid-value', at: '' }],
    [' 2mm ', { amount: 2, unit: 'mm' }],
  ]);
  check(
    (t) => core.parseComparison(t, 'length'),
    [
      ['  <=  2.5mm ', { op: '<=', amount: 2.5, unit: 'mm', text: '<=  2.5mm' }],
      ['  <= 2.5 cm', { code: 'unit-mismatch', at: 'cm' }],
      ['  =< 2mm', { code: 'invalid-value', at: '=<', suggestion: '<= 2mm' }],
      ['  2mm', { code: 'invalid-value', at: '2mm', suggestion: '<= 2mm' }],
    ],
  );
  check(core.parseWindow, [[' 4w..6w ', { accept: { amount: 4, unit: 'w' }, review: { amount: 6, unit: 'w' }, text: '4w..6w' }]]);
  check(core.parseSpan, [
    [' 2..4 ', { min: 2, max: 4, text: '2..4' }],
    [0, { min: 0, max: 0, text: '0' }],
  ]);
  assert.deepEqual(inEnglish(core.parseSpan(-5).error), { code: 'invalid-value', message: 'expected a non-negative number, found -5', start: 0, end: 2 });
  const infinite = core.parseSpan(Infinity);
  assert.equal(infinite.ok, false);
  assert.equal(infinite.error.message, 'expected a non-negative number, found Infinity');
});

test('durations in plain words, every unit', () => {
  assert.equal(core.describeDuration({ amount: 1, unit: 'y' }), '1 year (about 365 days)');
  assert.equal(core.describeDuration({ amount: 2, unit: 'y' }), '2 years (about 731 days)');
  assert.equal(core.describeDuration({ amount: 1, unit: 'w' }), '1 week (7 days)');
  assert.equal(core.describeDuration({ amount: 1, unit: 'mo' }), '1 month (about 30 days)');
  assert.equal(core.describeDuration({ amount: 10, unit: 'd' }), '10 days');
});

test('times in seconds, b-values, and negative values refused where they sit', () => {
  assert.deepEqual(core.parseTime('4min'), { ok: true, value: { amount: 240, unit: 's' } });
  assert.deepEqual(core.parseTime('7s'), { ok: true, value: { amount: 7, unit: 's' } });
  assert.deepEqual(core.parseBValue(1400), { ok: true, value: { amount: 1400, unit: '' } });
  assert.deepEqual(inEnglish(core.parseLength('-2mm').error), {
    code: 'invalid-value',
    message: "a length cannot be negative, found '-2mm'",
    start: 0,
    end: 4,
  });
  // Inside a range, the minus of the second end is pointed at.
  const text = '1bd..-2bd';
  const reversed = core.parseTurnaround(text);
  assert.equal(reversed.error.code, 'invalid-value');
  assert.equal(text.slice(reversed.error.start, reversed.error.end), '-2bd');
});

test('a unit of another kind is named with its kind, and converted when the kind asked for has the unit', () => {
  const message = (result) => (result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`);
  assert.equal(message(core.parseLength('1m')), "unit-mismatch: 'm' is a length unit; expected a length in mm, such as 2.5mm");
  assert.equal(message(core.parseLength('5s')), "unit-mismatch: 's' is a time unit; expected a length in mm, such as 2.5mm");
  assert.equal(message(core.parseLength('3w')), "unit-mismatch: 'w' is a duration unit; expected a length in mm, such as 2.5mm");
  assert.equal(message(core.parseFieldStrength('3mm')), "unit-mismatch: 'mm' is a length unit; expected a field strength in T, such as 1.5T");
  assert.equal(message(core.parseWindow('2bd')), "unit-mismatch: 'bd' is a turnaround time unit; expected a duration in d, w, mo, y, such as 4w");
  assert.equal(message(core.parseWindow('3min')), "unit-mismatch: 'min' is a turnaround time or a time unit; expected a duration in d, w, mo, y, such as 4w");
  for (const unit of ['d', 'mo', 'y'])
    assert.match(
      message(core.parseTurnaround(`2${unit}`)),
      new RegExp(`^unit-mismatch: '${unit}' is a duration unit; expected a turnaround time in min, h, bd, such as 1bd$`),
    );
  assert.equal(message(core.parseTime('2h')), "unit-mismatch: 'h' is a turnaround time unit; expected a time in s, min, such as 15s");
  assert.equal(message(core.parseTime('1T')), "unit-mismatch: 'T' is a field strength unit; expected a time in s, min, such as 15s");
  assert.equal(message(core.parseTime('5mT')), "unit-mismatch: 'mT' is a field strength unit; expected a time in s, min, such as 15s");
  // Seconds for a turnaround: 120s is 2 minutes, offered as the fix.
  const seconds = core.parseTurnaround('120s');
  assert.equal(message(seconds), "unit-mismatch: 's' is a time unit; expected a turnaround time in min, h, bd, such as 1bd (120s = 2min)");
  assert.equal(seconds.error.suggestion, '2min');
  assert.equal(core.parseTurnaround('90s').error.suggestion, '1.5min');
  // A conversion is rounded to three decimals: a third of a centimetre is 3.333mm.
  const third = core.parseLength('0.33333cm');
  assert.equal(message(third), "unit-mismatch: 'cm' is a length unit; expected a length in mm, such as 2.5mm (0.33333cm = 3.333mm)");
  assert.equal(third.error.suggestion, '3.333mm');
  assert.equal(core.parseFieldStrength('1234.5678mT').error.suggestion, '1.235T');
  // Inside a range the suggestion is the whole value with that side converted.
  assert.equal(core.parseTurnaround('30s..2min').error.suggestion, '0.5min..2min');
});

test('times and b-values: their own words, units and examples', () => {
  const message = (result) => (result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`);
  assert.equal(message(core.parseTime('15')), 'invalid-unit: 15 needs a unit: write a time such as 15s (units: s, min)');
  assert.equal(core.parseTime('15').error.suggestion, '15s');
  assert.equal(message(core.parseTime('fast')), "invalid-value: expected a time such as 15s, found 'fast'");
  assert.equal(message(core.parseTime('-5s')), "invalid-value: a time cannot be negative, found '-5s'");
  assert.equal(
    message(core.parseBValue('1400 mm')),
    "unit-mismatch: 'mm' is a length unit; expected a b-value as a plain number (or s/mm2, s/mm²), such as 1400",
  );
  assert.equal(message(core.parseBValue('1400s/mm')), "invalid-unit: 's/mm' is not a unit of b-value; use a plain number (or s/mm2, s/mm²), such as 1400");
  assert.equal(message(core.parseBValue('high')), "invalid-value: expected a b-value such as 1400, found 'high'");
  assert.deepEqual(core.parseBValue('1400s/mm²'), { ok: true, value: { amount: 1400, unit: '' } });
  assert.deepEqual(core.parseBValue('800s/mm2'), { ok: true, value: { amount: 800, unit: '' } });
  const spaced = core.parseBValue('1400 s/mm2');
  assert.equal(message(spaced), 'invalid-value: write a b-value without a space, such as 1400s/mm2');
  assert.equal(spaced.error.suggestion, '1400s/mm2');
  // Comparisons of a time are held in seconds, of a b-value as a plain number.
  assert.deepEqual(core.parseComparison('<= 4min', 'time').value, { op: '<=', amount: 240, unit: 's', text: '<= 4min' });
  assert.deepEqual(core.parseComparison('<= 15s', 'time').value, { op: '<=', amount: 15, unit: 's', text: '<= 15s' });
  assert.deepEqual(core.parseComparison('>= 1400s/mm2', 'b-value').value, { op: '>=', amount: 1400, unit: '', text: '>= 1400s/mm2' });
  assert.deepEqual(core.parseComparison('> 3', 'b-value').value, { op: '>', amount: 3, unit: '', text: '> 3' });
  const noOperator = core.parseComparison('15s', 'time');
  assert.equal(message(noOperator), 'invalid-value: expected a comparison such as <= 15s: start with <=, >=, < or >');
  assert.equal(noOperator.error.suggestion, '<= 15s');
  assert.equal(core.parseComparison('1400', 'b-value').error.suggestion, '>= 1400');
  assert.equal(message(core.parseComparison('<= 3mm', 'time')), "unit-mismatch: 'mm' is a length unit; expected a time in s, min, such as 15s");
  assert.equal(message(core.parseComparison('=> 1400', 'b-value')), 'invalid-value: write the comparison as >=');
  assert.equal(core.parseComparison('≤ 15s', 'time').error.suggestion, '<= 15s');
});

test('what counts as a number and a unit: every digit, the decimals, nothing before or after', () => {
  check(core.parseLength, [
    ['12.75mm', { amount: 12.75, unit: 'mm' }],
    ['100mm', { amount: 100, unit: 'mm' }],
    ['x5mm', { code: 'invalid-value', at: 'x5mm' }],
    ['5mm!', { code: 'invalid-value', at: '5mm!' }],
    ['5.mm', { code: 'invalid-value', at: '5.mm' }],
    ['.5mm', { code: 'invalid-value', at: '.5mm' }],
    ['5MM', { code: 'invalid-unit', at: 'MM' }],
    ['5mm2', { code: 'invalid-value', at: '5mm2' }],
    ['\t3mm\t', { amount: 3, unit: 'mm' }],
    [' - 2mm', { code: 'invalid-value', at: '- 2mm', message: /cannot be negative, found '- 2mm'/ }],
    ['-0.5mm', { code: 'invalid-value', at: '-0.5mm', message: /cannot be negative/ }],
  ]);
  check(core.parseFieldStrength, [['1.5  T', { code: 'invalid-value', at: '1.5  T', suggestion: '1.5T' }]]);
  check(core.parseTurnaround, [
    ['1 bd..2bd', { code: 'invalid-value', at: '1 bd', suggestion: '1bd..2bd' }],
    ['1bd..2 bd', { code: 'invalid-value', at: '2 bd', suggestion: '1bd..2bd' }],
    ['2..3bd', { code: 'invalid-unit', at: '2', suggestion: '2min..3bd' }],
  ]);
  check(core.parseSpan, [
    ['2..4x', { code: 'invalid-unit', at: 'x' }],
    ['1100..', { code: 'invalid-value', at: '' }],
    ['1.5', { min: 1.5, max: 1.5, text: '1.5' }],
  ]);
});

test('where an error points inside a range, and the words that quote a side or the whole value', () => {
  const error = (result) => (result.ok ? null : inEnglish(result.error));
  assert.deepEqual(error(core.parseSpan('lots')), { code: 'invalid-value', message: "expected an amount such as 1100..1500, found 'lots'", start: 0, end: 4 });
  assert.deepEqual(error(core.parseSpan('-5')), { code: 'invalid-value', message: "an amount cannot be negative, found '-5'", start: 0, end: 2 });
  // A wrong side is quoted alone; an empty side quotes the whole value and points just past it.
  assert.deepEqual(error(core.parseSpan('1100..abc')), {
    code: 'invalid-value',
    message: "expected an amount such as 1100..1500, found 'abc'",
    start: 6,
    end: 9,
  });
  assert.deepEqual(error(core.parseSpan('1100..')), {
    code: 'invalid-value',
    message: "expected an amount such as 1100..1500, found '1100..'",
    start: 6,
    end: 7,
  });
  assert.deepEqual(error(core.parseWindow('..2w')), { code: 'invalid-value', message: "expected a duration such as 4w, found '..2w'", start: 0, end: 1 });
  assert.equal(error(core.parseLength(' thin ')).message, "expected a length such as 2.5mm, found 'thin'");
  // Spaces at the start of the second side do not shift what is pointed at.
  check(core.parseWindow, [['4w.. 6x', { code: 'invalid-unit', at: 'x' }]]);
  check(core.parseTurnaround, [
    ['1bd.. 2', { code: 'invalid-unit', at: '2', suggestion: '1bd.. 2min' }],
    ['1bd.. 2 bd', { code: 'invalid-value', at: '2 bd', suggestion: '1bd.. 2bd' }],
    ['1bd.. -2bd', { code: 'invalid-value', at: '-2bd', message: /^a turnaround time cannot be negative, found '-2bd'$/ }],
  ]);
  check(core.parseWindow, [['4w..16w..18w', { code: 'invalid-value', at: '..' }]]);
  assert.equal(error(core.parseWindow('4w..16w..18w')).start, 7, 'the second "..", not the first');
  // A minus inside a number is no negative value: the value is not a length at all.
  assert.equal(error(core.parseLength('2-3mm')).message, "expected a length such as 2.5mm, found '2-3mm'");
  const backwards = error(core.parseWindow(' 6w.. 4w '));
  assert.deepEqual(backwards, {
    code: 'reversed-range',
    start: 0,
    end: 9,
    suggestion: '4w..6w',
    message: 'the range runs backwards: 6w.. 4w starts above where it ends; write the lower bound first (4w..6w)',
  });
  assert.deepEqual(core.parseTurnaround(' 1bd..2bd ').value.text, '1bd..2bd');
  // An empty comparison gets an example and no suggestion: an operator alone ('<= ') is no value.
  assert.deepEqual(error(core.parseComparison('', 'length')), {
    code: 'invalid-value',
    message: 'expected a comparison such as <= 2.5mm, found an empty value',
    start: 0,
    end: 1,
  });
  assert.deepEqual(error(core.parseComparison('  ', 'field-strength')), {
    code: 'invalid-value',
    message: 'expected a comparison such as >= 1.5T, found an empty value',
    start: 0,
    end: 2,
  });
  assert.equal(error(core.parseComparison('=< 2mm ', 'length')).suggestion, '<= 2mm');
});
