// Series in cases and requirements aimed at series: each constraint kind (met, unmet, unknown),
// one series meeting all constraints at once, study-level limits met by some series, the
// arterial umbrella, `preferred`, what the reasons say, bad input, and the property that a study
// written as series gets the verdict of the same facts written study-level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
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
        - { sequence: T2, plane: axial, slice_thickness: <= 3mm }
    otherwise: redo
  - id: dwi-high-b
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: DWI, b_value: '>= 1400' }
    otherwise: supplement
  - id: dce-fast
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: DCE, temporal_resolution: <= 15s }
    otherwise: redo
    if_unknown: supplement
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
        - { pixel_spacing: <= 1mm }
    otherwise: review
  - id: spacing
    when: { modality: CT, region: chest }
    require:
      series:
        - { spacing: <= 5mm }
    otherwise: review
  - id: early-post-contrast
    when: { modality: MR, region: breast }
    require:
      series:
        - { contrast: true, contrast_delay: <= 4min }
    otherwise: redo
  - id: t1-3d
    when: { modality: MR, region: brain }
    require:
      series:
        - { sequence: T1-contrast, acquisition: 3D, slice_thickness: <= 1.5mm }
    otherwise: redo
  - id: second-plane
    when: { modality: MR, region: brain }
    require:
      series:
        - { sequence: T2, plane: [sagittal, coronal] }
    otherwise: supplement
  - id: late-arterial
    when: { modality: CT, region: liver }
    require:
      series:
        - { phase: late-arterial }
    otherwise: redo
  - id: arterial
    when: { modality: CT, region: liver }
    require: { phases: [arterial] }
    otherwise: redo
  - id: thin-ct
    when: { modality: CT, region: abdomen }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
  - id: three-tesla
    when: { modality: MR }
    preferred: { field_strength: '>= 3T' }
  - id: field
    when: { modality: MR, region: knee }
    require: { field_strength: '>= 1.5T' }
    preferred: { field_strength: '>= 3T' }
    otherwise: redo
timelines:
  MR: { scan: 30min..60min, report: 1bd..3bd, same_day: scan }
`;

function analyze(caseText, protocolText = PROTOCOL) {
  return core.analyzeProject([
    { path: 'p.protocol.yaml', text: protocolText },
    { path: 'c.case.yaml', text: caseText },
  ]);
}

function run(studies, patient = 'context: active-oncology') {
  const text = `case: c\nprotocol: p\non: 2026-04-10\npatient: { ${patient} }\nstudies:\n${studies}`;
  const project = analyze(text);
  for (const [path, diagnostics] of project.diagnostics) {
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => `${path}: ${d.code} ${d.message}`),
      [],
    );
  }
  return core.runCases(project, ['c.case.yaml']).cases[0];
}

/** One study of `modality`/`region` with these series lines; its result. */
function study(modality, region, series, extra = '') {
  const lines = series.map((s) => `      - { ${s} }`).join('\n');
  const result = run(
    `  - id: s\n    modality: ${modality}\n    region: ${region}\n    date: 2026-04-01\n${extra}${series.length ? `    series:\n${lines}\n` : ''}`,
  );
  return result.studies[0];
}

const reason = (s, rule) => s.reasons.find((r) => r.rule === rule && !r.advisory);
const verdictOf = (s, rule) => reason(s, rule)?.verdict;

test('slice thickness, plane and sequence of one series, all at once', () => {
  const met = study('MR', 'prostate', ['sequence: T2, plane: axial, slice_thickness: 3mm']);
  assert.equal(verdictOf(met, 't2-axial'), 'accept');
  // The axial T2 is thick and the thin T2 is sagittal: no one series meets all constraints.
  const split = study('MR', 'prostate', ['sequence: T2, plane: axial, slice_thickness: 4mm', 'sequence: T2, plane: sagittal, slice_thickness: 3mm']);
  assert.equal(verdictOf(split, 't2-axial'), 'redo');
  assert.match(reason(split, 't2-axial').message, /series 1 \(T2 axial\): slice thickness 4mm does not meet <= 3mm/);
  assert.match(reason(split, 't2-axial').message, /series 2 \(T2 sagittal\): sagittal, not axial/);
  // The failing series is the thick axial one; the sagittal one is of another plane, not a failure.
  assert.deepEqual(reason(split, 't2-axial').series, { met: [], failed: [1] });
  const sagittalOnly = study('MR', 'prostate', ['sequence: T2, plane: sagittal, slice_thickness: 3mm']);
  assert.deepEqual(reason(sagittalOnly, 't2-axial').series, { met: [], failed: [1] });
  // The plane unstated: unknown, the rule's if_unknown (review by default).
  const unstated = study('MR', 'prostate', ['sequence: T2, slice_thickness: 3mm']);
  assert.equal(verdictOf(unstated, 't2-axial'), 'review');
  assert.match(reason(unstated, 't2-axial').message, /plane not stated \(needs axial\)/);
});

test('a requirement aimed at a sequence the study lacks names the sequence; a series without sequence is not counted', () => {
  const s = study('MR', 'prostate', ['sequence: T2, plane: axial, slice_thickness: 3mm', 'description: ep2d_diff, b_values: [50, 1400]']);
  assert.equal(verdictOf(s, 'dwi-high-b'), 'supplement');
  assert.match(reason(s, 'dwi-high-b').message, /^no DWI series; 1 series without a sequence or phase not counted/);
});

test('b-values: some b-value of the series meets the comparison; none stated is unknown', () => {
  assert.equal(verdictOf(study('MR', 'prostate', ['sequence: DWI, b_values: [50, 800, 1400]']), 'dwi-high-b'), 'accept');
  const low = study('MR', 'prostate', ['sequence: DWI, b_values: [50, 800]']);
  assert.equal(verdictOf(low, 'dwi-high-b'), 'supplement');
  assert.match(reason(low, 'dwi-high-b').message, /b-values 50, 800: none >= 1400/);
  assert.equal(verdictOf(study('MR', 'prostate', ['sequence: DWI, b_values: ["1400s/mm2"]']), 'dwi-high-b'), 'accept');
  assert.equal(verdictOf(study('MR', 'prostate', ['sequence: DWI']), 'dwi-high-b'), 'review');
  // A second DWI series with the high b-value meets it: any one series is enough.
  assert.equal(verdictOf(study('MR', 'prostate', ['sequence: DWI, b_values: [800]', 'sequence: DWI, b_values: [1500]']), 'dwi-high-b'), 'accept');
});

test('temporal resolution in seconds or minutes; unknown goes through if_unknown', () => {
  assert.equal(verdictOf(study('MR', 'prostate', ['sequence: DCE, temporal_resolution: 15s']), 'dce-fast'), 'accept');
  assert.equal(verdictOf(study('MR', 'prostate', ['sequence: DCE, temporal_resolution: 16s']), 'dce-fast'), 'redo');
  assert.equal(verdictOf(study('MR', 'prostate', ['sequence: DCE, temporal_resolution: 1min']), 'dce-fast'), 'redo');
  assert.equal(verdictOf(study('MR', 'prostate', ['sequence: DCE']), 'dce-fast'), 'supplement');
});

test('contiguous sections: spacing at most the thickness; either unstated is unknown, never an error', () => {
  assert.equal(verdictOf(study('CT', 'chest', ['slice_thickness: 1mm, spacing: 1mm']), 'thin-contiguous'), 'accept');
  assert.equal(verdictOf(study('CT', 'chest', ['slice_thickness: 1.25mm, spacing: 0.625mm']), 'thin-contiguous'), 'accept');
  const gaps = study('CT', 'chest', ['slice_thickness: 1mm, spacing: 10mm']);
  assert.equal(verdictOf(gaps, 'thin-contiguous'), 'redo');
  assert.match(reason(gaps, 'thin-contiguous').message, /not contiguous: 1mm sections every 10mm/);
  const noThickness = study('CT', 'chest', ['spacing: 1mm']);
  assert.equal(verdictOf(noThickness, 'thin-contiguous'), 'review');
  assert.match(reason(noThickness, 'thin-contiguous').message, /contiguity unknown \(slice thickness not stated\)/);
  assert.equal(verdictOf(study('CT', 'chest', ['slice_thickness: 1mm']), 'thin-contiguous'), 'review');
});

test('in-plane pixel spacing and slice spacing', () => {
  assert.equal(verdictOf(study('CT', 'chest', ['pixel_spacing: 0.7mm']), 'in-plane'), 'accept');
  assert.equal(verdictOf(study('CT', 'chest', ['pixel_spacing: 1.2mm']), 'in-plane'), 'review');
  assert.equal(verdictOf(study('CT', 'chest', ['spacing: 5mm']), 'spacing'), 'accept');
  assert.equal(verdictOf(study('CT', 'chest', ['spacing: 6mm']), 'spacing'), 'review');
});

test('contrast and contrast delay: post-contrast by its words (T1-contrast, DCE, a contrast phase) or by contrast: true', () => {
  assert.equal(verdictOf(study('MR', 'breast', ['sequence: DCE, contrast_delay: 90s']), 'early-post-contrast'), 'accept');
  assert.equal(verdictOf(study('MR', 'breast', ['sequence: T1, contrast: true, contrast_delay: 4min']), 'early-post-contrast'), 'accept');
  assert.equal(verdictOf(study('MR', 'breast', ['sequence: DCE, contrast_delay: 6min']), 'early-post-contrast'), 'redo');
  // A T1 that does not say whether it was after contrast is unknown.
  assert.equal(verdictOf(study('MR', 'breast', ['sequence: T1, contrast_delay: 90s']), 'early-post-contrast'), 'review');
  // contrast: false on a plain T1 is certainly not the post-contrast series.
  assert.equal(verdictOf(study('MR', 'breast', ['sequence: T1, contrast: false, contrast_delay: 90s']), 'early-post-contrast'), 'redo');
});

test('acquisition and a plane list', () => {
  const s = study('MR', 'brain', ['sequence: T1-contrast, acquisition: 2D, slice_thickness: 5mm', 'sequence: T2, plane: coronal']);
  assert.equal(verdictOf(s, 't1-3d'), 'redo');
  assert.match(reason(s, 't1-3d').message, /2D, not 3D, slice thickness 5mm does not meet <= 1.5mm/);
  assert.equal(verdictOf(s, 'second-plane'), 'accept');
  assert.equal(
    verdictOf(study('MR', 'brain', ['sequence: T1-contrast, acquisition: 3D, slice_thickness: 1mm', 'sequence: T2, plane: axial']), 'second-plane'),
    'supplement',
  );
});

test('arterial umbrella: early and late count as arterial; late-arterial is unknown for plain arterial and unmet by early', () => {
  const early = study('CT', 'liver', ['phase: early-arterial']);
  assert.equal(verdictOf(early, 'arterial'), 'accept');
  assert.equal(verdictOf(early, 'late-arterial'), 'redo');
  const late = study('CT', 'liver', ['phase: late-arterial']);
  assert.equal(verdictOf(late, 'arterial'), 'accept');
  assert.equal(verdictOf(late, 'late-arterial'), 'accept');
  const plain = study('CT', 'liver', ['phase: arterial']);
  assert.equal(verdictOf(plain, 'arterial'), 'accept');
  assert.equal(verdictOf(plain, 'late-arterial'), 'review');
  assert.match(reason(plain, 'late-arterial').message, /phase arterial does not say which \(needs late-arterial\)/);
  // Study-level phases: the same words.
  const listed = study('CT', 'liver', [], '    phases: [arterial, portal-venous]\n');
  assert.equal(verdictOf(listed, 'late-arterial'), 'review');
  assert.equal(verdictOf(study('CT', 'liver', [], '    phases: [early-arterial]\n'), 'late-arterial'), 'redo');
});

test('a late-arterial study-level requirement: met by late-arterial, unknown for arterial, unmet by early-arterial', () => {
  const protocol = PROTOCOL.replace('require: { phases: [arterial] }', 'require: { phases: [late-arterial] }');
  const verdictFor = (phases) => {
    const project = analyze(
      `case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: s, modality: CT, region: liver, date: 2026-04-01, phases: [${phases}] }\n`,
      protocol,
    );
    return core.runCases(project, ['c.case.yaml']).cases[0].studies[0].reasons.find((r) => r.rule === 'arterial').verdict;
  };
  assert.equal(verdictFor('late-arterial'), 'accept');
  assert.equal(verdictFor('arterial'), 'review');
  assert.equal(verdictFor('early-arterial'), 'redo');
});

test('a study-level limit on a study with series is met when some series meets it; the study value is the series default', () => {
  const thinBesideThick = study('CT', 'abdomen', ['slice_thickness: 5mm', 'slice_thickness: 1mm']);
  assert.equal(verdictOf(thinBesideThick, 'thin-ct'), 'accept');
  assert.match(reason(thinBesideThick, 'thin-ct').message, /slice thickness 1mm in series 2 meets <= 2.5mm/);
  const allThick = study('CT', 'abdomen', ['slice_thickness: 5mm', 'slice_thickness: 3mm']);
  assert.equal(verdictOf(allThick, 'thin-ct'), 'redo');
  assert.match(reason(allThick, 'thin-ct').message, /the thinnest is 3mm in series 2/);
  assert.deepEqual(reason(allThick, 'thin-ct').series, { met: [], failed: [1, 2] });
  // A series without its own thickness takes the study's; a stated one is never overridden.
  assert.equal(verdictOf(study('CT', 'abdomen', ['description: a', 'slice_thickness: 5mm'], '    slice_thickness: 1mm\n'), 'thin-ct'), 'accept');
  assert.equal(verdictOf(study('CT', 'abdomen', ['slice_thickness: 5mm'], '    slice_thickness: 1mm\n'), 'thin-ct'), 'redo');
  // One series unstated and none thin enough: unknown, not redo.
  assert.equal(verdictOf(study('CT', 'abdomen', ['slice_thickness: 5mm', 'description: recon']), 'thin-ct'), 'review');
});

test('preferred never changes the verdict; unmet it adds an advisory reason, met it adds nothing', () => {
  const low = study('MR', 'knee', [], '    field_strength: 1.5T\n');
  assert.equal(low.verdict, 'accept');
  const advisory = low.reasons.filter((r) => r.advisory);
  assert.deepEqual(
    advisory.map((r) => [r.rule, r.verdict]),
    [
      ['three-tesla', 'accept'],
      ['field', 'accept'],
    ],
  );
  assert.match(advisory[0].message, /^preferred, not required: field strength 1.5T does not meet >= 3T/);
  assert.equal(study('MR', 'knee', [], '    field_strength: 3T\n').reasons.filter((r) => r.advisory).length, 0);
  // Below the requirement: the requirement decides, the preference stays advisory beside it.
  const weak = study('MR', 'knee', [], '    field_strength: 1T\n');
  assert.equal(weak.verdict, 'redo');
  assert.deepEqual(
    core.decidingReasons(weak).map((r) => r.rule),
    ['field'],
  );
  assert.deepEqual(
    core.advisories(weak).map((r) => r.rule),
    ['three-tesla', 'field'],
  );
  // Unknown field strength: advisory too ("not stated"), never a guess.
  const unstated = study('MR', 'knee', []);
  assert.match(core.advisories(unstated)[0].message, /field strength not stated/);
});

test('every finding against a study is listed, the deciding one first', () => {
  const s = study('MR', 'prostate', ['sequence: T2, plane: axial, slice_thickness: 4mm', 'sequence: DCE, temporal_resolution: 7s']);
  assert.equal(s.verdict, 'redo');
  assert.deepEqual(
    core.findings(s).map((r) => [r.rule, r.verdict]),
    [
      ['t2-axial', 'redo'],
      ['dwi-high-b', 'supplement'],
    ],
  );
});

test('the run result lists each series of a study in a few words', () => {
  const s = study('MR', 'prostate', [
    'description: t2_tse_tra, sequence: T2, plane: axial, acquisition: 2D, slice_thickness: 3mm, spacing: 3mm, pixel_spacing: 0.6mm',
    'sequence: DWI, b_values: [50, 1400]',
  ]);
  assert.deepEqual(s.series, [
    { index: 1, label: 'series 1 (t2_tse_tra): T2 axial 2D, 3mm, every 3mm, in-plane 0.6mm' },
    { index: 2, label: 'series 2: DWI, b 50/1400' },
  ]);
});

test('with series, study-level sequences and phases count every series', () => {
  const project = analyze(
    'case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - id: s\n    modality: MR\n    date: 2026-04-01\n    sequences: [T1]\n    series:\n      - { sequence: T2 }\n      - { phase: delayed }\n',
  );
  const c = [...project.files.values()].find((f) => f.case)?.case;
  assert.deepEqual(c.studies[0].sequences, ['T1', 'T2']);
  assert.deepEqual(c.studies[0].phases, ['delayed']);
});

// ---- bad input -----------------------------------------------------------------------------

function findings(caseText, protocolText = PROTOCOL) {
  const project = analyze(caseText, protocolText);
  return [...project.diagnostics].flatMap(([path, ds]) =>
    [...ds]
      .sort((a, b) => a.range.start - b.range.start)
      .map((d) => {
        const text = path.endsWith('.case.yaml') ? caseText : protocolText;
        return { path, code: d.code, severity: d.severity, message: d.message, at: text.slice(d.range.start, d.range.end) };
      }),
  );
}

const CASE_HEAD = 'case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n';

test('bad series values: one finding each, pointing inside the value', () => {
  const found = findings(
    `${CASE_HEAD}  - id: s\n    modality: MR\n    date: 2026-04-01\n    series:\n      - { sequence: DWI, b_values: [1400 mm, 1400s/mm2, -3] }\n      - { sequence: T2, spacing: -1mm, plane: axil }\n      - { spacing: 3mm }\n      - { temporal_resolution: 7 s }\n`,
  );
  assert.deepEqual(
    found.map((f) => [f.code, f.at]),
    [
      ['unit-mismatch', 'mm'],
      ['invalid-value', '-3'],
      ['invalid-value', '-1mm'],
      ['unknown-value', 'axil'],
      ['invalid-value', '7 s'],
    ],
  );
  assert.match(found[0].message, /'mm' is a length unit; expected a b-value as a plain number/);
  assert.match(found[1].message, /a b-value cannot be negative/);
  assert.match(found[2].message, /a length cannot be negative, found '-1mm'/);
  assert.match(found[3].message, /did you mean axial\?/);
});

test('a map among the sequences and an empty modality: one plain finding each', () => {
  const found = findings(
    `${CASE_HEAD}  - { id: a, modality: MR, date: 2026-04-01, sequences: [T2, { name: DWI }] }\n  - id: b\n    modality:\n    date: 2026-04-01\n`,
  );
  assert.deepEqual(
    found.map((f) => f.code),
    ['wrong-type', 'wrong-type'],
  );
  for (const f of found) assert.doesNotMatch(f.message, /object Object|'null'/);
  assert.match(found[0].message, /sequences item 2 must be an MR sequence such as DWI, found a map/);
  assert.match(found[1].message, /`modality` must be a modality such as CT, found nothing/);
});

test('a series requirement aimed at an MR sequence on a CT rule, and an empty one, are errors in the protocol', () => {
  const protocol = `protocol: p\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n  - id: ct-dwi\n    when: { modality: [CT, XR] }\n    require:\n      series:\n        - { sequence: DWI }\n        - { phase: arterial }\n        - {}\n    otherwise: redo\n`;
  const found = findings(`${CASE_HEAD}  - { id: s, modality: CT, date: 2026-04-01 }\n`, protocol).filter((f) => f.path === 'p.protocol.yaml');
  assert.deepEqual(
    found.map((f) => [f.code, f.at]),
    [
      ['invalid-rule', 'DWI'],
      ['invalid-value', '{}'],
    ],
  );
  assert.match(found[0].message, /applies to CT, XR studies, which have no MR sequences: the DWI series it asks for could never be found/);
  assert.match(found[1].message, /is empty: write at least one of sequence, phase/);
});

test('a b-value comparison with a length unit and a time without a unit are reported inside the value', () => {
  const protocol = `protocol: p\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n  - id: r\n    when: { modality: MR }\n    require:\n      series:\n        - { sequence: DWI, b_value: '>= 1400 mm' }\n        - { sequence: DCE, temporal_resolution: '<= 15' }\n    otherwise: redo\n`;
  const found = findings(`${CASE_HEAD}  - { id: s, modality: MR, date: 2026-04-01 }\n`, protocol).filter((f) => f.path === 'p.protocol.yaml');
  assert.deepEqual(
    found.map((f) => [f.code, f.at]),
    [
      ['unit-mismatch', 'mm'],
      ['invalid-unit', '15'],
    ],
  );
});

// ---- the same facts, study-level or as series ----------------------------------------------

test('property: a study written with series gets the verdict of the same facts written study-level', () => {
  const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
  console.log(`# series ≡ study-level property: seed ${seed} (FC_SEED=${seed} to replay)`);
  const SEQUENCES = ['T1', 'T2', 'FLAIR', 'DWI', 'ADC', 'T1-contrast', 'DCE'];
  const PHASES = ['non-contrast', 'arterial', 'early-arterial', 'late-arterial', 'portal-venous', 'delayed'];
  const facts = fc.record({
    modality: fc.constantFrom('CT', 'MR'),
    region: fc.constantFrom('prostate', 'chest', 'breast', 'brain', 'liver', 'abdomen', 'knee'),
    thickness: fc.option(fc.constantFrom('1mm', '1.5mm', '2.5mm', '3mm', '5mm'), { nil: undefined }),
    field: fc.option(fc.constantFrom('1T', '1.5T', '3T'), { nil: undefined }),
    sequences: fc.option(fc.subarray(SEQUENCES), { nil: undefined }),
    phases: fc.option(fc.subarray(PHASES), { nil: undefined }),
  });
  fc.assert(
    fc.property(facts, (f) => {
      const head = `  - id: s\n    modality: ${f.modality}\n    region: ${f.region}\n    date: 2026-04-01\n${f.field ? `    field_strength: ${f.field}\n` : ''}`;
      const thickness = f.thickness ? `, slice_thickness: ${f.thickness}` : '';
      const studyLevel = `${head}${f.thickness ? `    slice_thickness: ${f.thickness}\n` : ''}${f.sequences ? `    sequences: [${f.sequences.join(', ')}]\n` : ''}${f.phases ? `    phases: [${f.phases.join(', ')}]\n` : ''}`;
      const series = [...(f.sequences ?? []).map((s) => `sequence: ${s}${thickness}`), ...(f.phases ?? []).map((p) => `phase: ${p}${thickness}`)];
      if (!series.length) series.push(`description: the only series${thickness}`);
      // An empty list stays written study-level: with series it would read as "no series of that kind".
      const lists = `${f.sequences?.length === 0 ? '    sequences: []\n' : ''}${f.phases?.length === 0 ? '    phases: []\n' : ''}`;
      const asSeries = `${head}${lists}    series:\n${series.map((s) => `      - { ${s} }`).join('\n')}\n`;
      const a = run(studyLevel).studies[0];
      const b = run(asSeries).studies[0];
      const byRule = (s) =>
        s.reasons
          .filter((r) => !r.advisory)
          .map((r) => `${r.rule}:${r.verdict}`)
          .sort();
      assert.equal(b.verdict, a.verdict, `${studyLevel}\n≠\n${asSeries}`);
      assert.deepEqual(byRule(b), byRule(a));
      assert.deepEqual(
        b.reasons.filter((r) => r.advisory).map((r) => r.rule),
        a.reasons.filter((r) => r.advisory).map((r) => r.rule),
      );
    }),
    { seed, numRuns: Math.round(300 * Number(process.env.FC_RUNS ?? 1)) },
  );
});

// ---- the editor inside series --------------------------------------------------------------

function editorProject(caseWithCursor) {
  const offset = caseWithCursor.indexOf('$0');
  const text = caseWithCursor.replace('$0', '');
  return { project: analyze(text), offset, text };
}

test("completion inside a series offers the series keys and each key's words", () => {
  const head = `${'case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n'}  - id: s\n    modality: MR\n    region: prostate\n    date: 2026-04-01\n    series:\n`;
  const labels = (t) => {
    const { project, offset } = editorProject(t);
    return core.completeAt(project, 'c.case.yaml', offset).map((i) => i.label);
  };
  const keys = labels(`${head}      - sequence: T2\n        $0\n`);
  for (const key of [
    'plane',
    'acquisition',
    'slice_thickness',
    'spacing',
    'pixel_spacing',
    'b_values',
    'temporal_resolution',
    'contrast',
    'contrast_delay',
    'description',
  ])
    assert.ok(keys.includes(key), key);
  assert.ok(!keys.includes('sequence'), 'a key already written is not offered again');
  assert.deepEqual(labels(`${head}      - { plane: $0 }\n`), ['axial', 'coronal', 'sagittal', 'oblique']);
  assert.ok(labels(`${head}      - { phase: $0 }\n`).includes('late-arterial'));
  const rule =
    'protocol: q\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n  - id: r\n    when: { modality: MR }\n    require:\n      series:\n        - { sequence: DWI, $0 }\n';
  const offset = rule.indexOf('$0');
  const project = core.analyzeProject([{ path: 'q.protocol.yaml', text: rule.replace('$0', '') }]);
  const ruleKeys = core.completeAt(project, 'q.protocol.yaml', offset).map((i) => i.label);
  for (const key of ['b_value', 'contiguous', 'temporal_resolution', 'contrast_delay']) assert.ok(ruleKeys.includes(key), key);
});

test('hover on a series of an open case says which rules it met or failed', () => {
  const text = `${CASE_HEAD}  - id: s\n    modality: MR\n    region: prostate\n    date: 2026-04-01\n    series:\n      - { description: thick-ax, sequence: T2, plane: axial, slice_thickness: 4mm }\n      - { description: dwi, sequence: DWI, b_values: [50, 1400] }\n`;
  const project = analyze(text);
  const thick = core.hoverAt(project, 'c.case.yaml', text.indexOf('thick-ax') + 2).markdown;
  assert.match(thick, /\*\*series 1 \(thick-ax\): T2 axial, 4mm\*\* of study `s` \(redo\)/);
  assert.match(thick, /- fails \(redo\) `t2-axial`/);
  const dwi = core.hoverAt(project, 'c.case.yaml', text.indexOf('1400]') + 1).markdown;
  assert.match(dwi, /b = 1400 s\/mm²/);
  assert.match(dwi, /- meets `dwi-high-b`/);
  const limit = core.hoverAt(analyze(text), 'p.protocol.yaml', PROTOCOL.indexOf('<= 15s') + 3).markdown;
  assert.match(limit, /at most 15 seconds: 15 s or faster/);
});
