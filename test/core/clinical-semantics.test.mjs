// Verdicts a clinician would sign (issue 11): what a missing item takes (supplement or redo),
// supplement plans, changed conditions scoped by the symptom's region, superseded studies, the
// region hierarchy with the patient's indications, purpose lists, impact lines per indication,
// an unknown budget, and the findings on bad tables. Expected values are worked out by hand on
// Friday 2026-04-10 from docs/language.md (business days: Mon 13, Tue 14, Wed 15, Thu 16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import core from '../../dist/core.js';
import { runs } from '../helpers/seed.mjs';

const PROTOCOL = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology:
    window: 4w..6w
    beyond: redo
    timeline:
      MR: { lead: 0bd..1bd, report: 2bd..3bd }
  stable-oncology-surveillance: { window: 3mo..6mo, beyond: supplement }
concerns:
  liver-cancer: liver
  prostate-cancer: prostate
  new-headache: { regions: [head], because: Possible brain metastases. }
missing:
  DWI: { verdict: supplement, because: DWI needs no contrast. }
  DCE: redo
  delayed: redo
rules:
  - id: prostate
    when: { modality: MR, region: prostate }
    require: { sequences: [T2, DWI, DCE] }
    otherwise: supplement
    impact:
      DWI:
        - { text: 'Without DWI, PI-RADS grading is affected.', indication: prostate-cancer }
        - { text: "Without DWI, acute infarction can't be assessed.", indication: stroke }
  - id: liver
    when: { modality: CT, region: liver }
    require: { phases: [arterial, portal-venous, delayed] }
    otherwise: supplement
  - id: liver-lenient
    when: { modality: CT, region: liver, context: stable-oncology-surveillance }
    require: { phases: [delayed] }
    otherwise: review
    missing: { delayed: review }
  - id: thin
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
  - id: changed
    when: { condition_changed: true }
    verdict: redo
    because: Your condition has changed.
    expedite: true
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan, expedited: 0bd }
  CT-contrast: { scan: 30min..60min, report: 1bd..3bd, same_day: scan, expedited: 0bd }
  MR: { scan: 30min..60min, report: 1bd..3bd, same_day: scan, expedited: 1bd }
  MR-contrast: { scan: 60min..90min, report: 2bd..3bd, same_day: scan, expedited: 1bd }
  MR-supplement: { lead: 0bd..1bd, scan: 30min, report: 2bd..3bd, same_day: scan }
  XR: { scan: 10min..30min, report: 1h..2h, same_day: true }
costs:
  CT: 100..200
  MR-supplement: 300
  reserve: 500..2000
`;

function analyze(files) {
  return core.analyzeProject(files.map(([path, text]) => ({ path, text })));
}

function run({ patient = 'context: active-oncology, indications: [prostate-cancer], purpose: oncology', studies, protocol = PROTOCOL, expect = '' }) {
  const text = `case: c\nprotocol: p\non: 2026-04-10\npatient: { ${patient} }\nstudies:\n${studies.map((s) => `  - { ${s} }`).join('\n')}\n${expect}`;
  const project = analyze([
    ['p.protocol.yaml', protocol],
    ['c.case.yaml', text],
  ]);
  for (const [path, diagnostics] of project.diagnostics) {
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => `${path}: ${d.code} ${d.message}`),
      [],
    );
  }
  return core.runCases(project).cases[0];
}

const study = (result, id) => result.studies.find((s) => s.id === id);

test("a missing DWI is a supplement and a missing DCE a redo, by the profile's table, whatever the rule's otherwise says", () => {
  const result = run({
    studies: [
      'id: no-dwi, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2, DCE]',
      'id: no-dce, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2, DWI]',
    ],
  });
  const noDwi = study(result, 'no-dwi');
  const noDce = study(result, 'no-dce');
  assert.equal(noDwi.verdict, 'supplement');
  assert.equal(noDce.verdict, 'redo');
  assert.match(noDwi.reasons.find((r) => r.rule === 'prostate').message, /DWI can be supplemented \(DWI needs no contrast\)/);
  assert.match(noDce.reasons.find((r) => r.rule === 'prostate').message, /DCE needs a redo/);
  assert.deepEqual(noDce.reasons.find((r) => r.rule === 'prostate').items, ['DCE']);
  assert.equal(noDce.redo.timeline, 'MR-contrast', 'the redo of a DCE needs contrast');
});

test('the same missing delayed phase gets the same verdict under two rules, unless a rule says otherwise for itself', () => {
  const active = run({
    patient: 'context: active-oncology, indications: [liver-cancer]',
    studies: ['id: ct, modality: CT, region: liver, date: 2026-04-01, phases: [arterial, portal-venous]'],
  });
  assert.equal(study(active, 'ct').verdict, 'redo', 'liver (otherwise: supplement) is a redo: delayed needs a new injection');
  const stable = run({
    patient: 'context: stable-oncology-surveillance, indications: [liver-cancer]',
    studies: ['id: ct, modality: CT, region: liver, date: 2026-04-01, phases: [arterial, portal-venous]'],
  });
  const reasons = study(stable, 'ct').reasons.filter((r) => r.rule.startsWith('liver'));
  assert.deepEqual(
    reasons.map((r) => [r.rule, r.verdict]),
    [
      ['liver', 'redo'],
      ['liver-lenient', 'review'],
    ],
  );
});

test('a supplement has a plan: items, where, timeline, ready_by and cost, counted in the summary', () => {
  const result = run({ studies: ['id: no-dwi, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2, DCE]'] });
  assert.deepEqual(study(result, 'no-dwi').supplement, {
    items: ['DWI'],
    modality: 'MR',
    timeline: 'MR-supplement',
    where: 'arrival',
    scan: '30min',
    report: '2bd..3bd',
    same_day: 'scan',
    expedited: false,
    ready_by: '2026-04-16',
    cost: { min: 300, max: 300, currency: 'USD' },
  });
  assert.equal(study(result, 'no-dwi').redo, null);
  assert.equal(result.summary.ready_by, '2026-04-16');
  assert.deepEqual([result.summary.budget.min, result.summary.budget.max], [300, 300]);
  assert.equal(core.plannedText(result), '1 supplement');
  assert.match(core.planText(study(result, 'no-dwi').supplement), /^add DWI · MR-supplement · scan 30min · report 2bd\.\.3bd · ready by 2026-04-16 · 300 USD$/);
});

test('a supplement done at home before travel has no ready_by in China and does not count in summary.ready_by', () => {
  const protocol = PROTOCOL.replace(
    'MR-supplement: { lead: 0bd..1bd, scan: 30min, report: 2bd..3bd, same_day: scan }',
    'MR-supplement: { scan: 30min, where: home }',
  );
  const result = run({ protocol, studies: ['id: no-dwi, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2, DCE]'] });
  const plan = study(result, 'no-dwi').supplement;
  assert.deepEqual([plan.where, plan.ready_by], ['home', null]);
  assert.equal(result.summary.ready_by, null);
  assert.match(core.planText(plan), /at home before travel/);
});

test('a study too old under a window whose beyond is supplement gets a new baseline as its item', () => {
  const result = run({
    patient: 'context: stable-oncology-surveillance',
    studies: ['id: ct, modality: CT, region: chest, date: 2025-09-01, slice_thickness: 1mm'],
  });
  assert.deepEqual(study(result, 'ct').supplement.items, ['baseline']);
  assert.match(core.planText(study(result, 'ct').supplement), /^add a new baseline study · CT/);
});

test('a changed condition with a new headache redoes the head study only; without a symptom, every study', () => {
  const studies = [
    'id: chest-ct, modality: CT, region: chest, date: 2026-03-20, slice_thickness: 1mm',
    'id: knee-xr, modality: XR, region: knee, date: 2026-03-31',
    'id: head-mr, modality: MR, region: brain, date: 2026-03-31',
  ];
  const scoped = run({
    patient: 'context: active-oncology, indications: [lung-cancer], purpose: oncology, condition_changed: true, symptoms: [new-headache]',
    studies,
  });
  assert.deepEqual(
    scoped.studies.map((s) => [s.id, s.verdict]),
    [
      ['chest-ct', 'accept'],
      ['knee-xr', 'accept'],
      ['head-mr', 'redo'],
    ],
  );
  assert.match(study(scoped, 'head-mr').reasons.find((r) => r.rule === 'changed').message, /new-headache concerns the head/);
  const all = run({ patient: 'context: active-oncology, indications: [lung-cancer], purpose: oncology, condition_changed: true', studies });
  assert.deepEqual(
    all.studies.map((s) => s.verdict),
    ['redo', 'redo', 'redo'],
  );
  assert.match(
    study(all, 'knee-xr').reasons.find((r) => r.rule === 'changed').message,
    /no symptom is named, so every study reflecting the old status is redone/,
  );
  const unmapped = run({ patient: 'context: active-oncology, condition_changed: true, symptoms: [new-pain-location]', studies });
  assert.deepEqual(
    unmapped.studies.map((s) => s.verdict),
    ['redo', 'redo', 'redo'],
  );
  assert.match(study(unmapped, 'chest-ct').reasons.find((r) => r.rule === 'changed').message, /does not say which region new-pain-location concerns/);
});

test('an older study of the same modality and region is superseded: no plan, no cost, no ready_by', () => {
  const result = run({
    patient: 'context: active-oncology, indications: [lung-cancer], purpose: oncology',
    studies: [
      'id: feb-ct, modality: CT, region: chest, date: 2026-02-12, slice_thickness: 1mm',
      'id: new-ct, modality: CT, region: chest, date: 2026-04-03, slice_thickness: 1mm',
      'id: old-abdomen, modality: CT, region: abdomen, date: 2026-02-12, slice_thickness: 1mm',
    ],
    expect: 'expect:\n  feb-ct: superseded\n  new-ct: accept\n  old-abdomen: redo\n',
  });
  assert.deepEqual([study(result, 'feb-ct').superseded_by, study(result, 'feb-ct').verdict, study(result, 'feb-ct').redo], ['new-ct', 'redo', null]);
  assert.equal(study(result, 'old-abdomen').superseded_by, null, 'a chest CT does not cover the abdomen');
  assert.deepEqual(result.summary.verdicts, { accept: 1, review: 0, supplement: 0, redo: 1 });
  assert.equal(result.summary.superseded, 1);
  assert.deepEqual([result.summary.budget.min, result.summary.budget.max], [100, 200], 'one CT is planned, not two');
  assert.equal(result.expectations.passed, true);
  const wrong = run({
    patient: 'context: active-oncology, indications: [lung-cancer], purpose: oncology',
    studies: [
      'id: feb-ct, modality: CT, region: chest, date: 2026-02-12, slice_thickness: 1mm',
      'id: new-ct, modality: CT, region: chest, date: 2026-04-03, slice_thickness: 1mm',
    ],
    expect: 'expect:\n  feb-ct: redo\n',
  });
  assert.equal(wrong.expectations.failures[0].message, 'feb-ct: expected redo, got superseded (by new-ct; on its own: redo)');
});

test('of two newer studies of the same day, the older study is superseded by the one the case lists first', () => {
  const supersededBy = (order) =>
    study(
      run({
        patient: 'context: active-oncology, indications: [lung-cancer], purpose: oncology',
        studies: [
          'id: feb-ct, modality: CT, region: chest, date: 2026-02-12, slice_thickness: 1mm',
          ...order.map((id) => `id: ${id}, modality: CT, region: chest, date: 2026-04-03, slice_thickness: 1mm`),
        ],
      }),
      'feb-ct',
    ).superseded_by;
  assert.equal(supersededBy(['morning-ct', 'evening-ct']), 'morning-ct');
  assert.equal(supersededBy(['evening-ct', 'morning-ct']), 'evening-ct');
  assert.equal(supersededBy(['a-ct', 'b-ct', 'c-ct']), 'a-ct');
});

test('a newer study covering a wider region supersedes; an accepted older study is kept as a prior', () => {
  const result = run({
    patient: 'context: active-oncology, indications: [lung-cancer], purpose: oncology',
    studies: [
      'id: old-liver, modality: CT, region: liver, date: 2026-02-12, slice_thickness: 1mm',
      'id: new-cap, modality: CT, region: chest-abdomen-pelvis, date: 2026-04-03, slice_thickness: 1mm',
      'id: prior, modality: CT, region: chest, date: 2026-03-31, slice_thickness: 1mm',
    ],
  });
  assert.equal(study(result, 'old-liver').superseded_by, 'new-cap');
  assert.equal(study(result, 'prior').superseded_by, null);
});

test("a rule about an organ applies to a study of a wider region when the patient's indications concern it", () => {
  const liverCancer = 'context: active-oncology, indications: [liver-cancer], purpose: oncology';
  const abdomen = run({
    patient: liverCancer,
    studies: ['id: ct, modality: CT, region: abdomen, date: 2026-04-01, slice_thickness: 1mm, phases: [portal-venous]'],
  });
  const liver = run({
    patient: liverCancer,
    studies: ['id: ct, modality: CT, region: liver, date: 2026-04-01, slice_thickness: 1mm, phases: [portal-venous]'],
  });
  assert.equal(study(abdomen, 'ct').verdict, 'redo');
  assert.equal(study(abdomen, 'ct').verdict, study(liver, 'ct').verdict, 'the region word does not decide the verdict');
  const other = run({
    patient: 'context: active-oncology, indications: [lung-cancer], purpose: oncology',
    studies: ['id: ct, modality: CT, region: abdomen, date: 2026-04-01, slice_thickness: 1mm, phases: [portal-venous]'],
  });
  assert.equal(study(other, 'ct').verdict, 'accept', 'a lung-cancer abdomen CT is not a liver study');
  const several = run({
    patient: liverCancer,
    studies: ['id: ct, modality: CT, region: [chest, abdomen], date: 2026-04-01, slice_thickness: 1mm, phases: [portal-venous]'],
  });
  assert.equal(study(several, 'ct').verdict, 'redo', 'a study may name several regions');
  const pelvis = run({ studies: ['id: mr, modality: MR, region: pelvis, date: 2026-04-01, sequences: [T2, DWI]'] });
  assert.equal(study(pelvis, 'mr').verdict, 'redo', 'a prostate MRI written pelvis meets the prostate rule');
  const organ = run({ patient: 'context: active-oncology', studies: ['id: mr, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2, DWI]'] });
  assert.equal(study(organ, 'mr').verdict, 'redo', 'a study of the organ itself needs no indication');
});

test('purpose may be a list: a brain tumour is oncology and neurology, and the oncology rule applies', () => {
  const result = run({
    patient: 'context: active-oncology, indications: [brain-tumor], purpose: [oncology, neurology]',
    studies: ['id: head-ct, modality: CT, region: head, date: 2026-04-01, slice_thickness: 5mm'],
  });
  assert.deepEqual(
    study(result, 'head-ct')
      .reasons.filter((r) => r.verdict === 'redo')
      .map((r) => r.rule),
    ['thin'],
  );
});

test("the impact line shown is the one for the patient's indication", () => {
  const prostate = run({ studies: ['id: mr, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2, DCE]'] });
  const message = study(prostate, 'mr').reasons.find((r) => r.rule === 'prostate').message;
  assert.match(message, /PI-RADS grading is affected/);
  assert.doesNotMatch(message, /acute infarction/);
});

test('a budget with something planned and nothing priced is unknown, not 0; nothing planned is 0', () => {
  const unknown = run({
    patient: 'context: active-oncology',
    studies: ['id: xr, modality: XR, region: chest, date: 2026-01-01'],
    expect: 'expect:\n  budget: unknown\n',
  });
  assert.deepEqual([unknown.summary.budget.min, unknown.summary.budget.max, unknown.summary.budget.unknown], [null, null, ['XR']]);
  assert.equal(unknown.expectations.passed, true);
  assert.match(
    core.budgetText(unknown.summary.budget),
    /^unknown: nothing planned has a price \(XR; confirm with the receiving IMD; set aside 500–2,000 USD\)$/,
  );
  const zero = run({
    patient: 'context: active-oncology',
    studies: ['id: xr, modality: XR, region: chest, date: 2026-04-01'],
    expect: 'expect:\n  budget: unknown\n',
  });
  assert.deepEqual([zero.summary.budget.min, zero.summary.budget.max], [0, 0]);
  // An unknown amount has no currency; the machine-readable fields keep their words.
  assert.equal(zero.expectations.failures[0].message, 'budget: expected unknown, got 0 USD');
  assert.deepEqual([zero.expectations.failures[0].expected, zero.expectations.failures[0].actual], ['unknown', '0']);
});

test("a window's timeline schedules the redo it decides: MRI same or next day (lead 0–1bd) + report 2–3bd", () => {
  const result = run({ patient: 'context: active-oncology', studies: ['id: mr, modality: MR, region: knee, date: 2026-02-01'] });
  // lead 1 (Mon 13) + report 3 (Tue 14, Wed 15, Thu 16).
  assert.equal(study(result, 'mr').redo.ready_by, '2026-04-16');
});

test('summary: ready_by is the latest in-house plan and the budget the sum of the priced plans (random cases)', () => {
  const studyArb = fc.record({
    modality: fc.constantFrom('CT', 'MR', 'XR'),
    region: fc.constantFrom('chest', 'prostate', 'liver', 'abdomen', 'pelvis', 'head'),
    date: fc.integer({ min: 1, max: 120 }).map((n) => new Date(Date.UTC(2026, 3, 10) - n * 86_400_000).toISOString().slice(0, 10)),
    slice: fc.constantFrom('1mm', '5mm'),
    sequences: fc.subarray(['T2', 'DWI', 'DCE']),
    phases: fc.subarray(['arterial', 'portal-venous', 'delayed']),
  });
  fc.assert(
    fc.property(
      fc.array(studyArb, { minLength: 1, maxLength: 5 }),
      fc.constantFrom('active-oncology', 'stable-oncology-surveillance'),
      fc.boolean(),
      (studies, context, changed) => {
        const result = run({
          patient: `context: ${context}, indications: [liver-cancer, prostate-cancer], purpose: oncology, condition_changed: ${changed}, symptoms: [new-headache]`,
          studies: studies.map(
            (x, i) =>
              `id: s${i}, modality: ${x.modality}, region: ${x.region}, date: ${x.date}, slice_thickness: ${x.slice}, sequences: [${x.sequences.join(', ')}], phases: [${x.phases.join(', ')}]`,
          ),
        });
        const plans = [...result.studies.flatMap((x) => [x.redo, x.supplement]), ...result.orders].filter(Boolean);
        const days = plans
          .map((p) => p.ready_by)
          .filter((d) => d !== null)
          .sort();
        assert.equal(result.summary.ready_by, days.length ? days[days.length - 1] : null);
        const priced = plans.filter((p) => p.cost);
        const sum = (k) => priced.reduce((a, p) => a + p.cost[k], 0);
        assert.deepEqual([result.summary.budget.min, result.summary.budget.max], plans.length && !priced.length ? [null, null] : [sum('min'), sum('max')]);
        for (const x of result.studies) if (x.superseded_by) assert.deepEqual([x.redo, x.supplement], [null, null]);
      },
    ),
    runs(60),
  );
});

test("bad tables: a cycle in the regions, a concern naming an unknown region, an item made milder under a parent's hard rule", () => {
  const cycle = analyze([['p.protocol.yaml', `${PROTOCOL}regions:\n  liver: [abdomen]\n`]]);
  const [d] = cycle.diagnostics.get('p.protocol.yaml').filter((x) => x.code === 'region-cycle');
  assert.match(d.message, /^regions go round in a circle \(liver ⊃ abdomen ⊃ liver\): a region cannot contain itself$/);
  assert.equal(`${PROTOCOL}regions:\n  liver: [abdomen]\n`.slice(d.range.start, d.range.start + 5), 'liver');

  const unknown = analyze([['p.protocol.yaml', PROTOCOL.replace('new-headache: { regions: [head]', 'new-headache: { regions: [haed]')]]);
  const [u] = unknown.diagnostics.get('p.protocol.yaml').filter((x) => x.code === 'unknown-region');
  assert.equal(u.severity, 'warning');
  assert.match(u.message, /^'haed' is not a region of the hierarchy, so no study can be found to concern new-headache; did you mean 'head'\?/);
  assert.deepEqual(
    u.fixes.map((f) => [f.title, f.edits.map((e) => e.text)]),
    [['Change to head', ['head']]],
  );
  // A word close to no region: the message guesses nothing, and there is no fix to offer.
  const [far] = analyze([['p.protocol.yaml', PROTOCOL.replace('new-headache: { regions: [head]', 'new-headache: { regions: [qwertyuiop]')]])
    .diagnostics.get('p.protocol.yaml')
    .filter((x) => x.code === 'unknown-region');
  assert.equal(
    far.message,
    "'qwertyuiop' is not a region of the hierarchy, so no study can be found to concern new-headache (add it under a region in `regions` to use a new word)",
  );
  assert.deepEqual(far.fixes ?? [], []);

  const parent = `protocol: parent\nhospital: { sector: public, currency: USD }\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nmissing:\n  LGE: redo\nrules:\n  - id: cardiac\n    when: { modality: MR, region: heart }\n    require: { sequences: [cine, LGE] }\n    otherwise: supplement\n    hard: true\n`;
  const viaRule = `protocol: child\nextends: parent\nrules:\n  - id: cardiac\n    when: { modality: MR, region: heart }\n    require: { sequences: [cine, LGE] }\n    otherwise: supplement\n    missing: { LGE: supplement }\n    hard: true\n`;
  const [w1] = analyze([
    ['parent.protocol.yaml', parent],
    ['child.protocol.yaml', viaRule],
  ])
    .diagnostics.get('child.protocol.yaml')
    .filter((x) => x.code === 'hard-rule-weakened');
  assert.match(w1.message, /a missing LGE must stay at least 'redo' \(it is 'supplement' here\)/);
  const viaTable = `protocol: child\nextends: parent\nmissing:\n  LGE: supplement\n`;
  const project = analyze([
    ['parent.protocol.yaml', parent],
    ['child.protocol.yaml', viaTable],
  ]);
  const [w2] = project.diagnostics.get('child.protocol.yaml').filter((x) => x.code === 'hard-rule-weakened');
  assert.match(w2.message, /^a missing LGE is 'redo' under the hard rule 'cardiac' of parent, and stays so there; this entry cannot make it 'supplement'$/);
  assert.equal(viaTable.slice(w2.range.start, w2.range.start + 3), 'LGE');
});

test('the diff calls an item moving from supplement to redo stricter, and shows the cases it flips', () => {
  const before = PROTOCOL;
  const after = PROTOCOL.replace('DWI: { verdict: supplement, because: DWI needs no contrast. }', 'DWI: { verdict: redo, because: DWI needs no contrast. }');
  const kase =
    'case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology, indications: [prostate-cancer] }\nstudies:\n  - { id: mr, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2, DCE] }\n';
  const diff = core.diffProtocols(
    [
      { path: 'p.protocol.yaml', text: before },
      { path: 'c.case.yaml', text: kase },
    ],
    [
      { path: 'p.protocol.yaml', text: after },
      { path: 'c.case.yaml', text: kase },
    ],
  );
  const change = diff.changes.find((c) => c.kind === 'missing-changed');
  assert.deepEqual([change.key, change.field, change.before, change.after, change.direction], ['DWI', 'verdict', 'supplement', 'redo', 'stricter']);
  assert.deepEqual(
    diff.impact.studies.map((v) => [v.study, v.before, v.after, v.direction]),
    [['mr', 'supplement', 'redo', 'stricter']],
  );
});

test('an order served by a study redone anyway adds nothing to the plan, the budget or ready_by', () => {
  const protocol = PROTOCOL.replace(
    'timelines:\n',
    '  - id: headache\n    when: { symptom: new-headache }\n    order: { modality: MR, region: brain, contrast: true }\ntimelines:\n',
  ).replace('costs:\n', 'costs:\n  MR-contrast: 400..600\n');
  const patient = 'context: active-oncology, indications: [lung-cancer], purpose: oncology, condition_changed: true, symptoms: [new-headache]';
  const served = run({ protocol, patient, studies: ['id: head-mr, modality: MR, region: head, date: 2026-03-31, sequences: [T1, T2, T1-contrast]'] });
  assert.equal(study(served, 'head-mr').verdict, 'redo', 'the change concerns the head');
  assert.deepEqual(
    served.orders.map((o) => [o.modality, o.region, o.covered_by]),
    [['MR', 'brain', 'head-mr']],
  );
  assert.deepEqual([served.summary.budget.min, served.summary.budget.max], [400, 600], 'one MRI, not two');
  assert.equal(core.orderPlanText(served.orders[0]), 'served by the redo of head-mr: nothing added to the plan');
  assert.equal(core.plannedText(served), '1 redo');
  // A head MRI without contrast, redone: the order asks for contrast, so the redo becomes a contrast
  // MRI (its plain sequences come before the injection) and serves the order — one scan, not two.
  const plain = run({ protocol, patient, studies: ['id: head-mr, modality: MR, region: head, date: 2026-03-31, sequences: [T1, T2]'] });
  assert.deepEqual(
    [study(plain, 'head-mr').redo.timeline, ...plain.orders.map((o) => [o.modality, o.region, o.covered_by])],
    ['MR-contrast', ['MR', 'brain', 'head-mr']],
  );
  assert.equal(core.plannedText(plain), '1 redo');
  assert.deepEqual([plain.summary.budget.min, plain.summary.budget.max, plain.summary.budget.unknown], [400, 600, []]);
  // Two head MRIs redone (the older one also covers the neck, so neither supersedes the other): the
  // one with contrast serves the order and the plain one stays plain; an order without contrast is
  // served by the first the case lists.
  const both = [
    'id: plain-mr, modality: MR, region: head, date: 2026-03-31, sequences: [T1, T2]',
    'id: contrast-mr, modality: MR, region: [neck, head], date: 2026-03-30, sequences: [T1, T2, T1-contrast]',
  ];
  const twice = run({ protocol, patient, studies: both });
  assert.deepEqual(
    [study(twice, 'plain-mr').redo.timeline, study(twice, 'contrast-mr').redo.timeline, twice.orders[0].covered_by],
    ['MR', 'MR-contrast', 'contrast-mr'],
  );
  const twicePlain = run({ protocol: protocol.replace('region: brain, contrast: true', 'region: brain'), patient, studies: both });
  assert.deepEqual([study(twicePlain, 'plain-mr').redo.timeline, twicePlain.orders[0].covered_by], ['MR', 'plain-mr']);
  // An order without contrast leaves a plain redo as it is.
  const plainOrder = run({
    protocol: protocol.replace('region: brain, contrast: true', 'region: brain'),
    patient,
    studies: ['id: head-mr, modality: MR, region: head, date: 2026-03-31, sequences: [T1, T2]'],
  });
  assert.deepEqual([study(plainOrder, 'head-mr').redo.timeline, plainOrder.orders[0].covered_by], ['MR', 'head-mr']);
  const alone = run({ protocol, patient, studies: ['id: chest-ct, modality: CT, region: chest, date: 2026-03-31, slice_thickness: 1mm'] });
  assert.deepEqual(
    alone.orders.map((o) => [o.modality, o.region, o.covered_by]),
    [['MR', 'brain', null]],
  );
  assert.deepEqual([alone.summary.budget.min, alone.summary.budget.max], [400, 600]);
  assert.equal(core.plannedText(alone), '1 order');
});

test('a missing item two rules judge differently is a warning at the later rule, pointing at the earlier; rules that agree, or are switched off, are not', () => {
  const text = `protocol: p
hospital: { sector: public, currency: USD }
rules:
  - { id: liver, when: { modality: CT, region: liver }, require: { phases: [arterial] }, otherwise: supplement }
  - { id: abdomen, when: { modality: CT, region: abdomen }, require: { phases: [arterial] }, otherwise: supplement }
  - { id: old-liver, when: { modality: CT }, require: { phases: [arterial] }, otherwise: redo, disabled: true }
  - { id: liver-redo, when: { modality: CT, region: liver }, require: { phases: [arterial] }, otherwise: redo }
`;
  // The switched-off rule is told it switches nothing off (this profile extends none); the check is the rest.
  const [off, ...findings] = analyze([['p.protocol.yaml', text]]).diagnostics.get('p.protocol.yaml') ?? [];
  assert.deepEqual([off.code, text.slice(off.range.start, off.range.end)], ['nothing-to-disable', 'disabled']);
  assert.deepEqual(
    findings.map((d) => [d.code, d.severity, text.slice(d.range.start, d.range.end), d.message]),
    [
      [
        'item-verdicts-differ',
        'warning',
        'liver-redo',
        "a missing arterial is 'redo' under 'liver-redo' but 'supplement' under 'liver'; say what it takes in `missing` (the profile's table, or this rule's own)",
      ],
    ],
  );
  assert.deepEqual(
    findings[0].related.map((r) => [r.message, r.file, text.slice(r.range.start, r.range.end)]),
    [["'liver' gives 'supplement'", 'p.protocol.yaml', 'liver']],
  );
});

test('a rule still missing its otherwise (an error) takes no part in the item-verdicts check: the missing key is its one finding; once written, its verdict is compared', () => {
  const text = `protocol: p
hospital: { sector: public, currency: USD }
rules:
  - { id: first, when: { modality: CT, region: liver }, require: { phases: [arterial] } }
  - { id: liver, when: { modality: CT, region: liver }, require: { phases: [arterial] }, otherwise: supplement }
  - { id: third, when: { modality: CT, region: liver }, require: { phases: [arterial] } }
`;
  const findingsOf = (t) =>
    (analyze([['p.protocol.yaml', t]]).diagnostics.get('p.protocol.yaml') ?? []).map((d) => [
      d.code === 'item-verdicts-differ' ? `${d.code} at ${t.slice(d.range.start, d.range.end)}` : d.code,
      d.message,
    ]);
  // Which verdict 'first' and 'third' give is not written yet: there is none to differ from 'liver'.
  assert.deepEqual(findingsOf(text), [
    ['missing-key', "with `require`, rule 'first' also needs `otherwise`"],
    ['missing-key', "with `require`, rule 'third' also needs `otherwise`"],
  ]);
  // 'first' written as a redo now differs from 'liver'; 'third' still takes no part.
  const written = text.replace('require: { phases: [arterial] } }', 'require: { phases: [arterial] }, otherwise: redo }');
  assert.deepEqual(findingsOf(written), [
    ['missing-key', "with `require`, rule 'third' also needs `otherwise`"],
    [
      'item-verdicts-differ at liver',
      "a missing arterial is 'supplement' under 'liver' but 'redo' under 'first'; say what it takes in `missing` (the profile's table, or this rule's own)",
    ],
  ]);
});
