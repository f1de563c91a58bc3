// The case impact of `reimage diff` for the tables every rule reads, which the impact property
// (diff-properties.test.mjs) does not change: what a missing item takes, the region hierarchy,
// what a symptom concerns, holidays and workdays, a window's timeline. Each edit reaches one
// case and spares another, which is not run. On Friday 2026-04-10 (next business days: Mon 13,
// Tue 14, Wed 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';
import { replacedOnce } from '../helpers/edits.mjs';

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
  const text = replacedOnce(PROFILE, after);
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

test('writing the timelines, prices and windows in another order runs no case', () => {
  const reordered = [
    ['  CT: { scan: 15min, report: 2bd }\n  MR: { scan: 30min, report: 1bd }\n', '  MR: { scan: 30min, report: 1bd }\n  CT: { scan: 15min, report: 2bd }\n'],
    ['  CT: 100\n  MR: 300\n', '  MR: 300\n  CT: 100\n'],
    [
      '  active-oncology: { window: 4w, beyond: redo, timeline: { CT: { report: 1bd } } }\n  stable-orthopedic: { window: 1y, beyond: review }\n',
      '  stable-orthopedic: { window: 1y, beyond: review }\n  active-oncology: { window: 4w, beyond: redo, timeline: { CT: { report: 1bd } } }\n',
    ],
  ];
  assert.deepEqual(impactOf(reordered, true), { studies: [], failing: [], run: 0 });
  // The same window in other words is no change either.
  assert.deepEqual(impactOf([['window: 4w, beyond: redo', 'window: 28d, beyond: redo']], true), { studies: [], failing: [], run: 0 });
});

test('a price can change any plan: every case is run in both versions', () => {
  assert.deepEqual(impactOf([['MR: 300', 'MR: 350']], true), { studies: [], failing: [], run: Object.keys(CASES).length });
});

test("a window removed turns its context's case invalid, with no failing expectation to name", () => {
  // A window's timeline is among what plans are computed from, so every case is run.
  assert.deepEqual(impactOf([['  stable-orthopedic: { window: 1y, beyond: review }\n', '']], true), {
    studies: [],
    failing: ['thyroid: '],
    run: Object.keys(CASES).length,
  });
});

test('the cases an edit reaches are listed by file, each newly failing one with its protocol and the line of its first failed expectation', () => {
  const files = (profile) => [{ path: 'p.protocol.yaml', text: profile }, ...Object.entries(CASES).map(([path, text]) => ({ path, text }))];
  const { impact } = core.diffProtocols(files(PROFILE), files(PROFILE.replace('window: 4w, beyond: redo', 'window: 1d, beyond: redo')));
  const lineOf = (file, words) => CASES[file].split('\n').findIndex((line) => line.includes(words)) + 1;
  assert.deepEqual(
    impact.newlyFailing.map((e) => [e.file, e.protocol, e.source.line]),
    [
      ['cases/headache.case.yaml', 'p', lineOf('cases/headache.case.yaml', 'chest: accept')],
      ['cases/prostate.case.yaml', 'p', lineOf('cases/prostate.case.yaml', 'mr: supplement')],
    ],
  );
});

test('a case file added in the newer version that fails is named by its case id and protocol; one that cannot be read, by its path', () => {
  const files = (extra) => [{ path: 'p.protocol.yaml', text: PROFILE }, ...Object.entries({ ...CASES, ...extra }).map(([path, text]) => ({ path, text }))];
  const added = {
    'cases/new.case.yaml': CASES['cases/prostate.case.yaml'].replace('case: prostate', 'case: added').replace('mr: supplement', 'mr: accept'),
    'cases/unreadable.case.yaml': 'case: [\n',
  };
  const { impact } = core.diffProtocols(files({}), files(added));
  assert.deepEqual(
    impact.newlyFailing.map((e) => [e.case, e.protocol, e.before, e.after]),
    [
      ['added', 'p', 'absent', 'failed'],
      ['cases/unreadable.case.yaml', '', 'absent', 'invalid'],
    ],
  );
});

// The profile with a second entry in each small table, a rule switched off and an order rule
// for the patients of one context only.
const FULLER = PROFILE.replace('  DWI: supplement\n', '  DWI: supplement\n  ADC: redo\n')
  .replace('  chest: [thymus]\n', '  chest: [thymus]\n  neck: [larynx]\n')
  .replace('  new-headache: head\n', '  new-headache: head\n  new-cough: chest\n')
  .replace(
    'timelines:\n',
    '  - id: off\n    when: { modality: CT, region: abdomen }\n    verdict: redo\n    disabled: true\n  - id: ortho-order\n    when: { context: stable-orthopedic }\n    order: { modality: XR, region: knee }\ntimelines:\n',
  );

/** How many cases `reimage diff` runs in both versions for these edits of FULLER. */
function casesRun(edits) {
  const files = (profile) => [{ path: 'p.protocol.yaml', text: profile }, ...Object.entries(CASES).map(([path, text]) => ({ path, text }))];
  const after = replacedOnce(FULLER, edits);
  const { impact } = core.diffProtocols(files(FULLER), files(after));
  assert.deepEqual([impact.studies, impact.newlyFailing], [[], []]);
  return impact.cases.run;
}

test('the missing items, regions and concerns written in another order, or a rule switched off in both versions changed, run no case', () => {
  assert.equal(casesRun([['  DWI: supplement\n  ADC: redo\n', '  ADC: redo\n  DWI: supplement\n']]), 0);
  assert.equal(casesRun([['  chest: [thymus]\n  neck: [larynx]\n', '  neck: [larynx]\n  chest: [thymus]\n']]), 0);
  assert.equal(casesRun([['  new-headache: head\n  new-cough: chest\n', '  new-cough: chest\n  new-headache: head\n']]), 0);
  assert.equal(casesRun([['verdict: redo\n    disabled: true', 'verdict: review\n    disabled: true']]), 0);
});

test('an order rule changed runs only the cases of patients it orders for', () => {
  assert.equal(casesRun([['region: knee }', 'region: hip }']]), 1);
});

test('an order rule changed reaches a case that brings no study', () => {
  const noStudy =
    'case: no-study\nprotocol: p\non: 2026-04-10\npatient: { context: stable-orthopedic }\nstudies: []\nexpect:\n  orders: [{ modality: XR, region: knee }]\n';
  const files = (profile) => [
    { path: 'p.protocol.yaml', text: profile },
    { path: 'cases/no-study.case.yaml', text: noStudy },
  ];
  assert.deepEqual(
    core.runCases(core.analyzeProject(files(FULLER))).cases.map((c) => c.expectations.passed),
    [true],
  );
  const { impact } = core.diffProtocols(files(FULLER), files(FULLER.replace('region: knee }', 'region: hip }')));
  assert.deepEqual(
    impact.newlyFailing.map((e) => [e.case, e.failures.map((f) => f.message)]),
    [['no-study', ['orders: expected XR of the knee, got XR of the hip']]],
  );
});

test('a rule with a region and no modality reaches the studies of every modality of that region', () => {
  assert.deepEqual(impactOf([['when: { modality: XR, region: chest }', 'when: { region: chest }']]), {
    studies: ['headache/chest: accept → review (stricter) because chest-xr'],
    failing: ['headache: chest accept → review'],
  });
});

test("the rules deciding a study are named in the profile's order, whatever conditions they have", () => {
  // chest-xr (a modality and a region) comes before the new rule (the patient's context only).
  const edits = [
    ['chest: [thymus]', 'chest: [thymus, thyroid]'],
    ['timelines:\n', '  - id: ortho-review\n    when: { context: stable-orthopedic }\n    verdict: review\ntimelines:\n'],
  ];
  assert.deepEqual(impactOf(edits).studies, ['thyroid/xr: accept → review (stricter) because chest-xr, ortho-review']);
});

test('a case of two modalities is not taken for a case of a third whose rule numbers read the same run together', () => {
  // MR meets rule 1, CT rules 2 and 13, US rules 12 and 13: a case with MR and CT studies meets
  // "1" and "2,13", a case with a US study "12,13".
  const modalityOf = (i) => ({ 1: 'MR', 2: 'CT', 12: 'US', 13: '[CT, US]' })[i] ?? 'XR';
  const rules = Array.from({ length: 14 }, (_, i) => `  - id: r${i}\n    when: { modality: ${modalityOf(i)}, region: abdomen }\n    verdict: review\n`).join(
    '',
  );
  const profile = `protocol: many\nhospital: { sector: public, currency: USD }\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n${rules}`;
  const study = (id, modality) => `  - { id: ${id}, modality: ${modality}, region: abdomen, date: 2026-04-01 }\n`;
  const caseOf = (id, studies) => `case: ${id}\nprotocol: many\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n${studies}`;
  const files = (text) => [
    { path: 'many.protocol.yaml', text },
    { path: 'a-mr-ct.case.yaml', text: caseOf('a-mr-ct', study('mr', 'MR') + study('ct', 'CT')) },
    { path: 'b-us.case.yaml', text: caseOf('b-us', study('us', 'US')) },
  ];
  // Both cases are reached, the one with two studies first.
  const stricter = profile.replace(/(id: r(?:1|12)\n.*\n) {4}verdict: review/g, '$1    verdict: redo');
  const { impact } = core.diffProtocols(files(profile), files(stricter));
  assert.deepEqual(
    impact.studies.map((v) => `${v.case}/${v.study}: ${v.before} → ${v.after} because ${v.because.join(', ')}`),
    ['a-mr-ct/mr: review → redo because r1', 'b-us/us: review → redo because r12'],
  );
});

test('in a profile of many rules, each case is run with the rules of its own modalities', () => {
  // Rules 1 and 2 are for MR, rule 12 for CT, the others for US: the lists of rule numbers
  // a case's studies can meet, "1,2" and "12", must not be taken for each other.
  const modalityOf = (i) => (i === 1 || i === 2 ? 'MR' : i === 12 ? 'CT' : 'US');
  const rules = Array.from({ length: 13 }, (_, i) => `  - id: r${i}\n    when: { modality: ${modalityOf(i)}, region: abdomen }\n    verdict: review\n`).join(
    '',
  );
  const profile = `protocol: many\nhospital: { sector: public, currency: USD }\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n${rules}`;
  const caseOf = (id, modality) =>
    `case: ${id}\nprotocol: many\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: s, modality: ${modality}, region: abdomen, date: 2026-04-01 }\n`;
  const files = (text) => [
    { path: 'many.protocol.yaml', text },
    { path: 'a-mr.case.yaml', text: caseOf('a-mr', 'MR') },
    { path: 'b-ct.case.yaml', text: caseOf('b-ct', 'CT') },
  ];
  const stricter = profile.replace(/(id: r(?:1|12)\n.*\n) {4}verdict: review/g, '$1    verdict: redo');
  const { impact } = core.diffProtocols(files(profile), files(stricter));
  assert.deepEqual(
    impact.studies.map((v) => `${v.case}/${v.study}: ${v.before} → ${v.after} because ${v.because.join(', ')}`),
    ['a-mr/s: review → redo because r1', 'b-ct/s: review → redo because r12'],
  );
});
