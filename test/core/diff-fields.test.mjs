// What `reimage diff` and git's normalized view say of each part of a profile, field by field:
// every field a rule, a window, a series requirement, a region, a concern or a price has, named
// as its YAML nests it and listed in the order the YAML is written; impact lines with their
// indications and languages; and the normalized view's lines in a fixed order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

/** Each change's message, with its direction when it has one. */
function messages(before, after) {
  const diff = core.diffProtocols([{ path: 'p.protocol.yaml', text: before }], [{ path: 'p.protocol.yaml', text: after }]);
  return diff.changes.map((c) => `${c.message}${c.direction ? ` [${c.direction}]` : ''}`);
}

const VALIDITY = 'validity:\n  active-oncology: { window: 4w..6w, beyond: redo }\n';
const profile = (body, validity = VALIDITY) => `protocol: p\nhospital: { currency: USD }\n${validity}${body}`;

test("every field of a rule and a window is named, in the order the YAML writes a rule's keys", () => {
  const before = profile(`rules:
  - id: us
    when: { modality: US }
    verdict: supplement
    because: Old.
  - id: mr
    when: { modality: MR }
    require: { sequences: [T1, DWI] }
    preferred: { field_strength: '>= 1.5T' }
    otherwise: supplement
    if_unknown: accept
    missing: { DWI: supplement }
    because: Old.
    impact: { DWI: Old impact. }
    timeline: { MR: { report: 1bd } }
  - id: ord
    when: { symptom: new-headache }
    order: { modality: MR, region: brain, contrast: true, reason: Old. }
    because: Old.
`);
  const after = profile(
    `rules:
  - id: us
    when: { modality: US }
    verdict: redo
    because: New.
  - id: mr
    when: { modality: MR }
    require: { sequences: [T1, DWI] }
    preferred: { field_strength: '>= 3T' }
    otherwise: redo
    if_unknown: redo
    missing: { DWI: redo }
    because: New.
    impact: { DWI: New impact. }
    timeline: { MR: { report: 2bd } }
    expedite: true
    hard: true
  - id: ord
    when: { symptom: new-headache }
    order: { modality: CT, region: chest, contrast: false, reason: New. }
    because: New.
`,
    'validity:\n  active-oncology: { window: 2w..3w, beyond: review }\n',
  );
  assert.deepEqual(messages(before, after), [
    'validity active-oncology: window: 4w..6w → 2w..3w [stricter]',
    'validity active-oncology: beyond: redo → review [looser]',
    'rule mr: preferred.field_strength: >= 1.5T → >= 3T',
    'rule mr: otherwise: supplement → redo [stricter]',
    'rule mr: if_unknown: accept → redo [stricter]',
    // The rule's own verdict for a missing item, under the item's name.
    'rule mr: missing.DWI.verdict: supplement → redo [stricter]',
    'rule mr: because: Old. → New.',
    'rule mr: impact.DWI: Old impact. → New impact.',
    'rule mr: timeline.MR.report: 1bd → 2bd (longer)',
    'rule mr: expedite: not set → true',
    'rule mr: hard added — no child protocol may weaken it [stricter]',
    'rule ord: order.modality: MR → CT',
    'rule ord: order.region: brain → chest',
    'rule ord: order.contrast: true → false',
    'rule ord: order.reason: Old. → New.',
    'rule ord: because: Old. → New.',
    'rule us: verdict: supplement → redo [stricter]',
    'rule us: because: Old. → New.',
  ]);
});

test("a window's timeline is named under the window", () => {
  const window = (report) => `validity:\n  active-oncology:\n    window: 4w\n    beyond: redo\n    timeline: { CT: { report: ${report} } }\n`;
  assert.deepEqual(messages(profile('', window('1bd')), profile('', window('3bd'))), ['validity active-oncology: timeline.CT.report: 1bd → 3bd (longer)']);
});

test("a window's fields are listed as the YAML writes them: window, beyond, because, timeline", () => {
  const window = (span, beyond, because, report) =>
    `validity:\n  active-oncology:\n    window: ${span}\n    beyond: ${beyond}\n    because: ${because}\n    timeline: { CT: { report: ${report} } }\n`;
  assert.deepEqual(messages(profile('', window('4w..6w', 'redo', 'Old.', '1bd')), profile('', window('2w..3w', 'review', 'New.', '3bd'))), [
    'validity active-oncology: window: 4w..6w → 2w..3w [stricter]',
    'validity active-oncology: beyond: redo → review [looser]',
    'validity active-oncology: because: Old. → New.',
    'validity active-oncology: timeline.CT.report: 1bd → 3bd (longer)',
  ]);
});

test('a series requirement removed lists what it aimed at, its words, then its limits; each is named by sequences, phases, plane and acquisition', () => {
  const rule = (series) => profile(`rules:\n  - id: r\n    when: { modality: MR }\n    require:\n      series:\n${series}    otherwise: redo\n`);
  const before = rule(
    '        - { sequence: [T2, T1], plane: [sagittal, axial], acquisition: 3D, contrast: true, contiguous: true, slice_thickness: <= 3mm }\n' +
      '        - { phase: arterial, slice_thickness: <= 2mm }\n' +
      '        - { plane: coronal, slice_thickness: <= 5mm }\n',
  );
  const after = rule('        - { phase: arterial, slice_thickness: <= 1mm }\n        - { plane: coronal, slice_thickness: <= 4mm }\n');
  assert.deepEqual(messages(before, after), [
    'rule r: require.series.T1|T2 axial|sagittal 3D: required → not set [looser]',
    'rule r: require.series.T1|T2 axial|sagittal 3D.plane: [axial, sagittal] → not set [looser]',
    'rule r: require.series.T1|T2 axial|sagittal 3D.acquisition: 3D → not set [looser]',
    'rule r: require.series.T1|T2 axial|sagittal 3D.contrast: true → not set',
    'rule r: require.series.T1|T2 axial|sagittal 3D.contiguous: true → not set [looser]',
    'rule r: require.series.T1|T2 axial|sagittal 3D.slice_thickness: <= 3mm → not set [looser]',
    // A series of any sequence is named by its plane; one aimed at a phase, by the phase.
    'rule r: require.series.any series coronal.slice_thickness: <= 5mm → <= 4mm [stricter]',
    'rule r: require.series.arterial.slice_thickness: <= 2mm → <= 1mm [stricter]',
  ]);
});

test("a region's parts, a concern's regions and words, the reserve and the private multiplier", () => {
  const before = profile(`regions:
  abdomen: [adrenal]
concerns:
  new-headache: { regions: [head], because: Old. }
costs:
  reserve: 500..2000
  private_multiplier: 2..4
`);
  const after = profile(`regions:
  abdomen: [adrenal, appendix]
concerns:
  new-headache: { regions: [head, neck], because: New. }
costs:
  reserve: 600..2500
  private_multiplier: 2..3
`);
  assert.deepEqual(messages(before, after), [
    // The multiplier is a factor; the reserve is money, in the hospital's currency.
    'cost private_multiplier: 2..4 → 2..3 (lower)',
    'cost reserve: 500..2000 USD → 600..2500 USD (higher)',
    'region abdomen: parts: adrenal → [adrenal, appendix]',
    // As the YAML writes a concern: its regions, then why.
    'concern new-headache: regions: head → [head, neck]',
    'concern new-headache: because: Old. → New.',
  ]);
});

test('impact lines: each with the indications it is shown for, joined in one text; a profile with no text in two languages', () => {
  const rule = (second) =>
    profile(
      `rules:\n  - id: r\n    when: { modality: MR }\n    require: { sequences: [DWI] }\n    otherwise: supplement\n    impact:\n      DWI:\n        - { text: No infarct., indication: [stroke, brain-tumor] }\n        - ${second}\n`,
    );
  const diff = core.diffProtocols([{ path: 'p.protocol.yaml', text: rule('No bleed.') }], [{ path: 'p.protocol.yaml', text: rule('No old bleed.') }]);
  assert.deepEqual(
    diff.changes.map((c) => [c.message, c.wording, c.direction]),
    [['rule r: impact.DWI: No infarct. (for stroke, brain-tumor) | No bleed. → No infarct. (for stroke, brain-tumor) | No old bleed.', true, null]],
  );
  assert.equal(diff.impact.cases.run, 0, 'words run no case');
});

test('impact lines in two languages: the English (or the only language written) is the field itself, each other language its own field', () => {
  const rule = (english, chinese, onlyChinese) =>
    profile(`rules:
  - id: r
    when: { modality: MR }
    require: { sequences: [DWI, T2] }
    otherwise: supplement
    impact:
      DWI:
        - Plain line.
        - { text: { zh-CN: ${chinese}, en: ${english} } }
      T2:
        text: { zh-CN: ${onlyChinese} }
`);
  const base = rule('No infarct.', '无梗死', '仅中文');
  const change = (after) => core.diffProtocols([{ path: 'p.protocol.yaml', text: base }], [{ path: 'p.protocol.yaml', text: after }]).changes;
  const brief = (c) => [c.field, c.language, c.message];
  // A line without Chinese shows its own text in the Chinese field.
  assert.deepEqual(change(rule('No acute infarct.', '无梗死', '仅中文')).map(brief), [
    ['impact.DWI', 'en', 'rule r: impact.DWI (en): Plain line. | No infarct. → Plain line. | No acute infarct.'],
  ]);
  assert.deepEqual(change(rule('No infarct.', '无急性梗死', '仅中文')).map(brief), [
    ['impact.DWI.zh-CN', 'zh-CN', 'rule r: impact.DWI (zh-CN): Plain line. | 无梗死 → Plain line. | 无急性梗死'],
  ]);
  assert.deepEqual(change(rule('No infarct.', '无梗死', '只有中文')).map(brief), [['impact.T2', 'zh-CN', 'rule r: impact.T2 (zh-CN): 仅中文 → 只有中文']]);
});

test("a rule's words written in Chinese first, or in Chinese only: the English is the field, the Chinese its own; a language dropped is listed after the text", () => {
  const rule = (because) => profile(`rules:\n  - id: r\n    when: { modality: US }\n    verdict: redo\n    because: ${because}\n`);
  const change = (a, b) =>
    core.diffProtocols([{ path: 'p.protocol.yaml', text: rule(a) }], [{ path: 'p.protocol.yaml', text: rule(b) }]).changes.map((c) => [c.field, c.message]);
  assert.deepEqual(change('{ zh-CN: 须重做, en: Redo. }', '{ zh-CN: 必须重做, en: Redo. }'), [['because.zh-CN', 'rule r: because (zh-CN): 须重做 → 必须重做']]);
  assert.deepEqual(change('{ zh-CN: 须重做, en: Redo. }', '{ zh-CN: 须重做, en: Redo it. }'), [['because', 'rule r: because (en): Redo. → Redo it.']]);
  assert.deepEqual(change('{ zh-CN: 须重做 }', '{ zh-CN: 必须重做 }'), [['because', 'rule r: because (zh-CN): 须重做 → 必须重做']]);
  assert.deepEqual(change('{ en: Redo., zh-CN: 须重做 }', 'Redo it.'), [
    ['because', 'rule r: because: Redo. → Redo it.'],
    ['because.zh-CN', 'rule r: because (zh-CN): 须重做 → not set'],
  ]);
  // The English text's change points at its own line.
  const [c] = core.diffProtocols(
    [{ path: 'p.protocol.yaml', text: rule('\n      zh-CN: 须重做\n      en: Redo.') }],
    [{ path: 'p.protocol.yaml', text: rule('\n      zh-CN: 须重做\n      en: Redo it.') }],
  ).changes;
  assert.equal(c.source.after.line, 11);
});

test('two rules whose texts differ are no rename, however the texts are cut into fields', () => {
  const rule = (id, words) => profile(`rules:\n  - id: ${id}\n    when: { modality: US }\n    verdict: redo\n${words}`);
  assert.deepEqual(messages(rule('a', '    because: "Old.note=Extra."\n'), rule('b', '    because: Old.\n    note: Extra.\n')), [
    'rule a removed (was modality US → redo) [looser]',
    'rule b added: modality US → redo [stricter]',
  ]);
});

test("the normalized view: a rule's missing items, impacts and timelines by name; a window's timelines; an order without region; prices without a sector", () => {
  const text = profile(
    `rules:
  - id: r
    when: { modality: MR }
    require: { sequences: [T2, DWI, ADC] }
    otherwise: supplement
    missing: { DWI: supplement, T2: redo, ADC: supplement }
    impact: { T2: Without T2 nothing., DWI: Without DWI no infarct. }
    timeline: { MR: { report: 3bd }, CT: { scan: 10min } }
    expedite: true
  - id: o
    when: { symptom: new-headache }
    order: { modality: CT, contrast: false }
costs:
  reserve: 500..2000
  private_multiplier: 2..4
`,
    'validity:\n  active-oncology:\n    window: 4w\n    beyond: redo\n    timeline: { MR: { report: 2bd }, CT: { report: 1bd } }\n',
  );
  assert.equal(
    core.normalizeProtocolText({ path: 'p.protocol.yaml', text }),
    [
      'protocol p',
      'hospital.currency: USD',
      'validity active-oncology: window: 4w',
      'validity active-oncology: beyond: redo',
      'validity active-oncology: timeline.CT.report: 1bd',
      'validity active-oncology: timeline.MR.report: 2bd',
      'rule o: when.symptom: new-headache',
      'rule o: order.modality: CT',
      'rule o: order.contrast: false',
      'rule r: when.modality: MR',
      'rule r: require.sequences: [ADC, DWI, T2]',
      'rule r: otherwise: supplement',
      'rule r: missing.ADC.verdict: supplement',
      'rule r: missing.DWI.verdict: supplement',
      'rule r: missing.T2.verdict: redo',
      'rule r: impact.DWI: Without DWI no infarct.',
      'rule r: impact.T2: Without T2 nothing.',
      'rule r: timeline.CT.scan: 10min',
      'rule r: timeline.MR.report: 3bd',
      'rule r: expedite: true',
      'cost private_multiplier: 2..4',
      'cost reserve: 500..2000',
      '',
    ].join('\n'),
  );
});

test("the normalized view of a child shows a parent's rule it switches off", () => {
  const child = 'protocol: child\nextends: parent\nrules:\n  - id: us\n    disabled: true\n';
  assert.equal(core.normalizeProtocolText({ path: 'c.protocol.yaml', text: child }), 'protocol child\nextends: parent\nrule us: disabled: true\n');
});

test("the normalized view lists an impact's other languages by tag, whatever order they are written in", () => {
  // `fr` is no shipped language (a warning), but the text is kept and shown.
  const text = profile(
    'rules:\n  - id: r\n    when: { modality: MR }\n    verdict: review\n    impact:\n      DWI: { text: { zh-CN: 无梗死, fr: Pas d’infarctus., en: No infarct. } }\n',
  );
  assert.deepEqual(
    core
      .normalizeProtocolText({ path: 'p.protocol.yaml', text })
      .split('\n')
      .filter((l) => l.startsWith('rule r: impact')),
    ['rule r: impact.DWI: No infarct.', 'rule r: impact.DWI.fr: Pas d’infarctus.', 'rule r: impact.DWI.zh-CN: 无梗死'],
  );
});

test("the normalized view shows the profile's missing items, regions and concerns, named as `reimage diff` names them", () => {
  const text = profile(`missing:
  LGE: { verdict: redo, because: A new contrast study. }
  DWI: supplement
regions:
  abdomen: [adrenal]
concerns:
  new-headache: { regions: [head], because: A headache concerns the head. }
  liver-cancer: liver
`);
  assert.deepEqual(core.normalizeProtocolText({ path: 'p.protocol.yaml', text }).split('\n').slice(4), [
    'missing DWI: verdict: supplement',
    'missing LGE: verdict: redo',
    'missing LGE: because: A new contrast study.',
    'region abdomen: parts: adrenal',
    'concern liver-cancer: regions: liver',
    'concern new-headache: regions: head',
    'concern new-headache: because: A headache concerns the head.',
    '',
  ]);
});
