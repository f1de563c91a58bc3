// Navigation in the core: definition, references, rename, outline, folding and workspace
// symbols, on strings. The cursor is `$0`; expected places are written as `file: text`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';

const PARENT = `protocol: base
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  stable-orthopedic: { window: 3mo..6mo, beyond: review }
rules:
  - id: thin-ct
    when: { modality: CT, context: active-oncology }
    require: { slice_thickness: <= 2.5mm }
    otherwise: redo
  - id: us-in-house
    when: { modality: US }
    verdict: redo
`;
const CHILD = `protocol: child
extends: base
hospital: { sector: private }
rules:
  - id: thin-ct
    when: { modality: CT, context: [active-oncology, stable-orthopedic] }
    require: { slice_thickness: <= 1mm }
    otherwise: redo
`;
const CASE = `case: c
protocol: child
on: 2026-04-10
patient: { context: active-oncology }
studies:
  - id: chest-ct
    modality: CT
    date: 2026-04-01
expect:
  chest-ct: accept
`;

/** Puts the cursor: the files with `$0` removed, and where it was. */
function project(files) {
  let cursor = null;
  const sources = Object.entries(files).map(([path, text]) => {
    const at = text.indexOf('$0');
    if (at >= 0) cursor = { path, offset: at };
    return { path, text: text.replace('$0', '') };
  });
  return { project: core.analyzeProject(sources), cursor, texts: Object.fromEntries(sources.map((s) => [s.path, s.text])) };
}

/** Locations as `file: the text at the range`, sorted. */
function shown(p, locations) {
  return locations
    .map((l) => `${l.file}: ${p.texts[l.file].slice(l.range.start, l.range.end)}@${p.texts[l.file].slice(0, l.range.start).split('\n').length}`)
    .sort();
}

function check(files, fn, expected) {
  const p = project(files);
  assert.ok(p.cursor, 'a $0 cursor');
  assert.deepEqual(shown(p, fn(p.project, p.cursor.path, p.cursor.offset)), expected.sort());
}

test('definition: a case protocol id goes to the protocol', () => {
  check(
    { 'base.protocol.yaml': PARENT, 'child.protocol.yaml': CHILD, 'c.case.yaml': CASE.replace('protocol: child', 'protocol: ch$0ild') },
    core.definitionAt,
    ['child.protocol.yaml: child@1'],
  );
});

test('definition: extends goes to the parent', () => {
  check({ 'base.protocol.yaml': PARENT, 'child.protocol.yaml': CHILD.replace('extends: base', 'extends: $0base') }, core.definitionAt, [
    'base.protocol.yaml: base@1',
  ]);
});

test("definition: a child's override goes to the parent's rule", () => {
  check({ 'base.protocol.yaml': PARENT, 'child.protocol.yaml': CHILD.replace('id: thin-ct', 'id: thin$0-ct') }, core.definitionAt, [
    'base.protocol.yaml: thin-ct@7',
  ]);
});

test('definition: a case context goes to the validity window it inherits', () => {
  check(
    { 'base.protocol.yaml': PARENT, 'child.protocol.yaml': CHILD, 'c.case.yaml': CASE.replace('context: active', 'context: $0active') },
    core.definitionAt,
    ['base.protocol.yaml: active-oncology@4'],
  );
});

test('definition: an expect key goes to its study', () => {
  check({ 'c.case.yaml': CASE.replace('  chest-ct: accept', '  chest$0-ct: accept') }, core.definitionAt, ['c.case.yaml: chest-ct@6']);
});

test('definition: nothing on a plain value', () => {
  check({ 'base.protocol.yaml': PARENT.replace('modality: US', 'modality: U$0S') }, core.definitionAt, []);
});

test('references: a rule id, its overrides in children included', () => {
  check(
    { 'base.protocol.yaml': PARENT.replace('- id: thin-ct', '- id: $0thin-ct'), 'child.protocol.yaml': CHILD },
    (p, path, o) => core.referencesAt(p, path, o, { includeDeclaration: true }),
    ['base.protocol.yaml: thin-ct@7', 'child.protocol.yaml: thin-ct@5'],
  );
});

test('references: a context in validity keys, rule conditions and cases', () => {
  check(
    { 'base.protocol.yaml': PARENT.replace('  active-oncology:', '  $0active-oncology:'), 'child.protocol.yaml': CHILD, 'c.case.yaml': CASE },
    (p, path, o) => core.referencesAt(p, path, o, { includeDeclaration: true }),
    [
      'base.protocol.yaml: active-oncology@4',
      'base.protocol.yaml: active-oncology@8',
      'child.protocol.yaml: active-oncology@6',
      'c.case.yaml: active-oncology@4',
    ],
  );
});

test('references: a protocol id without its declaration', () => {
  check(
    {
      'base.protocol.yaml': PARENT.replace('protocol: base', 'protocol: ba$0se'),
      'child.protocol.yaml': CHILD,
      'c.case.yaml': CASE.replace('protocol: child', 'protocol: base'),
    },
    (p, path, o) => core.referencesAt(p, path, o, { includeDeclaration: false }),
    ['child.protocol.yaml: base@2', 'c.case.yaml: base@2'],
  );
});

test('references: a context is not confused with a protocol family it is not in', () => {
  const other = 'protocol: other\nvalidity:\n  active-oncology: { window: 2w, beyond: redo }\n';
  check(
    {
      'base.protocol.yaml': PARENT,
      'other.protocol.yaml': other.replace('  active', '  $0active'),
      'c.case.yaml': CASE.replace('protocol: child', 'protocol: base'),
    },
    (p, path, o) => core.referencesAt(p, path, o, { includeDeclaration: true }),
    ['other.protocol.yaml: active-oncology@3'],
  );
});

/** Applies a rename's edits to every file. */
function renamed(files, newName) {
  const p = project(files);
  const result = core.renameAt(p.project, p.cursor.path, p.cursor.offset, newName);
  if (!result.ok) return result;
  const texts = { ...p.texts };
  const byFile = new Map();
  for (const e of result.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, edits] of byFile) {
    for (const e of edits.sort((a, b) => b.range.start - a.range.start))
      texts[file] = texts[file].slice(0, e.range.start) + e.text + texts[file].slice(e.range.end);
  }
  return texts;
}

test('rename: a protocol id in the protocol, its children and its cases', () => {
  const texts = renamed(
    {
      'base.protocol.yaml': PARENT.replace('protocol: base', 'protocol: $0base'),
      'child.protocol.yaml': CHILD,
      'c.case.yaml': CASE.replace('protocol: child', "protocol: 'base'"),
    },
    'public-base',
  );
  assert.equal(texts['base.protocol.yaml'], PARENT.replace('protocol: base', 'protocol: public-base'));
  assert.equal(texts['child.protocol.yaml'], CHILD.replace('extends: base', 'extends: public-base'));
  assert.equal(texts['c.case.yaml'], CASE.replace('protocol: child', "protocol: 'public-base'"));
});

test('rename: a rule id with its override', () => {
  const texts = renamed({ 'base.protocol.yaml': PARENT, 'child.protocol.yaml': CHILD.replace('id: thin-ct', 'id: thin-c$0t') }, 'oncology-thin-ct');
  assert.equal(texts['base.protocol.yaml'], PARENT.replace('id: thin-ct', 'id: oncology-thin-ct'));
  assert.equal(texts['child.protocol.yaml'], CHILD.replace('id: thin-ct', 'id: oncology-thin-ct'));
});

test('rename: a context across protocols and cases', () => {
  const texts = renamed(
    { 'base.protocol.yaml': PARENT, 'child.protocol.yaml': CHILD, 'c.case.yaml': CASE.replace('context: active', 'context: $0active') },
    'oncology-active',
  );
  assert.equal(texts['base.protocol.yaml'], PARENT.replaceAll('active-oncology', 'oncology-active'));
  assert.equal(texts['child.protocol.yaml'], CHILD.replaceAll('active-oncology', 'oncology-active'));
  assert.equal(texts['c.case.yaml'], CASE.replaceAll('active-oncology', 'oncology-active'));
});

test('rename: refuses a name that is not an id, or is taken', () => {
  const files = { 'base.protocol.yaml': PARENT.replace('- id: thin-ct', '- id: $0thin-ct'), 'child.protocol.yaml': CHILD };
  assert.equal(renamed(files, 'Thin CT').ok, false);
  const taken = renamed(files, 'us-in-house');
  assert.equal(taken.ok, false);
  assert.match(taken.message, /already taken/);
  assert.equal(renamed({ 'base.protocol.yaml': PARENT.replace('protocol: base', 'protocol: $0base'), 'child.protocol.yaml': CHILD }, 'child').ok, false);
  const dangling = renamed({ 'c.case.yaml': CASE.replace('protocol: child', 'protocol: $0child') }, 'x');
  assert.equal(dangling['c.case.yaml'], CASE.replace('protocol: child', 'protocol: x'), 'a protocol id no file defines can still be renamed');
});

test('document symbols: validity, rules and timelines of a protocol; studies of a case', () => {
  const p = project({ 'base.protocol.yaml': `${PARENT}timelines:\n  CT: { scan: 15min..30min, report: 1bd..2bd }\n`, 'c.case.yaml': CASE });
  const outline = (path) => core.documentSymbols(p.project.files.get(path)).map((s) => [s.name, s.kind, s.children.map((c) => `${c.kind} ${c.name}`)]);
  assert.deepEqual(outline('base.protocol.yaml'), [
    ['protocol', 'protocol', []],
    ['hospital', 'section', ['field sector', 'field currency']],
    ['validity', 'section', ['context active-oncology', 'context stable-orthopedic']],
    ['rules', 'section', ['rule thin-ct', 'rule us-in-house']],
    ['timelines', 'section', ['timeline CT']],
  ]);
  assert.deepEqual(
    outline('c.case.yaml').map(([name, , children]) => [name, children]),
    [
      ['case', []],
      ['protocol', []],
      ['on', []],
      ['patient', ['field context']],
      ['studies', ['study chest-ct']],
      ['expect', ['expectation chest-ct']],
    ],
  );
  const rule = core.documentSymbols(p.project.files.get('base.protocol.yaml'))[3].children[0];
  assert.equal(p.texts['base.protocol.yaml'].slice(rule.selectionRange.start, rule.selectionRange.end), 'thin-ct');
});

test('folding: multi-line maps and lists, and comment blocks', () => {
  const text = `# one\n# two\n${PARENT}`;
  const p = project({ 'base.protocol.yaml': text });
  const lines = (o) => text.slice(0, o).split('\n').length;
  const folds = core.foldingRanges(p.project.files.get('base.protocol.yaml')).map((f) => `${lines(f.start)}-${lines(f.end)}${f.kind ? ' ' + f.kind : ''}`);
  assert.deepEqual(folds, ['1-2 comment', '5-7', '8-15', '9-12', '13-15']);
});

test('workspace symbols: by fuzzy name, with their protocol or case', () => {
  const p = project({ 'base.protocol.yaml': PARENT, 'child.protocol.yaml': CHILD, 'c.case.yaml': CASE });
  const found = core.workspaceSymbols(p.project, 'thct').map((s) => `${s.kind} ${s.name} in ${s.container}`);
  assert.deepEqual(found.sort(), ['rule thin-ct in base', 'rule thin-ct in child']);
  assert.deepEqual(
    core.workspaceSymbols(p.project, 'chest').map((s) => `${s.kind} ${s.name} ${s.container}`),
    ['study chest-ct c'],
  );
  assert.ok(core.workspaceSymbols(p.project, '').length >= 8);
});

test('navigation on text that does not parse: no throw, and every answer points inside the files', () => {
  const texts = ['', 'protocol: [', 'rules:\n  - id: [a\n', 'case: x\nexpect: 5\n', '- a\n- b\n', 'protocol: p\nvalidity: 3\nrules: {a: 1}\n'];
  for (const text of texts) {
    const p = core.analyzeProject([
      { path: 'x.protocol.yaml', text },
      { path: 'y.case.yaml', text },
    ]);
    const inside = (range, what) =>
      assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `${what}: ${JSON.stringify(range)} outside the text`);
    for (const path of ['x.protocol.yaml', 'y.case.yaml']) {
      for (let o = 0; o <= text.length; o++) {
        for (const l of [...core.definitionAt(p, path, o), ...core.referencesAt(p, path, o)]) {
          assert.ok(p.files.has(l.file), `a location in ${l.file}, which is not in the project`);
          assert.ok(l.range.start >= 0 && l.range.end <= text.length, `${path}@${o}: ${JSON.stringify(l.range)} outside the text`);
        }
        const rename = core.renameAt(p, path, o, 'new-name');
        if (!rename.ok) assert.match(rename.message, /\S/, 'a refused rename says why');
      }
      for (const s of core.documentSymbols(p.files.get(path))) inside(s.range, `symbol ${s.name}`);
      for (const f of core.foldingRanges(p.files.get(path))) inside(f, 'fold');
    }
    // Text that does not parse names no rule, study or protocol to find.
    assert.deepEqual(core.workspaceSymbols(p, 'zz-no-such-name'), []);
  }
});
