// Values with units: what parses, to what, and where a wrong value's error points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

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
  check((t) => core.parseComparison(t, 'field-strength'), [
    ['>= 1.5T', { op: '>=', amount: 1.5, unit: 'T', text: '>= 1.5T' }],
    ['=> 1.5T', { code: 'invalid-value', at: '=>', suggestion: '>= 1.5T' }],
    ['>= 5 cm', { code: 'unit-mismatch', at: 'cm' }],
  ]);
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
