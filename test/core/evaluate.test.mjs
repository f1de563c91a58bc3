// Evaluation: each kind of rule, validity bands, extends and hard rules, redo plans (timeline,
// ready_by, cost), orders, advice and expectations — on small hand-written protocols.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PARENT = `protocol: parent
hospital: { sector: public, currency: USD, holidays: [2026-10-01..2026-10-07] }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  stable-orthopedic: { window: 3mo..6mo, beyond: review }
rules:
  - id: thin-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
    advice: Redo the CT at home with thin slices.
  - id: field
    when: { modality: MR, purpose: [neurology, oncology] }
    require: { field_strength: ">= 1.5T" }
    otherwise: redo
  - id: brain-sequences
    when: { modality: MR, indication: [brain-tumor, stroke] }
    require: { sequences: [T1, T2, FLAIR, DWI, T1-contrast] }
    otherwise: supplement
    impact: { DWI: "Without DWI, acute infarction can't be assessed" }
  - id: us
    when: { modality: US }
    verdict: redo
    note: Video may serve as reference only.
  - id: infection
    when: { infection_relevant: true }
    verdict: redo
    hard: true
    timeline: { CT: { report: 0bd } }
  - id: changed
    when: { condition_changed: true }
    verdict: redo
    expedite: true
  - id: headache
    when: { indication: lung-cancer, symptom: new-headache }
    order: { modality: MR, region: brain, contrast: true, reason: Screen for brain metastases }
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan, expedited: 0bd }
  MR: { scan: 30min..60min, report: 1bd..3bd, same_day: scan }
  MR-contrast: { scan: 60min..90min, report: 2bd..3bd, same_day: scan }
  US: { lead: 1bd..3bd, scan: 15min..30min, report: on-the-spot, same_day: true }
  PET-CT: { scan: 2h..3h, report: 2bd..3bd, same_day: scan }
costs:
  PET-CT: 1100..1500
  private_multiplier: 2..4
  reserve: 500..2000
advice:
  - { when: always, text: Pre-review with the IMD. }
  - { when: supplement, text: Supplement at home. }
  - { when: expired, text: Leave expired studies at home. }
  - { when: several-facilities, text: Use one facility. }
  - { when: unknown-cost, text: Confirm prices. }
`;

function run(caseYaml, extra = []) {
  const files = [{ path: 'parent.protocol.yaml', text: PARENT }, ...extra, { path: 'c.case.yaml', text: caseYaml }];
  const project = core.analyzeProject(files);
  for (const [path, diagnostics] of project.diagnostics) {
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => `${path}: ${d.code} ${d.message}`),
      [],
    );
  }
  const { cases } = core.runCases(project, ['c.case.yaml']);
  assert.equal(cases.length, 1);
  return cases[0];
}

function caseOf({ on = '2026-04-10', protocol = 'parent', patient = 'context: active-oncology', studies, expect = '' }) {
  return `case: c\nprotocol: ${protocol}\non: ${on}\npatient: { ${patient} }\nstudies:\n${studies.map((s) => `  - { ${s} }`).join('\n')}\n${expect}`;
}

const verdicts = (result) => Object.fromEntries(result.studies.map((s) => [s.id, s.verdict]));
const deciding = (study) => study.reasons.filter((r) => r.verdict === study.verdict).map((r) => r.rule);

test('validity bands: accept up to the first bound, review up to the second, then beyond', () => {
  // on 2026-04-10: 28 days back is 2026-03-13, 42 days back is 2026-02-27.
  const result = run(
    caseOf({
      studies: [
        'id: d28, modality: XR, date: 2026-03-13',
        'id: d29, modality: XR, date: 2026-03-12',
        'id: d42, modality: XR, date: 2026-02-27',
        'id: d43, modality: XR, date: 2026-02-26',
      ],
    }),
  );
  assert.deepEqual(verdicts(result), { d28: 'accept', d29: 'review', d42: 'review', d43: 'redo' });
  assert.deepEqual(deciding(result.studies[3]), ['validity:active-oncology']);
  assert.match(result.studies[3].reasons[0].message, /43 days old/);
});

test('calendar-month windows: 3mo..6mo counted on the calendar', () => {
  const result = run(
    caseOf({
      on: '2026-02-28',
      patient: 'context: stable-orthopedic',
      studies: ['id: nov30, modality: XR, date: 2025-11-30', 'id: nov27, modality: XR, date: 2025-11-27', 'id: aug27, modality: XR, date: 2025-08-27'],
    }),
  );
  // 2025-11-30 + 3mo = 2026-02-28 (inside); 2025-11-27 + 3mo = 2026-02-27 (past); 2025-08-27 + 6mo = 2026-02-27 (beyond → review).
  assert.deepEqual(verdicts(result), { nov30: 'accept', nov27: 'review', aug27: 'review' });
  assert.match(result.studies[2].reasons[0].message, /beyond the 6mo/);
});

test('requirement rules: thin slices, field strength, sequences with impact, unknown values', () => {
  const result = run(
    caseOf({
      patient: 'context: active-oncology, purpose: oncology, indications: [brain-tumor]',
      studies: [
        'id: thin, modality: CT, date: 2026-04-01, slice_thickness: 1mm',
        'id: thick, modality: CT, date: 2026-04-01, slice_thickness: 5mm',
        'id: unstated, modality: CT, date: 2026-04-01',
        'id: low-field, modality: MR, date: 2026-04-01, field_strength: 0.5T, sequences: [T1, T2, FLAIR, DWI, T1-contrast]',
        'id: no-dwi, modality: MR, date: 2026-04-01, field_strength: 3T, sequences: [T1, T2, FLAIR, T1-contrast]',
      ],
    }),
  );
  assert.deepEqual(verdicts(result), { thin: 'accept', thick: 'redo', unstated: 'review', 'low-field': 'redo', 'no-dwi': 'supplement' });
  const [, thick, unstated, , noDwi] = result.studies;
  assert.deepEqual(deciding(thick), ['thin-ct']);
  assert.match(thick.reasons.find((r) => r.rule === 'thin-ct').message, /slice thickness 5mm does not meet <= 2\.5mm/);
  assert.match(unstated.reasons.find((r) => r.rule === 'thin-ct').message, /not stated/);
  assert.match(
    noDwi.reasons.find((r) => r.rule === 'brain-sequences').message,
    /missing sequence DWI \(DWI: Without DWI, acute infarction can't be assessed\)/,
  );
  assert.equal(noDwi.redo, null, 'a supplement is not a redo');
});

test('the most severe verdict wins and every deciding rule is named', () => {
  const result = run(
    caseOf({
      patient: 'context: active-oncology, purpose: oncology',
      studies: ['id: old-thick, modality: CT, date: 2026-01-05, slice_thickness: 5mm, infection_relevant: true'],
    }),
  );
  assert.equal(result.studies[0].verdict, 'redo');
  assert.deepEqual(deciding(result.studies[0]), ['validity:active-oncology', 'thin-ct', 'infection']);
  // Each reason points at the line of its window or rule in parent.protocol.yaml.
  assert.deepEqual(
    result.studies[0].reasons.map((r) => [r.source.file, r.source.line]),
    [
      ['parent.protocol.yaml', 4],
      ['parent.protocol.yaml', 7],
      ['parent.protocol.yaml', 25],
    ],
  );
});

test('ultrasound is redone whatever its format, with the note; its scheduling lead counts', () => {
  const result = run(caseOf({ studies: ['id: us-video, modality: US, date: 2026-04-09, format: video'] }));
  const [us] = result.studies;
  assert.equal(us.verdict, 'redo');
  assert.match(us.reasons.find((r) => r.rule === 'us').message, /Note: Video may serve as reference only\./);
  // Friday 10 April + lead of up to 3 business days, report on the spot: Wednesday 15 April.
  assert.deepEqual(us.redo, {
    modality: 'US',
    timeline: 'US',
    where: 'arrival',
    scan: '15min..30min',
    report: 'on-the-spot',
    same_day: true,
    expedited: false,
    ready_by: '2026-04-15',
    cost: null,
  });
});

test('a rule timeline override and contrast variants choose the redo plan', () => {
  const result = run(
    caseOf({
      patient: 'context: active-oncology, indications: [brain-tumor]',
      studies: [
        'id: infected-ct, modality: CT, date: 2026-04-09, infection_relevant: true',
        'id: old-mr, modality: MR, date: 2026-01-01, sequences: [T1, T2, FLAIR, DWI, T1-contrast]',
        'id: old-plain-mr, modality: MR, date: 2026-01-01, sequences: [T1, T2]',
      ],
    }),
  );
  const [ct, mr, plain] = result.studies;
  assert.equal(ct.redo.report, '0bd');
  assert.equal(ct.redo.ready_by, '2026-04-10', 'a same-day report on a Friday');
  assert.equal(mr.redo.timeline, 'MR-contrast', 'the study used contrast');
  assert.equal(mr.redo.ready_by, '2026-04-15', 'report within 3 business days of Friday');
  // Expired without contrast: the plain timeline (the sequence rule only asks for a supplement).
  assert.equal(plain.redo.timeline, 'MR');
  assert.deepEqual(deciding(plain), ['validity:active-oncology']);
  assert.equal(result.summary.ready_by, '2026-04-15');
});

test('a changed condition redoes every study, expedited', () => {
  const result = run(
    caseOf({
      patient: 'context: active-oncology, condition_changed: true',
      studies: ['id: ct, modality: CT, date: 2026-04-08, slice_thickness: 1mm'],
    }),
  );
  assert.equal(result.studies[0].verdict, 'redo');
  assert.deepEqual(deciding(result.studies[0]), ['changed']);
  assert.equal(result.studies[0].redo.expedited, true);
  assert.equal(result.studies[0].redo.report, '0bd');
  assert.equal(result.studies[0].redo.ready_by, '2026-04-10');
});

test('symptoms order new imaging once per case, with its own plan', () => {
  const result = run(
    caseOf({
      patient: 'context: active-oncology, indications: [lung-cancer], symptoms: [new-headache]',
      studies: ['id: chest-ct, modality: CT, date: 2026-03-20', 'id: chest-xr, modality: XR, date: 2026-03-20'],
      expect: 'expect:\n  chest-ct: accept\n  orders: [{ modality: MR, region: brain }]\n',
    }),
  );
  assert.deepEqual(verdicts(result), { 'chest-ct': 'accept', 'chest-xr': 'accept' });
  assert.equal(result.orders.length, 1);
  const [order] = result.orders;
  assert.equal(order.modality, 'MR');
  assert.equal(order.region, 'brain');
  assert.equal(order.rule, 'headache');
  assert.equal(order.timeline, 'MR-contrast');
  assert.equal(order.ready_by, '2026-04-15');
  assert.equal(result.expectations.passed, true);
});

test('costs: known prices add up, unknown ones are named, the reserve is shown', () => {
  const result = run(
    caseOf({
      studies: ['id: pet, modality: PET-CT, date: 2026-01-01', 'id: us, modality: US, date: 2026-04-09'],
    }),
  );
  assert.deepEqual(result.studies[0].redo.cost, { min: 1100, max: 1500, currency: 'USD' });
  assert.deepEqual(result.summary.budget, { min: 1100, max: 1500, currency: 'USD', unknown: ['US'], reserve: { min: 500, max: 2000 } });
  assert.deepEqual(result.advice, ['Pre-review with the IMD.', 'Leave expired studies at home.', 'Confirm prices.']);
});

test('a private child pays 2–4x the prices it inherits and keeps the hard rule', () => {
  const child = { path: 'child.protocol.yaml', text: 'protocol: child\nextends: parent\nhospital: { sector: private }\n' };
  const result = run(
    caseOf({ protocol: 'child', studies: ['id: pet, modality: PET-CT, date: 2026-01-01', 'id: ct, modality: CT, date: 2026-04-09, infection_relevant: true'] }),
    [child],
  );
  assert.deepEqual(result.studies[0].redo.cost, { min: 2200, max: 6000, currency: 'USD' });
  assert.equal(result.studies[1].verdict, 'redo');
  assert.equal(result.protocol, 'child');
});

test('prices multiplied and added are the amounts a person works out: 1,500 × 1.15 is 1,725, and two of them 3,450', () => {
  const child = {
    path: 'child.protocol.yaml',
    text: 'protocol: child\nextends: parent\nhospital: { sector: private }\ncosts:\n  private_multiplier: 1.1..1.15\n',
  };
  const pets = ['id: pet, modality: PET-CT, region: chest, date: 2026-01-01', 'id: pet-2, modality: PET-CT, region: head, date: 2026-01-02'];
  const result = run(caseOf({ protocol: 'child', studies: pets, expect: 'expect:\n  budget: 2420..3450\n' }), [child]);
  // In doubles, 1500 × 1.15 is 1724.9999999999998, and twice that 3449.9999999999995.
  assert.deepEqual(result.studies[0].redo.cost, { min: 1210, max: 1725, currency: 'USD' });
  assert.deepEqual([result.summary.budget.min, result.summary.budget.max], [2420, 3450]);
  assert.deepEqual(result.expectations.failures, [], 'the budget a coordinator works out by hand is met');
});

test('extends: a child overrides a rule in place, disables one and adds its own', () => {
  const child = {
    path: 'child.protocol.yaml',
    text: `protocol: child
extends: parent
rules:
  - id: thin-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 1.25mm }
    otherwise: redo
  - id: us
    disabled: true
  - id: xr-review
    when: { modality: XR }
    verdict: review
`,
  };
  const project = core.analyzeProject([{ path: 'parent.protocol.yaml', text: PARENT }, child]);
  assert.deepEqual(project.diagnostics.get('child.protocol.yaml'), []);
  const resolved = project.protocols.get('child');
  assert.deepEqual(
    resolved.rules.map((r) => `${r.id}@${r.protocol}`),
    ['thin-ct@child', 'field@parent', 'brain-sequences@parent', 'infection@parent', 'changed@parent', 'headache@parent', 'xr-review@child'],
  );
  assert.equal(resolved.currency, 'USD');
  assert.deepEqual([...resolved.validity.keys()], ['active-oncology', 'stable-orthopedic']);
});

test('a hard rule cannot be weakened, disabled or loosened by a child', () => {
  const parent = `protocol: p
rules:
  - { id: inf, when: { infection_relevant: true }, verdict: redo, hard: true }
  - { id: thin, when: { modality: CT }, require: { slice_thickness: <= 2.5mm }, otherwise: redo, hard: true }
`;
  const attempts = [
    ['- { id: inf, disabled: true }', /cannot be disabled/],
    ['- { id: inf, when: { infection_relevant: true }, verdict: review, hard: true }', /at least 'redo'/],
    ['- { id: inf, when: { infection_relevant: true }, verdict: redo }', /keep `hard: true`/],
    ['- { id: inf, when: { modality: CT }, verdict: redo, hard: true }', /conditions must stay the same/],
    ['- { id: thin, when: { modality: CT }, require: { slice_thickness: <= 5mm }, otherwise: redo, hard: true }', /as strict as <= 2\.5mm/],
  ];
  for (const [rule, message] of attempts) {
    const project = core.analyzeProject([
      { path: 'p.protocol.yaml', text: parent },
      { path: 'c.protocol.yaml', text: `protocol: c\nextends: p\nrules:\n  ${rule}\n` },
    ]);
    const found = project.diagnostics.get('c.protocol.yaml');
    assert.deepEqual(
      found.map((d) => d.code),
      ['hard-rule-weakened'],
      rule,
    );
    assert.match(found[0].message, message);
    assert.equal(found[0].related[0].file, 'p.protocol.yaml');
  }
  const stricter = core.analyzeProject([
    { path: 'p.protocol.yaml', text: parent },
    {
      path: 'c.protocol.yaml',
      text: 'protocol: c\nextends: p\nrules:\n  - { id: thin, when: { modality: CT }, require: { slice_thickness: <= 1mm }, otherwise: redo, hard: true }\n',
    },
  ]);
  assert.deepEqual(stricter.diagnostics.get('c.protocol.yaml'), [], 'a stricter hard rule is fine');
});

test('expectations: a wrong expect fails with expected, actual and the deciding rule', () => {
  const result = run(
    caseOf({
      patient: 'context: active-oncology, purpose: oncology',
      studies: ['id: thick, modality: CT, date: 2026-04-01, slice_thickness: 5mm'],
      expect: 'expect:\n  thick: accept\n  orders: []\n',
    }),
  );
  assert.equal(result.expectations.passed, false);
  assert.equal(result.expectations.failures.length, 1);
  const [failure] = result.expectations.failures;
  assert.equal(failure.study, 'thick');
  assert.equal(failure.expected, 'accept');
  assert.equal(failure.actual, 'redo');
  assert.deepEqual(failure.rules, ['thin-ct']);
  assert.equal(result.advice[0], 'Redo the CT at home with thin slices.');
});

test('a case without expect runs but is not a test', () => {
  const result = run(caseOf({ studies: ['id: xr, modality: XR, date: 2026-04-09'] }));
  assert.deepEqual(result.expectations, { passed: null, failures: [] });
  assert.equal(result.summary.ready_by, null);
  assert.deepEqual(result.summary.budget, { min: 0, max: 0, currency: 'USD', unknown: [] });
});

test('arrival during a holiday week counts from the first working day after it', () => {
  const result = run(caseOf({ on: '2026-10-02', studies: ['id: us, modality: US, date: 2026-09-30'] }));
  // First business day after 1–7 October: Thursday 8th; + 3 business days: Tuesday 13th.
  assert.equal(result.studies[0].redo.ready_by, '2026-10-13');
});

test('studies from several facilities bring the single-facility advice', () => {
  const result = run(caseOf({ studies: ['id: a, modality: XR, date: 2026-04-09, facility: North', 'id: b, modality: XR, date: 2026-04-09, facility: South'] }));
  assert.ok(result.advice.includes('Use one facility.'));
});

test('expectations on ready_by and budget', () => {
  const studies = ['id: pet, modality: PET-CT, date: 2026-01-01'];
  const met = run(caseOf({ studies, expect: 'expect:\n  pet: redo\n  ready_by: 2026-04-15\n  budget: 1100..1500\n' }));
  assert.equal(met.expectations.passed, true);
  const missed = run(caseOf({ studies, expect: 'expect:\n  pet: redo\n  ready_by: 2026-04-14\n  budget: 1000..1500\n' }));
  assert.deepEqual(
    missed.expectations.failures.map((f) => [f.study, f.expected, f.actual]),
    [
      ['ready_by', '2026-04-14', '2026-04-15'],
      ['budget', '1000..1500', '1100..1500'],
    ],
  );
  const nothing = run(caseOf({ studies: ['id: xr, modality: XR, date: 2026-04-09'], expect: 'expect:\n  xr: accept\n  ready_by: none\n  budget: 0\n' }));
  assert.equal(nothing.expectations.passed, true);
});

describe('ready_by from a timeline (on Friday 2026-04-10)', () => {
  /** The redo plan of an XR study that a rule always redoes, under the XR timeline given. */
  const xrPlan = (timeline) => {
    const protocol = `protocol: t\nhospital: { sector: public, currency: USD }\nvalidity:\n  active-oncology: { window: 4w..6w, beyond: redo }\nrules:\n  - { id: redo-xr, when: { modality: XR }, verdict: redo }\ntimelines:\n  XR: ${timeline}\n`;
    return run(caseOf({ protocol: 't', studies: ['id: xr, modality: XR, date: 2026-04-09'] }), [{ path: 't.protocol.yaml', text: protocol }]).studies[0].redo;
  };

  test('a fractional business day counts as a whole one: 1.5bd is ready on the second business day', () => {
    // Friday + 2 business days: Tuesday 14 April (rounded down it would be Monday 13).
    assert.equal(xrPlan('{ report: 1bd..1.5bd }').ready_by, '2026-04-14');
    assert.equal(xrPlan('{ report: 1bd..2bd }').ready_by, '2026-04-14');
    assert.equal(xrPlan('{ report: 1bd..2.1bd }').ready_by, '2026-04-15');
  });

  test('same_day: false puts the scan on the next business day, one day later than same_day: scan', () => {
    assert.equal(xrPlan('{ report: 1bd..2bd, same_day: scan }').ready_by, '2026-04-14');
    assert.equal(xrPlan('{ report: 1bd..2bd, same_day: false }').ready_by, '2026-04-15');
    // A report in hours: same day when scanned the same day, else the next business day (Monday).
    assert.equal(xrPlan('{ report: 1h..2h, same_day: true }').ready_by, '2026-04-10');
    assert.equal(xrPlan('{ report: 1h..2h, same_day: false }').ready_by, '2026-04-13');
    // After a scheduling lead the scan still waits one more business day.
    assert.equal(xrPlan('{ lead: 1bd..2bd, report: 1h..2h, same_day: false }').ready_by, '2026-04-15');
    assert.equal(xrPlan('{ report: 1h..2h, same_day: false }').same_day, false, 'the plan shows same_day as written');
  });
});

test('a budget expectation fails when only its maximum differs', () => {
  const studies = ['id: pet, modality: PET-CT, date: 2026-01-01'];
  const result = run(caseOf({ studies, expect: 'expect:\n  pet: redo\n  budget: 1100..1600\n' }));
  assert.equal(result.expectations.passed, false);
  assert.deepEqual(
    result.expectations.failures.map((f) => [f.study, f.expected, f.actual, f.message]),
    [['budget', '1100..1600', '1100..1500', 'budget: expected 1100..1600 USD, got 1100..1500 USD']],
  );
});
