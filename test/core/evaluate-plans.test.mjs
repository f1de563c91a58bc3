// What a redo is planned by: the contrast variant of a timeline and of a price (each falling back
// to the modality's own), a rule's timeline written for the modality applying to its contrast
// variant too, and expediting only where a timeline says how. On Friday 2026-04-10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PROTOCOL = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w, beyond: redo }
rules:
  - id: dce
    when: { modality: MR, region: breast }
    require: { sequences: [DCE] }
    otherwise: redo
  - id: slow-ct
    when: { modality: CT, region: chest }
    verdict: redo
    timeline: { CT: { report: 4bd } }
  - id: fast-ct
    when: { modality: CT, region: liver }
    verdict: redo
    expedite: true
timelines:
  MR: { scan: 30min, report: 1bd }
  MR-contrast: { scan: 60min, report: 2bd }
  CT: { scan: 15min, report: 1bd..2bd, expedited: 0bd }
  CT-contrast: { scan: 30min, report: 3bd }
costs:
  MR: 300
  CT: 100
  CT-contrast: 150
`;

function planOf(study) {
  const text = `case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: s, date: 2026-04-09, ${study} }\n`;
  const project = core.analyzeProject([
    { path: 'p.protocol.yaml', text: PROTOCOL },
    { path: 'c.case.yaml', text },
  ]);
  for (const [path, diagnostics] of project.diagnostics) {
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => `${path}: ${d.code} ${d.message}`),
      [],
    );
  }
  const { redo } = core.runCases(project, ['c.case.yaml']).cases[0].studies[0];
  return (
    redo && {
      timeline: redo.timeline,
      report: redo.report,
      expedited: redo.expedited,
      ready_by: redo.ready_by,
      cost: redo.cost && `${redo.cost.min}..${redo.cost.max} ${redo.cost.currency}`,
    }
  );
}

test('a redo a rule asks with a contrast sequence follows the contrast timeline, priced as the modality when that variant has no price', () => {
  assert.deepEqual(planOf('modality: MR, region: breast, sequences: [T1]'), {
    timeline: 'MR-contrast',
    report: '2bd',
    expedited: false,
    ready_by: '2026-04-14',
    cost: '300..300 USD',
  });
});

test("a rule's timeline for the modality also applies when the redo follows the contrast variant", () => {
  assert.deepEqual(planOf('modality: CT, region: chest'), { timeline: 'CT', report: '4bd', expedited: false, ready_by: '2026-04-16', cost: '100..100 USD' });
  assert.deepEqual(planOf('modality: CT, region: chest, phases: [portal-venous]'), {
    timeline: 'CT-contrast',
    report: '4bd',
    expedited: false,
    ready_by: '2026-04-16',
    cost: '150..150 USD',
  });
});

test('an expedited rule is expedited only where the timeline it follows says how', () => {
  assert.deepEqual(planOf('modality: CT, region: liver'), { timeline: 'CT', report: '0bd', expedited: true, ready_by: '2026-04-10', cost: '100..100 USD' });
  // The contrast variant has no expedited time of its own, and does not borrow the plain one's.
  assert.deepEqual(planOf('modality: CT, region: liver, phases: [portal-venous]'), {
    timeline: 'CT-contrast',
    report: '3bd',
    expedited: false,
    ready_by: '2026-04-15',
    cost: '150..150 USD',
  });
});

test('an expected order names a region only when it must match one; an order not expected is listed in what was got', () => {
  const profile =
    'protocol: q\nhospital: { currency: USD }\nvalidity:\n  active-oncology: { window: 1y, beyond: redo }\nrules:\n' +
    '  - { id: head, when: { symptom: new-headache }, order: { modality: MR } }\n  - { id: spine, when: { symptom: back-pain }, order: { modality: XR, region: spine } }\n';
  const failures = (symptoms, orders) => {
    const text = `case: c\nprotocol: q\non: 2026-04-10\npatient: { context: active-oncology, symptoms: [${symptoms}] }\nstudies:\n  - { id: s, modality: XR, date: 2026-04-01 }\nexpect:\n  orders: ${orders}\n`;
    const project = core.analyzeProject([
      { path: 'q.protocol.yaml', text: profile },
      { path: 'c.case.yaml', text },
    ]);
    return core.runCases(project, ['c.case.yaml']).cases[0].expectations.failures.map((f) => [f.expected, f.actual, f.rules, f.message]);
  };
  // Ordered without a region: an expected region is not met.
  assert.deepEqual(failures('new-headache', '[{ modality: MR, region: brain }]'), [
    ['MR of the brain', 'MR', ['head'], 'orders: expected MR of the brain, got MR'],
  ]);
  // Expected without a region: any region of that modality will do.
  assert.deepEqual(failures('back-pain', '[{ modality: XR }]'), []);
  assert.deepEqual(failures('new-headache, back-pain', '[{ modality: XR, region: spine }]'), [
    ['XR of the spine', 'MR, XR of the spine', ['head', 'spine'], 'orders: expected XR of the spine, got MR, XR of the spine'],
  ]);
});

test('a failed verdict expectation names each deciding rule with its words; two expected orders are listed; another modality is no match', () => {
  const profile =
    'protocol: q\nhospital: { currency: USD }\nvalidity:\n  active-oncology: { window: 1w..2w, beyond: redo }\nrules:\n' +
    '  - { id: old-ct, when: { modality: CT }, verdict: redo, because: Redo every CT. }\n' +
    '  - { id: head, when: { symptom: new-headache }, order: { modality: MR } }\n' +
    'advice:\n  - { when: expired, text: Leave expired studies at home. }\n';
  const run = (study, symptoms, expect) => {
    const text = `case: c\nprotocol: q\non: 2026-04-10\npatient: { context: active-oncology, symptoms: [${symptoms}] }\nstudies:\n  - { id: s, ${study} }\n${expect}`;
    const project = core.analyzeProject([
      { path: 'q.protocol.yaml', text: profile },
      { path: 'c.case.yaml', text },
    ]);
    return core.runCases(project, ['c.case.yaml']).cases[0];
  };
  const twoRules = run('modality: CT, date: 2026-03-20', '', 'expect:\n  s: accept\n');
  assert.deepEqual(
    twoRules.expectations.failures.map((f) => f.message),
    ['s: expected accept, got redo (validity:active-oncology: 21 days old on 2026-04-10: beyond the 2w validity for active-oncology; old-ct: Redo every CT.)'],
  );
  assert.deepEqual(twoRules.advice, ['Leave expired studies at home.']);
  const orders = run('modality: XR, date: 2026-04-09', 'new-headache', 'expect:\n  orders: [{ modality: MR }, { modality: XR, region: spine }]\n');
  assert.deepEqual(
    orders.expectations.failures.map((f) => [f.expected, f.actual, f.message]),
    [['MR, XR of the spine', 'MR', 'orders: expected MR, XR of the spine, got MR']],
  );
  assert.deepEqual(
    run('modality: XR, date: 2026-04-09', 'new-headache', 'expect:\n  orders: [{ modality: XR }]\n').expectations.failures.map((f) => f.message),
    ['orders: expected XR, got MR'],
  );
  // Within the window, or past it but within the review band: nothing has expired.
  assert.deepEqual(run('modality: XR, date: 2026-04-09', '', '').advice, []);
  assert.deepEqual(run('modality: XR, date: 2026-03-31', '', '').advice, []);
});
