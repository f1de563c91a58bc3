// The extension in VS Code's own localization: every contributed title and description is a
// package.nls.json key with a Chinese rendering, every string the client shows goes through
// vscode.l10n.t and is in the extracted bundle (l10n-dev, not by hand), and each translation
// keeps its placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const json = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const LANGUAGES = ['zh-cn'];
const placeholders = (s) =>
  [...s.matchAll(/\{(\d+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

test('every %key% of package.json is in package.nls.json, and every key has each language', () => {
  const used = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  const en = json('package.nls.json');
  assert.deepEqual(
    used.filter((k) => !(k in en)),
    [],
    'keys used but not defined',
  );
  assert.deepEqual(
    Object.keys(en).filter((k) => !used.includes(k)),
    [],
    'keys defined but not used',
  );
  for (const lang of LANGUAGES) {
    const other = json(`package.nls.${lang}.json`);
    assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort(), `package.nls.${lang}.json has the same keys`);
    for (const [k, v] of Object.entries(other)) assert.ok((v.trim() && v !== en[k]) || k === 'displayName', `${lang}: ${k} is translated`);
  }
  const commands = json('package.json').contributes.commands;
  assert.deepEqual(
    commands.filter((c) => !/^%command\./.test(c.title)).map((c) => c.command),
    [],
    'every command title is localized',
  );
});

test('the bundle is what l10n-dev extracts from client/src, and each language has every message with its placeholders', () => {
  const out = mkdtempSync(join(tmpdir(), 'reimage-l10n-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/l10n-dev/dist/cli.js'), 'export', '-o', out, 'client/src'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const extracted = JSON.parse(readFileSync(join(out, 'bundle.l10n.json'), 'utf8'));
    assert.deepEqual(Object.keys(json('l10n/bundle.l10n.json')).sort(), Object.keys(extracted).sort(), 'run npm run l10n:export after changing a message');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const en = json('l10n/bundle.l10n.json');
  for (const lang of LANGUAGES) {
    const other = json(`l10n/bundle.l10n.${lang}.json`);
    assert.deepEqual(
      Object.keys(en).filter((k) => !(k in other)),
      [],
      `${lang}: messages without a translation`,
    );
    assert.deepEqual(
      Object.keys(other).filter((k) => !(k in en)),
      [],
      `${lang}: translations of messages the client no longer has`,
    );
    for (const k of Object.keys(en)) assert.equal(placeholders(other[k]), placeholders(k), `${lang}: '${k}' keeps its placeholders`);
  }
});

test('no notification, picker, prompt or test message of the client is written without vscode.l10n.t', () => {
  const files = readdirSync(join(root, 'client/src'), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('client/src', f));
  const bare = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const calls = /(show(?:Information|Warning|Error)Message|TestMessage|createTestController\([^,]+,|createRunProfile)\(\s*(['`])/g;
    for (const m of text.matchAll(calls)) bare.push(`${file}: ${m[0]}`);
    for (const m of text.matchAll(/\b(title|prompt|placeHolder|placeholder|saveLabel|openLabel|description|tooltip)\s*[:=]\s*['`][A-Za-z]/g))
      bare.push(`${file}: ${m[0]}`);
  }
  assert.deepEqual(bare, []);
});
