// The words of the reasons evaluation gives beside a verdict, written out in full: a study's
// age against its validity window (within, past the first bound, beyond), a rule that decides
// by its verdict alone (its because, else its title, else what it applies to), its note, the
// physician's check when a value is not stated, and a preference that is not met. On Friday
// 2026-04-10, worked out from docs/language.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PROTOCOL = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo, because: Staging must be current. }
  stable-orthopedic: { window: 3mo, beyond: review }
rules:
  - { id: us, when: { modality: US }, verdict: redo, because: Ultrasound is operator-dependent. }
  - { id: video, title: Video is not diagnostic, when: { format: video }, verdict: supplement }
  - { id: pet, when: { modality: PET-CT }, verdict: review, note: Ask for the SUV table. }
  - id: thin
    when: { modality: CT }
    require: { slice_thickness: <= 2.5mm }
    preferred: { slice_thickness: <= 1mm }
    otherwise: redo
    if_unknown: supplement
    note: Thin reconstructions are often on the disc.
  - id: three-tesla
    when: { modality: MR }
    preferred: { field_strength: '>= 3T', sequences: [DWI] }
`;

function studyOf(study, context = 'active-oncology') {
  const text = `case: c\nprotocol: p\non: 2026-04-10\npatient: { context: ${context} }\nstudies:\n  - { id: s, ${study} }\n`;
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
  return core.runCases(project, ['c.case.yaml']).cases[0].studies[0];
}

/** Every reason of the study as `rule verdict[ advisory]: message`. */
const reasons = (study) => study.reasons.map((r) => `${r.rule} ${r.verdict}${r.advisory ? ' advisory' : ''}: ${r.message}`);

test("a study's age against its window: within, past the first bound, beyond with the window's because", () => {
  assert.deepEqual(reasons(studyOf('modality: XR, date: 2026-04-09')), [
    'validity:active-oncology accept: 1 day old on 2026-04-10: within 4w for active-oncology',
  ]);
  assert.deepEqual(reasons(studyOf('modality: XR, date: 2026-03-13')), [
    'validity:active-oncology accept: 28 days old on 2026-04-10: within 4w for active-oncology',
  ]);
  assert.deepEqual(reasons(studyOf('modality: XR, date: 2026-03-12')), [
    'validity:active-oncology review: 29 days old on 2026-04-10: past 4w but within 6w for active-oncology — the physician decides',
  ]);
  assert.deepEqual(reasons(studyOf('modality: XR, date: 2026-02-26')), [
    'validity:active-oncology redo: 43 days old on 2026-04-10: beyond the 6w validity for active-oncology — Staging must be current.',
  ]);
  // A window without a review band: beyond it straight after the accept bound, no because to add.
  assert.deepEqual(reasons(studyOf('modality: XR, date: 2026-01-09', 'stable-orthopedic')), [
    'validity:stable-orthopedic review: 91 days old on 2026-04-10: beyond the 3mo validity for stable-orthopedic',
  ]);
  // A study dated after the case's day is not of a negative age.
  assert.deepEqual(reasons(studyOf('modality: XR, date: 2026-04-12')), [
    'validity:active-oncology accept: 0 days old on 2026-04-10: within 4w for active-oncology',
  ]);
  assert.deepEqual(reasons(studyOf('modality: XR, date: 2026-04-10')), [
    'validity:active-oncology accept: 0 days old on 2026-04-10: within 4w for active-oncology',
  ]);
});

test('a rule that decides by its verdict says its because, else its title, else what it applies to; a note follows', () => {
  const fresh = 'date: 2026-04-09';
  assert.deepEqual(reasons(studyOf(`modality: US, ${fresh}`)).slice(1), ['us redo: Ultrasound is operator-dependent.']);
  assert.deepEqual(reasons(studyOf(`modality: XR, format: video, ${fresh}`)).slice(1), ['video supplement: Video is not diagnostic']);
  assert.deepEqual(reasons(studyOf(`modality: PET-CT, ${fresh}`)).slice(1), ['pet review: applies to every PET-CT study here Note: Ask for the SUV table.']);
});

test('a requirement not stated goes to the physician; a preference unmet or not stated is advisory beside the verdict', () => {
  const fresh = 'date: 2026-04-09';
  const note = ' Note: Thin reconstructions are often on the disc.';
  assert.deepEqual(reasons(studyOf(`modality: CT, ${fresh}`)).slice(1), [
    `thin supplement: slice thickness not stated (needs <= 2.5mm) — the physician checks${note}`,
    'thin accept advisory: preferred, not required: slice thickness not stated (needs <= 1mm)',
  ]);
  assert.deepEqual(reasons(studyOf(`modality: CT, slice_thickness: 2mm, ${fresh}`)).slice(1), [
    'thin accept: slice thickness 2mm meets <= 2.5mm',
    'thin accept advisory: preferred, not required: slice thickness 2mm does not meet <= 1mm',
  ]);
  assert.deepEqual(reasons(studyOf(`modality: CT, slice_thickness: 1mm, ${fresh}`)).slice(1), ['thin accept: slice thickness 1mm meets <= 2.5mm']);
  assert.deepEqual(reasons(studyOf(`modality: CT, slice_thickness: 3mm, ${fresh}`)).slice(1), [
    `thin redo: slice thickness 3mm does not meet <= 2.5mm${note}`,
    'thin accept advisory: preferred, not required: slice thickness 3mm does not meet <= 1mm',
  ]);
  // A rule with only a preference gives no deciding reason: met, nothing; unmet, the unmet first, then the unstated.
  assert.deepEqual(reasons(studyOf(`modality: MR, field_strength: 3T, sequences: [DWI], ${fresh}`)).slice(1), []);
  assert.deepEqual(reasons(studyOf(`modality: MR, field_strength: 1.5T, ${fresh}`)).slice(1), [
    'three-tesla accept advisory: preferred, not required: field strength 1.5T does not meet >= 3T; sequences not stated (needs DWI)',
  ]);
  assert.deepEqual(studyOf(`modality: MR, field_strength: 1.5T, ${fresh}`).verdict, 'accept');
});

test('each condition of a rule is matched with its own subject: the study, the patient, or both', () => {
  const protocol = `protocol: q
validity:
  active-oncology: { window: 1y, beyond: redo }
  stable-orthopedic: { window: 1y, beyond: redo }
rules:
  - { id: by-modality, when: { modality: [MR, PET-CT] }, verdict: review }
  - { id: by-region, when: { region: knee }, verdict: review }
  - { id: by-format, when: { format: report-only }, verdict: review }
  - { id: by-infection, when: { infection_relevant: false }, verdict: review }
  - { id: by-contrast, when: { contrast: true }, verdict: review }
  - { id: by-plain, when: { contrast: false }, verdict: review }
  - { id: by-purpose, when: { purpose: oncology }, verdict: review }
  - { id: by-indication, when: { indication: lung-cancer }, verdict: review }
  - { id: by-context, when: { context: stable-orthopedic }, verdict: review }
  - { id: by-symptom, when: { symptom: back-pain }, verdict: review }
  - { id: by-unchanged, when: { condition_changed: false }, verdict: review }
  - { id: by-two, when: { modality: CT, indication: lung-cancer }, verdict: review }
`;
  const rules = (patient, study) => {
    const text = `case: c\nprotocol: q\non: 2026-04-10\npatient: { ${patient} }\nstudies:\n  - { id: s, date: 2026-04-01, ${study} }\n`;
    const project = core.analyzeProject([
      { path: 'q.protocol.yaml', text: protocol },
      { path: 'c.case.yaml', text },
    ]);
    for (const [path, diagnostics] of project.diagnostics) {
      assert.deepEqual(
        diagnostics.filter((d) => d.severity === 'error').map((d) => `${path}: ${d.code} ${d.message}`),
        [],
      );
    }
    return core
      .runCases(project, ['c.case.yaml'])
      .cases[0].studies[0].reasons.map((r) => r.rule)
      .filter((r) => r.startsWith('by-'))
      .sort();
  };
  // A plain CT of the chest for a patient with nothing said: not infection-relevant, no contrast, condition unchanged.
  assert.deepEqual(rules('context: active-oncology', 'modality: CT, region: chest'), ['by-infection', 'by-plain', 'by-unchanged']);
  assert.deepEqual(rules('context: active-oncology', 'modality: MR, region: knee, format: report-only, infection_relevant: true, sequences: [T1-contrast]'), [
    'by-contrast',
    'by-format',
    'by-modality',
    'by-region',
    'by-unchanged',
  ]);
  assert.deepEqual(
    rules(
      'context: stable-orthopedic, purpose: oncology, indications: [lung-cancer], symptoms: [back-pain], condition_changed: true',
      'modality: CT, phases: [portal-venous]',
    ),
    ['by-context', 'by-contrast', 'by-indication', 'by-infection', 'by-purpose', 'by-symptom', 'by-two'],
  );
  assert.deepEqual(rules('context: active-oncology, indications: [breast-cancer]', 'modality: XR, format: dicom'), [
    'by-infection',
    'by-plain',
    'by-unchanged',
  ]);
});
