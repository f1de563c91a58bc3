// What one rule says of one study, in the cases the other suites leave out: a rule naming two
// regions, a study of two regions under a changed condition, the words of a rule that is not
// about the change, impact lines for several indications, an item aimed at "any one of" taking
// the milder verdict, a reason's own full stops, and an empty `require`. On 2026-04-10.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PROTOCOL = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w, beyond: redo }
concerns:
  new-headache: head
missing:
  DCE: redo
  DWI: { verdict: supplement, because: 'Added on arrival, e.g. in the evening slot.' }
rules:
  - id: abdomen-or-pelvis
    when: { modality: CT, region: [liver, prostate] }
    verdict: review
    because: Read by the abdominal radiologist.
  - id: changed
    when: { condition_changed: true }
    verdict: redo
  - id: any-enhanced
    when: { modality: MR, region: breast }
    require: { series: [{ sequence: [DCE, DWI] }] }
    otherwise: redo
  - id: prostate
    when: { modality: MR, region: prostate }
    require: { sequences: [DWI] }
    otherwise: redo
    impact:
      DWI:
        - { text: Grading is affected., indication: [prostate-cancer, bladder-cancer] }
        - { text: Staging is affected. }
  - id: anything
    when: { modality: XR }
    require: {}
    otherwise: redo
`;

function run(patient, studies) {
  const text = `case: c\nprotocol: p\non: 2026-04-10\npatient: { ${patient} }\nstudies:\n${studies.map((s) => `  - { ${s} }`).join('\n')}\n`;
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
  return core.runCases(project, ['c.case.yaml']).cases[0];
}

const reasonOf = (result, id, rule) => result.studies.find((s) => s.id === id).reasons.find((r) => r.rule === rule);

test('a rule naming two regions applies to a study of either', () => {
  const result = run('context: active-oncology', [
    'id: liver, modality: CT, region: liver, date: 2026-04-01',
    'id: prostate, modality: CT, region: prostate, date: 2026-04-01',
    'id: chest, modality: CT, region: chest, date: 2026-04-01',
  ]);
  assert.deepEqual(
    result.studies.map((s) => [s.id, s.verdict]),
    [
      ['liver', 'review'],
      ['prostate', 'review'],
      ['chest', 'accept'],
    ],
  );
});

test('a study of two regions, one of which a changed condition concerns, is redone; a rule not about the change says nothing of it', () => {
  const result = run('context: active-oncology, condition_changed: true, symptoms: [new-headache]', [
    'id: both, modality: XR, region: [chest, head], date: 2026-04-01',
    'id: liver, modality: CT, region: liver, date: 2026-04-01',
  ]);
  assert.equal(reasonOf(result, 'both', 'changed')?.verdict, 'redo');
  assert.equal(reasonOf(result, 'liver', 'changed'), undefined, 'the head symptom does not concern the liver');
  assert.equal(reasonOf(result, 'liver', 'abdomen-or-pelvis').message, 'Read by the abdominal radiologist.');
});

test('"any one of" two missing items takes the milder verdict, whichever is listed first, and names what each takes', () => {
  const result = run('context: active-oncology', ['id: mr, modality: MR, region: breast, date: 2026-04-01, series: [{ sequence: T2 }]']);
  assert.equal(result.studies[0].verdict, 'supplement', 'DWI is a supplement, DCE a redo: one of them is enough');
  // Each item's decision, with the table's reason where it gives one and nothing where it does not.
  assert.match(
    result.studies[0].reasons.find((r) => r.rule === 'any-enhanced').message,
    /; DCE needs a redo; DWI can be supplemented \(Added on arrival, e\.g\. in the evening slot\)$/,
  );
});

test("an item's reason keeps its inner full stops and loses only the last", () => {
  const result = run('context: active-oncology', ['id: mr, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2]']);
  assert.match(reasonOf(result, 'mr', 'prostate').message, /DWI can be supplemented \(Added on arrival, e\.g\. in the evening slot\)/);
});

test("impact lines: one for any of the patient's indications is shown, and every line shown is joined by a space", () => {
  const withImpact = (indications) =>
    reasonOf(
      run(`context: active-oncology, indications: [${indications}]`, ['id: mr, modality: MR, region: prostate, date: 2026-04-01, sequences: [T2]']),
      'mr',
      'prostate',
    ).message;
  assert.match(withImpact('prostate-cancer'), /DWI: Grading is affected\. Staging is affected\./);
  assert.match(withImpact('bladder-cancer'), /DWI: Grading is affected\. Staging is affected\./);
  assert.doesNotMatch(withImpact('lung-cancer'), /Grading/);
  assert.match(withImpact('lung-cancer'), /DWI: Staging is affected\./);
});

test('a rule with an empty require accepts every study it reaches, saying its requirements are met', () => {
  const result = run('context: active-oncology', ['id: xr, modality: XR, region: knee, date: 2026-04-01']);
  assert.deepEqual([reasonOf(result, 'xr', 'anything').verdict, reasonOf(result, 'xr', 'anything').message], ['accept', 'requirements met']);
});

test("a text written in one language only is said in it, and the reader hears which language it fell back to; plain words in the reader's language need none", () => {
  const profile = (because) =>
    `protocol: p\nhospital: { sector: public, currency: USD }\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n  - id: knee\n    when: { modality: XR }\n    verdict: review\n    because: ${because}\n`;
  const said = (because, locale) => {
    const project = core.analyzeProject([
      { path: 'p.protocol.yaml', text: profile(because) },
      {
        path: 'c.case.yaml',
        text: 'case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: xr, modality: XR, date: 2026-04-01 }\n',
      },
    ]);
    const say = new core.Catalogue(locale);
    const result = core.runCases(project, undefined, say).cases[0];
    return [result.studies[0].reasons.find((r) => r.rule === 'knee').message, [...say.fallbacks]];
  };
  assert.deepEqual(said('{ zh-CN: 膝关节片需复核。 }', 'en'), ['膝关节片需复核。', ['zh-CN']]);
  assert.deepEqual(said('{ en: The knee film is read again. }', 'zh-CN'), ['The knee film is read again.', ['en']]);
  assert.deepEqual(said('The knee film is read again.', 'en'), ['The knee film is read again.', []]);
});

test('a rule switched off in its own profile gives no verdict; an unmet preferred series requirement marks the series it failed', () => {
  const profile = `protocol: p\nhospital: { sector: public, currency: USD }\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n  - id: off\n    when: { modality: XR }\n    verdict: redo\n    disabled: true\n  - id: axial\n    when: { modality: MR }\n    require: { sequences: [T2] }\n    preferred: { series: [{ sequence: T2, plane: axial }] }\n    otherwise: redo\n`;
  const project = core.analyzeProject([
    { path: 'p.protocol.yaml', text: profile },
    {
      path: 'c.case.yaml',
      text: 'case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: xr, modality: XR, date: 2026-04-09 }\n  - { id: mr, modality: MR, date: 2026-04-09, sequences: [T2], series: [{ sequence: T2, plane: sagittal }] }\n',
    },
  ]);
  const [xr, mr] = core.runCases(project).cases[0].studies;
  assert.deepEqual(
    xr.reasons.map((r) => r.rule),
    ['validity:active-oncology'],
  );
  const advisory = mr.reasons.find((r) => r.advisory);
  assert.deepEqual([mr.verdict, advisory.rule, advisory.series], ['accept', 'axial', { met: [], failed: [1] }]);
});
