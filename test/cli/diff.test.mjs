// `reimage diff` as a reviewer meets it, on real git repositories made in temporary folders:
// commits that move a window, rename a rule, reorder rules, change a parent profile and add a
// `hard` flag; every output format; --exit-code; --textconv and `git diff` with the
// .gitattributes set-up; and a repository whose own config tries to run code, which must never
// run — neither from the CLI nor from the language server's compare. The tests' own git calls
// use no global config (GIT_CONFIG_GLOBAL=/dev/null) and pass their identity with -c. Run
// `node esbuild.mjs` first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cleanEnv, git, writeFiles } from '../helpers/git-repo.mjs';
import { startInProcess } from '../lsp/harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'reimage.js');
const temps = [];

function reimage(cwd, args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env: cleanEnv({ REIMAGE_DEBUG: '' }), encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.error, undefined, `could not run reimage: ${r.error}`);
  assert.doesNotMatch(r.stderr, /internal error|^\s+at /m, 'reimage crashed');
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A new repository with `files` committed (and tagged `tag`). */
function makeRepo(files, tag = 'base') {
  const dir = mkdtempSync(join(tmpdir(), 'reimage-diff-'));
  temps.push(dir);
  git(dir, 'init', '-q');
  commit(dir, files, tag);
  return dir;
}

function commit(dir, files, tag) {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', tag);
  git(dir, 'tag', tag);
}

after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const PUBLIC = `protocol: public-hospital
title: Public hospital
hospital: { sector: public, currency: USD }
validity:
  active-oncology: { window: 4w..6w, beyond: redo }
  stable-orthopedic: { window: 3mo..6mo, beyond: review }
rules:
  - id: oncology-thin-slice-ct
    when: { modality: CT, purpose: oncology }
    require: { slice_thickness: <= 5mm }
    otherwise: redo
  - id: ultrasound-in-house
    when: { modality: US }
    verdict: redo
  - id: infection-in-house
    when: { infection_relevant: true }
    verdict: redo
timelines:
  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }
costs:
  PET-CT: 1100..1500
  private_multiplier: 2..4
`;

const PRIVATE = `protocol: private-hospital
extends: public-hospital
hospital: { sector: private }
`;

const lungCase = (id, protocol, date, expect) => `case: ${id}
protocol: ${protocol}
on: 2026-04-10
patient: { context: active-oncology, purpose: oncology, indications: [lung-cancer] }
studies:
  - id: chest-ct
    modality: CT
    date: ${date}
    slice_thickness: 3mm
expect:
  chest-ct: ${expect}
`;

const BASE = {
  'protocols/public-hospital.protocol.yaml': PUBLIC,
  'protocols/private-hospital.protocol.yaml': PRIVATE,
  // 9 days old: accepted; 31 days old: past 4w, within 6w → review.
  'protocols/cases/h-lung-ct.case.yaml': lungCase('h-lung-ct', 'private-hospital', '2026-04-01', 'accept'),
  'protocols/cases/p-lung-ct.case.yaml': lungCase('p-lung-ct', 'public-hospital', '2026-03-10', 'review'),
  'protocols/cases/knee.case.yaml': `case: knee\nprotocol: public-hospital\non: 2026-04-10\npatient: { context: stable-orthopedic }\nstudies:\n  - { id: knee-xr, modality: XR, date: 2026-03-01 }\nexpect:\n  knee-xr: accept\n`,
};

/** Rewrites the public profile of the previous commit. */
function edit(text, from, to) {
  assert.equal(text.split(from).length, 2, `expected exactly one '${from}'`);
  return text.replace(from, to);
}

const WINDOW = edit(PUBLIC, '4w..6w', '2w..4w');
const RENAMED = edit(WINDOW, 'id: ultrasound-in-house', 'id: us-in-house');
const REORDERED = `protocol: public-hospital
title: Public hospital
hospital:
  currency: USD
  sector: public
rules:
  - id: infection-in-house
    verdict: redo
    when:
      infection_relevant: true
  - id: us-in-house
    when: { modality: US }
    verdict: redo
  - id: oncology-thin-slice-ct
    when: { purpose: oncology, modality: CT }
    otherwise: redo
    require: { slice_thickness: "<=5mm" }
validity:
  stable-orthopedic: { window: 3mo..6mo, beyond: review }
  active-oncology: { beyond: redo, window: 14d..28d }
costs:
  private_multiplier: 2..4
  PET-CT: 1100..1500
timelines:
  CT: { same_day: scan, scan: 15min..30min, report: 1bd..2bd }
`;
const PARENT_CHANGE = edit(REORDERED, '"<=5mm"', '"<= 2.5mm"');
const HARD = edit(
  PARENT_CHANGE,
  '    verdict: redo\n    when:\n      infection_relevant: true',
  '    verdict: redo\n    hard: true\n    when:\n      infection_relevant: true',
);

let repo;
before(() => {
  repo = makeRepo(BASE);
  commit(repo, { 'protocols/public-hospital.protocol.yaml': WINDOW }, 'window');
  commit(repo, { 'protocols/public-hospital.protocol.yaml': RENAMED }, 'rename');
  commit(repo, { 'protocols/public-hospital.protocol.yaml': REORDERED }, 'reorder');
  commit(repo, { 'protocols/public-hospital.protocol.yaml': PARENT_CHANGE }, 'parent');
  commit(repo, { 'protocols/public-hospital.protocol.yaml': HARD }, 'hard');
});

function json(cwd, args) {
  const r = reimage(cwd, ['diff', ...args, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const line = (c) =>
  `${c.protocol} ${c.kind} ${c.key}${c.field ? ` ${c.field}` : ''}: ${c.before ?? '-'} → ${c.after ?? '-'}` +
  `${c.direction ? ` (${c.direction})` : ''}${c.inheritedFrom ? ` from ${c.inheritedFrom}` : ''}`;
const verdictLine = (v) => `${v.case}/${v.study}: ${v.before} → ${v.after}, because ${v.because.join(', ')}`;

describe('commits, compared by meaning', () => {
  test('a window moved: stricter, in the parent and (inherited) in the child; the studies it reaches', () => {
    const out = json(repo, ['base', 'window']);
    assert.deepEqual(out.changes.map(line), [
      'public-hospital validity-changed active-oncology window: 4w..6w → 2w..4w (stricter)',
      'private-hospital validity-changed active-oncology window: 4w..6w → 2w..4w (stricter) from public-hospital',
    ]);
    assert.deepEqual(out.impact.studies.map(verdictLine), ['p-lung-ct/chest-ct: review → redo, because validity:active-oncology']);
    assert.deepEqual(
      out.impact.newlyFailing.map((e) => [e.case, e.file, e.before, e.after]),
      [['p-lung-ct', 'protocols/cases/p-lung-ct.case.yaml', 'passed', 'failed']],
    );
    assert.deepEqual(
      out.changes.map((c) => [c.source.before.file, c.source.before.line, c.source.after.line]),
      [
        ['protocols/public-hospital.protocol.yaml', 5, 5],
        ['protocols/public-hospital.protocol.yaml', 5, 5],
      ],
    );
    assert.match(out.before, /^base \([0-9a-f]{7}\)$/);
    assert.match(out.after, /^window \([0-9a-f]{7}\)$/);
  });

  test('a rule renamed: one rename, no verdict changes', () => {
    const out = json(repo, ['window', 'rename']);
    assert.deepEqual(out.changes.map(line), [
      'public-hospital rule-renamed us-in-house id: ultrasound-in-house → us-in-house',
      'private-hospital rule-renamed us-in-house id: ultrasound-in-house → us-in-house from public-hospital',
    ]);
    assert.deepEqual(out.impact.studies, []);
  });

  test('rules, keys and windows reordered and reformatted: no change, and exit 0 with --exit-code', () => {
    const out = json(repo, ['rename', 'reorder']);
    assert.deepEqual(out.changes, []);
    assert.deepEqual(out.impact.studies, []);
    assert.equal(out.impact.cases.run, 0);
    assert.equal(reimage(repo, ['diff', 'rename', 'reorder', '--exit-code']).status, 0);
  });

  test("a parent profile changed: the child's study changes verdict, attributed to the parent", () => {
    const out = json(repo, ['reorder', 'parent']);
    assert.deepEqual(out.changes.map(line), [
      'public-hospital rule-changed oncology-thin-slice-ct require.slice_thickness: <= 5mm → <= 2.5mm (stricter)',
      'private-hospital rule-changed oncology-thin-slice-ct require.slice_thickness: <= 5mm → <= 2.5mm (stricter) from public-hospital',
    ]);
    // p-lung-ct's chest CT is already redone for its age, so only the child's case moves.
    assert.deepEqual(out.impact.studies.map(verdictLine), ['h-lung-ct/chest-ct: accept → redo, because oncology-thin-slice-ct']);
    assert.deepEqual(
      out.impact.newlyFailing.map((e) => e.case),
      ['h-lung-ct'],
    );
    assert.deepEqual(out.summary, { changes: 2, protocols: 2, stricter: 2, looser: 0, studies: 1, newlyFailing: 1, newlyPassing: 0, wording: 0 });
  });

  test('a hard flag added: stricter, no verdict changes', () => {
    const out = json(repo, ['parent', 'hard']);
    assert.deepEqual(out.changes.map(line), [
      'public-hospital hard-added infection-in-house hard: - → true (stricter)',
      'private-hospital hard-added infection-in-house hard: - → true (stricter) from public-hospital',
    ]);
    assert.deepEqual(out.impact.studies, []);
  });

  test('across several commits the changes add up; backwards they are looser', () => {
    const out = json(repo, ['base', 'hard']);
    assert.deepEqual(
      out.changes.filter((c) => c.protocol === 'public-hospital').map((c) => `${c.kind} ${c.key}`),
      ['validity-changed active-oncology', 'hard-added infection-in-house', 'rule-changed oncology-thin-slice-ct', 'rule-renamed us-in-house'],
    );
    const back = json(repo, ['hard', 'base']);
    assert.deepEqual(
      back.changes.filter((c) => c.protocol === 'public-hospital').map((c) => c.direction),
      ['looser', 'looser', 'looser', null],
    );
    assert.deepEqual(back.impact.newlyPassing.map((e) => e.case).sort(), ['h-lung-ct', 'p-lung-ct']);
  });
});

describe('revisions and the working tree', () => {
  let wt;
  before(() => {
    wt = makeRepo(BASE);
    commit(wt, { 'protocols/public-hospital.protocol.yaml': WINDOW }, 'window');
    // Uncommitted: the parent's slice thickness.
    writeFiles(wt, { 'protocols/public-hospital.protocol.yaml': edit(WINDOW, '<= 5mm', '<= 2.5mm') });
  });

  test('no revision: HEAD against the working tree', () => {
    const out = json(wt, []);
    assert.equal(out.after, 'working tree');
    assert.match(out.before, /^HEAD \(/);
    assert.deepEqual(
      out.changes.map((c) => `${c.protocol} ${c.kind} ${c.key}`),
      ['public-hospital rule-changed oncology-thin-slice-ct', 'private-hospital rule-changed oncology-thin-slice-ct'],
    );
    assert.deepEqual(out.impact.studies.map(verdictLine), ['h-lung-ct/chest-ct: accept → redo, because oncology-thin-slice-ct']);
  });

  test('one revision: that revision against the working tree', () => {
    const out = json(wt, ['base']);
    assert.deepEqual(
      out.changes.filter((c) => c.protocol === 'public-hospital').map((c) => `${c.kind} ${c.key}`),
      ['validity-changed active-oncology', 'rule-changed oncology-thin-slice-ct'],
    );
  });

  test('from a subfolder, paths are still the repository’s; --paths narrows and widens what is compared', () => {
    const out = json(join(wt, 'protocols', 'cases'), ['base', '--paths', '..']);
    assert.equal(out.changes.length, 4, 'window and slice thickness, in the parent and the child');
    assert.ok(out.impact.studies.every((v) => v.file.startsWith('protocols/cases/')));
    writeFiles(wt, { 'elsewhere/other.protocol.yaml': 'protocol: other\nvalidity:\n  chronic-disease: { window: 3mo, beyond: review }\n' });
    assert.deepEqual(
      json(wt, ['base']).changes.filter((c) => c.protocol === 'other'),
      [],
      'only protocols/ by default',
    );
    const wide = json(wt, ['base', '--paths', 'protocols,elsewhere']);
    assert.deepEqual(wide.changes.filter((c) => c.protocol === 'other').map(line), ['other protocol-added other: - → other']);
    rmSync(join(wt, 'elsewhere'), { recursive: true });
  });

  test('a file deleted in the working tree: its protocol is removed and its cases can no longer run', () => {
    rmSync(join(wt, 'protocols/private-hospital.protocol.yaml'));
    try {
      const r = reimage(wt, ['diff', 'window', '--format', 'json']);
      assert.equal(r.status, 2, 'the case that names it is invalid now');
      assert.match(r.stderr, /protocols\/cases\/h-lung-ct\.case\.yaml:2:11: error \[unknown-protocol\]/);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(
        out.changes.filter((c) => c.protocol === 'private-hospital').map((c) => c.kind),
        ['protocol-removed'],
      );
      assert.deepEqual(
        out.impact.newlyFailing.map((e) => [e.case, e.after]),
        [['h-lung-ct', 'invalid']],
      );
    } finally {
      git(wt, 'checkout', '--', 'protocols/private-hospital.protocol.yaml');
    }
  });
});

describe('output formats', () => {
  test('human: grouped by protocol, with directions, places, verdict changes and a summary', () => {
    const r = reimage(repo, ['diff', 'reorder', 'parent']);
    assert.equal(r.status, 0);
    // eslint-disable-next-line no-control-regex -- an ANSI colour code starts with ESC
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when not on a terminal');
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^reimage diff reorder \([0-9a-f]{7}\) → parent \([0-9a-f]{7}\)$/);
    assert.ok(lines.includes('public-hospital'));
    assert.ok(
      lines.includes('  ~ rule oncology-thin-slice-ct: require.slice_thickness: <= 5mm → <= 2.5mm  stricter  protocols/public-hospital.protocol.yaml:17'),
    );
    assert.ok(
      lines.includes(
        '  ~ rule oncology-thin-slice-ct: require.slice_thickness: <= 5mm → <= 2.5mm  stricter · inherited from public-hospital  protocols/public-hospital.protocol.yaml:17',
      ),
    );
    assert.ok(lines.includes('  h-lung-ct/chest-ct: accept → redo, because oncology-thin-slice-ct  protocols/cases/h-lung-ct.case.yaml:6'));
    assert.ok(lines.some((l) => /^ {2}✘ h-lung-ct {2}protocols\/cases\/h-lung-ct\.case\.yaml:11$/.test(l)));
    assert.equal(lines.at(-2), '2 changes in 2 protocols (2 stricter) · 1 study changes verdict · 1 case now fails its expect');
  });

  test('human: a price moved by less than a millionth shows the digits that moved, in the parent and in the child that multiplies it', () => {
    const dir = makeRepo(BASE);
    writeFiles(dir, { 'protocols/public-hospital.protocol.yaml': edit(PUBLIC, 'PET-CT: 1100..1500', 'PET-CT: 1100..1499.9999999') });
    const lines = reimage(dir, ['diff']).stdout.split('\n');
    // The private child pays 2..4 times the public price: 1100 × 2 = 2200, 1499.9999999 × 4 = 5999.9999996.
    for (const expected of [
      '  ~ cost PET-CT: 1100..1500 USD → 1100..1499.9999999 USD (lower)',
      '  ~ cost PET-CT: 2200..6000 USD (1100..1500 × 2..4) → 2200..5999.9999996 USD (1100..1499.9999999 × 2..4) (lower)',
    ]) {
      assert.ok(
        lines.some((l) => l.startsWith(`${expected}  `)),
        `no line '${expected}':\n${lines.join('\n')}`,
      );
    }
  });

  test('human with no change says so', () => {
    const r = reimage(repo, ['diff', 'rename', 'reorder']);
    assert.match(r.stdout, /No protocol changes by meaning/);
    assert.match(r.stdout, /no study changes verdict/);
  });

  test('markdown: a pull-request comment with a summary, tables and the failing cases', () => {
    const r = reimage(repo, ['diff', 'base', 'hard', '--format', 'markdown']);
    assert.equal(r.status, 0);
    const md = r.stdout;
    assert.match(md, /^<!-- reimage-diff -->\n## Reimage diff: base \([0-9a-f]{7}\) → hard \([0-9a-f]{7}\)\n/);
    assert.match(md, /^\*\*8 changes in 2 protocols \(6 stricter\) · 2 studies change verdict · 2 cases now fail their expect\*\*$/m);
    assert.match(md, /^#### `public-hospital`$/m);
    assert.match(
      md,
      /^\| ~ \| rule oncology-thin-slice-ct: require\.slice_thickness: &lt;= 5mm → &lt;= 2\.5mm \| stricter \| `protocols\/public-hospital\.protocol\.yaml:18` \|$/m,
    );
    assert.match(md, /^\| » \| rule ultrasound-in-house renamed to us-in-house \(same content\) \| {2}\| `protocols\/public-hospital\.protocol\.yaml:12` \|$/m);
    // A child's inherited changes are folded away under the child.
    assert.match(md, /^#### `public-hospital`\n\n\| \| change \| direction \| where \|$/m);
    assert.ok(md.indexOf('#### `public-hospital`') < md.indexOf('#### `private-hospital`'), 'the parent first');
    assert.match(md, /^#### `private-hospital`\n\n<details><summary>4 inherited from `public-hospital`<\/summary>$/m);
    assert.match(md, /^\| h-lung-ct \| chest-ct \| accept → \*\*redo\*\* \| `oncology-thin-slice-ct` \| `protocols\/cases\/h-lung-ct\.case\.yaml:6` \|$/m);
    assert.match(md, /^#### ❌ Cases whose `expect` now fails$/m);
    assert.match(md, /^- \*\*p-lung-ct\*\* `protocols\/cases\/p-lung-ct\.case\.yaml:11`: chest-ct: expected review, got redo/m);
    // Every table row has as many cells as its header.
    for (const table of md.split(/\n\n/).filter((b) => b.startsWith('|'))) {
      const rows = table.split('\n');
      const width = rows[0].split(/(?<!\\)\|/).length;
      for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length, width, row);
    }
  });

  test('json: the core result with names and counts', () => {
    const out = json(repo, ['reorder', 'parent']);
    assert.deepEqual(Object.keys(out), ['before', 'after', 'summary', 'changes', 'impact']);
    const [c] = out.changes;
    assert.deepEqual(
      Object.keys(c).sort(),
      ['after', 'before', 'direction', 'field', 'inheritedFrom', 'key', 'kind', 'language', 'message', 'protocol', 'source', 'wording'].sort(),
    );
    assert.deepEqual(Object.keys(out.impact), ['cases', 'studies', 'newlyFailing', 'newlyPassing']);
    // The knee case cannot be reached by a CT rule: it is not run.
    assert.deepEqual(out.impact.cases, { compared: 3, run: 2 });
  });

  test('github: a notice per change, a warning per verdict change, an error per newly failing case', () => {
    const r = reimage(repo, ['diff', 'reorder', 'parent', '--format', 'github']);
    assert.equal(r.status, 0);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      '::notice file=protocols/public-hospital.protocol.yaml,line=17,title=Reimage%3A public-hospital changed::rule oncology-thin-slice-ct: require.slice_thickness: <= 5mm → <= 2.5mm (stricter)',
      '::notice file=protocols/public-hospital.protocol.yaml,line=17,title=Reimage%3A private-hospital changed::rule oncology-thin-slice-ct: require.slice_thickness: <= 5mm → <= 2.5mm (stricter; inherited from public-hospital)',
      '::warning file=protocols/cases/h-lung-ct.case.yaml,line=6,title=Reimage%3A verdict changes::h-lung-ct/chest-ct: accept → redo, because oncology-thin-slice-ct',
      '::error file=protocols/cases/h-lung-ct.case.yaml,line=11,title=Reimage%3A h-lung-ct now fails its expect::chest-ct: expected accept, got redo (oncology-thin-slice-ct: slice thickness 3mm does not meet <= 2.5mm)',
      `reimage diff ${r.stdout.match(/reimage diff (reorder \([0-9a-f]{7}\) → parent \([0-9a-f]{7}\))/)[1]}: 2 changes in 2 protocols (2 stricter) · 1 study changes verdict · 1 case now fails its expect`,
    ]);
  });
});

describe('a profile written in two languages, and the diff said in Chinese', () => {
  const TWO = edit(
    PUBLIC,
    '    otherwise: redo\n  - id: ultrasound',
    '    otherwise: redo\n    because:\n      en: Thin sections find small nodules.\n      zh-CN: 薄层图像能发现小结节。\n  - id: ultrasound',
  );
  let words;
  before(() => {
    words = makeRepo({ ...BASE, 'protocols/public-hospital.protocol.yaml': TWO }, 'two');
    commit(words, { 'protocols/public-hospital.protocol.yaml': edit(TWO, '薄层图像能发现小结节。', '薄层图像可以发现小结节。') }, 'chinese');
  });

  test('only the Chinese changed: a wording change named zh-CN, no case run, no verdict moved, exit 0 with --exit-code', () => {
    const out = json(words, ['two', 'chinese']);
    assert.deepEqual(
      out.changes.map((c) => `${c.protocol} ${c.kind} ${c.field} [${c.language}] wording=${c.wording} direction=${c.direction}`),
      [
        'public-hospital rule-changed because.zh-CN [zh-CN] wording=true direction=null',
        'private-hospital rule-changed because.zh-CN [zh-CN] wording=true direction=null',
      ],
    );
    assert.equal(out.summary.wording, 2);
    assert.deepEqual(out.impact.cases, { compared: 3, run: 0 });
    assert.deepEqual(out.impact.studies, []);
    assert.equal(reimage(words, ['diff', 'two', 'chinese', '--exit-code']).status, 0);
    const human = reimage(words, ['diff', 'two', 'chinese']).stdout.split('\n');
    assert.ok(
      human.includes(
        '  ~ rule oncology-thin-slice-ct: because (zh-CN): 薄层图像能发现小结节。 → 薄层图像可以发现小结节。  wording  protocols/public-hospital.protocol.yaml:14',
      ),
      human.join('\n'),
    );
    assert.equal(human.at(-2), '2 changes in 2 protocols (2 wording only) · no verdict changes');
  });

  test('--lang zh-CN: every line of the human view in Chinese, verdict words too; exit status unchanged', () => {
    const r = reimage(repo, ['diff', 'reorder', 'parent', '--lang', 'zh-CN']);
    assert.equal(r.status, 0);
    const lines = r.stdout.split('\n');
    assert.ok(
      lines.includes('  ~ 规则 oncology-thin-slice-ct：require.slice_thickness：<= 5mm → <= 2.5mm  更严格  protocols/public-hospital.protocol.yaml:17'),
      r.stdout,
    );
    assert.ok(
      lines.includes(
        '  ~ 规则 oncology-thin-slice-ct：require.slice_thickness：<= 5mm → <= 2.5mm  更严格 · 继承自 public-hospital  protocols/public-hospital.protocol.yaml:17',
      ),
    );
    assert.ok(lines.some((l) => l.startsWith('对病例的影响（比较 3 个，2 个在两个版本中运行）')));
    assert.ok(lines.includes('  h-lung-ct/chest-ct：认可 → 重做，因 oncology-thin-slice-ct  protocols/cases/h-lung-ct.case.yaml:6'));
    assert.ok(lines.includes('expect 现在未通过的病例'));
    assert.equal(lines.at(-2), '2 个规范中有 2 处变更（2 处更严格） · 1 项检查的结论改变 · 1 个病例的 expect 现在未通过');
    assert.equal(reimage(repo, ['diff', 'reorder', 'parent', '--exit-code', '--lang', 'zh-CN']).status, 1);
    const none = reimage(repo, ['diff', 'rename', 'reorder', '--lang', 'zh-CN']).stdout;
    assert.match(none, /^规范在含义上无变更（调整顺序和格式不算变更）。$/m);
    assert.match(none, /^ {2}没有检查的结论改变$/m);
  });

  test('--lang zh-CN: the Markdown comment and the JSON message in Chinese, JSON keys and kinds unchanged', () => {
    const md = reimage(repo, ['diff', 'reorder', 'parent', '--format', 'markdown', '--lang', 'zh-CN']).stdout;
    assert.match(md, /^## Reimage 差异：reorder \([0-9a-f]{7}\) → parent \([0-9a-f]{7}\)$/m);
    assert.match(md, /^### 规范变更$/m);
    assert.match(md, /^\| \| 变更 \| 方向 \| 位置 \|$/m);
    assert.match(md, /^<details><summary>1 处继承自 `public-hospital`<\/summary>$/m);
    assert.match(md, /^### 对病例的影响$/m);
    assert.match(md, /^\| 病例 \| 检查 \| 结论 \| 原因 \| 位置 \|$/m);
    assert.match(md, /^\| h-lung-ct \| chest-ct \| 认可 → \*\*重做\*\* \|/m);
    assert.match(md, /^#### ❌ `expect` 现在未通过的病例$/m);
    // The expectation that fails is said in Chinese too.
    assert.match(md, /^- \*\*h-lung-ct\*\* .*预期 accept，实际 redo/m);
    const out = JSON.parse(reimage(repo, ['diff', 'reorder', 'parent', '--format', 'json', '--lang', 'zh-CN']).stdout);
    assert.equal(out.changes[0].kind, 'rule-changed');
    assert.equal(out.changes[0].field, 'require.slice_thickness');
    assert.equal(out.changes[0].message, '规则 oncology-thin-slice-ct：require.slice_thickness：<= 5mm → <= 2.5mm');
  });
});

describe('exit status', () => {
  test('--exit-code: 1 when a verdict changes, 0 without it or without a verdict change', () => {
    assert.equal(reimage(repo, ['diff', 'reorder', 'parent', '--exit-code']).status, 1);
    assert.equal(reimage(repo, ['diff', 'reorder', 'parent']).status, 0);
    assert.equal(reimage(repo, ['diff', 'window', 'rename', '--exit-code']).status, 0);
    assert.equal(reimage(repo, ['diff', 'parent', 'hard', '--exit-code', '--format', 'markdown']).status, 0);
  });

  test('2 with a one-line message for bad input and git failures', () => {
    const outside = mkdtempSync(join(tmpdir(), 'reimage-nogit-'));
    temps.push(outside);
    const cases = [
      [outside, ['diff'], /^reimage diff: not inside a git repository\n$/],
      [repo, ['diff', 'no-such-branch'], /^reimage diff: unknown revision 'no-such-branch'/],
      [repo, ['diff', '--output=/tmp/x'], /^reimage diff: --output is not an option of diff; diff takes --paths/],
      [repo, ['diff', '-p'], /^reimage diff: -p is not an option of diff/],
      [repo, ['diff', 'base', '--', '--help'], /^reimage diff: '--help' is not a revision/],
      [repo, ['diff', 'a', 'b', 'c'], /at most two revisions/],
      [repo, ['diff', '--format', 'xml'], /--format must be one of human, markdown, json, github/],
      [repo, ['diff', '--paths', 'nowhere'], /^reimage diff: nowhere: no such file or folder, in either version\n$/],
      [repo, ['diff', '--paths', '/'], /outside the repository/],
      [repo, ['diff', '--textconv', 'missing.protocol.yaml'], /missing\.protocol\.yaml: cannot read this file \(ENOENT\)/],
    ];
    for (const [cwd, args, message] of cases) {
      const r = reimage(cwd, args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
    }
  });

  test("2 with the same complaints in Chinese under --lang zh-CN (git's own words stay git's)", () => {
    const cases = [
      [['diff', 'a', 'b', 'c'], /^reimage diff：最多两个修订版本，实际给了 3 个\n/],
      [['diff', '--format', 'xml'], /^reimage diff：--format 须为 human, markdown, json, github 之一，而不是“xml”\n$/],
      [['diff', '--paths', 'nowhere'], /^reimage diff: nowhere：两个版本中都没有这个文件或文件夹\n$/],
      [['diff', '--paths', '/'], /^reimage diff: \/：不在仓库内（/],
      [['diff', '--textconv', 'missing.protocol.yaml'], /^reimage diff：missing\.protocol\.yaml：无法读取此文件（ENOENT）\n$/],
    ];
    for (const [args, message] of cases) {
      const r = reimage(repo, [...args, '--lang', 'zh-CN']);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
    }
  });

  test('2 when the newer version has an error, with file:line:col; the diff is still printed', () => {
    const dir = makeRepo(BASE);
    writeFiles(dir, { 'protocols/public-hospital.protocol.yaml': edit(PUBLIC, '<= 5mm', '<= 5cm') });
    const r = reimage(dir, ['diff']);
    assert.equal(r.status, 2);
    // line 10: `    require: { slice_thickness: <= 5cm }`; `cm` starts in column 37
    assert.match(r.stderr, /^protocols\/public-hospital\.protocol\.yaml:10:37: error \[unit-mismatch\] /m);
    assert.match(r.stdout, /rule oncology-thin-slice-ct: require\.slice_thickness: <= 5mm → not set/);
  });

  test('errors only in the older version: a note, the diff, exit 0', () => {
    const dir = makeRepo({ ...BASE, 'protocols/public-hospital.protocol.yaml': edit(PUBLIC, '<= 5mm', '<= 5cm') });
    writeFiles(dir, { 'protocols/public-hospital.protocol.yaml': PUBLIC });
    const r = reimage(dir, ['diff', '--exit-code']);
    assert.match(r.stderr, /^reimage diff: note: 1 error in the files at HEAD \([0-9a-f]{7}\); cases that cannot run there count as invalid\n$/);
    assert.match(r.stdout, /require\.slice_thickness: not set → <= 5mm/);
    assert.equal(r.status, 0, 'the cases could not run before, so no verdict changed');
  });

  test('a repository without commits: a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reimage-empty-'));
    temps.push(dir);
    git(dir, 'init', '-q');
    const r = reimage(dir, ['diff']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^reimage diff: HEAD names no commit: the repository has no commits yet/);
  });

  test('diff --help and the main usage list the command', () => {
    const help = reimage(repo, ['diff', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /reimage diff \[<rev-a> \[<rev-b>\]\]/);
    assert.match(reimage(repo, ['--help']).stdout, /reimage diff/);
  });
});

describe('git integration: textconv', () => {
  test('--textconv prints one normalized protocol; a reordered file prints the same', () => {
    const dir = makeRepo(BASE);
    writeFiles(dir, {
      'a.protocol.yaml': PUBLIC,
      'b.protocol.yaml': REORDERED.replace('id: us-in-house', 'id: ultrasound-in-house').replace('14d..28d', '4w..6w').replace('"<=5mm"', '<= 5mm'),
    });
    const a = reimage(dir, ['diff', '--textconv', 'a.protocol.yaml']);
    assert.equal(a.status, 0, a.stderr);
    assert.equal(a.stdout, reimage(dir, ['diff', '--textconv', 'b.protocol.yaml']).stdout);
    assert.equal(
      a.stdout,
      [
        'protocol public-hospital',
        'title: Public hospital',
        'hospital.sector: public',
        'hospital.currency: USD',
        'validity active-oncology: window: 4w..6w',
        'validity active-oncology: beyond: redo',
        'validity stable-orthopedic: window: 3mo..6mo',
        'validity stable-orthopedic: beyond: review',
        'rule infection-in-house: when.infection_relevant: true',
        'rule infection-in-house: verdict: redo',
        'rule oncology-thin-slice-ct: when.modality: CT',
        'rule oncology-thin-slice-ct: when.purpose: oncology',
        'rule oncology-thin-slice-ct: require.slice_thickness: <= 5mm',
        'rule oncology-thin-slice-ct: otherwise: redo',
        'rule ultrasound-in-house: when.modality: US',
        'rule ultrasound-in-house: verdict: redo',
        'timeline CT: scan: 15min..30min',
        'timeline CT: report: 1bd..2bd',
        'timeline CT: same_day: scan',
        'cost PET-CT: 1100..1500',
        'cost private_multiplier: 2..4',
        '',
      ].join('\n'),
    );
    // The child alone: `extends` is a line, nothing of the parent is guessed.
    assert.equal(
      reimage(dir, ['diff', '--textconv', 'protocols/private-hospital.protocol.yaml']).stdout,
      'protocol private-hospital\nextends: public-hospital\nhospital.sector: private\n',
    );
  });

  test('with the .gitattributes set-up, git diff shows the semantic view', () => {
    const dir = makeRepo({ ...BASE, '.gitattributes': '*.protocol.yaml diff=reimage\n' });
    git(dir, 'config', 'diff.reimage.textconv', `"${process.execPath}" "${bin}" diff --textconv`);
    commit(dir, { 'protocols/public-hospital.protocol.yaml': WINDOW }, 'window');
    commit(dir, { 'protocols/public-hospital.protocol.yaml': edit(REORDERED, 'id: us-in-house', 'id: ultrasound-in-house') }, 'reorder');
    commit(
      dir,
      { 'protocols/public-hospital.protocol.yaml': edit(edit(REORDERED, 'id: us-in-house', 'id: ultrasound-in-house'), '"<=5mm"', '"<= 2.5mm"') },
      'parent',
    );

    const changed = (out) => out.split('\n').filter((l) => /^[+-](?![+-]{2} )/.test(l));
    assert.deepEqual(changed(git(dir, 'diff', 'base', 'window')), ['-validity active-oncology: window: 4w..6w', '+validity active-oncology: window: 2w..4w']);
    // Reordering and reformatting (4w..6w ↔ 14d..28d aside, which is written differently) leave only that line.
    assert.deepEqual(changed(git(dir, 'diff', 'window', 'reorder')), [
      '-validity active-oncology: window: 2w..4w',
      '+validity active-oncology: window: 14d..28d',
    ]);
    assert.deepEqual(changed(git(dir, 'diff', 'reorder', 'parent')), [
      '-rule oncology-thin-slice-ct: require.slice_thickness: <= 5mm',
      '+rule oncology-thin-slice-ct: require.slice_thickness: <= 2.5mm',
    ]);
    // And a working-tree change too.
    writeFiles(dir, { 'protocols/private-hospital.protocol.yaml': `${PRIVATE}rules:\n  - id: ultrasound-in-house\n    disabled: true\n` });
    assert.deepEqual(changed(git(dir, 'diff')), ['+rule ultrasound-in-house: disabled: true']);
    // Without the attribute git shows the text as written.
    assert.match(git(dir, 'diff', '--no-textconv', 'reorder', 'parent'), /^-\s+require: \{ slice_thickness: "<=5mm" \}$/m);
  });
});

describe('a repository whose config tries to run code', () => {
  let dir;
  let markers;
  const TRAPS = ['fsmonitor', 'hook', 'external', 'pager', 'clean', 'smudge', 'textconv', 'sshcommand'];

  before(() => {
    dir = makeRepo({ ...BASE, '.gitattributes': '*.yaml filter=evil diff=evil\n' });
    commit(dir, { 'protocols/public-hospital.protocol.yaml': WINDOW }, 'window');
    writeFiles(dir, { 'protocols/public-hospital.protocol.yaml': RENAMED });
    const bin = join(dir, '.git', 'evil');
    mkdirSync(join(bin, 'hooks'), { recursive: true });
    markers = Object.fromEntries(TRAPS.map((t) => [t, join(dir, '.git', `ran-${t}`)]));
    for (const trap of TRAPS) {
      // Filters and textconv must also pass their input through, so git stays usable.
      writeFileSync(
        join(bin, trap),
        `#!/bin/sh\necho ran >> '${markers[trap]}'\n${trap === 'textconv' ? 'cat "$1"\n' : trap === 'clean' || trap === 'smudge' ? 'cat\n' : ''}exit 0\n`,
      );
      chmodSync(join(bin, trap), 0o755);
    }
    for (const hook of ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc']) {
      writeFileSync(join(bin, 'hooks', hook), `#!/bin/sh\necho ran >> '${markers.hook}'\n`);
      chmodSync(join(bin, 'hooks', hook), 0o755);
    }
    const config = {
      'core.fsmonitor': join(bin, 'fsmonitor'),
      'core.hooksPath': join(bin, 'hooks'),
      'diff.external': join(bin, 'external'),
      'core.pager': join(bin, 'pager'),
      'pager.diff': join(bin, 'pager'),
      'filter.evil.clean': join(bin, 'clean'),
      'filter.evil.smudge': join(bin, 'smudge'),
      'diff.evil.textconv': join(bin, 'textconv'),
      'core.sshCommand': join(bin, 'sshcommand'),
      'gc.auto': '1',
    };
    for (const [key, value] of Object.entries(config)) git(dir, 'config', key, value);
  });

  test('the traps are armed: plain git runs them', () => {
    const run = (args) => spawnSync('git', args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    run(['status']);
    assert.ok(existsSync(markers.fsmonitor), 'git status runs core.fsmonitor');
    run(['diff', 'base', 'window']);
    assert.ok(existsSync(markers.external), 'git diff runs diff.external');
    run(['log', '-p', '--no-ext-diff', '-1', 'window']);
    assert.ok(existsSync(markers.textconv), 'git log -p runs the textconv of .gitattributes');
    rmSync(join(dir, 'protocols/cases/knee.case.yaml'));
    run(['checkout', '--', 'protocols/cases/knee.case.yaml']);
    assert.ok(existsSync(markers.smudge), 'git checkout runs the smudge filter');
    run(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--allow-empty', '-qm', 'x']);
    assert.ok(existsSync(markers.hook), 'git commit runs hooks');
    run(['reset', '-q', '--soft', 'HEAD~1']);
    for (const marker of Object.values(markers)) rmSync(marker, { force: true });
  });

  test('reimage diff runs none of them, in any mode', () => {
    const runs = [
      ['diff'],
      ['diff', 'base'],
      ['diff', 'base', 'window'],
      ['diff', 'base', 'window', '--format', 'markdown'],
      ['diff', '--format', 'github', '--exit-code'],
      ['diff', 'base', '--format', 'json'],
      ['diff', '--textconv', 'protocols/public-hospital.protocol.yaml'],
    ];
    for (const args of runs) {
      const r = reimage(dir, args);
      assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: ${r.stderr}`);
      assert.deepEqual(
        TRAPS.filter((t) => existsSync(markers[t])),
        [],
        `${args.join(' ')} ran repository code`,
      );
    }
    // And it still read both versions.
    const out = JSON.parse(reimage(dir, ['diff', 'base', '--format', 'json']).stdout);
    assert.deepEqual(
      out.changes.filter((c) => c.protocol === 'public-hospital').map((c) => c.kind),
      ['validity-changed', 'rule-renamed'],
    );
  });

  test('the language server runs none of them either: compare, the revision list, the older side, the CodeLens', async () => {
    const client = await startInProcess([pathToFileURL(dir).href]);
    try {
      await client.until(() => client.logs.some((l) => /^indexed/.test(l.message)), 'index');
      const protocol = pathToFileURL(join(dir, 'protocols/public-hospital.protocol.yaml')).href;
      const compared = await client.request('reimage/compare', { revision: 'base', links: 'command' });
      assert.deepEqual(
        compared.changes.filter((c) => c.protocol === 'public-hospital').map((c) => c.kind),
        ['validity-changed', 'rule-renamed'],
      );
      assert.equal((await client.request('reimage/compare', {})).changes.filter((c) => c.protocol === 'public-hospital').length, 1);
      const list = await client.request('reimage/revisions', {});
      assert.deepEqual(list.tags.map((t) => t.revision).sort(), ['base', 'window']);
      assert.equal(list.commits.length, 2);
      assert.equal((await client.request('reimage/fileAtRevision', { uri: protocol, revision: 'base' })).text, PUBLIC);
      client.open(protocol, RENAMED, 'reimage-protocol');
      assert.equal(
        (await client.request('textDocument/codeLens', { textDocument: { uri: protocol } })).filter((l) => l.command?.command === 'reimage.compareWithRevision')
          .length,
        1,
      );
      assert.deepEqual(
        TRAPS.filter((t) => existsSync(markers[t])),
        [],
        'the language server ran repository code',
      );
    } finally {
      await client.shutdown();
    }
  });
});
