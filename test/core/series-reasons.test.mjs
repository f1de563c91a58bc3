// The words of each requirement's reason, as a physician reads them in the report: what was
// asked for, which series (or the study itself) was looked at, what it has, and why the check
// did not decide. Each expectation is written out in full, from what the rule asks and what the
// study states, so a lost word, a wrong series name or a swapped "meets" shows up here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PROTOCOL = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: t2-axial
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: T2, plane: axial, acquisition: 2D, slice_thickness: <= 3mm }
    otherwise: redo
    because: PI-RADS reads a thin axial T2.
    impact: { T2: the zonal anatomy is not seen }
  - id: dwi
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: DWI, b_value: '>= 1400' }
    otherwise: supplement
    impact: { DWI: grading is affected }
  - id: dce
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: DCE, temporal_resolution: <= 15s }
    otherwise: redo
  - id: thin-contiguous
    when: { modality: CT, region: chest }
    require:
      series:
        - { slice_thickness: <= 1.5mm, contiguous: true }
    otherwise: redo
  - id: in-plane
    when: { modality: CT, region: chest }
    require:
      series:
        - { pixel_spacing: <= 1mm, spacing: <= 5mm }
    otherwise: review
  - id: early-post-contrast
    when: { modality: MR, region: breast }
    require:
      series:
        - { contrast: true, contrast_delay: <= 4min }
    otherwise: redo
  - id: plain-t1
    when: { modality: MR, region: breast }
    require:
      series:
        - { sequence: T1, contrast: false }
    otherwise: supplement
  - id: late-arterial
    when: { modality: CT, region: liver }
    require:
      series:
        - { phase: late-arterial }
    otherwise: redo
  - id: liver-phases
    when: { modality: CT, region: liver }
    require: { phases: [late-arterial, portal-venous] }
    otherwise: supplement
    impact: { portal-venous: the venous anatomy is missing }
  - id: brain-sequences
    when: { modality: MR, region: brain }
    require: { sequences: [T1, T2, DWI] }
    otherwise: supplement
    impact: { DWI: an infarct is not seen }
  - id: brain-field
    when: { modality: MR, region: brain }
    require: { field_strength: '>= 1.5T', format: [dicom, video] }
    otherwise: redo
  - id: thin-abdomen
    when: { modality: CT, region: abdomen }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
    note: Reconstructions may be asked of the sending site.
`;

function runStudy(lines, protocol = PROTOCOL, say = undefined) {
  const text = `case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - id: s\n    date: 2026-04-01\n${lines.map((l) => `    ${l}\n`).join('')}`;
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
  return core.runCases(project, ['c.case.yaml'], say).cases[0].studies[0];
}

/** `[verdict, message]` of one rule's deciding reason for a study written as these lines. */
function reasonOf(rule, lines, protocol = PROTOCOL) {
  const r = runStudy(lines, protocol).reasons.find((x) => x.rule === rule && !x.advisory);
  assert.ok(r, `${rule} gave no reason`);
  return [r.verdict, r.message];
}

const series = (...entries) => ['series:', ...entries.map((e) => `  - { ${e} }`)];
const prostate = ['modality: MR', 'region: prostate'];

test('a series requirement met: the requirement in words, then the series that meets it and each thing it meets', () => {
  assert.deepEqual(reasonOf('t2-axial', [...prostate, ...series('sequence: T2, plane: axial, acquisition: 2D, slice_thickness: 3mm')]), [
    'accept',
    'T2 axial 2D, slice thickness <= 3mm: series 1 (T2 axial 2D): axial, 2D, slice thickness 3mm meets <= 3mm',
  ]);
  // A series with a description is named by it.
  assert.deepEqual(reasonOf('dwi', [...prostate, ...series('description: ep2d_diff, sequence: DWI, b_values: [50, 1500]')]), [
    'accept',
    'DWI, b-value >= 1400: series 1 (ep2d_diff): b-value 1500 meets >= 1400',
  ]);
  // A series picked by its phase alone, with nothing more asked of it, is present.
  assert.deepEqual(reasonOf('late-arterial', ['modality: CT', 'region: liver', ...series('phase: late-arterial')]), [
    'accept',
    'late-arterial: series 1 (late-arterial): present',
  ]);
});

test("a series requirement no series meets: each series looked at, with what it misses, then the rule's because", () => {
  assert.deepEqual(reasonOf('t2-axial', [...prostate, ...series('sequence: T2, plane: sagittal, acquisition: 3D, slice_thickness: 4mm')]), [
    'redo',
    'T2 axial 2D, slice thickness <= 3mm: no series meets it — series 1 (T2 sagittal 3D): sagittal, not axial, 3D, not 2D, slice thickness 4mm does not meet <= 3mm — PI-RADS reads a thin axial T2.',
  ]);
  // Two series of the sequence: both named, in their order; what one of them meets is not shown.
  assert.deepEqual(
    reasonOf('t2-axial', [
      ...prostate,
      ...series('sequence: T2, plane: axial, acquisition: 2D, slice_thickness: 4mm', 'sequence: T2, plane: coronal, acquisition: 2D, slice_thickness: 3mm'),
    ]),
    [
      'redo',
      'T2 axial 2D, slice thickness <= 3mm: no series meets it — series 1 (T2 axial 2D): slice thickness 4mm does not meet <= 3mm; series 2 (T2 coronal 2D): coronal, not axial — PI-RADS reads a thin axial T2.',
    ],
  );
  assert.deepEqual(reasonOf('dwi', [...prostate, ...series('sequence: T2', 'sequence: DWI, b_values: [50, 800]')]), [
    'supplement',
    'DWI, b-value >= 1400: no series meets it — series 2 (DWI): b-values 50, 800: none >= 1400',
  ]);
  // Temporal resolution is shown in seconds, however it was written.
  assert.deepEqual(reasonOf('dce', [...prostate, ...series('sequence: DCE, temporal_resolution: 1min')]), [
    'redo',
    'DCE, temporal resolution <= 15s: no series meets it — series 1 (DCE): temporal resolution 60s does not meet <= 15s',
  ]);
});

test('a series requirement the study cannot settle: what is not stated and what it needs — the physician checks', () => {
  assert.deepEqual(reasonOf('t2-axial', [...prostate, ...series('sequence: T2')]), [
    'review',
    'T2 axial 2D, slice thickness <= 3mm: series 1 (T2): plane not stated (needs axial), acquisition not stated (needs 2D), slice thickness not stated (needs <= 3mm) — the physician checks',
  ]);
  assert.deepEqual(reasonOf('dwi', [...prostate, ...series('sequence: DWI')]), [
    'review',
    'DWI, b-value >= 1400: series 1 (DWI): b-values not stated (needs a b-value >= 1400) — the physician checks',
  ]);
  // Written study-level, the study's own sequence stands as a series: "the study's T2".
  assert.deepEqual(reasonOf('t2-axial', [...prostate, 'sequences: [T2]', 'slice_thickness: 2mm']), [
    'review',
    "T2 axial 2D, slice thickness <= 3mm: the study's T2: plane not stated (needs axial), acquisition not stated (needs 2D) — the physician checks",
  ]);
  // A study that names no sequence does not say it lacks the T2.
  assert.deepEqual(reasonOf('t2-axial', prostate), ['review', 'sequences not stated (needs T2 axial 2D, slice thickness <= 3mm) — the physician checks']);
  assert.deepEqual(reasonOf('late-arterial', ['modality: CT', 'region: liver']), ['review', 'phases not stated (needs late-arterial) — the physician checks']);
  // A plain arterial phase may or may not be the late one.
  assert.deepEqual(reasonOf('late-arterial', ['modality: CT', 'region: liver', ...series('phase: arterial')]), [
    'review',
    'late-arterial: series 1 (arterial): phase arterial does not say which (needs late-arterial) — the physician checks',
  ]);
});

test("a sequence the study lacks: named, with the rule's impact, and the series that name no sequence counted aside", () => {
  assert.deepEqual(reasonOf('t2-axial', [...prostate, 'sequences: [T1]']), [
    'redo',
    'no T2 series (T2: the zonal anatomy is not seen) — needs T2 axial 2D, slice thickness <= 3mm — PI-RADS reads a thin axial T2.',
  ]);
  assert.deepEqual(reasonOf('dwi', [...prostate, ...series('sequence: T2', 'description: ep2d_diff, b_values: [50, 1400]', 'description: adc')]), [
    'supplement',
    'no DWI series; 2 series without a sequence or phase not counted (DWI: grading is affected) — needs DWI, b-value >= 1400',
  ]);
  // Without impact words for the sequence, none are added.
  assert.deepEqual(reasonOf('dce', [...prostate, ...series('sequence: T2')]), ['redo', 'no DCE series — needs DCE, temporal resolution <= 15s']);
});

test('contiguous sections and in-plane limits: a series requirement with no sequence is "a … series"', () => {
  const chest = ['modality: CT', 'region: chest'];
  assert.deepEqual(reasonOf('thin-contiguous', [...chest, ...series('slice_thickness: 1mm, spacing: 1mm')]), [
    'accept',
    'a contiguous series, slice thickness <= 1.5mm: series 1: slice thickness 1mm meets <= 1.5mm, contiguous (1mm every 1mm)',
  ]);
  assert.deepEqual(reasonOf('thin-contiguous', [...chest, ...series('slice_thickness: 1mm, spacing: 10mm')]), [
    'redo',
    'a contiguous series, slice thickness <= 1.5mm: no series meets it — series 1: not contiguous: 1mm sections every 10mm',
  ]);
  assert.deepEqual(reasonOf('thin-contiguous', [...chest, ...series('spacing: 1mm')]), [
    'review',
    'a contiguous series, slice thickness <= 1.5mm: series 1: slice thickness not stated (needs <= 1.5mm), contiguity unknown (slice thickness not stated) — the physician checks',
  ]);
  assert.deepEqual(reasonOf('thin-contiguous', [...chest, ...series('slice_thickness: 1mm')]), [
    'review',
    'a contiguous series, slice thickness <= 1.5mm: series 1: contiguity unknown (spacing not stated) — the physician checks',
  ]);
  assert.deepEqual(reasonOf('in-plane', [...chest, ...series('pixel_spacing: 0.7mm, spacing: 5mm')]), [
    'accept',
    'a series, spacing <= 5mm, in-plane pixel spacing <= 1mm: series 1: spacing 5mm meets <= 5mm, in-plane pixel spacing 0.7mm meets <= 1mm',
  ]);
  assert.deepEqual(reasonOf('in-plane', [...chest, ...series('pixel_spacing: 1.2mm, spacing: 5mm')]), [
    'review',
    'a series, spacing <= 5mm, in-plane pixel spacing <= 1mm: no series meets it — series 1: in-plane pixel spacing 1.2mm does not meet <= 1mm',
  ]);
});

test('contrast: asked post-contrast or non-contrast, stated, implied by the sequence, or not stated', () => {
  const breast = ['modality: MR', 'region: breast'];
  assert.deepEqual(reasonOf('early-post-contrast', [...breast, ...series('sequence: DCE, contrast_delay: 90s')]), [
    'accept',
    'a post-contrast series, contrast delay <= 4min: series 1 (DCE): post-contrast, contrast delay 90s meets <= 4min',
  ]);
  assert.deepEqual(reasonOf('early-post-contrast', [...breast, ...series('sequence: T1, contrast: false, contrast_delay: 90s')]), [
    'redo',
    'a post-contrast series, contrast delay <= 4min: no series meets it — series 1 (T1): non-contrast, not post-contrast',
  ]);
  assert.deepEqual(reasonOf('early-post-contrast', [...breast, ...series('sequence: T1, contrast: true, contrast_delay: 6min')]), [
    'redo',
    'a post-contrast series, contrast delay <= 4min: no series meets it — series 1 (T1): contrast delay 360s does not meet <= 4min',
  ]);
  assert.deepEqual(reasonOf('early-post-contrast', [...breast, ...series('sequence: T1, contrast_delay: 90s')]), [
    'review',
    'a post-contrast series, contrast delay <= 4min: series 1 (T1): contrast not stated (needs post-contrast) — the physician checks',
  ]);
  assert.deepEqual(reasonOf('plain-t1', [...breast, ...series('sequence: T1, contrast: false')]), ['accept', 'T1 non-contrast: series 1 (T1): non-contrast']);
  assert.deepEqual(reasonOf('plain-t1', [...breast, ...series('sequence: T1, contrast: true')]), [
    'supplement',
    'T1 non-contrast: no series meets it — series 1 (T1): post-contrast, not non-contrast',
  ]);
  assert.deepEqual(reasonOf('plain-t1', [...breast, ...series('sequence: T1')]), [
    'review',
    'T1 non-contrast: series 1 (T1): contrast not stated (needs non-contrast) — the physician checks',
  ]);
});

test('study-level sequences, phases, field strength and format: what is missing, with its impact, or what was met', () => {
  const brain = ['modality: MR', 'region: brain'];
  assert.deepEqual(reasonOf('brain-sequences', [...brain, 'sequences: [T1]']), ['supplement', 'missing sequences T2, DWI (DWI: an infarct is not seen)']);
  assert.deepEqual(reasonOf('brain-sequences', [...brain, 'sequences: [T1, DWI]']), ['supplement', 'missing sequence T2']);
  assert.deepEqual(reasonOf('brain-sequences', [...brain, 'sequences: [T1, T2, DWI]']), ['accept', 'has every required sequence']);
  assert.deepEqual(reasonOf('brain-sequences', brain), ['review', 'sequences not stated (needs T1, T2, DWI) — the physician checks']);
  assert.deepEqual(reasonOf('brain-field', [...brain, 'field_strength: 1.5T', 'format: video']), ['accept', 'field strength 1.5T meets >= 1.5T; format video']);
  assert.deepEqual(reasonOf('brain-field', [...brain, 'field_strength: 1T', 'format: report-only']), [
    'redo',
    'field strength 1T does not meet >= 1.5T; format report-only is not dicom or video',
  ]);
  assert.deepEqual(reasonOf('brain-field', brain), [
    'review',
    'field strength not stated (needs >= 1.5T); format not stated (needs dicom or video) — the physician checks',
  ]);
  // One unmet, one unknown: the unmet first; the verdict is the worse of otherwise and if_unknown.
  assert.deepEqual(reasonOf('brain-field', [...brain, 'field_strength: 1T']), [
    'redo',
    'field strength 1T does not meet >= 1.5T; format not stated (needs dicom or video)',
  ]);
  const liver = ['modality: CT', 'region: liver'];
  assert.deepEqual(reasonOf('liver-phases', [...liver, 'phases: [late-arterial, portal-venous]']), ['accept', 'has every required phase']);
  assert.deepEqual(reasonOf('liver-phases', [...liver, 'phases: [late-arterial]']), [
    'supplement',
    'missing phase portal-venous (portal-venous: the venous anatomy is missing)',
  ]);
  assert.deepEqual(reasonOf('liver-phases', [...liver, 'phases: [arterial, portal-venous]']), [
    'review',
    'late-arterial not stated: the study says only arterial, not which arterial phase — the physician checks',
  ]);
  assert.deepEqual(reasonOf('liver-phases', [...liver, 'phases: [arterial]']), [
    'supplement',
    'missing phase portal-venous (portal-venous: the venous anatomy is missing); late-arterial not stated: the study says only arterial, not which arterial phase',
  ]);
  assert.deepEqual(reasonOf('liver-phases', liver), ['review', 'phases not stated (needs late-arterial, portal-venous) — the physician checks']);
});

test('a study-level slice thickness on a study with series: the series that meets it, the thinnest, or those that do not say', () => {
  const abdomen = ['modality: CT', 'region: abdomen'];
  const note = ' Note: Reconstructions may be asked of the sending site.';
  assert.deepEqual(reasonOf('thin-abdomen', [...abdomen, 'slice_thickness: 2mm']), ['accept', 'slice thickness 2mm meets <= 2.5mm']);
  assert.deepEqual(reasonOf('thin-abdomen', [...abdomen, 'slice_thickness: 3mm']), ['redo', `slice thickness 3mm does not meet <= 2.5mm${note}`]);
  assert.deepEqual(reasonOf('thin-abdomen', abdomen), ['review', `slice thickness not stated (needs <= 2.5mm) — the physician checks${note}`]);
  assert.deepEqual(reasonOf('thin-abdomen', [...abdomen, ...series('slice_thickness: 5mm', 'description: thin recon, slice_thickness: 1mm')]), [
    'accept',
    'slice thickness 1mm in series 2 (thin recon) meets <= 2.5mm',
  ]);
  assert.deepEqual(reasonOf('thin-abdomen', [...abdomen, ...series('slice_thickness: 3mm', 'slice_thickness: 5mm')]), [
    'redo',
    `no series meets slice thickness <= 2.5mm: the thinnest is 3mm in series 1${note}`,
  ]);
  assert.deepEqual(reasonOf('thin-abdomen', [...abdomen, ...series('slice_thickness: 5mm', 'description: recon', 'phase: portal-venous')]), [
    'review',
    `slice thickness not stated for series 2 (recon), series 3 (portal-venous) (needs <= 2.5mm) — the physician checks${note}`,
  ]);
});

test('which series a requirement marks as met or failed', () => {
  const marks = (rule, lines) => runStudy(lines).reasons.find((r) => r.rule === rule && !r.advisory).series;
  assert.deepEqual(
    marks('dwi', [
      ...prostate,
      ...series('sequence: T2', 'sequence: DWI, b_values: [800]', 'sequence: DWI, b_values: [1500]', 'sequence: DWI, b_values: [2000]'),
    ]),
    { met: [3, 4], failed: [] },
  );
  assert.deepEqual(marks('dwi', [...prostate, ...series('sequence: DWI, b_values: [800]', 'sequence: DWI')]), { met: [], failed: [1] });
  // Thick beside unstated: the thick one failed, the unstated one is not a failure.
  assert.deepEqual(marks('thin-abdomen', ['modality: CT', 'region: abdomen', ...series('slice_thickness: 5mm', 'description: recon')]), {
    met: [],
    failed: [1],
  });
  // Only another plane: that series is the one that failed, since none came closer.
  assert.deepEqual(
    marks('t2-axial', [
      ...prostate,
      ...series('sequence: T2, plane: coronal, acquisition: 2D, slice_thickness: 3mm', 'sequence: T2, plane: sagittal, acquisition: 2D, slice_thickness: 3mm'),
    ]),
    { met: [], failed: [1, 2] },
  );
  // The study's own sequence is no written series: nothing to mark.
  assert.equal(marks('dwi', [...prostate, 'sequences: [DWI]']), undefined);
});

test('each series of a study in a few words: contrast, in-plane spacing, temporal resolution and delay in seconds', () => {
  const s = runStudy([
    'modality: MR',
    'region: breast',
    ...series(
      'sequence: DCE, plane: axial, temporal_resolution: 1min, contrast_delay: 30s',
      'description: pre, sequence: T1, contrast: false, pixel_spacing: 0.8mm',
      'sequence: T1, contrast: true',
      'description: scout',
    ),
  ]);
  assert.deepEqual(
    s.series.map((x) => x.label),
    [
      'series 1: DCE axial, 60s per phase, 30s after injection',
      'series 2 (pre): T1 non-contrast, in-plane 0.8mm',
      'series 3: T1 post-contrast',
      'series 4 (scout)',
    ],
  );
});

test('a sequence the study lists beside its series stands as a series of its own; a study with nothing listed is "the study"', () => {
  // DWI is listed study-level but no written series is a DWI: its details are unknown.
  assert.deepEqual(reasonOf('dwi', [...prostate, 'sequences: [DWI]', ...series('sequence: T2, plane: axial')]), [
    'review',
    "DWI, b-value >= 1400: the study's DWI: b-values not stated (needs a b-value >= 1400) — the physician checks",
  ]);
  // A listed sequence that a written series has is that series, not a second one.
  assert.deepEqual(reasonOf('dwi', [...prostate, 'sequences: [DWI]', ...series('sequence: DWI, b_values: [50, 800]')]), [
    'supplement',
    'DWI, b-value >= 1400: no series meets it — series 1 (DWI): b-values 50, 800: none >= 1400',
  ]);
  assert.deepEqual(reasonOf('thin-contiguous', ['modality: CT', 'region: chest', 'slice_thickness: 1mm']), [
    'review',
    'a contiguous series, slice thickness <= 1.5mm: the study: contiguity unknown (spacing not stated) — the physician checks',
  ]);
  // The study's slice thickness is each listed phase's.
  assert.deepEqual(reasonOf('thin-contiguous', ['modality: CT', 'region: chest', 'slice_thickness: 3mm', 'phases: [arterial]']), [
    'redo',
    "a contiguous series, slice thickness <= 1.5mm: no series meets it — the study's arterial: slice thickness 3mm does not meet <= 1.5mm",
  ]);
});

const MORE = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: arterial
    when: { modality: CT, region: liver }
    require: { phases: [arterial] }
    otherwise: supplement
  - id: two-arterial
    when: { modality: CT, region: liver }
    require: { phases: [early-arterial, late-arterial] }
    otherwise: supplement
  - id: arterial-series
    when: { modality: CT, region: liver }
    require:
      series:
        - { phase: [arterial, delayed] }
    otherwise: supplement
  - id: late-thin
    when: { modality: CT, region: liver }
    require:
      series:
        - { phase: [late-arterial, delayed], slice_thickness: <= 1mm }
    otherwise: redo
  - id: post-contrast
    when: { modality: MR, region: liver }
    require:
      series:
        - { contrast: true }
    otherwise: supplement
  - id: diffusion
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: [DWI, ADC], plane: [axial, coronal], acquisition: [2D, 3D] }
    otherwise: redo
  - id: diffusion-either
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: [DWI, ADC] }
    otherwise: redo
    missing: { DWI: supplement, ADC: redo }
  - id: diffusion-twice
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: DWI }
        - { plane: axial }
    otherwise: review
  - id: sequences
    when: { modality: MR, region: brain }
    require: { sequences: [T1, T2, DWI] }
    otherwise: redo
    impact: { T2: the oedema is not seen, DWI: an infarct is not seen }
`;
const more = (rule, lines) => reasonOf(rule, lines, MORE);
const marksOf = (rule, lines, protocol = PROTOCOL) => runStudy(lines, protocol).reasons.find((r) => r.rule === rule && !r.advisory).series;

test('an arterial requirement: any arterial phase among others meets it; none is a missing phase; two unsure phases are named together', () => {
  const liver = ['modality: CT', 'region: liver'];
  assert.deepEqual(more('arterial', [...liver, 'phases: [early-arterial, portal-venous]']), ['accept', 'has every required phase']);
  assert.deepEqual(more('arterial', [...liver, 'phases: [portal-venous]']), ['supplement', 'missing phase arterial']);
  assert.deepEqual(more('two-arterial', [...liver, 'phases: [arterial]']), [
    'review',
    'early-arterial, late-arterial not stated: the study says only arterial, not which arterial phase — the physician checks',
  ]);
  // A series aimed at arterial is met by an early-arterial series; one aimed at a list names it with "or".
  assert.deepEqual(more('arterial-series', [...liver, ...series('phase: early-arterial')]), [
    'accept',
    'arterial or delayed: series 1 (early-arterial): present',
  ]);
  assert.deepEqual(more('arterial-series', [...liver, 'phases: [portal-venous]']), ['supplement', 'no arterial or delayed series — needs arterial or delayed']);
  // Possibly the aimed phase, but too thick either way: not met, whatever phase it is.
  assert.deepEqual(more('late-thin', [...liver, ...series('phase: arterial, slice_thickness: 3mm')]), [
    'redo',
    'late-arterial or delayed, slice thickness <= 1mm: no series meets it — series 1 (arterial): phase arterial does not say which (needs late-arterial or delayed), slice thickness 3mm does not meet <= 1mm',
  ]);
  // A phase listed study-level beside series of other sequences stands as its own series.
  assert.deepEqual(more('arterial-series', [...liver, 'phases: [delayed]', ...series('description: scout')]), [
    'accept',
    "arterial or delayed: the study's delayed: present",
  ]);
});

test('post-contrast by the words of a sequence or a phase; non-contrast is not', () => {
  const liver = ['modality: MR', 'region: liver'];
  for (const word of [
    'sequence: LGE',
    'sequence: T1-contrast',
    'sequence: DCE',
    ...['arterial', 'early-arterial', 'late-arterial', 'portal-venous', 'transitional', 'delayed', 'hepatobiliary'].map((p) => `phase: ${p}`),
  ]) {
    assert.equal(more('post-contrast', [...liver, ...series(word)])[0], 'accept', word);
  }
  assert.deepEqual(more('post-contrast', [...liver, ...series('phase: non-contrast')]), [
    'supplement',
    'a post-contrast series: no series meets it — series 1 (non-contrast): non-contrast, not post-contrast',
  ]);
  assert.deepEqual(more('post-contrast', [...liver, ...series('sequence: T1')]), [
    'review',
    'a post-contrast series: series 1 (T1): contrast not stated (needs post-contrast) — the physician checks',
  ]);
});

test('a series requirement aimed at one of several sequences, planes or acquisitions names each list with "or"', () => {
  assert.deepEqual(more('diffusion', [...prostate, ...series('sequence: ADC, plane: coronal, acquisition: 3D')]), [
    'accept',
    'DWI or ADC axial or coronal 2D or 3D: series 1 (ADC coronal 3D): coronal, 3D',
  ]);
  assert.deepEqual(more('diffusion', [...prostate, ...series('sequence: DWI, plane: sagittal, acquisition: 3D')]), [
    'redo',
    'DWI or ADC axial or coronal 2D or 3D: no series meets it — series 1 (DWI sagittal 3D): sagittal, not axial or coronal',
  ]);
  assert.deepEqual(more('diffusion', [...prostate, ...series('sequence: DWI')]), [
    'review',
    'DWI or ADC axial or coronal 2D or 3D: series 1 (DWI): plane not stated (needs axial or coronal), acquisition not stated (needs 2D or 3D) — the physician checks',
  ]);
  // Missing both: either would do, so the verdict is the milder of what each missing item takes.
  const missingBoth = runStudy([...prostate, 'sequences: [T2]'], MORE).reasons.find((r) => r.rule === 'diffusion-either');
  assert.equal(missingBoth.verdict, 'supplement');
  assert.match(missingBoth.message, /^no DWI or ADC series — needs DWI or ADC; /);
  assert.deepEqual(missingBoth.items, ['DWI', 'ADC']);
});

test('several unknown series are each named; two missing sequences with their impacts; a limit carries no item', () => {
  assert.deepEqual(reasonOf('t2-axial', [...prostate, ...series('sequence: T2', 'sequence: T2, plane: axial')]), [
    'review',
    'T2 axial 2D, slice thickness <= 3mm: series 1 (T2): plane not stated (needs axial), acquisition not stated (needs 2D), slice thickness not stated (needs <= 3mm); series 2 (T2 axial): acquisition not stated (needs 2D), slice thickness not stated (needs <= 3mm) — the physician checks',
  ]);
  assert.deepEqual(more('sequences', ['modality: MR', 'region: brain', 'sequences: [T1]']), [
    'redo',
    'missing sequences T2, DWI (T2: the oedema is not seen; DWI: an infarct is not seen)',
  ]);
  const thick = runStudy(['modality: CT', 'region: abdomen', 'slice_thickness: 3mm']).reasons.find((r) => r.rule === 'thin-abdomen');
  assert.equal(thick.items, undefined);
  // Two as thin as each other: the first is named.
  assert.deepEqual(
    reasonOf('thin-abdomen', ['modality: CT', 'region: abdomen', ...series('slice_thickness: 3mm', 'description: recon, slice_thickness: 3mm')]),
    ['redo', 'no series meets slice thickness <= 2.5mm: the thinnest is 3mm in series 1 Note: Reconstructions may be asked of the sending site.'],
  );
});

test('series marks name only written series, each once', () => {
  // Met or failed by the study's own listed phase or thickness: no written series to mark.
  assert.equal(marksOf('late-arterial', ['modality: CT', 'region: liver', 'phases: [late-arterial]']), undefined);
  assert.equal(marksOf('thin-contiguous', ['modality: CT', 'region: chest', 'slice_thickness: 3mm', 'phases: [arterial]']), undefined);
  assert.equal(marksOf('t2-axial', prostate), undefined, 'sequences not stated');
  assert.equal(marksOf('dce', [...prostate, ...series('sequence: T2')]), undefined, 'no DCE series');
  assert.equal(
    marksOf('thin-abdomen', ['modality: CT', 'region: abdomen', ...series('slice_thickness: 5mm', 'slice_thickness: 1mm')]),
    undefined,
    'met across series',
  );
  // A thick series beside the study's own thick phase: only the written one failed.
  assert.deepEqual(
    marksOf('thin-abdomen', ['modality: CT', 'region: abdomen', 'slice_thickness: 4mm', 'phases: [portal-venous]', ...series('slice_thickness: 5mm')]),
    { met: [], failed: [1] },
  );
  // One series meeting two requirements of a rule is marked once.
  assert.deepEqual(marksOf('diffusion-twice', [...prostate, ...series('sequence: DWI, plane: axial')], MORE), { met: [1], failed: [] });
  // A series of the wrong contrast beside one too late: only the one that missed a limit failed.
  assert.deepEqual(
    marksOf('early-post-contrast', [
      'modality: MR',
      'region: breast',
      ...series('sequence: T1, contrast: false, contrast_delay: 90s', 'sequence: DCE, contrast_delay: 6min'),
    ]),
    { met: [], failed: [2] },
  );
});

const KNEE = `protocol: p
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: plain-3d
    when: { modality: MR, region: knee }
    require:
      series:
        - { acquisition: 3D, contrast: false }
    otherwise: supplement
`;

test('a series requirement with two words and no sequence or phase: "a 3D non-contrast series", in English and in Chinese', () => {
  const reason = (lines, say) => {
    const r = runStudy(lines, KNEE, say).reasons.find((x) => x.rule === 'plain-3d');
    return [r.verdict, r.message];
  };
  const knee = (series) => ['modality: MR', 'region: knee', 'series:', `  - { ${series} }`];
  const zh = new core.Catalogue('zh-CN');
  assert.deepEqual(reason(knee('sequence: T2, acquisition: 3D, contrast: false')), ['accept', 'a 3D non-contrast series: series 1 (T2 3D): 3D, non-contrast']);
  assert.deepEqual(reason(knee('sequence: T2, acquisition: 3D, contrast: false'), zh), ['accept', '3D 平扫序列：序列 1（T2 3D）：3D、平扫']);
  assert.deepEqual(reason(knee('sequence: T2, acquisition: 2D, contrast: false')), [
    'supplement',
    'a 3D non-contrast series: no series meets it — series 1 (T2 2D): 2D, not 3D',
  ]);
  assert.deepEqual(reason(knee('sequence: T2, acquisition: 2D, contrast: false'), zh), [
    'supplement',
    '3D 平扫序列：没有序列符合——序列 1（T2 2D）：为2D，而非3D',
  ]);
});

test('"an axial series", "an oblique or sagittal series", "a 3D series": the article agrees with the word that follows, as it is spoken', () => {
  const profile = (requirement) => KNEE.replace('{ acquisition: 3D, contrast: false }', requirement);
  const words = (requirement, say) => {
    const study = runStudy(['modality: MR', 'region: knee', 'series:', '  - { sequence: T2, plane: coronal, acquisition: 2D }'], profile(requirement), say);
    return study.reasons.find((x) => x.rule === 'plain-3d').message.split(/[:：]/)[0];
  };
  assert.equal(words('{ plane: axial }'), 'an axial series');
  assert.equal(words('{ plane: [oblique, sagittal] }'), 'an oblique or sagittal series');
  assert.equal(words('{ plane: sagittal, acquisition: 3D }'), 'a sagittal 3D series');
  assert.equal(words('{ acquisition: 3D, plane: axial }'), 'an axial 3D series');
  assert.equal(words('{ acquisition: 3D }'), 'a 3D series');
  assert.equal(words('{ contrast: true }'), 'a post-contrast series');
  // Chinese has no article to agree.
  assert.equal(words('{ plane: axial }', new core.Catalogue('zh-CN')), 'axial 序列');
});
