// What the core says about case runs for an editor: the files a case's result depends on, the
// cases a saved file affects, the cases that use each rule, verdict counts in one line, and the
// workspace's findings counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import core from '../../dist/core.js';
import { BASE, CHILD, CHILD_CT, MIXED, UNTESTED } from '../lsp/run-fixtures.mjs';

const project = (files) => core.analyzeProject(Object.entries(files).map(([path, text]) => ({ path, text })));
const FILES = {
  'base.protocol.yaml': BASE,
  'child.protocol.yaml': CHILD,
  'mixed.case.yaml': MIXED,
  'child-ct.case.yaml': CHILD_CT,
  'untested.case.yaml': UNTESTED,
};

test('a case depends on itself, its protocol and the protocols that one extends', () => {
  const p = project(FILES);
  assert.deepEqual(core.caseDependencies(p, 'child-ct.case.yaml'), ['child-ct.case.yaml', 'child.protocol.yaml', 'base.protocol.yaml']);
  assert.deepEqual(core.caseDependencies(p, 'mixed.case.yaml'), ['mixed.case.yaml', 'base.protocol.yaml']);
  assert.deepEqual(core.caseDependencies(p, 'base.protocol.yaml'), [], 'a protocol is not a case');
  assert.deepEqual(core.casesAffectedBy(p, 'base.protocol.yaml'), ['child-ct.case.yaml', 'mixed.case.yaml', 'untested.case.yaml']);
  assert.deepEqual(core.casesAffectedBy(p, 'child.protocol.yaml'), ['child-ct.case.yaml']);
  assert.deepEqual(core.casesAffectedBy(p, 'mixed.case.yaml'), ['mixed.case.yaml']);
});

test('dependencies stop at an unknown protocol and at a cycle; a duplicated id means the file the linker uses', () => {
  const cycle = project({
    'a.protocol.yaml': BASE.replace('protocol: base', 'protocol: a\nextends: b'),
    'b.protocol.yaml': CHILD.replace('protocol: child\nextends: base', 'protocol: b\nextends: a'),
    'c.case.yaml': MIXED.replace('protocol: base', 'protocol: a'),
    'lost.case.yaml': MIXED.replace('protocol: base', 'protocol: nowhere'),
  });
  assert.deepEqual(core.caseDependencies(cycle, 'c.case.yaml'), ['c.case.yaml', 'a.protocol.yaml', 'b.protocol.yaml']);
  assert.deepEqual(core.caseDependencies(cycle, 'lost.case.yaml'), ['lost.case.yaml']);
  const twice = project({ 'one.protocol.yaml': BASE, 'two.protocol.yaml': BASE, 'mixed.case.yaml': MIXED });
  assert.deepEqual(core.caseDependencies(twice, 'mixed.case.yaml'), ['mixed.case.yaml', 'one.protocol.yaml']);
  assert.equal(twice.protocols.get('base').rules[0].file, 'one.protocol.yaml', 'the linker uses the same file');
});

test('verdict counts, most severe first; the rules and windows cases use, with the cases', () => {
  const p = project(FILES);
  const result = core.runCases(p, ['mixed.case.yaml']).cases[0];
  assert.equal(core.verdictCountsText(result), 'redo ×1, review ×1, accept ×1');
  assert.equal(core.verdictCountsText({ summary: { verdicts: { accept: 0, review: 0, supplement: 0, redo: 0 } } }), '');
  assert.equal(
    core.verdictCountsText({ summary: { verdicts: { accept: 1, review: 0, supplement: 0, redo: 0 }, superseded: 1 } }),
    'accept ×1, superseded ×1',
    'a superseded study is counted apart',
  );
  const uses = core.ruleUses(p, 'base.protocol.yaml');
  assert.deepEqual(
    uses.map((u) => [u.rule, u.cases.map((c) => c.case).sort()]),
    [
      ['validity:active-oncology', ['child-ct', 'mixed', 'untested']],
      ['thin-ct', ['child-ct', 'mixed']],
      ['us-review', ['mixed', 'untested']],
    ],
  );
  assert.equal(BASE.slice(uses[1].range.start).split('\n')[0], 'id: thin-ct');
  assert.deepEqual(core.ruleUses(p, 'child.protocol.yaml'), []);
});

test('findings counted for a whole project, in the words `reimage validate` ends with', () => {
  const p = project({ ...FILES, 'broken.case.yaml': MIXED.replace('case: mixed', 'case: broken').replace('modality: US', 'modality: USS') });
  const s = core.summarizeFindings(p);
  assert.deepEqual({ ...s }, { files: 6, filesWithProblems: 1, errors: 1, warnings: 0, text: '6 files checked: 1 error, 0 warnings' });
  assert.equal(core.checkedText(1, 0, 1), '1 file checked: 0 errors, 1 warning');
});

test('rule uses follow an edit of the protocol or of a case, when the other files are the same analyses', () => {
  const analyzed = Object.entries(FILES).map(([path, text]) => core.analyzeFile({ path, text }));
  const uses = (p) => core.ruleUses(p, 'base.protocol.yaml').map((u) => [u.rule, u.cases.map((c) => c.case).sort()]);
  const before = uses(core.linkProject(analyzed));
  assert.deepEqual(
    before.find(([rule]) => rule === 'us-review'),
    ['us-review', ['mixed', 'untested']],
  );
  const edit = (path, text) => analyzed.map((f) => (f.path === path ? core.analyzeFile({ path, text }) : f));
  const protocolEdited = edit('base.protocol.yaml', BASE.replace('when: { modality: US }', 'when: { modality: CT }'));
  assert.deepEqual(
    uses(core.linkProject(protocolEdited)).find(([rule]) => rule === 'us-review'),
    ['us-review', ['child-ct', 'mixed']],
  );
  const caseEdited = edit('untested.case.yaml', UNTESTED.replace('modality: US', 'modality: MR'));
  assert.deepEqual(uses(core.linkProject(caseEdited)), [
    ['validity:active-oncology', ['child-ct', 'mixed', 'untested']],
    ['thin-ct', ['child-ct', 'mixed']],
    ['us-review', ['mixed']],
    ['mr-unused', ['untested']],
  ]);
  assert.deepEqual(uses(core.linkProject(analyzed)), before, 'the first analyses give the first answer again');
});

test('a project read without case trees (as the CLI runs and the server keeps closed files) reports, runs and navigates exactly as one with them', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const read = (dir) =>
    readdirSync(`${root}/${dir}`, { recursive: true })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(`${root}/${dir}/${f}`, 'utf8') }));
  // The shipped files run; the diagnostics fixtures (a broken case or protocol each) report.
  let caseFiles = 0;
  let names = 0;
  for (const sources of [read('protocols'), ...readdirSync(`${root}/test/fixtures/diagnostics`).map((d) => read(`test/fixtures/diagnostics/${d}`))]) {
    const withTrees = core.analyzeProject(sources);
    const without = core.analyzeProject(sources, { caseTree: false });
    const cases = [...without.files.values()].filter((f) => f.kind === 'case');
    assert.ok(
      cases.every((f) => f.parsed.doc === null),
      'case files keep no tree',
    );
    caseFiles += cases.length;
    assert.ok(
      [...without.files.values()].filter((f) => f.kind === 'protocol').every((f) => f.parsed.doc !== null),
      'protocols keep theirs',
    );
    assert.deepEqual(without.diagnostics, withTrees.diagnostics, sources[0].path);
    assert.deepEqual(core.runCases(without), core.runCases(withTrees), sources[0].path);
    assert.deepEqual(core.listCases(without), core.listCases(withTrees));
    assert.deepEqual(core.workspaceSymbols(without, ''), core.workspaceSymbols(withTrees, ''));
    // Every name in every file: its definition, references and a rename, from either project.
    for (const file of withTrees.files.values()) {
      for (const o of core.occurrencesIn(file)) {
        const at = (project, fn, ...rest) => fn(project, file.path, o.range.start, ...rest);
        assert.deepEqual(at(without, core.definitionAt), at(withTrees, core.definitionAt), `${file.path}: ${o.name}`);
        assert.deepEqual(at(without, core.referencesAt), at(withTrees, core.referencesAt), `${file.path}: ${o.name}`);
        assert.deepEqual(at(without, core.renameAt, 'renamed-name'), at(withTrees, core.renameAt, 'renamed-name'), `${file.path}: ${o.name}`);
        names++;
      }
    }
  }
  assert.ok(names > 400, `${names} names compared`);
  assert.ok(caseFiles > 60, `${caseFiles} case files compared`);
});
