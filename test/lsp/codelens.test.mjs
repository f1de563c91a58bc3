// textDocument/codeLens from the server: "Run case" above each case, with its verdicts once it
// ran (the same counts `reimage run` prints), dropped again when the case or its protocol
// changes; "used by N cases" above each rule and validity window that cases use, across
// `extends`; and the refresh the server asks for after a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { positionOf, root, startInProcess, workspaceFolder } from './harness.mjs';
import { BASE, CHILD, CHILD_CT, MIXED, UNTESTED } from './run-fixtures.mjs';

const FILES = {
  'protocols/base.protocol.yaml': BASE,
  'protocols/child.protocol.yaml': CHILD,
  'protocols/cases/mixed.case.yaml': MIXED,
  'protocols/cases/child-ct.case.yaml': CHILD_CT,
  'protocols/cases/untested.case.yaml': UNTESTED,
};

/** A client that says it can refresh CodeLens, as VS Code's does. */
async function session(fn, files = FILES) {
  const ws = workspaceFolder(files);
  const client = await startInProcess([ws.uri], {}, { capabilities: { workspace: { codeLens: { refreshSupport: true } } } });
  try {
    await fn(client, ws);
  } finally {
    await client.shutdown();
  }
}

const lenses = (client, uri) => client.request('textDocument/codeLens', { textDocument: { uri } });
const titles = (list) => list.map((l) => `${l.range.start.line}: ${l.command.title}`);

test('above each case: "Run case" before a run; its verdicts after one, as `reimage run` counts them', async () => {
  await session(async (client, ws) => {
    const mixed = ws.fileUri('protocols/cases/mixed.case.yaml');
    const untested = ws.fileUri('protocols/cases/untested.case.yaml');
    const before = await lenses(client, mixed);
    assert.deepEqual(before, [
      {
        range: { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } },
        command: { title: 'Run case', command: 'reimage.runCase', arguments: [mixed, 'mixed'] },
      },
    ]);
    assert.deepEqual(
      (await lenses(client, untested)).map((l) => [l.command.title, l.command.command, l.command.arguments]),
      [['Show report', 'reimage.showReport', [untested]]],
    );

    const refreshes = client.count('workspace/codeLens/refresh');
    await client.request('reimage/runCases', {});
    await client.until(() => client.count('workspace/codeLens/refresh') > refreshes, 'a CodeLens refresh after the run');
    assert.deepEqual(titles(await lenses(client, mixed)), ['0: Run case · redo ×1, review ×1, accept ×1']);
    assert.deepEqual(titles(await lenses(client, untested)), ['0: Show report · review ×1']);

    // The same counts as `reimage run --json` on the same files.
    const cli = spawnSync(process.execPath, [join(root, 'bin', 'reimage.js'), 'run', '--json', 'protocols'], { cwd: ws.dir, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const cases = JSON.parse(cli.stdout).cases;
    assert.equal(cases.length, 3);
    for (const c of cases) {
      const lens = (await lenses(client, ws.fileUri(c.file)))[0].command.title;
      const counts = ['redo', 'supplement', 'review', 'accept']
        .filter((v) => c.summary.verdicts[v])
        .map((v) => `${v} ×${c.summary.verdicts[v]}`)
        .join(', ');
      assert.equal(lens.split(' · ')[1], counts, `${c.case}: ${lens}`);
    }
  });
});

test("a case's verdicts go when the case or a protocol it uses changes, and stay when another file changes", async () => {
  await session(async (client, ws) => {
    const mixed = ws.fileUri('protocols/cases/mixed.case.yaml');
    const childCt = ws.fileUri('protocols/cases/child-ct.case.yaml');
    const base = ws.fileUri('protocols/base.protocol.yaml');
    await client.request('reimage/runCases', {});
    assert.deepEqual(titles(await lenses(client, childCt)), ['0: Run case · redo ×1']);

    // Editing another case leaves child-ct's result as it was.
    client.open(mixed, MIXED.replace('slice_thickness: 5mm', 'slice_thickness: 2mm'));
    assert.deepEqual(titles(await lenses(client, mixed)), ['0: Run case'], 'the edited case must run again');
    assert.deepEqual(titles(await lenses(client, childCt)), ['0: Run case · redo ×1']);

    // Running it again shows the new verdicts (unsaved text, as the server has it).
    await client.request('reimage/runCases', { uri: mixed });
    assert.deepEqual(titles(await lenses(client, mixed)), ['0: Run case · review ×1, accept ×2']);

    // Editing the parent protocol of child-ct's protocol makes its result out of date too.
    client.open(base, BASE.replace('4w..6w', '4w..20w'));
    assert.deepEqual(titles(await lenses(client, childCt)), ['0: Run case']);
    assert.deepEqual(titles(await lenses(client, mixed)), ['0: Run case']);
    // Back to the text they ran with (an undo): their results hold again.
    client.change(base, BASE);
    assert.deepEqual(titles(await lenses(client, mixed)), ['0: Run case · review ×1, accept ×2']);
    client.change(base, BASE.replace('verdict: review', 'verdict: supplement'));
    assert.deepEqual(titles(await lenses(client, mixed)), ['0: Run case']);
    const again = await client.request('reimage/runCases', { affectedBy: base });
    assert.deepEqual(again.cases.map((c) => c.case).sort(), ['child-ct', 'mixed', 'untested'], "a protocol affects its cases and its children's");
    assert.deepEqual(titles(await lenses(client, mixed)), ['0: Run case · supplement ×1, accept ×2']);
    assert.deepEqual(titles(await lenses(client, childCt)), ['0: Run case · redo ×1']);
  });
});

test('above each rule and validity window: "used by N cases", counting cases of protocols that extend it', async () => {
  await session(async (client, ws) => {
    const base = ws.fileUri('protocols/base.protocol.yaml');
    const list = await lenses(client, base);
    const line = (needle) => positionOf(BASE, needle).line;
    assert.deepEqual(
      titles(list),
      [`${line('active-oncology')}: used by 3 cases`, `${line('- id: thin-ct')}: used by 2 cases`, `${line('- id: us-review')}: used by 2 cases`],
      'mr-unused applies to no study: no lens',
    );
    const thin = list[1];
    assert.equal(thin.command.command, 'reimage.showReferences');
    const [uri, position, locations] = thin.command.arguments;
    assert.equal(uri, base);
    assert.deepEqual(position, thin.range.start);
    assert.deepEqual(locations.map((l) => l.uri).sort(), [ws.fileUri('protocols/cases/child-ct.case.yaml'), ws.fileUri('protocols/cases/mixed.case.yaml')]);
    for (const l of locations) assert.equal(l.range.start.line, 0, 'each location is the case id');
    assert.deepEqual(await lenses(client, ws.fileUri('protocols/child.protocol.yaml')), [], 'the child writes no rule of its own');

    // A case edited so that it no longer reaches thin-ct: the count follows, no run needed.
    const childCt = ws.fileUri('protocols/cases/child-ct.case.yaml');
    client.open(childCt, CHILD_CT.replace('modality: CT', 'modality: US'));
    assert.deepEqual(titles(await lenses(client, base)).slice(1), [`${line('- id: thin-ct')}: used by 1 case`, `${line('- id: us-review')}: used by 3 cases`]);
  });
});

test('codeLens of a document that is not a Reimage file, or not known, is empty, never an error', async () => {
  await session(async (client) => {
    assert.equal(await lenses(client, 'file:///nowhere/x.case.yaml'), null);
    client.open('untitled:Untitled-1', 'case: x\n');
    assert.deepEqual(titles(await lenses(client, 'untitled:Untitled-1')), ['0: Show report']);
  });
});
