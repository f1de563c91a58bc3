// What a case's rules reach and what their plans cost, where issue 11's tables meet the rest of
// the profile: a changed condition scopes only the rules that ask about it, an order needs its
// study only when it names one, a window's `beyond` names the item a supplement adds, a rule's
// timeline for the contrast variant, and a supplement's own price. On Friday 2026-04-10
// (business days: Mon 13, Tue 14, Wed 15, Thu 16, Fri 17, Mon 20).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PROTOCOL = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w, beyond: redo }
  surveillance: { window: 3mo, beyond: supplement }
concerns:
  new-headache: head
  chest-pain: chest
rules:
  - id: thin
    when: { modality: CT }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
  - id: enhanced
    when: { contrast: true }
    verdict: review
    because: A contrast study is read by the radiologist.
  - id: changed
    when: { condition_changed: true }
    verdict: redo
  - id: brain-screen
    when: { condition_changed: true }
    order: { modality: MR, region: brain, reason: Screen the brain. }
  - id: liver-follow-up
    when: { modality: CT, region: liver }
    order: { modality: US, region: liver, reason: Follow the liver. }
  - id: breast
    when: { modality: MR, region: breast }
    require: { sequences: [DCE] }
    otherwise: redo
    timeline: { MR-contrast: { report: 5bd } }
timelines:
  CT: { scan: 15min, report: 1bd }
  MR: { scan: 30min, report: 1bd }
  MR-contrast: { scan: 60min, report: 2bd }
  US: { scan: 15min, report: 1bd }
costs:
  CT: 100
  MR: 1000
  MR-contrast: 1200
  US: 80
`;

function run(patient, studies, protocol = PROTOCOL) {
  const text = `case: c\nprotocol: p\non: 2026-04-10\npatient: { ${patient} }\nstudies:${studies.length ? studies.map((s) => `\n  - { ${s} }`).join('') : ' []'}\n`;
  const project = core.analyzeProject([
    { path: 'p.protocol.yaml', text: protocol },
    { path: 'c.case.yaml', text },
  ]);
  for (const [path, diagnostics] of project.diagnostics) {
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => `${path}: ${d.code} ${d.message}`),
      [],
    );
  }
  return core.runCases(project, ['c.case.yaml']).cases[0];
}

const rulesOf = (study) => study.reasons.filter((r) => r.verdict !== 'accept').map((r) => [r.rule, r.verdict]);

test('a changed condition concerning the head spares the chest CT from the changed rule only: its other rules still apply', () => {
  const result = run('context: active-oncology, condition_changed: true, symptoms: [new-headache]', [
    'id: thick, modality: CT, region: chest, date: 2026-04-01, slice_thickness: 5mm',
    'id: enhanced, modality: CT, region: chest, date: 2026-04-01, slice_thickness: 1mm, phases: [portal-venous]',
    'id: head, modality: CT, region: head, date: 2026-04-01, slice_thickness: 1mm',
  ]);
  assert.deepEqual(
    result.studies.map((s) => [s.id, rulesOf(s)]),
    [
      ['thick', [['thin', 'redo']]],
      ['enhanced', [['enhanced', 'review']]],
      ['head', [['changed', 'redo']]],
    ],
  );
});

test('an order on a changed condition is made once for the patient, the symptom naming a region', () => {
  const result = run('context: active-oncology, condition_changed: true, symptoms: [new-headache]', ['id: knee, modality: XR, region: knee, date: 2026-04-01']);
  assert.deepEqual(
    result.orders.map((o) => [o.rule, o.modality, o.region, o.reason, o.covered_by]),
    [['brain-screen', 'MR', 'brain', 'Screen the brain.', null]],
  );
});

test("an order for the patient is made even when the case brings no study; an order naming a study's modality needs that study", () => {
  const none = run('context: active-oncology, condition_changed: true', []);
  assert.deepEqual(
    none.orders.map((o) => o.rule),
    ['brain-screen'],
  );
  const unchanged = (studies) => run('context: active-oncology', studies).orders.map((o) => o.rule);
  assert.deepEqual(unchanged([]), []);
  assert.deepEqual(unchanged(['id: chest, modality: CT, region: chest, date: 2026-04-01, slice_thickness: 1mm']), []);
  assert.deepEqual(unchanged(['id: liver, modality: CT, region: liver, date: 2026-04-01, slice_thickness: 1mm']), ['liver-follow-up']);
});

test('only a window whose beyond is supplement adds a new baseline; one too old under a redo window names no item', () => {
  const redo = run('context: active-oncology', ['id: old, modality: CT, region: chest, date: 2026-01-05, slice_thickness: 1mm']).studies[0];
  const validity = redo.reasons.find((r) => r.rule === 'validity:active-oncology');
  assert.equal(validity.verdict, 'redo');
  assert.equal(validity.items, undefined);
  assert.equal(redo.redo.modality, 'CT');
  const kept = run('context: surveillance', ['id: old, modality: CT, region: chest, date: 2025-12-01, slice_thickness: 1mm']).studies[0];
  assert.deepEqual(kept.reasons.find((r) => r.rule === 'validity:surveillance').items, ['baseline']);
});

test("a rule's timeline written for the contrast variant schedules its contrast redo", () => {
  const result = run('context: active-oncology', ['id: mr, modality: MR, region: breast, date: 2026-04-01, sequences: [T1, T2]']);
  const { redo } = result.studies[0];
  // report 5bd from Fri 10: Mon 13 … Fri 17 (not the row's 2bd: Tue 14).
  assert.deepEqual([redo.timeline, redo.report, redo.ready_by], ['MR-contrast', '5bd', '2026-04-17']);
});

test("a supplement is priced by the modality's -supplement cost only: the study's own price or its timeline's is never used", () => {
  const protocol = PROTOCOL.replace(
    '  - id: breast',
    '  - id: breast-kept\n    when: { modality: MR, region: breast }\n    require: { sequences: [DWI] }\n    otherwise: supplement\n  - id: breast',
  );
  const study = ['id: mr, modality: MR, region: breast, date: 2026-04-01, sequences: [DCE]'];
  const unpriced = run('context: active-oncology', study, protocol);
  const plan = unpriced.studies[0].supplement;
  assert.deepEqual([plan.items, plan.timeline, plan.cost], [['DWI'], 'MR', null], 'no MR-supplement cost: not the 1000 of a whole MR');
  assert.deepEqual([unpriced.summary.budget.min, unpriced.summary.budget.unknown], [null, ['MR']]);
  const priced = run('context: active-oncology', study, protocol.replace('  US: 80\n', '  US: 80\n  MR-supplement: 300\n')).studies[0].supplement;
  assert.deepEqual([priced.timeline, priced.cost], ['MR', { min: 300, max: 300, currency: 'USD' }]);
});

test('a contrast redo without a contrast price is priced as the modality', () => {
  const protocol = PROTOCOL.replace('  MR-contrast: 1200\n', '');
  const { redo } = run('context: active-oncology', ['id: mr, modality: MR, region: breast, date: 2026-04-01, sequences: [T1]'], protocol).studies[0];
  assert.deepEqual([redo.timeline, redo.cost], ['MR-contrast', { min: 1000, max: 1000, currency: 'USD' }]);
  const withPrice = run('context: active-oncology', ['id: mr, modality: MR, region: breast, date: 2026-04-01, sequences: [T1]']).studies[0].redo;
  assert.deepEqual([withPrice.timeline, withPrice.cost.min], ['MR-contrast', 1200]);
});

test('a redo follows the contrast timeline when the study used contrast or the rule that decided it asks for contrast, in any words', () => {
  const timelineOf = (require, study) => {
    const protocol = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w, beyond: redo }
rules:
  - id: knee
    when: { modality: MR, region: knee }
    ${require}${require.startsWith('require') ? '\n    otherwise: redo' : ''}
timelines:
  MR: { scan: 30min, report: 1bd }
  MR-contrast: { scan: 60min, report: 2bd }
`;
    return run('context: active-oncology', [`id: mr, modality: MR, region: knee, date: 2026-04-01, ${study}`], protocol).studies[0].redo?.timeline;
  };
  const plain = 'series: [{ sequence: T1 }]';
  const table = [
    ['require: { sequences: [T2] }', 'sequences: [T1]', 'MR'],
    ['require: { phases: [arterial] }', 'phases: [non-contrast]', 'MR-contrast'],
    ['require: { series: [{ sequence: DCE }] }', plain, 'MR-contrast'],
    ['require: { series: [{ phase: arterial }] }', 'series: [{ phase: non-contrast }]', 'MR-contrast'],
    ['require: { series: [{ sequence: T2, contrast: true }] }', plain, 'MR-contrast'],
    ["require: { series: [{ sequence: T2, contrast_delay: '<= 4min' }] }", plain, 'MR-contrast'],
    ['require: { series: [{ sequence: T2, contrast: false }] }', plain, 'MR'],
    ['verdict: redo', 'series: [{ sequence: T1, contrast: true }]', 'MR-contrast'],
    ['verdict: redo', 'series: [{ sequence: T1, contrast: false }]', 'MR'],
    ['verdict: redo', 'sequences: [T1, DCE]', 'MR-contrast'],
    ['verdict: redo', 'phases: [arterial]', 'MR-contrast'],
  ];
  assert.deepEqual(
    table.map(([require, study]) => [require, study, timelineOf(require, study)]),
    table,
  );
});

test('a changed condition concerns a study within its region, one covering it and one without a region; two symptoms, both regions', () => {
  const studies = [
    'id: brain, modality: XR, region: brain, date: 2026-04-01',
    'id: body, modality: XR, region: whole-body, date: 2026-04-01',
    'id: unsaid, modality: XR, date: 2026-04-01',
    'id: chest, modality: XR, region: chest, date: 2026-04-01',
    'id: knee, modality: XR, region: knee, date: 2026-04-01',
  ];
  const redone = (symptoms) =>
    run(`context: active-oncology, condition_changed: true, symptoms: [${symptoms}]`, studies)
      .studies.filter((s) => s.verdict === 'redo')
      .map((s) => s.id);
  assert.deepEqual(redone('new-headache'), ['brain', 'body', 'unsaid']);
  assert.deepEqual(redone('new-headache, chest-pain'), ['brain', 'body', 'unsaid', 'chest']);
  const both = run('context: active-oncology, condition_changed: true, symptoms: [new-headache, chest-pain]', studies).studies[0];
  assert.equal(
    both.reasons.find((r) => r.rule === 'changed').message,
    'applies to every XR study here (new-headache concerns the head; chest-pain concerns the chest)',
  );
});

test('a changed condition with one symptom the profile does not map concerns every study, and says which symptom', () => {
  const result = run('context: active-oncology, condition_changed: true, symptoms: [new-headache, new-rash]', [
    'id: knee, modality: XR, region: knee, date: 2026-04-01',
  ]);
  assert.equal(result.studies[0].verdict, 'redo');
  assert.equal(
    result.studies[0].reasons.find((r) => r.rule === 'changed').message,
    'applies to every XR study here (the profile does not say which region new-rash concerns, so every study reflecting the old status is redone)',
  );
});

test('the newest of the newer studies of the same modality covering the region supersedes; another modality, the same day or another region does not', () => {
  const result = run('context: active-oncology', [
    'id: old, modality: CT, region: chest, date: 2026-02-01, slice_thickness: 1mm',
    'id: newer, modality: CT, region: chest, date: 2026-03-25, slice_thickness: 1mm',
    'id: newest, modality: CT, region: chest, date: 2026-04-01, slice_thickness: 1mm',
    'id: old-knee, modality: XR, region: knee, date: 2026-02-01',
    'id: new-knee-ct, modality: CT, region: knee, date: 2026-04-01, slice_thickness: 1mm',
    'id: old-liver, modality: CT, region: liver, date: 2026-02-01, slice_thickness: 1mm',
    'id: same-day-liver, modality: CT, region: liver, date: 2026-02-01, slice_thickness: 1mm',
    'id: old-head, modality: CT, region: head, date: 2026-02-01, slice_thickness: 1mm',
  ]);
  assert.deepEqual(
    result.studies.map((s) => [s.id, s.verdict, s.superseded_by]),
    [
      ['old', 'redo', 'newest'],
      ['newer', 'accept', null],
      ['newest', 'accept', null],
      ['old-knee', 'redo', null],
      ['new-knee-ct', 'accept', null],
      ['old-liver', 'redo', null],
      ['same-day-liver', 'redo', null],
      ['old-head', 'redo', null],
    ],
  );
});

test('a study to be supplemented is superseded as one to be redone is; one sent for review stays', () => {
  const protocol = PROTOCOL.replace(
    'surveillance: { window: 3mo, beyond: supplement }',
    'surveillance: { window: 3mo, beyond: supplement }\n  follow-up: { window: 1mo..6mo, beyond: redo }',
  );
  const supplemented = run('context: surveillance', [
    'id: old, modality: CT, region: chest, date: 2025-12-01, slice_thickness: 1mm',
    'id: new, modality: CT, region: chest, date: 2026-04-01, slice_thickness: 1mm',
  ]);
  assert.deepEqual(
    supplemented.studies.map((s) => [s.id, s.verdict, s.superseded_by, s.supplement]),
    [
      ['old', 'supplement', 'new', null],
      ['new', 'accept', null, null],
    ],
  );
  const reviewed = run(
    'context: follow-up',
    [
      'id: old, modality: CT, region: chest, date: 2026-02-01, slice_thickness: 1mm',
      'id: new, modality: CT, region: chest, date: 2026-04-01, slice_thickness: 1mm',
    ],
    protocol,
  );
  assert.deepEqual(
    reviewed.studies.map((s) => [s.id, s.verdict, s.superseded_by]),
    [
      ['old', 'review', null],
      ['new', 'accept', null],
    ],
  );
});

test('a study without a region is superseded only by a newer one without a region, and supersedes none with a region', () => {
  const result = run('context: active-oncology', [
    'id: old-unsaid, modality: XR, date: 2026-02-01',
    'id: old-chest, modality: XR, region: chest, date: 2026-02-01',
    'id: new-unsaid, modality: XR, date: 2026-04-01',
  ]);
  assert.deepEqual(
    result.studies.map((s) => [s.id, s.superseded_by]),
    [
      ['old-unsaid', 'new-unsaid'],
      ['old-chest', null],
      ['new-unsaid', null],
    ],
  );
});

test("a window's timeline schedules the redos it decides, alone or with a rule, and not those a rule alone decides", () => {
  const protocol = PROTOCOL.replace(
    'active-oncology: { window: 4w, beyond: redo }',
    'active-oncology: { window: 4w, beyond: redo, timeline: { CT: { report: 4bd } } }',
  );
  const result = run(
    'context: active-oncology',
    [
      'id: thick, modality: CT, region: chest, date: 2026-04-01, slice_thickness: 5mm',
      'id: old, modality: CT, region: abdomen, date: 2026-02-01, slice_thickness: 1mm',
      'id: old-and-thick, modality: CT, region: head, date: 2026-02-01, slice_thickness: 5mm',
    ],
    protocol,
  );
  // From Fri 10: the row's 1bd is Mon 13; the window's 4bd is Thu 16.
  assert.deepEqual(
    result.studies.map((s) => [s.id, s.redo.report, s.redo.ready_by]),
    [
      ['thick', '1bd', '2026-04-13'],
      ['old', '4bd', '2026-04-16'],
      ['old-and-thick', '4bd', '2026-04-16'],
    ],
  );
});

test('supersession over several regions: a newer study must cover every region of the older, and may cover more', () => {
  const result = run('context: active-oncology', [
    'id: old-two, modality: CT, region: [chest, abdomen], date: 2026-02-01, slice_thickness: 1mm',
    'id: old-chest, modality: CT, region: chest, date: 2026-02-01, slice_thickness: 1mm',
    'id: new-chest, modality: CT, region: chest, date: 2026-03-20, slice_thickness: 1mm',
    'id: new-wide, modality: CT, region: [head, chest], date: 2026-04-01, slice_thickness: 1mm',
  ]);
  assert.deepEqual(
    result.studies.map((s) => [s.id, s.superseded_by]),
    [
      ['old-two', null],
      ['old-chest', 'new-wide'],
      ['new-chest', null],
      ['new-wide', null],
    ],
  );
});

test('the newest newer study supersedes whatever order the studies are listed in', () => {
  const studies = [
    'id: newest, modality: CT, region: chest, date: 2026-04-01, slice_thickness: 1mm',
    'id: old, modality: CT, region: chest, date: 2026-02-01, slice_thickness: 1mm',
    'id: newer, modality: CT, region: chest, date: 2026-03-25, slice_thickness: 1mm',
  ];
  for (const order of [studies, [...studies].reverse(), [studies[1], studies[0], studies[2]]]) {
    assert.equal(run('context: active-oncology', order).studies.find((s) => s.id === 'old').superseded_by, 'newest');
  }
});
