// Completion: keys, values, units, references and snippets at a `$0` cursor, in whole and in
// broken files. Each row is file text and what must (and must not) be offered there; expected
// labels, ranges and insert texts are written by hand from the schema and the workspace below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import core from '../../dist/core.js';

const PARENT = `protocol: parent
title: Parent hospital
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  post-transplant: { window: 2w, beyond: redo }
rules:
  - id: thin-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
  - id: infection
    when: { infection_relevant: true }
    verdict: redo
    hard: true
  - id: rare-disease
    when: { indication: moyamoya-disease, region: inner-ear }
    verdict: review
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }
costs:
  CT: 300..500
`;

const CHILD = `protocol: child
extends: parent
hospital: { sector: private, currency: USD }
rules:
  - id: thin-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 2mm }
    otherwise: redo
`;

const OTHER_CASE = `case: other
protocol: parent
on: 2026-04-10
patient:
  context: active-oncology
  symptoms: [sudden-dizziness]
studies:
  - id: wrist-xr
    modality: XR
    region: left-wrist
    date: 2026-04-01
`;

const WORKSPACE = [
  { path: 'protocols/parent.protocol.yaml', text: PARENT },
  { path: 'protocols/child.protocol.yaml', text: CHILD },
  { path: 'cases/other.case.yaml', text: OTHER_CASE },
];

const PROTOCOL = 'protocols/edit.protocol.yaml';
const CASE = 'cases/edit.case.yaml';

function complete(input, path) {
  const offset = input.indexOf('$0');
  assert.ok(offset >= 0, 'the input marks the cursor with $0');
  const text = input.slice(0, offset) + input.slice(offset + 2);
  const project = core.analyzeProject([...WORKSPACE.filter((f) => f.path !== path), { path, text }]);
  return { items: core.completeAt(project, path, offset), text, offset };
}

/**
 * `expected`: `offers` (labels that must be there), `not` (labels that must not), `replaces`
 * (the text every offered item's range covers), `items` ({label: {insertText, kind, …}}; a
 * RegExp matches a string property), `path` (the file's path, default a protocol), `none`.
 */
function check(input, expected) {
  const path = expected.path ?? PROTOCOL;
  const { items, text, offset } = complete(input, path);
  const labels = items.map((i) => i.label);
  if (expected.none) {
    assert.deepEqual(labels, [], 'nothing is offered here');
    return;
  }
  for (const label of expected.offers ?? []) assert.ok(labels.includes(label), `offers ${label}; got ${labels.join(', ')}`);
  for (const label of expected.not ?? []) assert.ok(!labels.includes(label), `does not offer ${label}; got ${labels.join(', ')}`);
  for (const item of items) {
    assert.ok(item.range.start <= offset && offset <= item.range.end, `${item.label}: range ${item.range.start}-${item.range.end} holds the cursor ${offset}`);
  }
  if ('replaces' in expected) {
    for (const label of expected.offers ?? []) {
      const item = items.find((i) => i.label === label);
      assert.equal(text.slice(item.range.start, item.range.end), expected.replaces, `${label} replaces '${expected.replaces}'`);
    }
  }
  for (const [label, props] of Object.entries(expected.items ?? {})) {
    const item = items.find((i) => i.label === label);
    assert.ok(item, `offers ${label}; got ${labels.join(', ')}`);
    for (const [prop, want] of Object.entries(props)) {
      if (prop === 'replaces') assert.equal(text.slice(item.range.start, item.range.end), want, `${label} replaces`);
      else if (want instanceof RegExp) assert.match(item[prop] ?? '', want, `${label}.${prop}`);
      else assert.deepEqual(item[prop], want, `${label}.${prop}`);
    }
  }
}

const RULE_HEAD = `protocol: edit
rules:
  - id: a
`;

const CASE_HEAD = `case: edit
protocol: parent
on: 2026-04-10
`;

const rows = [
  // -- keys ---------------------------------------------------------------------------------
  [
    'root keys on an empty line, minus those present',
    'protocol: edit\ntitle: Edit\n$0\n',
    { offers: ['extends', 'hospital', 'validity', 'rules', 'timelines', 'costs', 'advice'], not: ['protocol', 'title'], replaces: '' },
  ],
  [
    'a half-typed root key',
    'protocol: edit\nval$0\n',
    { offers: ['validity'], replaces: 'val', items: { validity: { kind: 'key', insertText: 'validity:\n  ', isSnippet: false } } },
  ],
  [
    'keys of a rule on an empty line under it, minus those present',
    RULE_HEAD + '    when: { modality: CT }\n    $0\n',
    { offers: ['verdict', 'require', 'otherwise', 'order', 'hard', 'because'], not: ['id', 'when', 'protocol', 'rules'] },
  ],
  ['the rule keys also see keys written below the cursor', RULE_HEAD + '    $0\n    verdict: redo\n', { offers: ['when', 'hard'], not: ['id', 'verdict'] }],
  [
    'a shallower empty line belongs to the parent map (root)',
    RULE_HEAD + '    verdict: redo\n$0\n',
    { offers: ['timelines', 'validity'], not: ['rules', 'verdict', 'protocol'] },
  ],
  [
    'a half-typed nested key replaces only what is typed',
    RULE_HEAD + '    require:\n      slice_th$0\n',
    {
      offers: ['slice_thickness'],
      not: ['verdict'],
      replaces: 'slice_th',
      items: { slice_thickness: { insertText: 'slice_thickness: ', detail: 'length comparison' } },
    },
  ],
  [
    'keys in a flow map, minus those present',
    RULE_HEAD + '    when: { modality: CT, $0 }\n',
    { offers: ['purpose', 'region', 'indication', 'symptom', 'infection_relevant'], not: ['modality', 'verdict'], replaces: '' },
  ],
  ['a half-typed key in a flow map', RULE_HEAD + '    when: { modality: CT, purp$0 }\n', { offers: ['purpose'], not: ['modality'], replaces: 'purp' }],
  [
    'keys in an empty flow map after a key',
    RULE_HEAD + '    require: { $0 }\n',
    {
      offers: ['slice_thickness', 'field_strength', 'sequences', 'phases', 'format'],
      items: { sequences: { insertText: 'sequences: [$1]', isSnippet: true } },
    },
  ],
  [
    'an object-valued key inserts a new line at the nested indentation',
    RULE_HEAD + '    $0\n',
    { items: { require: { insertText: 'require:\n      ', isSnippet: false }, when: { insertText: 'when:\n      ' }, verdict: { insertText: 'verdict: ' } } },
  ],
  [
    'a key holding a list of maps inserts a dash line',
    'protocol: edit\n$0\n',
    { items: { rules: { insertText: 'rules:\n  - ' }, advice: { insertText: 'advice:\n  - ' }, hospital: { insertText: 'hospital:\n  ' } } },
  ],
  [
    'a key holding a list of words inserts [ ]',
    RULE_HEAD + '    require:\n      $0\n',
    { items: { sequences: { insertText: 'sequences: [$1]', isSnippet: true }, phases: { insertText: 'phases: [$1]', isSnippet: true } } },
  ],
  [
    'editing a key that already has its colon inserts only the key',
    RULE_HEAD + '    verd$0: redo\n',
    { offers: ['verdict'], replaces: 'verd', items: { verdict: { insertText: 'verdict' } } },
  ],
  [
    "key items carry the schema's markdownDescription",
    'protocol: edit\nhospital:\n  sector: public\n  $0\n',
    { offers: ['currency', 'holidays', 'workdays'], not: ['sector'], items: { currency: { documentation: /three-letter ISO code/ } } },
  ],
  [
    "keys of a case's patient",
    CASE_HEAD + 'patient:\n  context: active-oncology\n  $0\n',
    { path: CASE, offers: ['indications', 'purpose', 'symptoms', 'condition_changed', 'urgent'], not: ['context', 'case'] },
  ],
  [
    "after a dash in a list of maps: the item's keys and its snippets",
    CASE_HEAD + 'studies:\n  - $0\n',
    { path: CASE, offers: ['id', 'modality', 'date', 'slice_thickness', 'study'], not: ['case', 'patient'] },
  ],
  [
    "a timeline's keys for a contrast variant",
    'protocol: edit\ntimelines:\n  CT-contrast:\n    scan: 30min..60min\n    $0\n',
    { offers: ['report', 'lead', 'same_day', 'expedited'], not: ['scan'] },
  ],
  ['keys of a map given by propertyNames (impact: sequences and phases)', RULE_HEAD + '    impact: { $0 }\n', { offers: ['DWI', 'LGE', 'arterial'] }],

  // -- broken documents -----------------------------------------------------------------------
  [
    'an unclosed flow map spanning lines',
    RULE_HEAD + '    when: { modality: CT,\n            $0\n',
    { offers: ['purpose', 'region'], not: ['modality', 'verdict'] },
  ],
  [
    'an unclosed flow list: values for its items',
    RULE_HEAD + '    when: { modality: [CT, $0\n    verdict: redo\n',
    { offers: ['MR', 'US', 'PET-CT'], not: ['CT'], replaces: '' },
  ],
  [
    'a half-typed line above the cursor does not lose the place',
    RULE_HEAD + '    wh\n    $0\n    verdict: redo\n',
    { offers: ['require', 'hard'], not: ['id', 'verdict', 'rules'] },
  ],
  [
    'a half-typed key on its own in a file that does not parse',
    RULE_HEAD + '    when: { modality: CT }\n    requ$0\n  - id: b\n    verdict: [\n',
    { offers: ['require'], replaces: 'requ', not: ['when'] },
  ],
  [
    'a value in a rule of a file with a syntax error further up',
    'protocol: edit\nvalidity:\n  active-oncology: { window: 4w..6w, beyond: redo\nrules:\n  - id: a\n    verdict: $0\n',
    { offers: ['accept', 'redo'] },
  ],

  // -- values -----------------------------------------------------------------------------
  [
    'modality values with their descriptions',
    RULE_HEAD + '    when: { modality: $0 }\n',
    {
      offers: ['XR', 'CT', 'MR', 'US', 'PET-CT', 'PET-MR'],
      replaces: '',
      items: { CT: { kind: 'value', detail: 'modality', documentation: /computed tomography/ }, 'PET-CT': { documentation: /tracer/ } },
    },
  ],
  [
    "a block value of a study's modality, half-typed",
    CASE_HEAD + 'studies:\n  - id: s\n    modality: PE$0\n',
    { path: CASE, offers: ['PET-CT', 'PET-MR'], replaces: 'PE' },
  ],
  [
    'verdicts after verdict:',
    RULE_HEAD + '    verdict: $0\n',
    { offers: ['accept', 'review', 'supplement', 'redo'], items: { redo: { documentation: /redone in house/ } } },
  ],
  ['otherwise offers no accept (a severe verdict)', RULE_HEAD + '    otherwise: $0\n', { offers: ['review', 'supplement', 'redo'], not: ['accept'] }],
  ['booleans', RULE_HEAD + '    hard: $0\n', { offers: ['true', 'false'], items: { true: { insertText: 'true' } } }],
  ['same_day: true, scan or false', 'protocol: edit\ntimelines:\n  CT: { scan: 15min, same_day: $0 }\n', { offers: ['true', 'scan', 'false'] }],
  [
    'a flow list of sequences does not repeat present items (before and after the cursor)',
    RULE_HEAD + '    require: { sequences: [T1, $0, FLAIR] }\n',
    { offers: ['T2', 'DWI', 'T1-contrast'], not: ['T1', 'FLAIR'], replaces: '' },
  ],
  [
    'a block list of phases does not repeat present items',
    RULE_HEAD + '    require:\n      phases:\n        - arterial\n        - $0\n',
    { offers: ['portal-venous', 'delayed'], not: ['arterial'] },
  ],
  [
    'right after the colon the value gets its space',
    RULE_HEAD + '    verdict:$0\n',
    { offers: ['redo'], replaces: '', items: { redo: { insertText: ' redo' } } },
  ],
  [
    "verdicts for a case's expect",
    CASE_HEAD + 'studies:\n  - { id: chest-ct, modality: CT, date: 2026-04-01 }\nexpect:\n  chest-ct: $0\n',
    { path: CASE, offers: ['accept', 'review', 'supplement', 'redo'] },
  ],
  ['advice triggers', 'protocol: edit\nadvice:\n  - when: $0\n', { offers: ['always', 'supplement', 'redo', 'expired', 'several-facilities', 'unknown-cost'] }],

  // -- units ------------------------------------------------------------------------------
  [
    'a unit after a number in a length comparison',
    RULE_HEAD + '    require:\n      slice_thickness: <= 2.5$0\n',
    { offers: ['mm'], not: ['T', 'w'], replaces: '', items: { mm: { kind: 'unit', insertText: 'mm' } } },
  ],
  [
    "tesla after a number in a case's field strength",
    CASE_HEAD + 'studies:\n  - id: s\n    modality: MR\n    field_strength: 1.5$0\n',
    { path: CASE, offers: ['T'], not: ['mm'] },
  ],
  [
    'duration units in a validity window',
    'protocol: edit\nvalidity:\n  active-oncology: { window: 4$0 }\n',
    { offers: ['d', 'w', 'mo', 'y'], not: ['bd', 'mm'], items: { mo: { documentation: /Calendar months/ } } },
  ],
  [
    'duration units after the range dots',
    'protocol: edit\nvalidity:\n  active-oncology:\n    window: 4w..6$0\n',
    { offers: ['d', 'w', 'mo', 'y'], replaces: '' },
  ],
  [
    'turnaround units in a timeline',
    'protocol: edit\ntimelines:\n  CT: { scan: 15min..30min, report: 1bd..2$0 }\n',
    { offers: ['min', 'h', 'bd'], not: ['d', 'w'], items: { bd: { documentation: /weekends/ } } },
  ],
  ['a half-typed unit is replaced', 'protocol: edit\ntimelines:\n  CT: { scan: 15m$0 }\n', { offers: ['min', 'h', 'bd'], replaces: 'm' }],
  [
    'a number without its operator in a comparison: comparison-shaped values',
    RULE_HEAD + '    require: { slice_thickness: 2.5$0 }\n',
    { offers: ['<= 2.5mm', '< 2.5mm'], replaces: '2.5', items: { '<= 2.5mm': { insertText: '<= 2.5mm', filterText: '2.5mm' } } },
  ],
  [
    'a field strength comparison that starts with > is quoted',
    RULE_HEAD + '    require:\n      field_strength: 1.5$0\n',
    { offers: ['>= 1.5T'], items: { '>= 1.5T': { insertText: '">= 1.5T"' } } },
  ],
  ["an empty comparison offers the schema's examples", RULE_HEAD + '    require:\n      slice_thickness: $0\n', { offers: ['<= 2.5mm'] }],

  // -- references -------------------------------------------------------------------------
  [
    'protocol ids after extends (not itself)',
    'protocol: edit\nextends: $0\n',
    {
      offers: ['parent', 'child'],
      not: ['edit'],
      items: { parent: { kind: 'reference', detail: 'protocol in protocols/parent.protocol.yaml', documentation: /Parent hospital/ } },
    },
  ],
  [
    'extends does not offer protocols that extend this one (a cycle)',
    'protocol: parent\nextends: $0\n',
    { path: 'protocols/parent.protocol.yaml', offers: [], not: ['parent', 'child'] },
  ],
  ["protocol ids after a case's protocol:", 'case: edit\nprotocol: pa$0\n', { path: CASE, offers: ['parent', 'child'], replaces: 'pa' }],
  [
    "a case's context: the contexts its protocol declares",
    CASE_HEAD + 'patient:\n  context: $0\n',
    {
      path: CASE,
      offers: ['active-oncology', 'post-transplant'],
      not: ['pre-cardiac-surgery'],
      items: { 'post-transplant': { kind: 'reference', documentation: /accept up to 2 weeks/ } },
    },
  ],
  [
    "a child's rule id: the parent's rules not yet written here",
    'protocol: edit\nextends: child\nrules:\n  - id: infection\n    when: { infection_relevant: true }\n    verdict: redo\n    hard: true\n  - id: $0\n',
    { offers: ['thin-ct', 'rare-disease'], not: ['infection'], items: { 'thin-ct': { kind: 'reference', detail: 'rule in child' } } },
  ],
  [
    "indications used in the workspace and the schema's examples",
    RULE_HEAD + '    when: { indication: $0 }\n',
    { offers: ['moyamoya-disease', 'lung-cancer', 'brain-tumor'] },
  ],
  [
    'symptoms used in another case, in a flow list',
    CASE_HEAD + 'patient:\n  context: active-oncology\n  symptoms: [new-headache, $0]\n',
    { path: CASE, offers: ['sudden-dizziness', 'sudden-worsening'], not: ['new-headache'] },
  ],
  [
    'regions used in the workspace for a study',
    CASE_HEAD + 'studies:\n  - id: s\n    region: $0\n',
    { path: CASE, offers: ['left-wrist', 'inner-ear', 'chest'] },
  ],
  [
    "a rule's when.context: the protocol's own contexts",
    'protocol: edit\nvalidity:\n  post-op: { window: 1w, beyond: redo }\n' + 'rules:\n  - id: a\n    when: { context: $0 }\n',
    { offers: ['post-op', 'active-oncology'] },
  ],
  [
    'a name YAML would read as something else is offered in quotes (null, true, yes, a number), others plain',
    'protocol: edit\nvalidity:\n  "null": { window: 1w, beyond: redo }\n  "true": { window: 1w, beyond: redo }\n  "yes": { window: 1w, beyond: redo }\n  "1.0": { window: 1w, beyond: redo }\n  post-op: { window: 1w, beyond: redo }\n' +
      'rules:\n  - id: a\n    when: { context: $0 }\n',
    {
      items: {
        null: { insertText: '"null"' },
        true: { insertText: '"true"' },
        yes: { insertText: '"yes"' },
        '1.0': { insertText: '"1.0"' },
        'post-op': { insertText: 'post-op' },
      },
    },
  ],
  [
    "a case's expect keys: its studies not yet expected, and orders",
    CASE_HEAD +
      'studies:\n  - { id: chest-ct, modality: CT, date: 2026-04-01 }\n  - { id: head-mr, modality: MR, date: 2026-04-01 }\nexpect:\n  chest-ct: redo\n  $0\n',
    { path: CASE, offers: ['head-mr', 'orders'], not: ['chest-ct'], items: { 'head-mr': { kind: 'reference', insertText: 'head-mr: ' } } },
  ],

  // -- snippets ---------------------------------------------------------------------------
  [
    'a whole protocol in an empty file',
    '$0',
    {
      items: {
        protocol: {
          kind: 'snippet',
          isSnippet: true,
          insertText: /^protocol: \$\{1:tier3a-public\}\ntitle: \$\{2:Tier-3A public hospital, default requirements\}\nhospital:\n {2}sector: \$\{3:public\}\n/,
        },
      },
    },
  ],
  [
    'the whole protocol snippet writes rules as a block list with flow conditions',
    '$0',
    {
      items: {
        protocol: {
          insertText:
            /\nrules:\n {2}- id: \$\{7:oncology-thin-slice-ct\}\n {4}when: \{ modality: CT, purpose: oncology \}\n {4}require: \{ slice_thickness: \$\{8:<= 2\.5mm\} \}\n/,
        },
      },
    },
  ],
  [
    'a whole case in an empty case file',
    '$0',
    {
      path: CASE,
      items: {
        case: {
          kind: 'snippet',
          insertText:
            /^case: \$\{1:lung-ct-beyond-validity\}\nprotocol: \$\{2:tier3a-public\}\non: \$\{3:2026-04-10\}\npatient:\n {2}context: \$\{4:active-oncology\}\n {2}indications: \[\$\{5:lung-cancer\}\]\n/,
        },
      },
    },
  ],
  [
    "a rule after a dash, at the item's indentation",
    'protocol: edit\nrules:\n  - $0\n',
    {
      offers: ['rule: require … otherwise', 'rule: order imaging', 'id', 'when'],
      items: {
        'rule: always redo': {
          kind: 'snippet',
          isSnippet: true,
          insertText:
            'id: ${1:ultrasound-in-house}\n    when: { modality: ${2:US} }\n    verdict: redo\n    because: ${3:Ultrasound is real-time and operator-dependent.}',
        },
      },
    },
  ],
  [
    'a rule on an empty line of the rules list starts with a dash',
    'protocol: edit\nrules:\n  $0\n',
    {
      items: {
        'rule: always redo': {
          insertText:
            '- id: ${1:ultrasound-in-house}\n    when: { modality: ${2:US} }\n    verdict: redo\n    because: ${3:Ultrasound is real-time and operator-dependent.}',
        },
        id: { insertText: '- id: ' },
      },
    },
  ],
  [
    'a validity window as a flow value',
    'protocol: edit\nvalidity:\n  post-op: $0\n',
    { items: { 'validity window': { kind: 'snippet', insertText: '{ window: ${1:4w..6w}, beyond: ${2:redo} }' } } },
  ],
  [
    'a validity window in an empty block map',
    'protocol: edit\nvalidity:\n  post-op:\n    $0\n',
    { offers: ['window', 'beyond', 'because'], items: { 'validity window': { insertText: 'window: ${1:4w..6w}\n    beyond: ${2:redo}' } } },
  ],
  [
    'a timeline as a flow value',
    'protocol: edit\ntimelines:\n  MR: $0\n',
    { items: { 'timeline entry': { insertText: '{ scan: ${1:15min..30min}, report: ${2:1bd..2bd}, same_day: ${3:scan} }' } } },
  ],
  [
    'no snippet where its keys are already written',
    'protocol: edit\nvalidity:\n  post-op:\n    window: 2w\n    $0\n',
    { offers: ['beyond'], not: ['validity window', 'window'] },
  ],

  [
    'a new line in a block list of words: dash and the words not yet listed',
    RULE_HEAD + '    require:\n      sequences:\n        - T1\n        $0\n',
    { offers: ['T2', 'DWI'], not: ['T1', 'verdict'], items: { DWI: { insertText: '- DWI' } } },
  ],
  [
    'a file with CRLF line ends',
    'protocol: edit\r\nrules:\r\n  - id: a\r\n    when: { modality: CT }\r\n    $0\r\n    verdict: redo\r\n',
    { offers: ['require', 'hard'], not: ['id', 'when', 'verdict'] },
  ],
  [
    'an empty file named neither protocol nor case: both whole-file snippets',
    '$0',
    { path: 'untitled.yaml', offers: ['protocol', 'case'], items: { protocol: { kind: 'snippet' }, case: { kind: 'snippet' } } },
  ],

  // -- nothing to offer -------------------------------------------------------------------
  ['inside a comment', 'protocol: edit # the id $0\n', { none: true }],
  ['inside a block scalar', RULE_HEAD + '    because: |\n      Thin slices $0\n', { none: true }],
];

for (const [name, input, expected] of rows) {
  test(`completion: ${name}`, () => check(input, expected));
}

test("completion: every item replaces text on the cursor's line", () => {
  const { items, text, offset } = complete(RULE_HEAD + '    when: { modality: CT, purp$0 }\n', PROTOCOL);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  for (const item of items) assert.ok(item.range.start >= lineStart && item.range.end <= lineEnd, item.label);
});

test('completion: an unknown file path gives nothing', () => {
  const project = core.analyzeProject(WORKSPACE);
  assert.deepEqual(core.completeAt(project, 'nowhere.protocol.yaml', 0), []);
});

/** Every shipped file, as the project the editor would hold. */
function shippedFiles() {
  const root = new URL('../../protocols/', import.meta.url);
  return readdirSync(root, { recursive: true })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: `protocols/${f}`, text: readFileSync(new URL(f, root), 'utf8') }));
}

function assertSane(project, file, offset) {
  for (const item of core.completeAt(project, file.path, offset)) {
    assert.ok(item.range.start <= offset && offset <= item.range.end, `${file.path}@${offset}: ${item.label} range holds the cursor`);
    assert.ok(!file.text.slice(item.range.start, item.range.end).includes('\n'), `${file.path}@${offset}: ${item.label} range stays on one line`);
  }
  const hover = core.hoverAt(project, file.path, offset);
  if (hover) assert.ok(hover.range.start <= offset && offset <= hover.range.end, `${file.path}@${offset}: hover range holds the cursor`);
}

test('completion and hover: no throw, ranges on the cursor, across the shipped files', () => {
  const files = shippedFiles();
  const project = core.analyzeProject(files);
  for (const file of files) for (let offset = 0; offset <= file.text.length; offset += 9) assertSane(project, file, offset);
});

test('completion and hover: no throw in shipped files broken by stray brackets, dashes, quotes and tabs', () => {
  const files = shippedFiles();
  const analyzed = files.map((f) => core.analyzeFile(f));
  const junk = ['[', ']', '{', '}', ':', '\n', '- ', '"', "'", '#', '|', '\t', ',', '..', '<= '];
  let seed = 7;
  const next = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let round = 0; round < 30; round++) {
    const original = files[next(files.length)];
    let text = original.text;
    for (let k = 0; k < 3; k++) {
      const at = next(text.length + 1);
      text = text.slice(0, at) + junk[next(junk.length)] + text.slice(at + next(2));
    }
    const file = { path: original.path, text };
    const project = core.linkProject([...analyzed.filter((f) => f.path !== file.path), core.analyzeFile(file)]);
    for (let offset = next(5); offset <= text.length; offset += 5) assertSane(project, file, offset);
  }
});
