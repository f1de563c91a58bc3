// The Test Explorer glue (client/src/testing.ts) against a stand-in `vscode.tests`
// (test/helpers/vscode-stub.cjs) and a fake language client: the tree it builds from the
// server's case list, and what a run puts on the items: pass/fail per expected verdict,
// expected vs actual at the expectation's line, errors for cases that could not run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
let dir;
let CaseTests;
let vscode;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reimage-client-'));
  const stub = join(root, 'test/helpers/vscode-stub.cjs');
  await build({
    entryPoints: [join(root, 'client/src/testing.ts')],
    outfile: join(dir, 'testing.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
    plugins: [{ name: 'vscode-stub', setup: (b) => b.onResolve({ filter: /^vscode$/ }, () => ({ path: stub, external: true })) }],
  });
  vscode = require(stub);
  ({ CaseTests } = require(join(dir, 'testing.js')));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const range = (line) => ({ start: { line, character: 2 }, end: { line, character: 10 } });
const A = 'file:///ws/protocols/cases/a.case.yaml';
const B = 'file:///ws/protocols/cases/b.case.yaml';
// What the server lists: two tested cases (one with two expected verdicts), one case without `expect`.
const LIST = [
  { id: `${A}#lung`, parent: null, kind: 'case', label: 'lung', uri: A, range: range(0), protocol: 'tier3a', tested: true },
  {
    id: `${A}#lung/ct`,
    parent: `${A}#lung`,
    kind: 'expectation',
    label: 'ct: redo',
    uri: A,
    range: range(9),
    protocol: 'tier3a',
    study: 'ct',
    expected: 'redo',
  },
  {
    id: `${A}#lung/mr`,
    parent: `${A}#lung`,
    kind: 'expectation',
    label: 'mr: accept',
    uri: A,
    range: range(10),
    protocol: 'tier3a',
    study: 'mr',
    expected: 'accept',
  },
  { id: `${B}#knee`, parent: null, kind: 'case', label: 'knee', uri: B, range: range(0), protocol: 'private', tested: true },
  {
    id: `${B}#knee/xr`,
    parent: `${B}#knee`,
    kind: 'expectation',
    label: 'xr: accept',
    uri: B,
    range: range(7),
    protocol: 'private',
    study: 'xr',
    expected: 'accept',
  },
  { id: `${B}#draft`, parent: null, kind: 'case', label: 'draft', uri: B, range: range(20), protocol: 'private', tested: false },
];

const caseResult = (uri, id, failures = []) => ({
  case: id,
  uri,
  file: uri,
  protocol: 'p',
  on: '2026-04-10',
  range: range(0),
  studies: [{ id: 's', verdict: 'redo', reasons: [{ rule: 'thin-ct', verdict: 'redo' }] }],
  expectations: { passed: failures.length === 0, failures },
});

/** A fake language client answering listCases and runCases; it records the requests. */
function fakeClient({ list = LIST, run = () => ({ cases: [], notRun: [] }) } = {}) {
  return {
    requests: [],
    output: {
      lines: [],
      appendLine(l) {
        this.lines.push(l);
      },
    },
    onNotification() {},
    onDidStart: () => ({ dispose() {} }),
    range: (r) => r,
    async request(method, params) {
      this.requests.push([method, params]);
      if (method === 'reimage/listCases') return list;
      if (method === 'reimage/runCases') return run(params);
      throw new Error(`unexpected request ${method}`);
    },
  };
}

const fakeStatus = () => ({
  lastRun: null,
  setLastRun(counts) {
    this.lastRun = counts;
  },
});

/** The tree as `label` lines, indented by depth. */
function tree(items, depth = 0) {
  const out = [];
  items.forEach((item) => {
    out.push(`${'  '.repeat(depth)}${item.label}`);
    out.push(...tree(item.children, depth + 1));
  });
  return out;
}

test('the tree: folder, then protocol, then each tested case with its expected verdicts; a case without expect is no test', async () => {
  const tests = new CaseTests(fakeClient(), fakeStatus());
  await tests.discover();
  assert.deepEqual(tree(tests.controller.items), [
    'protocols/cases',
    '  tier3a',
    '    lung',
    '      ct: redo',
    '      mr: accept',
    '  private',
    '    knee',
    '      xr: accept',
  ]);
  const lung = tests.controller.items
    .get('folder:file:///ws/protocols/cases')
    .children.get('protocol:file:///ws/protocols/cases:tier3a')
    .children.get(`${A}#lung`);
  assert.deepEqual(lung.children.get(`${A}#lung/ct`).range, range(9), 'an expectation sits at its line');
  tests.dispose();
});

test('listing again keeps the same items (their results stay) and follows a renamed case', async () => {
  let list = LIST;
  const client = fakeClient();
  client.request = async (method) => (method === 'reimage/listCases' ? list : { cases: [], notRun: [] });
  const tests = new CaseTests(client, fakeStatus());
  await tests.discover();
  const group = () => tests.controller.items.get('folder:file:///ws/protocols/cases').children.get('protocol:file:///ws/protocols/cases:private');
  const knee = group().children.get(`${B}#knee`);
  list = LIST.map((e) => (e.id === `${B}#knee` ? { ...e, label: 'knee-left' } : e));
  await tests.discover();
  assert.equal(group().children.get(`${B}#knee`), knee, 'the same item');
  assert.equal(knee.label, 'knee-left');
  tests.dispose();
});

test('a run: the passing case and its verdicts pass; the failing verdict fails with expected and actual at its line', async () => {
  const failure = { study: 'mr', expected: 'accept', actual: 'redo', rules: ['field'], message: 'mr: expected accept, got redo', range: range(10) };
  const client = fakeClient({ run: () => ({ cases: [caseResult(A, 'lung', [failure]), caseResult(B, 'knee')], notRun: [] }) });
  const status = fakeStatus();
  const tests = new CaseTests(client, status);
  await tests.runAll();
  assert.deepEqual(client.requests.at(-1), ['reimage/runCases', {}], 'every case in one request');
  const [run] = vscode.stub.controllers.at(-1).runs;
  const outcome = run.calls.filter(([m]) => m === 'passed' || m === 'failed' || m === 'errored');
  assert.deepEqual(
    outcome.map(([m, id]) => `${m} ${id.replace('file:///ws/protocols/cases/', '')}`),
    ['passed a.case.yaml#lung/ct', 'failed a.case.yaml#lung/mr', 'failed a.case.yaml#lung', 'passed b.case.yaml#knee/xr', 'passed b.case.yaml#knee'],
  );
  const [message] = outcome[1][2];
  assert.equal(message.message, 'mr: expected accept, got redo');
  assert.equal(message.expectedOutput, 'accept');
  assert.equal(message.actualOutput, 'redo');
  assert.equal(message.location.uri.toString(), A);
  assert.deepEqual(message.location.range, range(10));
  assert.ok(run.ended);
  assert.deepEqual(status.lastRun, { passed: 1, failed: 1, errored: 0 });
  tests.dispose();
});

test('a case the server could not run is an error with its reason; one case alone is asked for by file and id', async () => {
  const client = fakeClient({ run: () => ({ cases: [], notRun: [{ uri: B, case: 'knee', range: range(1), message: "no protocol with id 'private'" }] }) });
  const status = fakeStatus();
  const tests = new CaseTests(client, status);
  await tests.runUri(vscode.Uri.parse(B), 'knee');
  assert.deepEqual(client.requests.at(-1), ['reimage/runCases', { uri: B, caseId: 'knee' }]);
  const [run] = vscode.stub.controllers.at(-1).runs;
  const errored = run.calls.filter(([m]) => m === 'errored');
  assert.deepEqual(
    errored.map(([, id, [m]]) => [id, m.message]),
    [[`${B}#knee`, "no protocol with id 'private'"]],
  );
  assert.deepEqual(status.lastRun, { passed: 0, failed: 0, errored: 1 });
  tests.dispose();
});

test('a case missing from the answer is reported as not run, never as passed', async () => {
  const client = fakeClient({ run: () => ({ cases: [caseResult(A, 'lung')], notRun: [] }) });
  const tests = new CaseTests(client, fakeStatus());
  await tests.runAll();
  const [run] = vscode.stub.controllers.at(-1).runs;
  const knee = run.calls.filter(([m, id]) => id === `${B}#knee` && m !== 'enqueued');
  assert.deepEqual(
    knee.map(([m, , [msg]]) => [m, msg.message]),
    [['errored', 'This case did not run: it or its protocol has errors (see the Problems view).']],
  );
  tests.dispose();
});

test('a file with no tested case says how to make one', async () => {
  const tests = new CaseTests(fakeClient({ list: LIST.filter((e) => e.uri === A) }), fakeStatus());
  await tests.runUri(vscode.Uri.parse('file:///ws/protocols/cases/c.case.yaml'));
  assert.equal(vscode.stub.informationMessages.at(-1), 'No case with `expect` here: add `expect` to a case to make it a test.');
  tests.dispose();
});

test("the run output shows what is planned for each study: a supplement's plan, a superseded study", async () => {
  const result = {
    ...caseResult(A, 'lung'),
    studies: [
      {
        id: 'mr',
        verdict: 'supplement',
        superseded_by: null,
        planned: 'add DWI · MR-supplement · ready by 2026-04-16 · price unknown',
        reasons: [{ rule: 'brain', verdict: 'supplement' }],
      },
      {
        id: 'old-ct',
        verdict: 'redo',
        superseded_by: 'ct',
        planned: 'superseded by ct: nothing planned (on its own: redo)',
        reasons: [{ rule: 'validity:active-oncology', verdict: 'redo' }],
      },
      { id: 'ct', verdict: 'accept', superseded_by: null, planned: null, reasons: [] },
    ],
  };
  const client = fakeClient({ run: () => ({ cases: [result], notRun: [] }) });
  const tests = new CaseTests(client, fakeStatus());
  await tests.runAll();
  const [run] = vscode.stub.controllers.at(-1).runs;
  const output = run.calls
    .filter(([m]) => m === 'output')
    .map(([, , text]) => text)
    .join('');
  assert.match(output, / {2}mr: supplement \(brain\)\r\n {4}→ add DWI · MR-supplement · ready by 2026-04-16 · price unknown\r\n/);
  assert.match(output, / {2}old-ct: superseded\r\n {4}→ superseded by ct: nothing planned \(on its own: redo\)\r\n/);
  assert.match(output, / {2}ct: accept\r\n| {2}ct: accept$/);
  tests.dispose();
});
