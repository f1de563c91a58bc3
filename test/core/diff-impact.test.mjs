// The case impact of `reimage diff` for the tables every rule reads, which the impact property
// (diff-properties.test.mjs) does not change: what a missing item takes, the region hierarchy,
// what a symptom concerns, holidays and workdays, a window's timeline. Each edit reaches one
// case and spares another, which is not run. On Friday 2026-04-10 (next business days: Mon 13,
// Tue 14, Wed 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PROFILE = `protocol: p
hospital: { sector: public, currency: USD, holidays: [2026-04-14], workdays: [2026-04-18] }
validity:
  active-oncology: { window: 4w, beyond: redo, timeline: { CT: { report: 1bd } } }
  stable-orthopedic: { window: 1y, beyond: review }
concerns:
  new-headache: head
missing:
  DWI: supplement
regions:
  chest: [thymus]
rules:
  - id: prostate
    when: { modality: MR, region: prostate }
    require: { sequences: [T2, DWI] }
    otherwise: redo
  - id: chest-xr
    when: { modality: XR, region: chest }
    verdict: review
  - id: changed
    when: { condition_changed: true, context: active-oncology }
    verdict: redo
timelines:
  CT: { scan: 15min, report: 2bd }
  MR: { scan: 30min, report: 1bd }
  XR: { scan: 10min, report: 1bd }
costs:
  CT: 100
  MR: 300
  XR: 50
`;

const CASES = {
  // MR without DWI: a supplement of DWI, ready Mon 13.
  'cases/prostate.case.yaml': `case: prostate\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: mr, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2] }\nexpect:\n  mr: supplement\n`,
  // A thyroid X-ray: under the neck, so the chest rule does not reach it.
  'cases/thyroid.case.yaml': `case: thyroid\nprotocol: p\non: 2026-04-10\npatient: { context: stable-orthopedic }\nstudies:\n  - { id: xr, modality: XR, region: thyroid, date: 2026-04-01 }\nexpect:\n  xr: accept\n`,
  // A changed condition with a new headache: the head CT is redone, the chest CT kept.
  'cases/headache.case.yaml': `case: headache\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology, condition_changed: true, symptoms: [new-headache] }\nstudies:\n  - { id: head, modality: CT, region: head, date: 2026-04-01 }\n  - { id: chest, modality: CT, region: chest, date: 2026-04-01 }\nexpect:\n  head: redo\n  chest: accept\n`,
  // An expired CT: redone under the window's timeline (report 1bd), ready Mon 13.
  'cases/expired.case.yaml': `case: expired\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: ct, modality: CT, region: abdomen, date: 2026-02-01 }\nexpect:\n  ct: redo\n  ready_by: 2026-04-13\n`,
};

/** The impact of `after`'s edits, as lines; with `withRuns`, how many cases were run in both versions. */
function impactOf(after, withRuns = false) {
  const files = (profile) => [{ path: 'p.protocol.yaml', text: profile }, ...Object.entries(CASES).map(([path, text]) => ({ path, text }))];
  const before = files(PROFILE);
  for (const [path, diagnostics] of core.analyzeProject(before).diagnostics) {
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => `${path}: ${d.code} ${d.message}`),
      [],
    );
  }
  assert.equal(core.runCases(core.analyzeProject(before)).cases.filter((c) => !c.expectations.passed).length, 0, 'every case passes on the profile as written');
  const text = after.reduce((t, [from, to]) => {
    assert.equal(t.split(from).length, 2, `expected one '${from}'`);
    return t.replace(from, to);
  }, PROFILE);
  const { impact } = core.diffProtocols(before, files(text));
  return {
    studies: impact.studies.map((v) => `${v.case}/${v.study}: ${v.before} → ${v.after} (${v.direction}) because ${v.because.join(', ')}`),
    failing: impact.newlyFailing.map((e) => `${e.case}: ${e.failures.map((f) => `${f.study} ${f.expected} → ${f.actual}`).join('; ')}`),
    ...(withRuns ? { run: impact.cases.run } : {}),
  };
}

test("a missing item's verdict in the profile's table reaches the studies missing it", () => {
  assert.deepEqual(impactOf([['DWI: supplement', 'DWI: redo']]), {
    studies: ['prostate/mr: supplement → redo (stricter) because prostate'],
    failing: ['prostate: mr supplement → redo'],
  });
});

test('a region added under another reaches the studies of that region', () => {
  assert.deepEqual(impactOf([['chest: [thymus]', 'chest: [thymus, thyroid]']]), {
    studies: ['thyroid/xr: accept → review (stricter) because chest-xr'],
    failing: ['thyroid: xr accept → review'],
  });
});

test('what a symptom concerns reaches the studies a changed condition now concerns', () => {
  assert.deepEqual(impactOf([['new-headache: head', 'new-headache: [head, chest]']]), {
    studies: ['headache/chest: accept → redo (stricter) because changed'],
    failing: ['headache: chest accept → redo'],
  });
});

test("a holiday or a workday moves a plan's ready_by", () => {
  // Mon 13 a holiday: the report is ready Wed 15 (Tue 14 is one already).
  assert.deepEqual(impactOf([['holidays: [2026-04-14]', 'holidays: [2026-04-13..2026-04-14]']]).failing, ['expired: ready_by 2026-04-13 → 2026-04-15']);
  // Sat 11 a workday: the report is ready that Saturday.
  assert.deepEqual(impactOf([['workdays: [2026-04-18]', 'workdays: [2026-04-11, 2026-04-18]']]).failing, ['expired: ready_by 2026-04-13 → 2026-04-11']);
});

test("a window's timeline reaches the redos the window decides", () => {
  // report 2bd from Fri 10: Mon 13, then Wed 15 (Tue 14 is a holiday).
  assert.deepEqual(impactOf([['timeline: { CT: { report: 1bd } }', 'timeline: { CT: { report: 2bd } }']]), {
    studies: [],
    failing: ['expired: ready_by 2026-04-13 → 2026-04-15'],
  });
});

test('a window of one context runs only the cases of that context', () => {
  assert.deepEqual(impactOf([['window: 1y, beyond: review', 'window: 1d, beyond: review']], true), {
    studies: ['thyroid/xr: accept → review (stricter) because validity:stable-orthopedic'],
    failing: ['thyroid: xr accept → review'],
    run: 1,
  });
});

test("a window's beyond reaches the studies too old for it (a supplement keeps the window's timeline, so ready_by stays)", () => {
  assert.deepEqual(impactOf([['window: 4w, beyond: redo', 'window: 4w, beyond: supplement']]), {
    studies: ['expired/ct: redo → supplement (looser) because validity:active-oncology'],
    failing: ['expired: ct redo → supplement'],
  });
});
