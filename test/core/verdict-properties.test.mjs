// Behavioural properties of verdicts on random protocols and studies (test/helpers/random-profile.mjs):
// a study that is older never gets a milder verdict; thinner slices or a stronger field never
// a harsher one; a study with one more sequence or phase that a rule requires never a harsher one.
// The seed is printed at the start; replay a failure with FC_SEED=<seed> (FC_RUNS scales runs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import core from '../../dist/core.js';
import { caseArb, caseText, profileArb, profileText } from '../helpers/random-profile.mjs';
import { runs } from '../helpers/seed.mjs';

const SEVERITY = ['accept', 'review', 'supplement', 'redo'];

/** The verdict of each study of the case under the protocol; the generated files must be valid. */
function verdicts(profile, c) {
  const files = [
    { path: 'p.protocol.yaml', text: profileText(profile) },
    { path: 'c.case.yaml', text: caseText(c) },
  ];
  const project = core.analyzeProject(files);
  for (const [path, diagnostics] of project.diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
    assert.deepEqual(errors, [], `the generator wrote an invalid ${path}:\n${files.find((f) => f.path === path)?.text}`);
  }
  return core.runCases(project).cases[0].studies.map((s) => s.verdict);
}

/** Asserts that changing study `i` of `c` with `change` moves its verdict only in `direction`. */
function assertMoves(profile, c, i, change, direction) {
  const changed = { ...c, studies: c.studies.map((s, j) => (j === i ? change(s) : s)) };
  const [before, after] = [verdicts(profile, c)[i], verdicts(profile, changed)[i]];
  const [a, b] = [SEVERITY.indexOf(before), SEVERITY.indexOf(after)];
  const ok = direction === 'not milder' ? b >= a : b <= a;
  assert.ok(
    ok,
    `s${i}: ${before} → ${after} is ${direction === 'not milder' ? 'milder' : 'harsher'}\n${profileText(profile)}\n${caseText(c)}\n→\n${caseText(changed)}`,
  );
}

const withStudy = fc.tuple(profileArb, caseArb).chain(([profile, c]) => fc.tuple(fc.constant(profile), fc.constant(c), fc.nat({ max: c.studies.length - 1 })));

test('a study that is older never gets a milder verdict', () => {
  fc.assert(
    fc.property(withStudy, fc.integer({ min: 1, max: 400 }), ([profile, c, i], days) => {
      assertMoves(profile, c, i, (s) => ({ ...s, age: s.age + days }), 'not milder');
    }),
    runs(150),
  );
});

test('thinner slices never get a harsher verdict', () => {
  fc.assert(
    fc.property(withStudy, fc.constantFrom(0.1, 0.5, 1, 2), ([profile, c, i], thinner) => {
      const thickness = c.studies[i].thickness ?? 5;
      const stated = { ...c, studies: c.studies.map((s, j) => (j === i ? { ...s, thickness } : s)) };
      assertMoves(profile, stated, i, (s) => ({ ...s, thickness: Math.max(0.1, Math.round((s.thickness - thinner) * 10) / 10) }), 'not harsher');
    }),
    runs(150),
  );
});

test('a stronger field never gets a harsher verdict', () => {
  fc.assert(
    fc.property(withStudy, fc.constantFrom(0.5, 1, 1.5, 3), ([profile, c, i], stronger) => {
      const field = c.studies[i].field ?? 1;
      const stated = { ...c, studies: c.studies.map((s, j) => (j === i ? { ...s, field } : s)) };
      assertMoves(profile, stated, i, (s) => ({ ...s, field: s.field + stronger }), 'not harsher');
    }),
    runs(150),
  );
});

test('a required sequence or phase added to a study never gets a harsher verdict', () => {
  fc.assert(
    fc.property(withStudy, fc.nat(), ([profile, c, i], pick) => {
      const required = profile.rules.flatMap((r) =>
        r.kind === 'sequences' ? r.sequences.map((v) => ['sequences', v]) : r.kind === 'phases' ? r.phases.map((v) => ['phases', v]) : [],
      );
      if (!required.length) return;
      const [key, value] = required[pick % required.length];
      // The study states its list (perhaps empty), so the added value is the only difference.
      const stated = { ...c, studies: c.studies.map((s, j) => (j === i ? { ...s, [key]: (s[key] ?? []).filter((v) => v !== value) } : s)) };
      assertMoves(profile, stated, i, (s) => ({ ...s, [key]: [...s[key], value] }), 'not harsher');
    }),
    runs(150),
  );
});
