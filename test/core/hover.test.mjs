// Hover: schema docs of keys and enum values, values with units in plain words, rule ids
// after `extends`, study verdicts from evaluating the case, protocol and context references.
// Each row is file text with a `$0` cursor and phrases the markdown must hold, written by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PARENT = `protocol: parent
title: Parent hospital
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  post-transplant: { window: 2w, beyond: redo }
rules:
  - id: thin-ct
    title: Thin-slice CT for oncology
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
  - id: infection
    when: { infection_relevant: true }
    verdict: redo
    hard: true
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }
costs:
  CT: 300..500
`;

const CHILD = `protocol: child
title: Child hospital
extends: parent
hospital: { sector: private, currency: USD }
rules:
  - id: thin-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 2mm }
    otherwise: redo
`;

const CASE_TEXT = `case: lung
protocol: parent
on: 2026-04-10
patient:
  context: active-oncology
  purpose: oncology
studies:
  - id: chest-ct
    modality: CT
    date: 2026-04-01
    slice_thickness: 5mm
expect:
  chest-ct: redo
`;

const WORKSPACE = [
  { path: 'protocols/parent.protocol.yaml', text: PARENT },
  { path: 'protocols/child.protocol.yaml', text: CHILD },
  { path: 'cases/lung.case.yaml', text: CASE_TEXT },
];

function hover(input, path) {
  const offset = input.indexOf('$0');
  assert.ok(offset >= 0, 'the input marks the cursor with $0');
  const text = input.slice(0, offset) + input.slice(offset + 2);
  const project = core.analyzeProject([...WORKSPACE.filter((f) => f.path !== path), { path, text }]);
  return { info: core.hoverAt(project, path, offset), text };
}

/** `expected`: `has` (phrases in the markdown), `lacks`, `range` (the hovered text), `path`, or `null`. */
function check(input, expected) {
  const { info, text } = hover(input, expected?.path ?? 'protocols/edit.protocol.yaml');
  if (expected === null || expected.none) {
    assert.equal(info, null);
    return;
  }
  assert.ok(info, 'a hover is given');
  for (const phrase of expected.has ?? []) assert.ok(info.markdown.includes(phrase), `has '${phrase}' in:\n${info.markdown}`);
  for (const phrase of expected.lacks ?? []) assert.ok(!info.markdown.includes(phrase), `lacks '${phrase}' in:\n${info.markdown}`);
  if (expected.range) assert.equal(text.slice(info.range.start, info.range.end), expected.range);
}

const RULE = `protocol: edit
rules:
  - id: a
`;

const rows = [
  [
    'a root key: its markdownDescription',
    'protocol: edit\nvali$0dity:\n  active-oncology: { window: 4w..6w, beyond: redo }\n',
    { has: ['**validity**', 'per clinical situation'], range: 'validity' },
  ],
  [
    'a key in a flow map',
    RULE + '    when: { modality: CT, pur$0pose: oncology }\n',
    { has: ['**purpose**', "purpose of the patient's work-up"], range: 'purpose' },
  ],
  [
    'an enum value: its description and the allowed values',
    RULE + '    when: { modality: C$0T }\n',
    { has: ['**CT**', 'computed tomography', 'Allowed values:', '`XR`', '`PET-MR`'], range: 'CT' },
  ],
  ['a verdict value', RULE + '    verdict: re$0do\n', { has: ['must be redone in house', '`accept`', '`supplement`'], range: 'redo' }],
  [
    'an item of a flow list of sequences',
    RULE + '    require: { sequences: [T1, DW$0I] }\n',
    { has: ['**DWI**', 'Diffusion-weighted imaging', 'Allowed values:', '`SWI`'], range: 'DWI' },
  ],
  [
    'a holiday range: both days, in words',
    'protocol: edit\nhospital:\n  holidays: [2026-10-01..2026-10-0$07]\n',
    { has: ['Thursday, 1 October 2026 to Wednesday, 7 October 2026 (7 days, both included)'] },
  ],
  [
    'a window in calendar months',
    'protocol: edit\nvalidity:\n  stable-orthopedic:\n    window: 3m$0o\n    beyond: review\n',
    { has: ['3 months (about 91 days)', 'then **review**'], range: '3mo' },
  ],
  [
    'a window range with its beyond verdict',
    'protocol: edit\nvalidity:\n  active-oncology: { window: 4w..6$0w, beyond: redo }\n',
    { has: ['accept up to 4 weeks (28 days), review up to 6 weeks (42 days), then **redo**'], range: '4w..6w' },
  ],
  [
    'a turnaround in business days',
    'protocol: edit\ntimelines:\n  CT: { scan: 15min..30min, report: 1bd..$02bd }\n',
    { has: ['1 to 2 business days', 'weekends'], range: '1bd..2bd' },
  ],
  ['a turnaround in minutes', 'protocol: edit\ntimelines:\n  CT: { scan: 15m$0in..30min }\n', { has: ['15 to 30 minutes'] }],
  [
    'a length comparison',
    RULE + '    require: { slice_thickness: <= 2.$05mm }\n',
    { has: ['at most 2.5 millimetres', '2.5 mm or thinner'], range: '<= 2.5mm' },
  ],
  ['a quoted field strength comparison', RULE + '    require:\n      field_strength: ">= 1.$05T"\n', { has: ['at least 1.5 tesla', '1.5 T or stronger'] }],
  ["a price in the protocol's currency", 'protocol: edit\nhospital: { currency: EUR }\ncosts:\n  CT: 300..5$000\n', { has: ['300 to 500 EUR'] }],
  ['a date in a case', 'case: c\nprotocol: parent\non: 2026-04-1$00\n', { path: 'cases/c.case.yaml', has: ['Friday, 10 April 2026'] }],
  [
    "a rule id that overrides the parent's rule",
    'protocol: edit\nextends: parent\nrules:\n  - id: infec$0tion\n    when: { infection_relevant: true }\n    verdict: redo\n    hard: true\n',
    { has: ['rule `infection`', '**overrides** the rule of `parent`', 'protocols/parent.protocol.yaml', '**hard**', 'verdict: **redo**'], range: 'infection' },
  ],
  [
    "a rule id switched off in a child: the parent's rule is off here",
    'protocol: edit\nextends: parent\nrules:\n  - id: thin$0-ct\n    disabled: true\n',
    { has: ['rule `thin-ct`', '**disabled** in `edit`', "the parent's rule is switched off here"], range: 'thin-ct' },
  ],
  [
    'a rule id switched off in a child whose parent has no rule of that id: nothing is switched off',
    'protocol: edit\nextends: parent\nrules:\n  - id: thick$0-ct\n    disabled: true\n',
    { has: ['**disabled** in `edit`, which inherits no rule of this id: nothing is switched off'], lacks: ["the parent's rule"] },
  ],
  [
    'a rule id switched off in a profile that extends none',
    'protocol: edit\nrules:\n  - id: us$0\n    when: { modality: US }\n    verdict: redo\n    disabled: true\n',
    { has: ['**disabled** in `edit`, which inherits no rule of this id: nothing is switched off', 'verdict: **redo**'], lacks: ['defined in'] },
  ],
  [
    'a rule id in the parent: defined there, overridden in the child',
    PARENT.replace('id: thin-ct', 'id: thin$0-ct'),
    {
      path: 'protocols/parent.protocol.yaml',
      has: ['Thin-slice CT for oncology', 'defined in `parent`', 'slice_thickness <= 2.5mm', 'otherwise **redo**', 'overridden in `child`'],
    },
  ],
  [
    'a study id in a case: its verdict and reasons from evaluating the case',
    CASE_TEXT.replace('id: chest-ct', 'id: chest$0-ct'),
    { path: 'cases/lung.case.yaml', has: ['study `chest-ct`', '**redo**', '`thin-ct`', 'Expected **redo**: met'], range: 'chest-ct' },
  ],
  [
    'a study id as an expect key',
    CASE_TEXT.replace('  chest-ct: redo', '  chest-c$0t: redo'),
    { path: 'cases/lung.case.yaml', has: ['study `chest-ct`', '**redo**'] },
  ],
  [
    'a protocol id after extends: title and file',
    'protocol: edit\nextends: par$0ent\n',
    { has: ['protocol `parent`', 'Parent hospital', 'protocols/parent.protocol.yaml'], range: 'parent' },
  ],
  [
    "a protocol id after a case's protocol:",
    'case: c\nprotocol: chi$0ld\n',
    { path: 'cases/c.case.yaml', has: ['protocol `child`', 'Child hospital', 'extends `parent`'] },
  ],
  ['an unknown protocol id', 'protocol: edit\nextends: nowh$0ere\n', { has: ['no protocol with id `nowhere`'] }],
  [
    "a case's context: the window of its protocol",
    'case: c\nprotocol: parent\non: 2026-04-10\npatient:\n  context: post-trans$0plant\n',
    { path: 'cases/c.case.yaml', has: ['`post-transplant`', 'window `2w`', 'accept up to 2 weeks (14 days), then **redo**', 'from `parent`'] },
  ],
  ['a key in a file that does not parse', RULE + '    when: { modality: CT,\n    otherw$0ise: redo\n', { has: ['**otherwise**', 'requirement is not met'] }],
  [
    'a context key of validity: its doc and its window',
    'protocol: edit\nvalidity:\n  post-o$0p: { window: 1w..2w, beyond: supplement }\n',
    {
      has: ['**post-op**', 'adds to the shipped vocabulary', 'accept up to 1 week (7 days), review up to 2 weeks (14 days), then **supplement**'],
      range: 'post-op',
    },
  ],
  [
    'a study of a case that cannot run yet',
    CASE_TEXT.replace('id: chest-ct', 'id: chest$0-ct').replace('context: active-oncology', 'context: nowhere'),
    { path: 'cases/lung.case.yaml', has: ['study `chest-ct`', 'No verdict yet'], lacks: ['Expected'] },
  ],
  ['nothing on an empty line', 'protocol: edit\n$0\n', null],
  ['nothing in a comment', 'protocol: edit # an id$0\n', null],
];

for (const [name, input, expected] of rows) {
  test(`hover: ${name}`, () => check(input, expected));
}
