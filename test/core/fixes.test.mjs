// Every quick fix the core offers, applied to its file: the text after the fix, written by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const BASE = `protocol: base
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
`;

function caseText(studyLines, head = 'protocol: base\non: 2026-04-10\npatient: { context: active-oncology }') {
  return `case: c\n${head}\nstudies:\n  - id: s\n    modality: CT\n    date: 2026-04-01\n${studyLines}\n`;
}

/** Applies the first fix of the one diagnostic with `code` in `path`'s text. */
function applyFix(files, path, code) {
  const project = core.analyzeProject(files);
  const found = project.diagnostics.get(path).filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} expected, got ${JSON.stringify(project.diagnostics.get(path).map((d) => d.code))}`);
  const [fix] = found[0].fixes ?? [];
  assert.ok(fix, `${code} offers a fix`);
  let text = files.find((f) => f.path === path).text;
  for (const edit of [...fix.edits].sort((a, b) => b.range.start - a.range.start)) {
    text = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
  }
  return { title: fix.title, text };
}

const cases = [
  [
    'near-miss modality',
    'unknown-value',
    caseText('    field_strength: 3T').replace('modality: CT', 'modality: MRI'),
    (t) => t.replace('modality: MRI', 'modality: MR'),
  ],
  ['a space before the unit', 'invalid-value', caseText('    slice_thickness: 5 mm'), (t) => t.replace('5 mm', '5mm')],
  ['centimetres for a length', 'unit-mismatch', caseText('    slice_thickness: 0.5cm'), (t) => t.replace('0.5cm', '5mm')],
  ['a number without its unit', 'invalid-unit', caseText('    slice_thickness: 5'), (t) => t.replace('slice_thickness: 5', 'slice_thickness: 5mm')],
  ['a misspelt key', 'unknown-key', caseText('    slice_thicknes: 1mm'), (t) => t.replace('slice_thicknes:', 'slice_thickness:')],
  [
    'a misspelt context',
    'unknown-context',
    caseText('', 'protocol: base\non: 2026-04-10\npatient: { context: active-oncolgy }'),
    (t) => t.replace('active-oncolgy', 'active-oncology'),
  ],
  [
    'a misspelt protocol id',
    'unknown-protocol',
    caseText('', 'protocol: bsae\non: 2026-04-10\npatient: { context: active-oncology }'),
    (t) => t.replace('protocol: bsae', 'protocol: base'),
  ],
  [
    'a flow map never closed',
    'yaml-syntax',
    caseText('', 'protocol: base\non: 2026-04-10\npatient: { context: active-oncology'),
    (t) => t.replace('active-oncology\n', 'active-oncology }\n'),
  ],
];

for (const [name, code, text, expected] of cases) {
  test(`quick fix: ${name}`, () => {
    const files = [
      { path: 'base.protocol.yaml', text: BASE },
      { path: 'c.case.yaml', text },
    ];
    const fixed = applyFix(files, 'c.case.yaml', code);
    assert.equal(fixed.text, expected(text));
    // The fixed file has no diagnostic left.
    const after = core.analyzeProject([files[0], { path: 'c.case.yaml', text: fixed.text }]);
    assert.deepEqual(
      after.diagnostics.get('c.case.yaml').map((d) => d.code),
      [],
    );
  });
}

test('quick fix: a reversed window is turned round', () => {
  const text = BASE.replace('4w..6w', '6w..4w');
  const fixed = applyFix([{ path: 'p.protocol.yaml', text }], 'p.protocol.yaml', 'reversed-range');
  assert.equal(fixed.text, BASE);
});

test('quick fix: an unquoted >= comparison is quoted', () => {
  const text = `${BASE}rules:\n  - id: field\n    when: { modality: MR }\n    require: { field_strength: >= 1.5T }\n    otherwise: redo\n`;
  const fixed = applyFix([{ path: 'p.protocol.yaml', text }], 'p.protocol.yaml', 'yaml-syntax');
  assert.equal(fixed.title, 'Quote ">= 1.5T"');
  assert.equal(fixed.text, text.replace('>= 1.5T', '">= 1.5T"'));
  assert.deepEqual(core.analyzeProject([{ path: 'p.protocol.yaml', text: fixed.text }]).diagnostics.get('p.protocol.yaml'), []);
});

test('quick fix: a comparison the fix starts with > is written in quotes, one with < as it is', () => {
  const rule = (require) => `${BASE}rules:\n  - id: field\n    when: { modality: MR }\n    require: { ${require} }\n    otherwise: redo\n`;
  for (const [require, title, fixedTo] of [
    ['field_strength: 1.5T', 'Change to >= 1.5T', 'field_strength: ">= 1.5T"'],
    ["field_strength: '≥ 3T'", 'Change to >= 3T', 'field_strength: ">= 3T"'],
    ['slice_thickness: 2.5mm', 'Change to <= 2.5mm', 'slice_thickness: <= 2.5mm'],
  ]) {
    const fixed = applyFix([{ path: 'p.protocol.yaml', text: rule(require) }], 'p.protocol.yaml', 'invalid-value');
    assert.equal(fixed.title, title);
    assert.equal(fixed.text, rule(fixedTo), require);
    assert.deepEqual(core.analyzeProject([{ path: 'p.protocol.yaml', text: fixed.text }]).diagnostics.get('p.protocol.yaml'), [], require);
  }
});

test('quick fix: an unknown extends target close to a known id', () => {
  const child = 'protocol: child\nextends: bsae\nhospital: { sector: private }\n';
  const fixed = applyFix(
    [
      { path: 'base.protocol.yaml', text: BASE },
      { path: 'child.protocol.yaml', text: child },
    ],
    'child.protocol.yaml',
    'unknown-extends',
  );
  assert.equal(fixed.text, child.replace('bsae', 'base'));
});

// ---- "Add `key`" on missing-key, "Create context" on unknown-context ------------------------

/** Applies the fix titled `title` of the one diagnostic with `code` in `path`; edits may name another file. */
function applyFixTitled(files, path, code, title) {
  const project = core.analyzeProject(files);
  const found = project.diagnostics.get(path).filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} expected, got ${JSON.stringify(project.diagnostics.get(path).map((d) => d.code))}`);
  const fix = (found[0].fixes ?? []).find((f) => f.title === title);
  assert.ok(fix, `${code} offers "${title}", got ${JSON.stringify((found[0].fixes ?? []).map((f) => f.title))}`);
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const byFile = new Map();
  for (const edit of fix.edits) byFile.set(edit.file ?? path, [...(byFile.get(edit.file ?? path) ?? []), edit]);
  for (const [file, edits] of byFile) {
    let text = texts.get(file);
    for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start))
      text = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
    texts.set(file, text);
  }
  return texts;
}

test('quick fix: a missing rule key is added at its canonical place and indentation', () => {
  const text = `${BASE}rules:\n  - id: thin\n    require: { slice_thickness: <= 2.5mm }  # keep me\n    otherwise: redo\n`;
  const texts = applyFixTitled([{ path: 'p.protocol.yaml', text }], 'p.protocol.yaml', 'missing-key', 'Add `when`');
  assert.equal(
    texts.get('p.protocol.yaml'),
    `${BASE}rules:\n  - id: thin\n    when: {}\n    require: { slice_thickness: <= 2.5mm }  # keep me\n    otherwise: redo\n`,
  );
  assert.deepEqual(core.analyzeProject([{ path: 'p.protocol.yaml', text: texts.get('p.protocol.yaml') }]).diagnostics.get('p.protocol.yaml'), []);
});

test('quick fix: a missing key after the others goes below the last line, comment kept', () => {
  const text = `${BASE}rules:\n  - id: thin\n    when: { modality: CT }\n    require: { slice_thickness: <= 2.5mm }  # keep me\n`;
  const texts = applyFixTitled([{ path: 'p.protocol.yaml', text }], 'p.protocol.yaml', 'missing-key', 'Add `otherwise`');
  assert.equal(texts.get('p.protocol.yaml'), `${text}    otherwise: redo\n`);
});

test('quick fix: a missing key in a flow map is added inside the braces', () => {
  const text = BASE.replace('{ window: 4w..6w, beyond: redo }', '{ window: 4w..6w }');
  const texts = applyFixTitled([{ path: 'p.protocol.yaml', text }], 'p.protocol.yaml', 'missing-key', 'Add `beyond`');
  assert.equal(texts.get('p.protocol.yaml'), BASE.replace('{ window: 4w..6w, beyond: redo }', '{ window: 4w..6w, beyond: redo }'));
});

test('quick fix: a missing first key of a list item goes first, after the dash', () => {
  const text = caseText('').replace('  - id: s\n    modality: CT\n', '  - modality: CT\n');
  const texts = applyFixTitled(
    [
      { path: 'base.protocol.yaml', text: BASE },
      { path: 'c.case.yaml', text },
    ],
    'c.case.yaml',
    'missing-key',
    'Add `id`',
  );
  assert.equal(texts.get('c.case.yaml'), text.replace('  - modality: CT\n', '  - id: oncology-thin-slice-ct\n    modality: CT\n'));
});

test('quick fix: an unknown context is created in the referenced protocol', () => {
  const text = caseText('', 'protocol: base\non: 2026-04-10\npatient: { context: post-transplant }');
  const texts = applyFixTitled(
    [
      { path: 'base.protocol.yaml', text: BASE },
      { path: 'c.case.yaml', text },
    ],
    'c.case.yaml',
    'unknown-context',
    'Create context `post-transplant` in base',
  );
  assert.equal(texts.get('c.case.yaml'), text, 'the case itself is not edited');
  // After the last window, at the protocol's own indentation.
  assert.equal(texts.get('base.protocol.yaml'), `${BASE}  post-transplant: { window: 4w, beyond: review }\n`);
  const after = core.analyzeProject([
    { path: 'base.protocol.yaml', text: texts.get('base.protocol.yaml') },
    { path: 'c.case.yaml', text },
  ]);
  assert.deepEqual(
    after.diagnostics.get('c.case.yaml').map((d) => d.code),
    [],
  );
  assert.deepEqual(after.diagnostics.get('base.protocol.yaml'), []);
});

test('quick fix: a misspelt context offers the spelling first, then creating it', () => {
  const text = caseText('', 'protocol: base\non: 2026-04-10\npatient: { context: active-oncolgy }');
  const project = core.analyzeProject([
    { path: 'base.protocol.yaml', text: BASE },
    { path: 'c.case.yaml', text },
  ]);
  const [d] = project.diagnostics.get('c.case.yaml');
  assert.deepEqual(
    d.fixes.map((f) => f.title),
    ['Change to active-oncology', 'Create context `active-oncolgy` in base'],
  );
});

test('quick fix: create context in a child protocol with no validity of its own adds the section', () => {
  const child = 'protocol: child\nextends: base\nhospital: { sector: private }\n';
  const text = caseText('', 'protocol: child\non: 2026-04-10\npatient: { context: post-transplant }');
  const texts = applyFixTitled(
    [
      { path: 'base.protocol.yaml', text: BASE },
      { path: 'child.protocol.yaml', text: child },
      { path: 'c.case.yaml', text },
    ],
    'c.case.yaml',
    'unknown-context',
    'Create context `post-transplant` in child',
  );
  assert.equal(texts.get('child.protocol.yaml'), `${child}validity:\n  post-transplant: { window: 4w, beyond: review }\n`);
});

test("quick fix: create context keeps the protocol's own indentation and puts the new window last", () => {
  const base = 'protocol: base\nvalidity:\n    active-oncology:\n        window: 4w..6w\n        beyond: redo   # seed\n';
  const text = caseText('', 'protocol: base\non: 2026-04-10\npatient: { context: post-transplant }');
  const texts = applyFixTitled(
    [
      { path: 'base.protocol.yaml', text: base },
      { path: 'c.case.yaml', text },
    ],
    'c.case.yaml',
    'unknown-context',
    'Create context `post-transplant` in base',
  );
  assert.equal(texts.get('base.protocol.yaml'), `${base}    post-transplant: { window: 4w, beyond: review }\n`);
});
