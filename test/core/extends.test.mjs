// `extends`: what a child inherits, key by key (rules by id, calendars, windows, timelines,
// prices and the private multiplier, reserve, advice, regions, concerns, texts in two languages),
// and what it may not do to a hard rule — each refusal with its reason, at the child's rule,
// pointing at the parent's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PARENT = `protocol: parent
hospital: { sector: public, currency: EUR, holidays: [2026-10-01], workdays: [2026-10-10] }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  stable-orthopedic: { window: 3mo, beyond: review }
rules:
  - { id: inf, when: { infection_relevant: true }, verdict: redo, hard: true }
  - { id: thin, when: { modality: CT }, require: { slice_thickness: <= 2.5mm }, otherwise: redo, hard: true }
  - { id: field, when: { modality: MR }, require: { field_strength: ">= 1.5T" }, otherwise: supplement, hard: true }
  - { id: seq, when: { modality: MR }, require: { sequences: [T1, DWI], phases: [arterial] }, otherwise: supplement, hard: true }
  - { id: fmt, when: { modality: CT }, require: { format: [dicom] }, otherwise: review, hard: true }
  - { id: soft, when: { modality: XR }, verdict: review }
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd }
  MR: { scan: 30min..60min, report: 1bd..3bd }
costs:
  CT: 100..200
  MR: 300
  private_multiplier: 2..3
  reserve: 500..1000
advice:
  - { when: always, text: Parent advice. }
`;

function resolve(child, parent = PARENT) {
  const project = core.analyzeProject([
    { path: 'parent.protocol.yaml', text: parent },
    { path: 'child.protocol.yaml', text: child },
  ]);
  return { project, child: project.protocols.get('child'), findings: project.diagnostics.get('child.protocol.yaml') ?? [] };
}

test('a child inherits every part it does not write, and its own parts win key by key', () => {
  const { child, findings } = resolve(`protocol: child
extends: parent
hospital: { holidays: [2026-12-25], workdays: [2026-12-26] }
validity:
  stable-orthopedic: { window: 6mo, beyond: review }
  pre-cardiac-surgery: { window: 2w, beyond: redo }
rules:
  - { id: soft, when: { modality: XR }, verdict: supplement }
  - { id: gone, disabled: true }
  - { id: own, when: { modality: US }, verdict: redo }
timelines:
  MR: { scan: 20min..40min, report: 2bd..4bd }
costs:
  MR: 250
  reserve: 100..200
advice:
  - { when: redo, text: Child advice. }
`);
  // Disabling a rule the parent does not have switches nothing off, and the author is told so.
  assert.deepEqual(
    findings.map((d) => [d.code, d.message]),
    [
      [
        'nothing-to-disable',
        "`disabled: true` switches off a rule of the same id inherited through `extends`, but parent has no rule 'gone' in effect: nothing is switched off and this rule is simply left out; check the id, or delete the rule",
      ],
    ],
  );
  assert.equal(child.currency, 'EUR');
  assert.equal(child.sector, 'public');
  assert.deepEqual(child.holidays, ['2026-10-01', '2026-12-25']);
  assert.deepEqual(child.workdays, ['2026-10-10', '2026-12-26']);
  assert.deepEqual(
    [...child.validity].map(([k, w]) => `${k} ${w.accept.amount}${w.accept.unit}`),
    ['active-oncology 4w', 'stable-orthopedic 6mo', 'pre-cardiac-surgery 2w'],
  );
  assert.deepEqual(
    child.rules.map((r) => `${r.id}@${r.protocol}`),
    ['inf@parent', 'thin@parent', 'field@parent', 'seq@parent', 'fmt@parent', 'soft@child', 'own@child'],
    'a disabled rule the parent does not have is not added',
  );
  assert.deepEqual(
    [...child.timelines].map(([k, t]) => `${k} ${t.report.text}`),
    ['CT 1bd..2bd', 'MR 2bd..4bd'],
  );
  assert.deepEqual(
    [...child.costs].map(([k, c]) => `${k} ${c.amount.min}..${c.amount.max}`),
    ['CT 100..200', 'MR 250..250'],
    'public to public: no multiplier',
  );
  assert.deepEqual([child.reserve.min, child.reserve.max], [100, 200]);
  assert.deepEqual(
    child.advice.map((a) => a.text),
    ['Parent advice.', 'Child advice.'],
  );
});

test('resolving a child leaves its parent as written', () => {
  const { project } = resolve(
    'protocol: child\nextends: parent\nrules:\n  - { id: soft, when: { modality: XR }, verdict: supplement }\n  - { id: own, when: { modality: US }, verdict: redo }\n',
  );
  const parent = project.protocols.get('parent');
  assert.deepEqual(
    parent.rules.map((r) => `${r.id}@${r.protocol}`),
    ['inf@parent', 'thin@parent', 'field@parent', 'seq@parent', 'fmt@parent', 'soft@parent'],
  );
});

test('a private child multiplies the public prices it inherits, not its own; a public child of a private parent multiplies nothing', () => {
  const { child } = resolve('protocol: child\nextends: parent\nhospital: { sector: private, currency: USD }\ncosts:\n  MR: 1000\n');
  assert.equal(child.currency, 'USD');
  assert.deepEqual(
    [...child.costs].map(([k, c]) => `${k} ${c.amount.min}..${c.amount.max} ${c.multiplied}`),
    ['CT 200..600 true', 'MR 1000..1000 false'],
  );
  assert.equal(child.costs.get('CT').amount.text, '100..200 × 2..3');
  assert.deepEqual([child.reserve.min, child.reserve.max], [500, 1000], 'the reserve is inherited as written');
  const ownMultiplier = resolve('protocol: child\nextends: parent\nhospital: { sector: private }\ncosts:\n  private_multiplier: 4..5\n').child;
  assert.deepEqual([ownMultiplier.costs.get('CT').amount.min, ownMultiplier.costs.get('CT').amount.max], [400, 1000]);
  const privateParent = PARENT.replace('sector: public', 'sector: private').replace('protocol: parent', 'protocol: parent');
  const publicChild = resolve('protocol: child\nextends: parent\nhospital: { sector: public }\n', privateParent).child;
  assert.deepEqual([publicChild.costs.get('CT').amount.min, publicChild.costs.get('CT').amount.max], [100, 200]);
  const privateOfPrivate = resolve('protocol: child\nextends: parent\n', privateParent).child;
  assert.equal(privateOfPrivate.costs.get('CT').multiplied, false, 'both private: prices as written');
});

test('each way of weakening a hard rule is refused with its reason; the parent rule stays', () => {
  const attempts = [
    ['- { id: inf, disabled: true }', 'it cannot be disabled'],
    ['- { id: inf, when: { infection_relevant: true }, verdict: redo }', 'keep `hard: true`'],
    ['- { id: inf, when: { infection_relevant: true, modality: CT }, verdict: redo, hard: true }', 'its `when` conditions must stay the same'],
    ['- { id: inf, when: { infection_relevant: true }, verdict: supplement, hard: true }', "its verdict must stay at least 'redo'"],
    [
      '- { id: thin, when: { modality: CT }, require: { slice_thickness: <= 3mm }, otherwise: redo, hard: true }',
      'slice_thickness must stay at least as strict as <= 2.5mm',
    ],
    [
      '- { id: thin, when: { modality: CT }, require: { field_strength: ">= 3T" }, otherwise: redo, hard: true }',
      'slice_thickness must stay at least as strict as <= 2.5mm',
    ],
    [
      '- { id: field, when: { modality: MR }, require: { field_strength: ">= 1T" }, otherwise: supplement, hard: true }',
      'field_strength must stay at least as strict as >= 1.5T',
    ],
    [
      '- { id: field, when: { modality: MR }, require: { field_strength: ">= 1.5T" }, otherwise: review, hard: true }',
      "its verdict must stay at least 'supplement'",
    ],
    ['- { id: seq, when: { modality: MR }, require: { sequences: [T1], phases: [arterial] }, otherwise: supplement, hard: true }', 'it must still require DWI'],
    ['- { id: seq, when: { modality: MR }, require: { sequences: [T1, DWI] }, otherwise: supplement, hard: true }', 'it must still require arterial'],
    ['- { id: fmt, when: { modality: CT }, require: { format: [dicom, video] }, otherwise: review, hard: true }', 'it cannot accept video'],
    [
      '- { id: fmt, when: { modality: CT }, require: { format: [dicom, video, report-only] }, otherwise: review, hard: true }',
      'it cannot accept video, report-only',
    ],
    [
      '- { id: seq, when: { modality: MR }, require: { sequences: [FLAIR], phases: [arterial] }, otherwise: supplement, hard: true }',
      'it must still require T1, DWI',
    ],
    ['- { id: fmt, when: { modality: CT }, require: { slice_thickness: <= 1mm }, otherwise: review, hard: true }', 'it cannot accept any format'],
  ];
  for (const [rule, reason] of attempts) {
    const { child, findings } = resolve(`protocol: child\nextends: parent\nrules:\n  ${rule}\n`);
    const id = /id: (\w+)/.exec(rule)[1];
    assert.deepEqual(
      findings.map((d) => [d.code, d.message]),
      [['hard-rule-weakened', `'${id}' is a hard rule in parent and cannot be weakened here: ${reason}`]],
      rule,
    );
    const text = `protocol: child\nextends: parent\nrules:\n  ${rule}\n`;
    assert.equal(text.slice(findings[0].range.start, findings[0].range.end), id, 'at the child rule id');
    assert.deepEqual(
      findings[0].related.map((r) => [r.message, r.file, PARENT.slice(r.range.start, r.range.end)]),
      [[`the hard rule '${id}'`, 'parent.protocol.yaml', id]],
    );
    assert.equal(child.rules.find((r) => r.id === id).protocol, 'parent', 'the parent rule still applies');
  }
});

test('a hard rule may be made stricter, or written again the same (conditions in any order)', () => {
  const stricter = [
    '- { id: inf, when: { infection_relevant: true }, verdict: redo, hard: true, note: Same. }',
    '- { id: thin, when: { modality: CT }, require: { slice_thickness: <= 2.5mm }, otherwise: redo, hard: true }',
    '- { id: thin, when: { modality: CT }, require: { slice_thickness: <= 1mm }, otherwise: redo, hard: true }',
    '- { id: field, when: { modality: MR }, require: { field_strength: ">= 3T" }, otherwise: redo, hard: true }',
    '- { id: field, when: { modality: MR }, require: { field_strength: ">= 1.5T" }, otherwise: supplement, hard: true }',
    '- { id: seq, when: { modality: MR }, require: { sequences: [T1, DWI, FLAIR], phases: [arterial, delayed] }, otherwise: supplement, hard: true }',
    '- { id: fmt, when: { modality: CT }, require: { format: [dicom] }, otherwise: redo, hard: true }',
  ];
  for (const rule of stricter) {
    const { child, findings } = resolve(`protocol: child\nextends: parent\nrules:\n  ${rule}\n`);
    assert.deepEqual(findings, [], rule);
    assert.equal(child.rules.find((r) => r.id === /id: (\w+)/.exec(rule)[1]).protocol, 'child', rule);
  }
  const twoConditions = 'protocol: p2\nrules:\n  - { id: r, when: { modality: CT, purpose: oncology }, verdict: redo, hard: true }\n';
  const reordered = core.analyzeProject([
    { path: 'p2.protocol.yaml', text: twoConditions },
    {
      path: 'c.protocol.yaml',
      text: 'protocol: c\nextends: p2\nrules:\n  - { id: r, when: { purpose: oncology, modality: CT }, verdict: redo, hard: true }\n',
    },
  ]);
  assert.deepEqual(reordered.diagnostics.get('c.protocol.yaml'), []);
});

test('an unknown parent is named with the closest id and a fix; the child still resolves alone', () => {
  const { child, findings } = resolve('protocol: child\nextends: parnet\n');
  assert.deepEqual(
    findings.map((d) => [d.code, d.message]),
    [['unknown-extends', "no protocol with id 'parnet' in the protocols folder; did you mean 'parent'?"]],
  );
  assert.deepEqual(
    findings[0].fixes.map((f) => [f.title, f.edits[0].text]),
    [['Change to parent', 'parent']],
  );
  assert.equal(child.rules.length, 0);
  const far = resolve('protocol: child\nextends: zzzzzz\n').findings;
  assert.deepEqual(
    far.map((d) => d.message),
    ["no protocol with id 'zzzzzz' in the protocols folder"],
  );
  assert.equal(far[0].fixes, undefined);
  const self = resolve('protocol: child\nextends: chilt\n', 'protocol: other\n').findings;
  assert.deepEqual(
    self.map((d) => d.message),
    ["no protocol with id 'chilt' in the protocols folder"],
    'a protocol is never offered itself as parent',
  );
});

test('cycles: each member is told the whole circle; a protocol extending itself too', () => {
  // d extends into the cycle and is read first: it is not a member.
  const files = [
    { path: 'd.protocol.yaml', text: 'protocol: d\nextends: a\n' },
    { path: 'a.protocol.yaml', text: 'protocol: a\nextends: c\n' },
    { path: 'b.protocol.yaml', text: 'protocol: b\nextends: a\n' },
    { path: 'c.protocol.yaml', text: 'protocol: c\nextends: b\n' },
  ];
  const project = core.analyzeProject(files);
  const message = (path) => (project.diagnostics.get(path) ?? []).map((d) => `${d.code}: ${d.message}`);
  assert.deepEqual(message('a.protocol.yaml'), [
    'extends-cycle: extends goes round in a circle (a → c → b → a); a protocol cannot extend itself, directly or through others',
  ]);
  assert.deepEqual(message('b.protocol.yaml'), [
    'extends-cycle: extends goes round in a circle (a → c → b → a); a protocol cannot extend itself, directly or through others',
  ]);
  assert.deepEqual(message('c.protocol.yaml'), [
    'extends-cycle: extends goes round in a circle (a → c → b → a); a protocol cannot extend itself, directly or through others',
  ]);
  assert.deepEqual(message('d.protocol.yaml'), [], 'extending a member of a cycle is not itself a cycle');
  const own = core.analyzeProject([{ path: 's.protocol.yaml', text: 'protocol: s\nextends: s\n' }]);
  assert.deepEqual(
    own.diagnostics.get('s.protocol.yaml').map((d) => d.message),
    ['extends goes round in a circle (s → s); a protocol cannot extend itself, directly or through others'],
  );
});

test('a duplicated protocol id: the second file is told where the first is, and the first wins', () => {
  const project = core.analyzeProject([
    { path: 'one.protocol.yaml', text: 'protocol: same\nhospital: { currency: EUR }\n' },
    { path: 'two.protocol.yaml', text: 'protocol: same\nhospital: { currency: USD }\n' },
  ]);
  const [d] = project.diagnostics.get('two.protocol.yaml');
  assert.equal(d.message, "protocol id 'same' is already used by one.protocol.yaml; protocol ids must be unique in the workspace");
  assert.deepEqual(
    d.related.map((r) => [r.message, r.file]),
    [["'same' is defined here", 'one.protocol.yaml']],
  );
  assert.equal(project.protocols.get('same').currency, 'EUR');
  assert.deepEqual(project.diagnostics.get('one.protocol.yaml') ?? [], []);
});

test("a child inherits regions, concerns and two-language texts: parts added under one region by both count, the parent's symptom still concerns its region", () => {
  const parent = `protocol: parent
hospital: { sector: public, currency: EUR }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
regions:
  head: [pituitary]
concerns:
  new-headache: head
rules:
  - { id: changed, when: { condition_changed: true }, verdict: redo }
advice:
  - { when: redo, text: { en: Bring the films., zh-CN: 请带上胶片。 } }
`;
  const child = `protocol: child
extends: parent
regions:
  head: [orbit]
concerns:
  eye-pain: orbit
  visual-loss: pituitary
`;
  const kase = `case: c
protocol: child
on: 2026-04-10
patient: { context: active-oncology, condition_changed: true, symptoms: [new-headache] }
studies:
  - { id: chest, modality: CT, region: chest, date: 2026-03-20 }
  - { id: head, modality: MR, region: head, date: 2026-03-20 }
`;
  const files = [
    { path: 'parent.protocol.yaml', text: parent },
    { path: 'child.protocol.yaml', text: child },
    { path: 'c.case.yaml', text: kase },
  ];
  const project = core.analyzeProject(files);
  // orbit (the child's part of the head) and pituitary (the parent's) are both regions.
  assert.deepEqual([...project.diagnostics.values()].flat(), []);
  const say = new core.Catalogue('zh-CN');
  const result = core.runCases(project, undefined, say).cases[0];
  // The headache concerns the head (the parent's table): the chest CT is judged on its own.
  assert.deepEqual(
    result.studies.map((s) => [s.id, s.verdict]),
    [
      ['chest', 'accept'],
      ['head', 'redo'],
    ],
  );
  assert.deepEqual(result.advice, ['请带上胶片。']);
  assert.deepEqual([...say.fallbacks], []);
});

test("a child is not told of its parent's item-verdicts-differ: the parent's rules are the parent's to settle", () => {
  const parent = `protocol: parent
hospital: { sector: public, currency: EUR }
rules:
  - { id: liver, when: { modality: CT, region: liver }, require: { phases: [arterial] }, otherwise: supplement }
  - { id: liver-redo, when: { modality: CT, region: liver }, require: { phases: [arterial] }, otherwise: redo }
`;
  const { project, findings } = resolve('protocol: child\nextends: parent\n', parent);
  assert.deepEqual(
    project.diagnostics.get('parent.protocol.yaml').map((d) => d.code),
    ['item-verdicts-differ'],
  );
  assert.deepEqual(findings, []);
});
