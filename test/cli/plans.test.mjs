// Issue 11 through the command line, on the shipped cases: a supplement's plan, a superseded
// study, a redo forced by a contrast-bound item, a scoped condition change and an unknown budget
// read the same in the text report, JSON, JUnit, Markdown and the HTML report. Expected words
// come from the cases' hand checks (each case file's comment). Run `node esbuild.mjs` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'reimage.js');
const CASES = ['head-mri-missing-dwi-supplement', 'february-and-recent-chest-ct', 'cardiac-mri-missing-lge', 'condition-changed-headache-scoped'].map(
  (c) => `protocols/cases/${c}.case.yaml`,
);

function reimage(args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.error, undefined);
  return r;
}

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'reimage-plans-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the text report shows the supplement plan, the superseded study and what is planned, and exits 0', () => {
  const r = reimage(['run', ...CASES, '--verbose']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    /head-mr +SUPPLEMENT +brain-tumor-sequences +add DWI · MR-supplement · scan 30min · report 2bd\.\.3bd · ready by 2026-04-16 · price unknown/,
  );
  assert.match(r.stdout, /chest-ct-february +SUPERSEDED .*superseded by chest-ct-recent: nothing planned \(on its own: redo\)/);
  assert.match(r.stdout, /planned: nothing; 1 older study superseded, not redone · nothing to wait for in house · budget 0 USD/);
  assert.match(r.stdout, /LGE needs a redo \(LGE is acquired 10–15 minutes after a gadolinium injection/);
  assert.match(r.stdout, /planned: 1 supplement · ready by 2026-04-16 · budget unknown: nothing planned has a price/);
  assert.match(r.stdout, /4 cases: 4 passed, 0 failed · studies: .*1 supplement, 1 redo, 1 superseded/);
});

test('JSON carries the supplement as design.md writes it, superseded_by, and a null budget when nothing is priced', () => {
  const r = reimage(['run', ...CASES, '--json']);
  const cases = new Map(JSON.parse(r.stdout).cases.map((c) => [c.case, c]));
  const head = cases.get('head-mri-missing-dwi-supplement');
  const { items, modality, scan, report, ready_by, cost } = head.studies[0].supplement;
  assert.deepEqual(
    { items, modality, scan, report, ready_by, cost },
    { items: ['DWI'], modality: 'MR', scan: '30min', report: '2bd..3bd', ready_by: '2026-04-16', cost: null },
  );
  assert.deepEqual([head.summary.ready_by, head.summary.budget.min, head.summary.budget.max], ['2026-04-16', null, null]);
  const feb = cases.get('february-and-recent-chest-ct');
  assert.deepEqual(
    feb.studies.map((s) => [s.id, s.superseded_by, s.redo]),
    [
      ['chest-ct-february', 'chest-ct-recent', null],
      ['chest-ct-recent', null, null],
    ],
  );
  assert.equal(feb.summary.superseded, 1);
  const scoped = cases.get('condition-changed-headache-scoped');
  assert.deepEqual(
    scoped.studies.map((s) => s.verdict),
    ['accept', 'accept'],
  );
});

test('JUnit, Markdown and HTML show the same plans', () => {
  const junit = join(dir, 'r.xml');
  const html = join(dir, 'r.html');
  const md = reimage(['run', ...CASES, '--markdown', '--junit', junit, '--html', html]);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /\| head-mr \| \*\*supplement\*\* \|.*\| add DWI · MR-supplement · scan 30min/);
  assert.match(md.stdout, /\| chest-ct-february \| \*\*superseded\*\* \|/);
  assert.match(md.stdout, /\*\*Planned\*\* 1 supplement · \*\*ready by\*\* 2026-04-16/);
  const xml = readFileSync(junit, 'utf8');
  assert.match(xml, /<system-out>head-mr: supplement — add DWI · MR-supplement · scan 30min · report 2bd\.\.3bd · ready by 2026-04-16/);
  assert.match(xml, /chest-ct-february: superseded — superseded by chest-ct-recent/);
  const page = readFileSync(html, 'utf8');
  assert.match(page, /<strong>add DWI<\/strong><br><span class="mono">MR-supplement<\/span>/);
  assert.match(page, /<span class="verdict superseded">/);
  assert.match(page, /<dt>Planned<\/dt><dd>1 supplement<\/dd>/);
});

test('bad tables are findings at file:line:col with exit 2: a region cycle, an unknown region, a weakened hard item', () => {
  const write = (name, text) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  write(
    'parent.protocol.yaml',
    'protocol: parent\nhospital: { sector: public, currency: USD }\nmissing:\n  LGE: redo\nrules:\n  - id: cardiac\n    when: { modality: MR, region: heart }\n    require: { sequences: [cine, LGE] }\n    otherwise: redo\n    hard: true\n',
  );
  write(
    'child.protocol.yaml',
    'protocol: child\nextends: parent\nregions:\n  liver: [abdomen]\nconcerns:\n  new-headache: [haed]\nmissing:\n  LGE: supplement\n',
  );
  const r = reimage(['validate', dir]);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(dir, '<dir>'));
  assert.deepEqual(lines, [
    '<dir>/child.protocol.yaml:4:3: error [region-cycle] regions go round in a circle (liver ⊃ abdomen ⊃ liver): a region cannot contain itself',
    "<dir>/child.protocol.yaml:6:18: warning [unknown-region] 'haed' is not a region of the hierarchy, so no study can be found to concern new-headache; did you mean 'head'? (add it under a region in `regions` to use a new word)",
    "<dir>/child.protocol.yaml:8:3: error [hard-rule-weakened] a missing LGE is 'redo' under the hard rule 'cardiac' of parent, and stays so there; this entry cannot make it 'supplement'",
  ]);
});
