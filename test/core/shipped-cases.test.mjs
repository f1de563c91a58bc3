// Everything in protocols/ runs as a test: the shipped profiles are valid, and each shipped
// case's verdicts from `reimage run --json` equal the expectations written in the case by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CASES = 'protocols/cases';
const caseFiles = readdirSync(`${ROOT}/${CASES}`)
  .filter((f) => f.endsWith('.case.yaml'))
  .sort();

const cli = spawnSync(process.execPath, ['bin/reimage.js', 'run', 'protocols', '--json'], { cwd: ROOT, encoding: 'utf8' });
const results = new Map(JSON.parse(cli.stdout).cases.map((c) => [c.file, c]));

test('the shipped profiles and cases are valid', () => {
  const validate = spawnSync(process.execPath, ['bin/reimage.js', 'validate', 'protocols'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(validate.stdout, '');
  assert.equal(validate.status, 0, validate.stderr);
  assert.equal(cli.status, 0, cli.stderr);
});

test('at least 30 shipped cases, on both profiles', () => {
  assert.ok(caseFiles.length >= 30, `${caseFiles.length} cases`);
  const profiles = new Set(caseFiles.map((f) => parse(readFileSync(`${ROOT}/${CASES}/${f}`, 'utf8')).protocol));
  assert.deepEqual([...profiles].sort(), ['private-international', 'tier3a-public']);
});

test('the shipped cases show each judgement of issue 11 at least once', () => {
  const all = [...results.values()];
  const studies = all.flatMap((c) => c.studies);
  assert.ok(
    studies.some((s) => s.supplement && s.supplement.ready_by),
    'a supplement with its plan',
  );
  assert.ok(
    studies.some((s) => s.superseded_by),
    'a superseded study',
  );
  assert.ok(
    all.some((c) => c.summary.budget.min === null),
    'a budget with nothing priced',
  );
  assert.ok(
    studies.some((s) => s.reasons.some((r) => /needs a redo \(/.test(r.message))),
    'a missing item the profile calls a redo, with why',
  );
});

for (const name of caseFiles) {
  test(`shipped case ${name}`, () => {
    const written = parse(readFileSync(`${ROOT}/${CASES}/${name}`, 'utf8'));
    assert.ok(written.expect, 'every shipped case has expect');
    const result = results.get(`${CASES}/${name}`);
    assert.ok(result, 'the run reports the case');
    const { orders: expectedOrders, ready_by: expectedReady, budget: expectedBudget, ...expectedVerdicts } = written.expect;
    const actual = Object.fromEntries(result.studies.filter((s) => s.id in expectedVerdicts).map((s) => [s.id, s.superseded_by ? 'superseded' : s.verdict]));
    assert.deepEqual(actual, expectedVerdicts);
    assert.equal(Object.keys(expectedVerdicts).length, written.studies.length, 'every study has an expected verdict');
    if (expectedOrders) {
      assert.deepEqual(
        result.orders.map((o) => ({ modality: o.modality, ...(o.region ? { region: o.region } : {}) })),
        expectedOrders,
      );
    }
    if (expectedReady !== undefined) assert.equal(result.summary.ready_by ?? 'none', expectedReady);
    if (expectedBudget === 'unknown') assert.deepEqual([result.summary.budget.min, result.summary.budget.max], [null, null]);
    else if (expectedBudget !== undefined) {
      const [min, max = min] = String(expectedBudget).split('..').map(Number);
      assert.deepEqual([result.summary.budget.min, result.summary.budget.max], [min, max]);
    }
    assert.equal(result.expectations.passed, true);
  });
}
