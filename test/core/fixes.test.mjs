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
  ['near-miss modality', 'unknown-value', caseText('    field_strength: 3T').replace('modality: CT', 'modality: MRI'), (t) => t.replace('modality: MRI', 'modality: MR')],
  ['a space before the unit', 'invalid-value', caseText('    slice_thickness: 5 mm'), (t) => t.replace('5 mm', '5mm')],
  ['centimetres for a length', 'unit-mismatch', caseText('    slice_thickness: 0.5cm'), (t) => t.replace('0.5cm', '5mm')],
  ['a number without its unit', 'invalid-unit', caseText('    slice_thickness: 5'), (t) => t.replace('slice_thickness: 5', 'slice_thickness: 5mm')],
  ['a misspelt key', 'unknown-key', caseText('    slice_thicknes: 1mm'), (t) => t.replace('slice_thicknes:', 'slice_thickness:')],
  ['a misspelt context', 'unknown-context', caseText('', 'protocol: base\non: 2026-04-10\npatient: { context: active-oncolgy }'), (t) => t.replace('active-oncolgy', 'active-oncology')],
  ['a misspelt protocol id', 'unknown-protocol', caseText('', 'protocol: bsae\non: 2026-04-10\npatient: { context: active-oncology }'), (t) => t.replace('protocol: bsae', 'protocol: base')],
  ['a flow map never closed', 'yaml-syntax', caseText('', 'protocol: base\non: 2026-04-10\npatient: { context: active-oncology'), (t) => t.replace('active-oncology\n', 'active-oncology }\n')],
];

for (const [name, code, text, expected] of cases) {
  test(`quick fix: ${name}`, () => {
    const files = [{ path: 'base.protocol.yaml', text: BASE }, { path: 'c.case.yaml', text }];
    const fixed = applyFix(files, 'c.case.yaml', code);
    assert.equal(fixed.text, expected(text));
    // The fixed file has no diagnostic left.
    const after = core.analyzeProject([files[0], { path: 'c.case.yaml', text: fixed.text }]);
    assert.deepEqual(after.diagnostics.get('c.case.yaml').map((d) => d.code), []);
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

test('quick fix: an unknown extends target close to a known id', () => {
  const child = 'protocol: child\nextends: bsae\nhospital: { sector: private }\n';
  const fixed = applyFix([{ path: 'base.protocol.yaml', text: BASE }, { path: 'child.protocol.yaml', text: child }], 'child.protocol.yaml', 'unknown-extends');
  assert.equal(fixed.text, child.replace('bsae', 'base'));
});
