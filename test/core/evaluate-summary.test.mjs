// Evaluation beyond one study's verdict: orders (once per modality and region, with their
// reason, timeline and expedite; served by a covering study redone anyway), the summary (latest ready_by, budget, verdict counts), advice (each line once, by its
// trigger) and `expect` on orders, ready_by and budget — each failure with expected, actual and
// the words a user reads. Worked out by hand on Friday 2026-04-10 from docs/language.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PROTOCOL = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  stable-orthopedic: { window: 3mo, beyond: review }
rules:
  - { id: video, when: { format: video }, verdict: supplement, advice: Bring the DICOM. }
  - { id: us-video, when: { format: video, modality: US }, verdict: supplement, advice: Bring the DICOM. }
  - { id: knee, when: { region: knee, context: stable-orthopedic }, verdict: review }
  - { id: onc, when: { purpose: oncology, modality: CT }, verdict: redo }
  - { id: head-1, when: { symptom: new-headache }, order: { modality: MR, region: brain }, because: Rule out metastases. }
  - { id: head-2, when: { symptom: new-headache }, order: { modality: MR, region: brain, reason: Second. } }
  - { id: chest, title: Chest film, when: { symptom: chest-pain, modality: CT }, order: { modality: XR } }
  - { id: spine, when: { symptom: back-pain }, order: { modality: XR, region: spine } }
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd, expedited: 0bd }
  MR: { scan: 30min..60min, report: 2bd..3bd }
  XR: { scan: 10min..20min, report: 1h..2h }
costs:
  CT: 100..200
  XR: 20
advice:
  - { when: supplement, text: Supplement. }
  - { when: redo, text: Redo. }
  - { when: several-facilities, text: One facility. }
  - { when: unknown-cost, text: Confirm prices. }
`;

/** PROTOCOL with `lines` (rules, each a flow map) after its own rules. */
const withRules = (...lines) => PROTOCOL.replace('timelines:\n', `${lines.map((l) => `  - ${l}\n`).join('')}timelines:\n`);

function run({ protocol = PROTOCOL, patient = 'context: active-oncology', studies, expect = '', say = undefined }) {
  const text = `case: c\nprotocol: p\non: 2026-04-10\npatient: { ${patient} }\nstudies:\n${studies.map((s) => `  - { ${s} }`).join('\n')}\n${expect}`;
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
  return { result: core.runCases(project, undefined, say).cases[0], text };
}

const failures = (result) =>
  result.expectations.failures.map((f) => ({ study: f.study, expected: f.expected, actual: f.actual, rules: f.rules, message: f.message }));

test("an order fires once per modality and region, with the first rule's reason; a study condition needs a matching study", () => {
  const { result } = run({
    patient: 'context: active-oncology, symptoms: [new-headache, chest-pain]',
    studies: ['id: xr, modality: XR, date: 2026-04-09, facility: North'],
    expect: 'expect:\n  xr: accept\n  orders: [{ modality: MR }]\n  ready_by: 2026-04-15\n  budget: unknown\n',
  });
  // head-2 orders the same MR of the brain: not twice. chest needs a CT study: there is none.
  assert.deepEqual(
    result.orders.map((o) => [o.modality, o.region, o.reason, o.rule, o.ready_by, o.expedited]),
    [['MR', 'brain', 'Rule out metastases.', 'head-1', '2026-04-15', false]],
  );
  // The one plan has no price: the budget is unknown, not 0.
  assert.deepEqual(result.summary, {
    ready_by: '2026-04-15',
    budget: { min: null, max: null, currency: 'USD', unknown: ['MR'] },
    verdicts: { accept: 1, review: 0, supplement: 0, redo: 0 },
    superseded: 0,
  });
  assert.deepEqual(result.advice, ['Redo.', 'Confirm prices.'], 'an order is new imaging: the redo advice; its price is unknown');
  assert.deepEqual(result.expectations, { passed: true, failures: [] }, 'an expected order without region matches any region');
});

test('orders, ready_by and budget that differ from expect: each failure says expected and got', () => {
  const { result } = run({
    patient: 'context: active-oncology, symptoms: [new-headache, chest-pain]',
    studies: ['id: xr, modality: XR, date: 2026-04-09, facility: North', 'id: ct, modality: CT, date: 2026-04-09, facility: South'],
    expect: 'expect:\n  xr: accept\n  orders: []\n  ready_by: none\n  budget: 20..30\n',
  });
  // The CT lets chest order an XR (no region; its title is the reason), ready the same day for 20 USD.
  assert.deepEqual(
    result.orders.map((o) => [o.modality, o.region, o.reason, o.ready_by]),
    [
      ['MR', 'brain', 'Rule out metastases.', '2026-04-15'],
      ['XR', null, 'Chest film', '2026-04-10'],
    ],
  );
  assert.equal(result.summary.ready_by, '2026-04-15', 'the latest plan');
  assert.deepEqual(failures(result), [
    {
      study: 'orders',
      expected: 'no orders',
      actual: 'MR of the brain, XR',
      rules: ['head-1', 'chest'],
      message: 'orders: expected none, got MR of the brain, XR',
    },
    { study: 'ready_by', expected: 'none', actual: '2026-04-15', rules: [], message: 'ready_by: expected none, got 2026-04-15' },
    { study: 'budget', expected: '20..30', actual: '20', rules: [], message: 'budget: expected 20..30 USD, got 20 USD' },
  ]);
  assert.deepEqual(result.advice, ['Redo.', 'One facility.', 'Confirm prices.']);
});

test('expected orders and a date when nothing is ordered: "got none"', () => {
  const { result } = run({
    studies: ['id: xr, modality: XR, date: 2026-04-09'],
    expect: 'expect:\n  orders: [{ modality: MR, region: brain }]\n  ready_by: 2026-04-15\n',
  });
  assert.deepEqual(failures(result), [
    { study: 'orders', expected: 'MR of the brain', actual: 'no orders', rules: [], message: 'orders: expected MR of the brain, got none' },
    { study: 'ready_by', expected: '2026-04-15', actual: 'none', rules: [], message: 'ready_by: expected 2026-04-15, got none' },
  ]);
  assert.deepEqual(result.advice, [], 'nothing triggered');
});

test('a failed expectation read in Chinese says none and unknown in Chinese, and no currency after an unknown amount', () => {
  const { result } = run({
    studies: ['id: xr, modality: XR, date: 2026-04-09'],
    expect: 'expect:\n  ready_by: 2026-04-15\n  budget: unknown\n',
    say: new core.Catalogue('zh-CN'),
  });
  assert.deepEqual(
    result.expectations.failures.map((f) => f.message),
    ['ready_by：预期 2026-04-15，实际 无', '预算：预期 未知，实际 0 USD'],
  );
});

test('an urgent patient gets expedited redos and orders where a timeline says how', () => {
  const { result } = run({
    patient: 'context: active-oncology, purpose: oncology, urgent: true, symptoms: [back-pain]',
    studies: ['id: ct, modality: CT, date: 2026-04-09'],
  });
  assert.deepEqual(
    [result.studies[0].verdict, result.studies[0].redo.report, result.studies[0].redo.expedited, result.studies[0].redo.ready_by],
    ['redo', '0bd', true, '2026-04-10'],
  );
  assert.deepEqual(
    result.orders.map((o) => [o.modality, o.region, o.reason, o.expedited, o.report]),
    [['XR', 'spine', 'spine', false, '1h..2h']],
    'XR has no expedited time; the rule id is the reason of last resort',
  );
  assert.deepEqual(result.summary.budget, { min: 120, max: 220, currency: 'USD', unknown: [] });
});

test("a rule's advice is given once however many studies it decides; context, region and format conditions", () => {
  const { result } = run({
    patient: 'context: stable-orthopedic',
    studies: [
      'id: us, modality: US, date: 2026-04-01, format: video',
      'id: xr, modality: XR, date: 2026-04-01, format: video',
      'id: knee, modality: XR, region: knee, date: 2026-04-01',
      'id: hip, modality: XR, region: hip, date: 2026-04-01',
    ],
  });
  assert.deepEqual(Object.fromEntries(result.studies.map((s) => [s.id, s.verdict])), { us: 'supplement', xr: 'supplement', knee: 'review', hip: 'accept' });
  assert.deepEqual(
    result.studies[0].reasons.map((r) => r.rule),
    ['validity:stable-orthopedic', 'video', 'us-video'],
  );
  // A supplement has a plan; the profile prices no US or XR supplement: confirm the prices.
  assert.deepEqual(result.advice, ['Bring the DICOM.', 'Supplement.', 'Confirm prices.']);
  assert.deepEqual(result.summary.verdicts, { accept: 1, review: 1, supplement: 2, redo: 0 });
  // Neither supplement has a price; the US one has no timeline either, so it is named by its modality.
  assert.equal(core.budgetText(result.summary.budget), 'unknown: nothing planned has a price (US, XR; confirm with the receiving IMD)');
  // No US or XR timeline in this profile: the plans name none.
  assert.deepEqual(
    result.studies.map((s) => s.supplement && [s.supplement.modality, s.supplement.timeline, s.supplement.items]),
    [['US', null, []], ['XR', 'XR', []], null, null],
  );
  const oncology = run({ studies: ['id: knee, modality: XR, region: knee, date: 2026-04-01'] }).result;
  assert.equal(oncology.studies[0].verdict, 'accept', 'the knee rule is for stable-orthopedic only');
});

test('one modality for two regions, or two modalities for one region, are two orders', () => {
  const protocol = withRules('{ id: fall, when: { symptom: fall }, order: { modality: CT, region: brain } }');
  const { result } = run({
    protocol,
    patient: 'context: active-oncology, symptoms: [new-headache, chest-pain, back-pain, fall]',
    studies: ['id: ct, modality: CT, date: 2026-04-09'],
  });
  // An XR without region (chest) and an XR of the spine; an MR and a CT of the brain.
  assert.deepEqual(
    result.orders.map((o) => [o.modality, o.region, o.rule]),
    [
      ['MR', 'brain', 'head-1'],
      ['XR', null, 'chest'],
      ['XR', 'spine', 'spine'],
      ['CT', 'brain', 'fall'],
    ],
  );
  assert.equal(core.plannedText(result), '4 orders');
});

test('only a study redone anyway, of the same modality, with a region covering the order, serves it', () => {
  const served = (studies) => {
    const { result } = run({ patient: 'context: active-oncology, symptoms: [new-headache]', studies });
    return { covered: result.orders.map((o) => o.covered_by), planned: core.plannedText(result), budget: core.budgetText(result.summary.budget) };
  };
  // Past the window (6w): redone. A redone MR of the knee is no brain MRI.
  assert.deepEqual(served(['id: knee, modality: MR, region: knee, date: 2026-01-05']), {
    covered: [null],
    planned: '1 redo, 1 order',
    budget: 'unknown: nothing planned has a price (MR; confirm with the receiving IMD)',
  });
  // A redone CT of the head is no MRI.
  assert.deepEqual(served(['id: head-ct, modality: CT, region: head, date: 2026-01-05']).covered, [null]);
  // A head MRI inside the window is kept, not redone: the order still needs its own scan.
  assert.deepEqual(served(['id: head, modality: MR, region: head, date: 2026-04-01']).covered, [null]);
  // A redone MRI of the neck and head: one of its regions covers the brain.
  assert.deepEqual(served(['id: head-neck, modality: MR, region: [neck, head], date: 2026-01-05']), {
    covered: ['head-neck'],
    planned: '1 redo',
    budget: 'unknown: nothing planned has a price (MR; confirm with the receiving IMD)',
  });
});

test("an order's plan uses its rule's timeline and is expedited for an urgent patient or a rule that says so", () => {
  const protocol = withRules(
    '{ id: fall, when: { symptom: fall }, order: { modality: CT, region: brain } }',
    '{ id: stroke, when: { symptom: weakness }, order: { modality: CT, region: head }, expedite: true }',
    '{ id: seizure, when: { symptom: seizure }, order: { modality: MR, region: brain }, timeline: { MR: { report: 5bd } } }',
  );
  const orders = (patient) =>
    run({ protocol, patient, studies: ['id: xr, modality: XR, date: 2026-04-09'] }).result.orders.map((o) => [o.rule, o.report, o.expedited, o.ready_by]);
  // Friday 2026-04-10: CT reports in 1bd..2bd (Tuesday), 0bd when expedited (the same day).
  assert.deepEqual(orders('context: active-oncology, symptoms: [fall, weakness, seizure]'), [
    ['fall', '1bd..2bd', false, '2026-04-14'],
    ['stroke', '0bd', true, '2026-04-10'],
    ['seizure', '5bd', false, '2026-04-17'],
  ]);
  assert.deepEqual(orders('context: active-oncology, urgent: true, symptoms: [fall]'), [['fall', '0bd', true, '2026-04-10']]);
});

test('advice: a rule whose requirement is met, or whose study is superseded, says nothing; a study without facility is no second facility', () => {
  const protocol = withRules('{ id: mr-dwi, when: { modality: MR }, require: { sequences: [DWI] }, otherwise: supplement, advice: Bring the DWI. }');
  const advice = (studies) => run({ protocol, studies }).result.advice;
  assert.deepEqual(advice(['id: mr, modality: MR, date: 2026-04-01, sequences: [T1, DWI], facility: North']), []);
  assert.deepEqual(advice(['id: mr, modality: MR, date: 2026-04-01, sequences: [T1], facility: North']), ['Bring the DWI.', 'Supplement.', 'Confirm prices.']);
  // The older MR is superseded by the newer one, which meets the rule: nothing to bring.
  assert.deepEqual(advice(['id: old, modality: MR, date: 2026-03-20, sequences: [T1]', 'id: new, modality: MR, date: 2026-04-01, sequences: [T1, DWI]']), []);
  assert.deepEqual(advice(['id: mr, modality: MR, date: 2026-04-01, sequences: [DWI], facility: North', 'id: xr, modality: XR, date: 2026-04-01']), []);
  assert.deepEqual(
    advice(['id: mr, modality: MR, date: 2026-04-01, sequences: [DWI], facility: North', 'id: xr, modality: XR, date: 2026-04-01, facility: South']),
    ['One facility.'],
  );
});
