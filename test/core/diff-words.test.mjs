// What `reimage diff` says of a change, in the words a reviewer reads: each value in the user's
// units, the trend of a timeline or a price (longer/shorter, higher/lower), holidays written back
// as ranges, series requirements named by what they aim at, free text on one line, and values
// written another way (60min = 1h, 7d = 1w, 12mo = 1y) that are no change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';
import { replacedOnce } from '../helpers/edits.mjs';

const BASE = `protocol: p
hospital: { sector: public, currency: USD, holidays: [2026-10-01..2026-10-03, 2026-10-05], workdays: [2026-10-10] }
validity:
  active-oncology: { window: 4w..6w, beyond: redo, because: Staging must be current. }
  stable-orthopedic: { window: 1y, beyond: review }
rules:
  - id: t2
    when: { modality: MR, region: prostate }
    require:
      series:
        - { sequence: T2, plane: axial, slice_thickness: <= 3mm }
        - { sequence: T2, plane: axial }
        - { sequence: DWI, b_value: '>= 1400', contrast: false }
    preferred: { field_strength: '>= 3T' }
    otherwise: redo
  - id: ord
    when: { symptom: new-headache }
    order: { modality: MR, region: brain, contrast: true, reason: Screen for metastases. }
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }
  US: { scan: 15min, report: 60min }
costs:
  CT: 100..200
  MR: 300
`;

/** `BASE` with each `[from, to]` replaced once. */
function edited(...pairs) {
  return replacedOnce(BASE, pairs);
}

/** Each change's message, with its direction when it has one. */
function messages(after, before = BASE) {
  const diff = core.diffProtocols([{ path: 'p.protocol.yaml', text: before }], [{ path: 'p.protocol.yaml', text: after }]);
  return diff.changes.map((c) => `${c.message}${c.direction ? ` [${c.direction}]` : ''}`);
}

test('a timeline is longer or shorter when both ends move one way, business days counted before minutes', () => {
  assert.deepEqual(messages(edited(['report: 1bd..2bd', 'report: 2bd..3bd'])), ['timeline CT: report: 1bd..2bd → 2bd..3bd (longer)']);
  assert.deepEqual(messages(edited(['scan: 15min..30min', 'scan: 10min..20min'])), ['timeline CT: scan: 15min..30min → 10min..20min (shorter)']);
  assert.deepEqual(messages(edited(['report: 1bd..2bd', 'report: 1bd..3bd'])), ['timeline CT: report: 1bd..2bd → 1bd..3bd (longer)']);
  assert.deepEqual(messages(edited(['report: 1bd..2bd', 'report: 1bd..1bd'])), ['timeline CT: report: 1bd..2bd → 1bd (shorter)']);
  // One end earlier, the other later: no trend.
  assert.deepEqual(messages(edited(['scan: 15min..30min', 'scan: 10min..40min'])), ['timeline CT: scan: 15min..30min → 10min..40min']);
  // An hour of minutes is shorter than a business day, however many minutes.
  assert.deepEqual(messages(edited(['report: 1bd..2bd', 'report: 600min..2bd'])), ['timeline CT: report: 1bd..2bd → 600min..2bd (shorter)']);
  assert.deepEqual(messages(edited(['report: 60min', 'report: 2h'])), ['timeline US: report: 60min → 2h (longer)']);
  assert.deepEqual(messages(edited(['report: 60min', 'report: on-the-spot'])), ['timeline US: report: 60min → on-the-spot (shorter)']);
  // Business days are not minutes: the same numbers in another unit are a change.
  assert.deepEqual(messages(edited(['report: 1bd..2bd', 'report: 1min..2min'])), ['timeline CT: report: 1bd..2bd → 1min..2min (shorter)']);
  assert.deepEqual(messages(edited(['same_day: scan', 'same_day: false'])), ['timeline CT: same_day: scan → false']);
});

test('a price is higher or lower when both ends move one way; none when they part', () => {
  assert.deepEqual(messages(edited(['CT: 100..200', 'CT: 150..250'])), ['cost CT: 100..200 USD → 150..250 USD (higher)']);
  assert.deepEqual(messages(edited(['CT: 100..200', 'CT: 100..150'])), ['cost CT: 100..200 USD → 100..150 USD (lower)']);
  assert.deepEqual(messages(edited(['CT: 100..200', 'CT: 50..250'])), ['cost CT: 100..200 USD → 50..250 USD']);
  assert.deepEqual(messages(edited(['MR: 300', 'MR: 300..300'])), [], 'a range of one amount is the amount');
});

test('a price moved by less than a millionth reads with the digits that moved; the noise of a multiplied price is no change', () => {
  assert.deepEqual(messages(edited(['MR: 300', 'MR: 299.9999999'])), ['cost MR: 300 USD → 299.9999999 USD (lower)']);
  assert.deepEqual(messages(edited(['CT: 100..200', 'CT: 100..200.00000001'])), ['cost CT: 100..200 USD → 100..200.00000001 USD (higher)']);
  assert.deepEqual(messages(edited(['MR: 300', "MR: '0.0000001'"])), ['cost MR: 300 USD → 0.0000001 USD (lower)']);
  // A private child's price is its public parent's times the multiplier: 100 × 1.1 is 110 (in a
  // double, 110.00000000000001), the same price as 110 written by hand.
  const parent = BASE.replace('MR: 300', 'MR: 300\n  private_multiplier: 1.1..1.3');
  const child = 'protocol: c\nextends: p\nhospital: { sector: private, currency: USD }\n';
  const diff = core.diffProtocols(
    [
      { path: 'p.protocol.yaml', text: parent },
      { path: 'c.protocol.yaml', text: child },
    ],
    [
      { path: 'p.protocol.yaml', text: parent },
      { path: 'c.protocol.yaml', text: `${child}costs:\n  CT: 110..260\n` },
    ],
  );
  assert.deepEqual(
    diff.changes.map((c) => c.message),
    [],
  );
});

test('values written another way are no change: 60min = 1h, 7d = 1w, 12mo = 1y, a range of one value', () => {
  assert.deepEqual(messages(edited(['report: 60min', 'report: 1h'])), []);
  assert.deepEqual(messages(edited(['scan: 15min, report', 'scan: 15min..15min, report'])), []);
  assert.deepEqual(messages(edited(['4w..6w', '28d..42d'])), []);
  assert.deepEqual(messages(edited(['window: 1y', 'window: 12mo'])), []);
  // A month is no fixed number of days: 4w is not 1mo, and 1mo is not 30d.
  assert.deepEqual(messages(edited(['4w..6w', '1mo..6w'])), ['validity active-oncology: window: 4w..6w → 1mo..6w [looser]']);
  assert.deepEqual(messages(edited(['window: 1y', 'window: 365d'])), ['validity stable-orthopedic: window: 1y → 365d [stricter]']);
  assert.deepEqual(messages(edited(['window: 1y', 'window: 1y..1y'])), [], 'a review band equal to the window is none');
});

test('holidays and workdays are written back as ranges of consecutive days', () => {
  assert.deepEqual(messages(edited(['2026-10-05]', '2026-10-04]'])), ['hospital.holidays: [2026-10-01..2026-10-03, 2026-10-05] → [2026-10-01..2026-10-04]']);
  assert.deepEqual(messages(edited(['2026-10-05]', '2026-10-05, 2026-12-31..2027-01-01, 2026-10-07]'])), [
    'hospital.holidays: [2026-10-01..2026-10-03, 2026-10-05] → [2026-10-01..2026-10-03, 2026-10-05, 2026-10-07, 2026-12-31..2027-01-01]',
  ]);
  assert.deepEqual(messages(edited(['workdays: [2026-10-10]', 'workdays: [2026-10-11, 2026-10-10]'])), [
    'hospital.workdays: [2026-10-10] → [2026-10-10..2026-10-11]',
  ]);
  assert.deepEqual(messages(edited(['workdays: [2026-10-10]', 'workdays: [2026-10-10, 2026-10-10]'])), [], 'a day written twice is one day');
});

test('series requirements are named by what they aim at; two with the same words are told apart by #2', () => {
  assert.deepEqual(messages(edited(['slice_thickness: <= 3mm }', 'slice_thickness: <= 3mm, spacing: <= 3mm }'])), [
    'rule t2: require.series.T2 axial.spacing: not set → <= 3mm [stricter]',
  ]);
  assert.deepEqual(messages(edited(['        - { sequence: T2, plane: axial }', '        - { sequence: T2, plane: axial, pixel_spacing: <= 1mm }'])), [
    'rule t2: require.series.T2 axial #2.pixel_spacing: not set → <= 1mm [stricter]',
  ]);
  assert.deepEqual(messages(edited(["b_value: '>= 1400'", "b_value: '>= 1000'"])), ['rule t2: require.series.DWI.b_value: >= 1400 → >= 1000 [looser]']);
  assert.deepEqual(messages(edited(['contrast: false }', 'contrast: true }'])), ['rule t2: require.series.DWI.contrast: false → true']);
  assert.deepEqual(messages(edited(['contrast: false }', 'contrast: false, contiguous: true }'])), [
    'rule t2: require.series.DWI.contiguous: not set → true [stricter]',
  ]);
  // A preference never moves a verdict: its change has no direction.
  assert.deepEqual(messages(edited(["preferred: { field_strength: '>= 3T' }", "preferred: { field_strength: '>= 1.5T' }"])), [
    'rule t2: preferred.field_strength: >= 3T → >= 1.5T',
  ]);
});

test("an order's fields and a window's because: free text on one line, no direction", () => {
  assert.deepEqual(messages(edited(['contrast: true, reason', 'contrast: false, reason'])), ['rule ord: order.contrast: true → false']);
  assert.deepEqual(messages(edited(['reason: Screen for metastases.', 'reason: Screen.'])), ['rule ord: order.reason: Screen for metastases. → Screen.']);
  assert.deepEqual(messages(edited(['region: brain, contrast', 'region: spine, contrast'])), ['rule ord: order.region: brain → spine']);
  assert.deepEqual(messages(edited(['order: { modality: MR', 'order: { modality: CT'])), ['rule ord: order.modality: MR → CT']);
  assert.deepEqual(messages(edited(['because: Staging must be current. }', 'because: "Staging\\nmust be current." }'])), [
    'validity active-oncology: because: Staging must be current. → Staging\\nmust be current.',
  ]);
  assert.deepEqual(messages(edited(['because: Staging must be current. }', 'because: "Staging \\\\ current." }'])), [
    'validity active-oncology: because: Staging must be current. → Staging \\\\ current.',
  ]);
});

test("a rule's changes are listed in the order its YAML is written, removed fields in their place", () => {
  const before = `protocol: p
validity:
  active-oncology: { window: 4w, beyond: redo }
rules:
  - id: r
    title: Old
    when: { modality: MR, region: brain, purpose: oncology, symptom: new-headache }
    require:
      slice_thickness: <= 3mm
      field_strength: '>= 1.5T'
      sequences: [T1]
      series:
        - { sequence: DWI, b_value: '>= 800', slice_thickness: <= 5mm, pixel_spacing: <= 1mm }
        - { sequence: T2, slice_thickness: <= 4mm }
        - { sequence: ADC }
    otherwise: supplement
    because: Old reason.
    note: Old note.
    advice: Old advice.
    timeline: { MR: { scan: 30min, report: 1bd, same_day: scan, lead: 1bd }, CT: { scan: 10min } }
`;
  const after = `protocol: p
validity:
  active-oncology: { window: 4w, beyond: redo }
rules:
  - id: r
    when: { modality: [MR, CT], purpose: [oncology, neurology] }
    require:
      field_strength: '>= 3T'
      series:
        - { sequence: DWI, b_value: '>= 1000' }
        - { sequence: T2 }
    otherwise: redo
    note: New note.
    timeline: { MR: { report: 2bd, same_day: scan } }
`;
  const diff = core.diffProtocols([{ path: 'p.protocol.yaml', text: before }], [{ path: 'p.protocol.yaml', text: after }]);
  assert.deepEqual(
    diff.changes.map((c) => `${c.field}: ${c.before ?? '-'} → ${c.after ?? '-'}`),
    [
      'title: Old → -',
      'when.modality: MR → [CT, MR]',
      'when.region: brain → -',
      'when.purpose: oncology → [neurology, oncology]',
      'when.symptom: new-headache → -',
      'require.slice_thickness: <= 3mm → -',
      'require.field_strength: >= 1.5T → >= 3T',
      'require.sequences: T1 → -',
      // Series entries by the words they aim at; inside one, the words before the limits.
      'require.series.ADC: required → -',
      'require.series.DWI.slice_thickness: <= 5mm → -',
      'require.series.DWI.pixel_spacing: <= 1mm → -',
      'require.series.DWI.b_value: >= 800 → >= 1000',
      'require.series.T2.slice_thickness: <= 4mm → -',
      'otherwise: supplement → redo',
      'because: Old reason. → -',
      'note: Old note. → New note.',
      'advice: Old advice. → -',
      // Timelines by key, inside one as a timeline is written: scan, report, same_day, lead.
      'timeline.CT.scan: 10min → -',
      'timeline.MR.scan: 30min → -',
      'timeline.MR.report: 1bd → 2bd',
      'timeline.MR.lead: 1bd → -',
    ],
  );
});

test('the direction of a changed list or limit: fewer formats allowed is stricter, a bound turned around is neither', () => {
  const rule = (req, when = '{ modality: MR }') =>
    `protocol: p\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n  - id: r\n    when: ${when}\n    require: ${req}\n    otherwise: redo\n`;
  const change = (a, b) => messages(rule(b), rule(a));
  assert.deepEqual(change('{ format: [dicom, video] }', '{ format: [dicom] }'), ['rule r: require.format: [dicom, video] → dicom [stricter]']);
  assert.deepEqual(change('{ format: [dicom] }', '{ format: [dicom, video] }'), ['rule r: require.format: dicom → [dicom, video] [looser]']);
  assert.deepEqual(change('{ format: [dicom] }', '{ format: [video] }'), ['rule r: require.format: dicom → video']);
  assert.deepEqual(change('{ format: [dicom] }', '{ field_strength: ">= 1T" }'), [
    'rule r: require.field_strength: not set → >= 1T [stricter]',
    'rule r: require.format: dicom → not set [looser]',
  ]);
  assert.deepEqual(change('{ slice_thickness: "< 3mm" }', '{ slice_thickness: <= 3mm }'), ['rule r: require.slice_thickness: < 3mm → <= 3mm [looser]']);
  assert.deepEqual(change('{ field_strength: ">= 1.5T" }', '{ field_strength: "> 1.5T" }'), ['rule r: require.field_strength: >= 1.5T → > 1.5T [stricter]']);
  assert.deepEqual(change('{ field_strength: ">= 1.5T" }', '{ field_strength: "<= 1.5T" }'), ['rule r: require.field_strength: >= 1.5T → <= 1.5T']);
  // A lower bound turned into an upper one is neither, whatever the amounts.
  assert.deepEqual(change('{ field_strength: ">= 1.5T" }', '{ field_strength: "<= 3T" }'), ['rule r: require.field_strength: >= 1.5T → <= 3T']);
  assert.deepEqual(change('{ slice_thickness: <= 3mm }', '{ slice_thickness: ">= 1mm" }'), ['rule r: require.slice_thickness: <= 3mm → >= 1mm']);
  assert.deepEqual(change('{ series: [{ sequence: T2, plane: [axial, sagittal] }] }', '{ series: [{ sequence: T2, plane: [sagittal, axial] }] }'), []);
  const scope = (a, b) => messages(rule('{ format: [dicom] }', b), rule('{ format: [dicom] }', a));
  assert.deepEqual(scope('{ modality: MR }', '{ modality: MR, region: [brain, head] }'), ['rule r: when.region: not set → [brain, head] [looser]']);
  assert.deepEqual(scope('{ modality: [MR, CT] }', '{ modality: [CT, XR] }'), ['rule r: when.modality: [CT, MR] → [CT, XR]']);
  assert.deepEqual(scope('{ modality: [MR, CT] }', '{ modality: MR }'), ['rule r: when.modality: [CT, MR] → MR [looser]']);
  assert.deepEqual(scope('{ modality: MR, region: brain }', '{ modality: MR }'), ['rule r: when.region: brain → not set [stricter]']);
});

test('impact: every rule that newly decides a study is named; a case that could not run and now runs without expect newly passes, pointed at by its id', () => {
  const profile = (window, thickness) =>
    `protocol: p\nvalidity:\n  active-oncology: { window: ${window}, beyond: redo }\nrules:\n  - id: thin\n    when: { modality: CT }\n    require: { slice_thickness: ${thickness} }\n    otherwise: redo\n  - id: us\n    when: { modality: US }\n    verdict: supplement\n`;
  const twoStudies =
    'case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: ct, modality: CT, date: 2026-03-20, slice_thickness: 2mm }\n  - { id: us, modality: US, date: 2026-03-20 }\n';
  const orphan = 'case: q\nprotocol: q\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: xr, modality: XR, date: 2026-04-01 }\n';
  const before = [
    { path: 'p.protocol.yaml', text: profile('4w', '<= 3mm') },
    { path: 'c.case.yaml', text: twoStudies },
    { path: 'q.case.yaml', text: orphan },
  ];
  const after = [
    { path: 'p.protocol.yaml', text: profile('2w', '<= 1mm') },
    { path: 'c.case.yaml', text: twoStudies },
    { path: 'q.case.yaml', text: orphan },
    { path: 'q.protocol.yaml', text: 'protocol: q\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\n' },
  ];
  const { impact } = core.diffProtocols(before, after);
  assert.deepEqual(impact.cases, { compared: 2, run: 2 });
  // 21 days old: past the new 2w window, and 2mm is thicker than the new 1mm. The ultrasound was
  // a supplement by its rule in both versions: only the window moved it to redo.
  assert.deepEqual(
    impact.studies.map((v) => [v.study, v.before, v.after, v.direction, v.because, v.source.line]),
    [
      ['ct', 'accept', 'redo', 'stricter', ['validity:active-oncology', 'thin'], 6],
      ['us', 'supplement', 'redo', 'stricter', ['validity:active-oncology'], 7],
    ],
  );
  assert.deepEqual(impact.newlyFailing, []);
  assert.deepEqual(
    impact.newlyPassing.map((e) => [e.case, e.before, e.after, e.failures, e.source]),
    [['q', 'invalid', 'no-expect', [], { file: 'q.case.yaml', line: 1, start: 6, end: 7 }]],
  );
});

test('impact: a price moved by less than a millionth still runs the cases it prices, and a budget expected exactly newly fails', () => {
  const profile = (price) =>
    `protocol: p\nhospital: { sector: public, currency: USD }\nvalidity:\n  active-oncology: { window: 4w, beyond: redo }\nrules:\n  - id: mr\n    when: { modality: MR }\n    verdict: redo\ntimelines:\n  MR: { scan: 30min, report: 1bd }\ncosts:\n  MR: ${price}\n`;
  const mrCase =
    'case: c\nprotocol: p\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: head, modality: MR, region: head, date: 2026-04-01 }\nexpect:\n  head: redo\n  budget: 300\n';
  const { impact } = core.diffProtocols(
    [
      { path: 'p.protocol.yaml', text: profile('300') },
      { path: 'c.case.yaml', text: mrCase },
    ],
    [
      { path: 'p.protocol.yaml', text: profile('299.9999999') },
      { path: 'c.case.yaml', text: mrCase },
    ],
  );
  assert.deepEqual(impact.cases, { compared: 1, run: 1 });
  assert.deepEqual(
    impact.newlyFailing.map((e) => [e.case, e.failures.map((f) => [f.study, f.expected, f.actual])]),
    [['c', [['budget', '300', '299.9999999']]]],
  );
});
