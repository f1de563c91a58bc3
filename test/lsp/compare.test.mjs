// Comparing with a git revision through the language server (reimage/compare, reimage/revisions,
// reimage/fileAtRevision, the compare CodeLens), on real repositories in temporary folders: a
// tightened window and a changed rule show as changes with their impact on cases, with links to
// both versions' lines; unsaved edits count; the picker's list; the older side's text; refusal in
// an untrusted workspace; clear messages for what cannot be compared. The tests' own git calls use
// no global config and pass their identity with -c. Run `node esbuild.mjs` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { git, writeFiles } from '../helpers/git-repo.mjs';
import { startInProcess, workspaceFolder } from './harness.mjs';

function commit(dir, message, files = {}) {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

const PUBLIC = `protocol: public-hospital
title: Public hospital
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
rules:
  - id: oncology-thin-slice-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 5mm }
    otherwise: redo
  - id: ultrasound-in-house
    when: { modality: US }
    verdict: redo
`;

// 31 days old on 2026-04-10: inside 4w..6w → review; 3mm slices pass a 5mm limit.
const LUNG = `case: lung
protocol: public-hospital
on: 2026-04-10
patient: { context: active-oncology, purpose: oncology }
studies:
  - id: chest-ct
    modality: CT
    date: 2026-03-10
    slice_thickness: 3mm
expect:
  chest-ct: review
`;

const FILES = {
  'protocols/public-hospital.protocol.yaml': PUBLIC,
  'protocols/cases/lung.case.yaml': LUNG,
  'README.md': 'not a protocol\n',
};

/**
 * A repository with FILES committed and tagged `base`, then `uncommitted` written (paths from the
 * repository root); the server on `folder` (the root, or a subfolder).
 */
async function repository(fn, { folder = '', options = {}, uncommitted = {}, locale } = {}) {
  const ws = workspaceFolder();
  git(ws.dir, 'init', '-q');
  const base = commit(ws.dir, 'base: the public hospital', folder ? Object.fromEntries(Object.entries(FILES).map(([p, t]) => [`${folder}/${p}`, t])) : FILES);
  git(ws.dir, 'tag', 'base');
  writeFiles(ws.dir, uncommitted);
  const root = folder ? join(ws.dir, folder) : ws.dir;
  const fileUri = (path) => pathToFileURL(join(root, path)).href;
  const client = await startInProcess([pathToFileURL(root).href], options, locale ? { locale } : {});
  await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'index');
  try {
    await fn({ client, dir: ws.dir, root, fileUri, base });
  } finally {
    await client.shutdown();
  }
}

/** The `reimage.openSource` arguments of the page's links (command links, decoded). */
function openSourceLinks(html) {
  return [...html.matchAll(/href="command:reimage\.openSource\?([^"]+)"/g)].map((m) => JSON.parse(decodeURIComponent(m[1].replace(/&amp;/g, '&')))[0]);
}

const lineOf = (text, needle) => text.split('\n').findIndex((l) => l.includes(needle));

/** The compare lenses of a document (the server's other lenses — cases, rule uses — aside). */
async function compareLenses(client, uri) {
  const lenses = (await client.request('textDocument/codeLens', { textDocument: { uri } })) ?? [];
  return lenses.filter((l) => l.command?.command === 'reimage.compareWithRevision');
}

test('reimage/compare with locale zh-cn: the page, the summary and each change in Chinese; kinds, fields and values as they are', async () => {
  await repository(
    async ({ client, fileUri, base }) => {
      const protocol = fileUri('protocols/public-hospital.protocol.yaml');
      client.open(protocol, PUBLIC.replace('4w..6w', '2w..4w'), 'reimage-protocol');
      const result = await client.request('reimage/compare', { revision: 'HEAD' });
      assert.equal(result.title, `比较：HEAD (${base.slice(0, 7)}) → 工作区`);
      assert.equal(result.summary, '1 个规范中有 1 处变更（1 处更严格） · 1 项检查的结论改变 · 1 个病例的 expect 现在未通过');
      assert.deepEqual(
        result.changes.map((c) => [c.kind, c.field, c.before, c.after, c.direction, c.message]),
        [['validity-changed', 'window', '4w..6w', '2w..4w', 'stricter', '有效期 active-oncology：window：4w..6w → 2w..4w']],
      );
      assert.match(result.html, /<html lang="zh-CN">/);
      assert.match(result.html, /<h2 id="impact">对病例的影响<\/h2>/);
      assert.match(result.html, /<span class="dir stricter"><span aria-hidden="true">▲ <\/span>更严格<\/span>/);
      assert.match(result.markdown, /^### 规范变更$/m);
      const [lens] = await compareLenses(client, protocol);
      assert.equal(lens.command.title, '$(git-compare) 与 HEAD 比较：改动及其对病例的影响');
    },
    { locale: 'zh-cn' },
  );
});

test('reimage/compare: a tightened window in an unsaved editor, its impact, and links to both versions', async () => {
  await repository(async ({ client, fileUri, base }) => {
    const protocol = fileUri('protocols/public-hospital.protocol.yaml');
    const tightened = PUBLIC.replace('4w..6w', '2w..4w');
    client.open(protocol, tightened, 'reimage-protocol');
    const result = await client.request('reimage/compare', { revision: 'HEAD', links: 'command' });

    assert.equal(result.commit, base);
    assert.equal(result.before, `HEAD (${base.slice(0, 7)})`);
    assert.equal(result.title, `Compare: HEAD (${base.slice(0, 7)}) → working tree`);
    assert.equal(result.summary, '1 change in 1 protocol (1 stricter) · 1 study changes verdict · 1 case now fails its expect');
    assert.deepEqual(
      result.changes.map((c) => [c.protocol, c.kind, c.key, c.field, c.before, c.after, c.direction]),
      [['public-hospital', 'validity-changed', 'active-oncology', 'window', '4w..6w', '2w..4w', 'stricter']],
    );
    const [change] = result.changes;
    // The older side is the file at the commit; the newer side the open document.
    assert.deepEqual(change.source.before, { uri: protocol, commit: base, range: change.source.before.range });
    assert.equal(change.source.before.range.start.line, lineOf(PUBLIC, 'window: 4w..6w'));
    assert.equal(change.source.after.uri, protocol);
    assert.equal(change.source.after.range.start.line, lineOf(tightened, 'window: 2w..4w'));

    // 31 days: review under 4w..6w, beyond 4w → redo; the case's `expect: review` now fails.
    assert.deepEqual(result.impact.cases, { compared: 1, run: 1 });
    assert.deepEqual(
      result.impact.studies.map((v) => [v.case, v.study, v.before, v.after, v.direction, v.because]),
      [['lung', 'chest-ct', 'review', 'redo', 'stricter', ['validity:active-oncology']]],
    );
    assert.equal(result.impact.studies[0].source.uri, fileUri('protocols/cases/lung.case.yaml'));
    assert.equal(result.impact.studies[0].source.range.start.line, lineOf(LUNG, 'id: chest-ct'));
    assert.deepEqual(
      result.impact.newlyFailing.map((e) => [e.case, e.before, e.after, e.failures.map((f) => [f.study, f.expected, f.actual, f.range.start.line])]),
      [['lung', 'passed', 'failed', [['chest-ct', 'review', 'redo', lineOf(LUNG, 'chest-ct: review')]]]],
    );

    // The page: the change, the verdict move, and links that open each side at its line.
    assert.match(result.html, /^<!DOCTYPE html>/);
    assert.match(result.html, /validity active-oncology: window: 4w\.\.6w → 2w\.\.4w/);
    assert.match(result.html, /Cases whose <code>expect<\/code> now fails/);
    const links = openSourceLinks(result.html);
    assert.deepEqual(
      links
        .filter((l) => l.uri === protocol)
        .map((l) => [l.line, l.revision ?? 'now'])
        .sort(),
      [
        [lineOf(PUBLIC, 'window: 4w..6w') + 1, base],
        [lineOf(tightened, 'window: 2w..4w') + 1, 'now'],
      ].sort(),
    );
    assert.ok(
      links.some((l) => l.uri === fileUri('protocols/cases/lung.case.yaml') && l.line === lineOf(LUNG, 'id: chest-ct') + 1 && !l.revision),
      'the study, in the case file now',
    );
    assert.match(result.markdown, /^<!-- reimage-diff -->/);
    assert.match(result.markdown, /\| lung \| chest-ct \| review → \*\*redo\*\* \|/);

    // For an export, the newer side links to files and the older side is named only.
    const exported = await client.request('reimage/compare', { revision: 'HEAD' });
    assert.ok(!exported.html.includes('command:'));
    assert.ok(exported.html.includes(`href="${protocol}#L${lineOf(tightened, 'window: 2w..4w') + 1}"`));
  });
});

const LOOSER = PUBLIC.replace('<= 5mm', '<= 8mm').replace('id: ultrasound-in-house', 'id: us-in-house');

test('reimage/compare: a rule changed on disk and committed, against a tag and against HEAD', async () => {
  await repository(
    async ({ client, dir, base }) => {
      const result = await client.request('reimage/compare', {});
      assert.equal(result.revision, 'HEAD', 'HEAD by default');
      assert.deepEqual(
        result.changes.map((c) => [c.kind, c.key, c.before, c.after, c.direction]),
        [
          ['rule-changed', 'oncology-thin-slice-ct', '<= 5mm', '<= 8mm', 'looser'],
          ['rule-renamed', 'us-in-house', 'ultrasound-in-house', 'us-in-house', null],
        ],
      );
      assert.deepEqual(result.impact.studies, [], '3mm passes both limits');

      const next = commit(dir, 'looser slices');
      const sinceBase = await client.request('reimage/compare', { revision: 'base' });
      assert.equal(sinceBase.before, `base (${base.slice(0, 7)})`);
      assert.equal(sinceBase.changes.length, 2);
      const sinceHead = await client.request('reimage/compare', { revision: 'HEAD' });
      assert.equal(sinceHead.commit, next);
      assert.deepEqual(sinceHead.changes, []);
      assert.match(sinceHead.html, /No protocol changes by meaning/);
    },
    { uncommitted: { 'protocols/public-hospital.protocol.yaml': LOOSER } },
  );
});

test('reimage/compare in a folder below the repository root maps paths both ways', async () => {
  await repository(
    async ({ client, dir, fileUri }) => {
      // A protocol committed outside the folder is not part of the comparison.
      writeFiles(dir, { 'other/x.protocol.yaml': PUBLIC.replace('protocol: public-hospital', 'protocol: other-hospital') });
      git(dir, 'add', 'other');
      git(dir, 'commit', '-q', '-m', 'another folder');
      const result = await client.request('reimage/compare', { revision: 'HEAD', uri: fileUri('protocols/public-hospital.protocol.yaml') });
      assert.deepEqual(
        result.changes.map((c) => [c.key, c.before, c.after]),
        [['active-oncology', '4w..6w', '3w..6w']],
      );
      assert.equal(result.changes[0].source.before.uri, fileUri('protocols/public-hospital.protocol.yaml'));
      assert.match(result.html, /clinic\/ in its repository/);
      const old = await client.request('reimage/fileAtRevision', { uri: fileUri('protocols/public-hospital.protocol.yaml'), revision: 'HEAD' });
      assert.equal(old.text, PUBLIC);
    },
    { folder: 'clinic', uncommitted: { 'clinic/protocols/public-hospital.protocol.yaml': PUBLIC.replace('4w..6w', '3w..6w') } },
  );
});

test('reimage/revisions: HEAD first, then branches, tags and recent commits', async () => {
  await repository(async ({ client, dir, base }) => {
    git(dir, 'branch', 'feature/thin-slices');
    const second = commit(dir, 'second: tighten nothing yet');
    git(dir, 'tag', '-a', 'v1', '-m', 'release one');
    const list = await client.request('reimage/revisions', {});
    assert.deepEqual(
      { ...list.head, date: undefined },
      { revision: 'HEAD', kind: 'head', commit: second, subject: 'second: tighten nothing yet', date: undefined, current: 'main' },
    );
    assert.match(list.head.date, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(list.branches.map((b) => [b.revision, b.kind, b.commit]).sort(), [
      ['feature/thin-slices', 'branch', base],
      ['main', 'branch', second],
    ]);
    assert.deepEqual(list.tags.map((t) => [t.revision, t.commit]).sort(), [
      ['base', base],
      ['v1', second],
    ]);
    assert.equal(list.tags.find((t) => t.revision === 'v1').subject, 'release one', 'an annotated tag says its own subject');
    assert.deepEqual(
      list.commits.map((c) => [c.revision, c.subject]),
      [
        [second, 'second: tighten nothing yet'],
        [base, 'base: the public hospital'],
      ],
    );
  });
});

test('reimage/revisions in a repository without commits: no HEAD, nothing to list', async () => {
  const ws = workspaceFolder({ 'p/x.protocol.yaml': PUBLIC });
  git(ws.dir, 'init', '-q');
  const client = await startInProcess([ws.uri]);
  try {
    assert.deepEqual(await client.request('reimage/revisions', {}), { head: null, branches: [], tags: [], commits: [] });
    await assert.rejects(client.request('reimage/compare', {}), { message: 'this repository has no commits yet: commit once, then compare with HEAD' });
  } finally {
    await client.shutdown();
  }
});

test('reimage/fileAtRevision: the older text of a protocol, also of a deleted one; nothing but workspace protocols and cases', async () => {
  await repository(async ({ client, dir, fileUri }) => {
    const protocol = fileUri('protocols/public-hospital.protocol.yaml');
    writeFiles(dir, { 'protocols/public-hospital.protocol.yaml': null });
    const old = await client.request('reimage/fileAtRevision', { uri: protocol, revision: 'base' });
    assert.equal(old.text, PUBLIC);
    assert.equal(old.commit, git(dir, 'rev-parse', 'base'));
    await assert.rejects(client.request('reimage/fileAtRevision', { uri: fileUri('README.md'), revision: 'HEAD' }), {
      message: /only protocol and case files/,
    });
    await assert.rejects(client.request('reimage/fileAtRevision', { uri: pathToFileURL('/etc/x.protocol.yaml').href, revision: 'HEAD' }), {
      message: /not in the workspace's repository|not in a git repository/,
    });
    await assert.rejects(client.request('reimage/fileAtRevision', { uri: fileUri('protocols/new.protocol.yaml'), revision: 'HEAD' }), {
      message: /protocols\/new\.protocol\.yaml did not exist at HEAD \([0-9a-f]{7}\)/,
    });
  });
});

test('what cannot be compared says why, in a sentence', async () => {
  await repository(async ({ client }) => {
    await assert.rejects(client.request('reimage/compare', { revision: 'no-such-branch' }), {
      message: "unknown revision 'no-such-branch' (no such branch, tag or commit here)",
    });
    await assert.rejects(client.request('reimage/compare', { revision: '--output=/tmp/x' }), { message: "'--output=/tmp/x' is not a revision" });
  });
  const plain = workspaceFolder({ 'p/x.protocol.yaml': PUBLIC });
  const client = await startInProcess([plain.uri]);
  try {
    await assert.rejects(client.request('reimage/compare', {}), { message: /is not in a git repository: there is no revision to compare with/ });
    await assert.rejects(client.request('reimage/revisions', {}), { message: /is not in a git repository/ });
    assert.deepEqual(await compareLenses(client, plain.fileUri('p/x.protocol.yaml')), []);
  } finally {
    await client.shutdown();
  }
});

/** Resolves once `check()` holds (checked every 20 ms; a test's own timeout bounds the wait). */
async function eventually(check) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('a cancelled compare stops git and answers as cancelled; the next compare works', async () => {
  const { CancellationTokenSource } = createRequire(import.meta.url)('vscode-jsonrpc/node');
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  // A git that hangs on listing a commit's files (the compare's second git command), after
  // writing its process id where the test can read it; any other command is the real git.
  const bin = mkdtempSync(join(tmpdir(), 'reimage-slow-git-'));
  const pidFile = join(bin, 'ls-tree.pid');
  writeFileSync(
    join(bin, 'git'),
    `#!/bin/sh
for a in "$@"; do
  if [ "$a" = ls-tree ]; then echo $$ > '${pidFile}'; exec sleep 600; fi
done
exec '${realGit}' "$@"
`,
  );
  chmodSync(join(bin, 'git'), 0o755);
  const path = process.env.PATH;
  try {
    await repository(async ({ client }) => {
      process.env.PATH = `${bin}:${path}`;
      const source = new CancellationTokenSource();
      const answer = client.connection.sendRequest('reimage/compare', { revision: 'HEAD' }, source.token);
      await eventually(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
      const hanging = Number(readFileSync(pidFile, 'utf8'));
      assert.ok(isRunning(hanging), 'git is listing the commit');
      source.cancel();
      await assert.rejects(answer, (e) => e.code === -32800); // LSP's RequestCancelled
      await eventually(() => !isRunning(hanging));

      process.env.PATH = path;
      const result = await client.request('reimage/compare', { revision: 'HEAD' });
      assert.deepEqual(result.changes, [], 'nothing changed since HEAD');
    });
  } finally {
    process.env.PATH = path;
    rmSync(bin, { recursive: true, force: true });
  }
});

test('untrusted: every git request is refused and no lens shows, until the client says the workspace is trusted', async () => {
  await repository(
    async ({ client, fileUri }) => {
      const protocol = fileUri('protocols/public-hospital.protocol.yaml');
      client.open(protocol, PUBLIC.replace('4w..6w', '2w..4w'), 'reimage-protocol');
      const refused = /Reimage does not run git in an untrusted workspace\. Trust this folder/;
      await assert.rejects(client.request('reimage/compare', { revision: 'HEAD' }), { message: refused });
      await assert.rejects(client.request('reimage/revisions', {}), { message: refused });
      await assert.rejects(client.request('reimage/fileAtRevision', { uri: protocol, revision: 'HEAD' }), { message: refused });
      assert.deepEqual(await compareLenses(client, protocol), []);
      assert.ok(!client.logs.some((l) => l.type === 1), 'a refusal is an answer, not a server error');

      client.notify('reimage/workspaceTrust', { trusted: true });
      const result = await client.request('reimage/compare', { revision: 'HEAD' });
      assert.equal(result.changes.length, 1);
      assert.equal((await compareLenses(client, protocol)).length, 1);
    },
    { options: { workspaceTrusted: false } },
  );
});

test('the compare CodeLens: on a protocol that differs from HEAD (unsaved edits too), not on one as committed nor on a case', async () => {
  await repository(async ({ client, fileUri }) => {
    assert.ok(client.initializeResult.capabilities.codeLensProvider, 'the server offers CodeLens');
    const protocol = fileUri('protocols/public-hospital.protocol.yaml');
    const lenses = () => compareLenses(client, protocol);
    client.open(protocol, PUBLIC, 'reimage-protocol');
    assert.deepEqual(await lenses(), []);
    client.change(protocol, PUBLIC.replace('verdict: redo', 'verdict: review'));
    const [lens] = await lenses();
    assert.equal(lens.range.start.line, 0);
    assert.match(lens.command.title, /Compare with HEAD/);
    assert.equal(lens.command.command, 'reimage.compareWithRevision');
    assert.deepEqual(lens.command.arguments, [{ uri: protocol, revision: 'HEAD' }]);
    client.change(protocol, PUBLIC.replace(/\n/g, '\r\n'));
    assert.deepEqual(await lenses(), [], 'line endings alone are no change');
    const kase = fileUri('protocols/cases/lung.case.yaml');
    client.open(kase, LUNG.replace('review', 'redo'), 'reimage-case');
    assert.deepEqual(await compareLenses(client, kase), []);
  });
});
