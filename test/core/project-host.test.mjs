// The core's project host (core/project-host.ts) keeps a project current as files are set and
// removed, relinking only what a change can affect. That must never change what a user sees:
// after every kind of change its project equals a fresh analysis and link of the same texts —
// findings, protocols, broken chains and the cases' runs. And it applies the open/closed policy:
// an open file keeps its YAML tree, a closed case lets it go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import core from '../../dist/core.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const TIER = 'protocols/tier3a-public.protocol.yaml';
const PRIVATE = 'protocols/private-international.protocol.yaml';
const CASES = readdirSync(join(root, 'protocols/cases'))
  .filter((f) => f.endsWith('.case.yaml'))
  .map((f) => `protocols/cases/${f}`);

/** A protocol large enough to be read in pieces: the shipped rules repeated under new ids. */
function largeProtocol() {
  const text = read(TIER).replace('protocol: tier3a-public', 'protocol: large');
  const start = text.indexOf('\nrules:\n') + '\nrules:\n'.length;
  const end = text.indexOf('\ntimelines:');
  const rules = text.slice(start, end);
  const copies = Array.from({ length: 5 }, (_, i) => rules.replace(/^( {2}- id: )(\S+)/gm, `$1$2-copy-${i}`)).join('');
  return text.slice(0, end) + '\n' + copies + text.slice(end);
}
const LARGE = 'big/large.protocol.yaml';

/** What a user sees of a project, in a form deepEqual can compare. */
function seen(project) {
  const runs = core.runCases(project, [...project.files.keys()].sort());
  return {
    files: [...project.files.keys()].sort(),
    diagnostics: [...project.diagnostics].filter(([, list]) => list.length).sort(([a], [b]) => (a < b ? -1 : 1)),
    protocols: [...project.protocols.keys()].sort(),
    broken: [...project.broken].sort(),
    runs: JSON.parse(JSON.stringify(runs)),
  };
}

/** The host and the texts it was given, to check against a fresh analysis at each step. */
function harness() {
  const host = new core.ProjectHost();
  const texts = new Map();
  const check = (step) => {
    const fresh = core.linkProject([...texts].map(([path, text]) => core.analyzeFile({ path, text })));
    assert.deepEqual(seen(host.project()), seen(fresh), `after: ${step}`);
  };
  return {
    host,
    set(path, text, open = false) {
      texts.set(path, text);
      host.setFile({ path, text, open });
    },
    remove(path) {
      texts.delete(path);
      host.removeFile(path);
    },
    check,
  };
}

function startProject() {
  const h = harness();
  for (const path of [TIER, PRIVATE, ...CASES]) h.set(path, read(path));
  h.set(LARGE, largeProtocol());
  h.check('the first link');
  h.host.takeRecomputed();
  return h;
}

test("after every kind of change the host's project equals a fresh analysis of the same texts", () => {
  const h = startProject();
  const kase = CASES[0];
  const caseText = read(kase);
  h.set(kase, caseText, true);
  h.check('a case opens');
  h.set(kase, caseText.replace(/^case: \S+/m, 'case: renamed-in-editor'), true);
  h.check('an open case is edited');
  h.set(kase, caseText.replace(/^protocol: \S+/m, 'protocol: no-such-protocol'), true);
  h.check('an open case names a protocol that does not exist');

  const tier = read(TIER);
  h.set(TIER, tier, true);
  h.set(TIER, tier.replace('because:', 'because: Edited.'), true);
  h.check('a protocol edit that other files cannot see (a because)');
  h.set(TIER, tier.replace(/slice_thickness: <= (\S+)mm/, 'slice_thickness: <= 9mm'), true);
  h.check('a protocol edit that changes verdicts');
  h.set(TIER, tier.replace('protocol: tier3a-public', 'protocol: tier3a-renamed'), true);
  h.check('a protocol renamed: its cases lose it');
  h.set(TIER, tier.replace('rules:\n', 'rules:\n  - id: [\n'), true);
  h.check('a syntax error in an open protocol');
  h.set(TIER, tier, true);
  h.check('the syntax error fixed');

  const large = largeProtocol();
  h.set(LARGE, large, true);
  h.set(LARGE, large.replace('-copy-3', '-copy-3-edited'), true);
  h.check('a rule of a protocol read in pieces is edited');
  h.set(LARGE, large.replace('-copy-2\n', '-copy-2\n    hard: true\n'), true);
  h.check('a rule of a protocol read in pieces becomes hard (what other files see)');
  h.set(LARGE, large, false);
  h.check('the large protocol closes (its file on disk)');

  h.set('protocols/cases/new.case.yaml', caseText.replace(/^case: \S+/m, 'case: brand-new'));
  h.check('a case file is added');
  h.remove(CASES[1]);
  h.check('a case file is removed');
  h.remove(PRIVATE);
  h.check('a protocol file is removed');
  h.set(PRIVATE, read(PRIVATE));
  h.check('the protocol file comes back');
  h.set(kase, caseText, false);
  h.check('the open case closes with the text on disk');
  h.host.setFile({ path: 'protocols/cases/huge.case.yaml', text: '', tooLarge: 9 * 1024 * 1024 });
  const huge = h.host.project().diagnostics.get('protocols/cases/huge.case.yaml');
  assert.deepEqual(
    huge.map((d) => d.code),
    ['file-too-large'],
  );
  assert.match(huge[0].message, /9\.0 MB/);
});

test('a case edit relinks that case (and the protocols) but no other case; a protocol edit that others cannot see relinks no case that does not point into it', () => {
  const h = startProject();
  const kase = CASES[2];
  h.set(kase, read(kase).replace(/^case: \S+/m, 'case: edited'), true);
  h.host.project();
  assert.deepEqual(
    [...h.host.takeRecomputed()].filter((p) => p.endsWith('.case.yaml')),
    [kase],
  );

  // The title's English, whether written as a plain string or per language.
  const reworded = read(PRIVATE).replace(/^(title:(?:\s+en:)?) Private/m, '$1 Reworded, private');
  assert.notEqual(reworded, read(PRIVATE));
  h.set(PRIVATE, reworded, true);
  h.host.project();
  const recomputed = h.host.takeRecomputed();
  assert.notEqual(recomputed, 'all');
  assert.ok(recomputed.has(PRIVATE));
  assert.ok(
    CASES.every((c) => !recomputed.has(c)),
    'no case relinked',
  );

  h.set(PRIVATE, read(PRIVATE).replace(/^protocol: \S+/m, 'protocol: other-id'), true);
  h.host.project();
  assert.equal(h.host.takeRecomputed(), 'all', 'a new id can change every case');
});

test('open files keep their YAML tree, closed cases let it go; a file that opens with its text on disk keeps its analysis', () => {
  const h = startProject();
  const kase = CASES[0];
  const closed = h.host.project().files.get(kase);
  assert.equal(closed.parsed.doc, null);
  assert.ok(closed.names, 'a closed case keeps the names navigation needs');

  h.set(kase, read(kase), true);
  const open = h.host.project().files.get(kase);
  assert.notEqual(open.parsed.doc, null, 'an open case keeps its tree (completion, hover and formatting read it)');

  const before = h.host.project().files.get(TIER);
  h.set(TIER, read(TIER), true);
  assert.equal(h.host.project().files.get(TIER), before, 'the disk analysis of a protocol is reused when it opens unchanged');
  assert.equal(h.host.stale, false);
});

test('in a protocol read in pieces, an edit that only moves its hard rules relinks no case; one that changes a hard rule relinks every case', () => {
  const h = startProject();
  const large = largeProtocol();
  h.set(LARGE, large, true);
  h.host.project();
  h.host.takeRecomputed();

  // The first rule gains a line: every hard copy after it moves, none changes.
  const firstRule = /^( {2}- id: \S+-copy-0\n)/m;
  h.set(LARGE, large.replace(firstRule, '$1    note: One more line.\n'), true);
  h.host.project();
  const moved = h.host.takeRecomputed();
  assert.notEqual(moved, 'all', 'moved hard rules are the same rules');
  assert.ok(CASES.every((c) => !moved.has(c)));
  h.check('hard rules moved');

  h.set(LARGE, large.replace(firstRule, '$1    note: One more line.\n').replace(/(infection-in-house-copy-4[\s\S]*?)verdict: redo/, '$1verdict: review'), true);
  h.host.project();
  assert.equal(h.host.takeRecomputed(), 'all', 'a hard rule that reads differently can change what every child must keep');
  h.check('a hard rule changed');
});
