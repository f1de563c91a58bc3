// The exit status of `reimage` as a script or CI sees it: 0 every expectation met, 1 one
// failed, 2 invalid input or a broken command line (invalid input outranks a failure).
// The CLI runs in this process (reimageInProcess): fast, and traced by the mutation run of the
// exit codes; cli.test.mjs runs the real process. `--lang`, which main reads for every command,
// is here too: a language it does not take is a broken command line.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoCrash, FIX, findings, PROTOCOLS, reimageInProcess as reimage, root } from '../helpers/cli.mjs';

describe('exit status', () => {
  test('0 when every expectation is met', () => {
    const r = reimage(['run', `${FIX}/cases`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, '');
  });

  test('1 when an expectation fails', () => {
    const r = reimage(['run', `${FIX}/failing`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /chest-ct/);
  });

  test('1 when a failing case is run together with passing ones', () => {
    const r = reimage(['run', `${FIX}/cases`, `${FIX}/failing`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
  });

  test('2 when a case fails and a file is invalid: invalid input outranks a failed expectation', () => {
    const r = reimage(['run', `${FIX}/failing`, `${FIX}/invalid/unknown-protocol.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /unknown-protocol\.case\.yaml:\d+:\d+: error \[unknown-protocol\]/);
  });

  test('2 for invalid input, even when other cases pass', () => {
    const r = reimage(['run', `${FIX}/cases`, `${FIX}/invalid/unknown-protocol.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
  });

  test('no arguments: usage and 2', () => {
    const r = reimage([]);
    assert.equal(r.status, 2);
    assert.match(r.stdout + r.stderr, /usage:/);
    assert.match(r.stdout + r.stderr, /reimage run/);
    assert.match(r.stdout + r.stderr, /reimage validate/);
  });

  test('an unknown command: 2, names the command', () => {
    const r = reimage(['frobnicate']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /frobnicate/);
    assertNoCrash(r);
  });

  test('an unknown option: 2 without a stack trace', () => {
    const r = reimage(['run', '--no-such-option']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no-such-option/);
    assertNoCrash(r);
  });

  test('--help: usage and 0', () => {
    for (const args of [['--help'], ['run', '--help'], ['validate', '--help']]) {
      const r = reimage(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, /usage:/, args.join(' '));
    }
  });

  test('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const r = reimage(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), version);
  });

  test('validate: 0 for valid files', () => {
    const r = reimage(['validate', `${FIX}/cases`, PROTOCOLS, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(findings(r.stdout), []);
  });
});

describe('exit status of each command and option', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'reimage-exit-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('help and version by every name: 0', () => {
    for (const args of [['help'], ['-h'], ['fmt', '-h']]) {
      const r = reimage(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, /^usage:/m, args.join(' '));
    }
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(reimage(['-v']).stdout, `${version}\n`);
  });

  test('run prints text unless asked for JSON or Markdown', () => {
    const text = reimage(['run', `${FIX}/cases/passing.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^✔ passing/m);
    assert.throws(() => JSON.parse(text.stdout));
    const json = reimage(['run', `${FIX}/cases/passing.case.yaml`, '--protocols', PROTOCOLS, '--json']);
    assert.equal(JSON.parse(json.stdout).cases[0].case, 'passing');
    const markdown = reimage(['run', `${FIX}/cases/passing.case.yaml`, '--protocols', PROTOCOLS, '--markdown']);
    assert.match(markdown.stdout, /^\|.*\bverdict\b.*\|$/m);
    assert.doesNotMatch(markdown.stdout, /^✔/m);
  });

  test('an HTML report that cannot be written: 2 and the reason; one that can: written, exit as the run', () => {
    const target = join(dir, 'no', 'such', 'r.html');
    const r = reimage(['run', `${FIX}/cases`, '--protocols', PROTOCOLS, '--html', target]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `${target}: cannot write the HTML report (ENOENT)\n`);
    const ok = join(dir, 'r.html');
    const written = reimage(['run', `${FIX}/failing`, '--protocols', PROTOCOLS, '--html', ok]);
    assert.equal(written.status, 1, 'the failing expectation still decides');
    assert.match(readFileSync(ok, 'utf8'), /<html/i);
  });

  test('validate: warnings alone exit 0 and are counted; --json lists them with the same exit', () => {
    const file = join(dir, 'late.case.yaml');
    writeFileSync(
      file,
      'case: late\nprotocol: mini-clinic\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: ct, modality: CT, date: 2026-05-01 }\n',
    );
    const r = reimage(['validate', file, '--protocols', PROTOCOLS]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(
      findings(r.stdout).map((f) => [f.severity, f.code]),
      [['warning', 'invalid-date']],
    );
    // The case and the protocol it names (read from --protocols) are checked.
    assert.equal(r.stderr, '2 files checked: 0 errors, 1 warning\n');
    const json = reimage(['validate', file, '--protocols', PROTOCOLS, '--json']);
    assert.equal(json.status, 0);
    const report = JSON.parse(json.stdout);
    assert.deepEqual([report.files, report.problems, report.diagnostics.map((d) => [d.severity, d.code, d.line])], [2, [], [['warning', 'invalid-date', 6]]]);
    const broken = reimage(['validate', `${FIX}/invalid/unknown-protocol.case.yaml`, 'no/such.case.yaml', '--protocols', PROTOCOLS]);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^2 files? checked: 2 errors, 0 warnings\n$|checked: 2 errors, 0 warnings\n$/);
    const brokenJson = JSON.parse(reimage(['validate', 'no/such.case.yaml', '--json']).stdout);
    assert.equal(brokenJson.problems.length, 1);
    assert.match(brokenJson.problems[0], /no\/such\.case\.yaml/);
  });

  test('without paths, run and validate read the protocols folder of the working directory', () => {
    assert.equal(reimage(['run']).status, 0, 'every shipped case meets its expect');
    const v = reimage(['validate']);
    assert.equal(v.status, 0);
    assert.match(v.stderr, /^\d+ files checked: 0 errors, /);
    const empty = reimage(['run'], { cwd: dir });
    assert.equal(empty.status, 2, 'no protocols folder here');
    assert.match(empty.stderr, /protocols/);
  });

  test('a JUnit report: written, exit as the run; one that cannot be written: 2 and the reason', () => {
    const ok = join(dir, 'j.xml');
    assert.equal(reimage(['run', `${FIX}/failing`, '--protocols', PROTOCOLS, '--junit', ok]).status, 1);
    assert.match(readFileSync(ok, 'utf8'), /<testsuites?\b/);
    const target = join(dir, 'no', 'such', 'j.xml');
    const r = reimage(['run', `${FIX}/cases`, '--protocols', PROTOCOLS, '--junit', target]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `${target}: cannot write the JUnit report (ENOENT)\n`);
  });

  test('fmt: --check exits 1 on a file not in the canonical format and writes nothing; fmt writes it, then --check is 0', () => {
    const file = join(dir, 'loose.case.yaml');
    const loose =
      'case: loose\nprotocol: mini-clinic\non: 2026-04-10\npatient: {context: active-oncology}\nstudies:\n    - {id: a, modality: XR, date: 2026-04-01}\n';
    writeFileSync(file, loose);
    assert.equal(reimage(['fmt', '--check', file]).status, 1);
    assert.equal(readFileSync(file, 'utf8'), loose);
    assert.equal(reimage(['fmt', file]).status, 0);
    assert.notEqual(readFileSync(file, 'utf8'), loose);
    assert.equal(reimage(['fmt', '--check', file]).status, 0);
  });

  test('an option the command does not take is refused with exit 2, naming the options it takes; nothing is written', () => {
    const empty = mkdtempSync(join(tmpdir(), 'reimage-options-'));
    try {
      for (const [args, wrong, takes] of [
        [['fmt', '--junit', 'out.xml', '--markdown'], '--junit', /fmt takes --check/],
        [['validate', '--check'], '--check', /validate takes --protocols, --json/],
        [['run', '--check'], '--check', /run takes --protocols, --json, --markdown, --junit, --html/],
        [['diff', '--json'], '--json', /diff takes --paths, --format, --exit-code, --textconv/],
      ]) {
        const r = reimage([...args, join(root, PROTOCOLS)], { cwd: empty });
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, new RegExp(`^reimage ${args[0]}: ${wrong} is not an option of ${args[0]}`), args.join(' '));
        assert.match(r.stderr, takes);
        assert.equal(r.stdout, '');
      }
      assert.deepEqual(readdirSync(empty), [], 'no report written');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('what run and validate print, and how a command line is refused', () => {
  const run = (...args) => reimage(['run', ...args, '--protocols', PROTOCOLS]);

  test('passing cases one line each in a row; a failing case set off by blank lines with its table; the counts last', () => {
    const head = (name, dir) => `${name}  ${FIX}/${dir}/${name}.case.yaml · mini-clinic · on 2026-04-10`;
    const passedFirst = run(`${FIX}/cases`, `${FIX}/failing`);
    assert.equal(passedFirst.status, 1);
    const [rows, failed, counts, end] = passedFirst.stdout.split('\n\n');
    assert.equal(rows, `✔ ${head('ordering', 'cases')}\n✔ ${head('passing', 'cases')}`);
    assert.match(failed, new RegExp(`^✘ ${head('failing', 'failing')}\n  study +verdict +rule +\\w+\n  chest-ct +REDO +thin-slice-ct `));
    assert.match(failed, /\n {2}expectation failed: chest-ct: expected accept, got redo \(thin-slice-ct: slice thickness 5mm does not meet <= 2\.5mm/);
    assert.equal(counts, '3 cases: 2 passed, 1 failed · studies: 2 accept, 1 review, 0 supplement, 3 redo\n');
    assert.equal(end, undefined);
    // The failing case first: the passing rows follow it after one blank line, and the counts after another.
    const failedFirst = run(`${FIX}/failing`, `${FIX}/cases`);
    const parts = failedFirst.stdout.split('\n\n');
    assert.equal(parts.length, 3);
    assert.match(parts[0], /^✘ failing /);
    assert.equal(parts[1], `✔ ${head('ordering', 'cases')}\n✔ ${head('passing', 'cases')}`);
    assert.match(parts[2], /^3 cases: 2 passed, 1 failed/);
  });

  test('one case file, or --verbose: every case with its table; several files: a passing case in one line', () => {
    const table = /^ {2}study +verdict +rule +\w+$/gm;
    assert.equal(run(`${FIX}/cases/passing.case.yaml`).stdout.match(table).length, 1);
    assert.equal(run(`${FIX}/cases`).stdout.match(table), null, 'a folder of two cases');
    assert.equal(run(`${FIX}/cases`, '--verbose').stdout.match(table).length, 2);
  });

  test('the HTML report links each case and rule relative to where the page is, each path part encoded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reimage-html-'));
    try {
      mkdirSync(join(dir, 'out'));
      cpSync(join(root, FIX, 'cases'), join(dir, 'my cases'), { recursive: true });
      cpSync(join(root, PROTOCOLS), join(dir, 'protocols'), { recursive: true });
      const r = reimage(['run', 'my cases', '--html', 'out/report.html'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      const hrefs = [...readFileSync(join(dir, 'out', 'report.html'), 'utf8').matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]);
      assert.ok(hrefs.includes('../my%20cases/passing.case.yaml'), hrefs.join(' '));
      assert.ok(
        hrefs.some((h) => /^\.\.\/protocols\/mini-clinic\.protocol\.yaml#L\d+$/.test(h)),
        hrefs.join(' '),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an option without its value, or a switch given one: 2, the problem in one sentence, then the usage', () => {
    for (const [args, first] of [
      [['run', '--protocols'], 'reimage run: --protocols needs a value'],
      [['run', '--json=yes'], 'reimage run: --json is a switch and takes no value'],
      [['validate', '-x'], 'reimage validate: -x is not an option of validate; validate takes --protocols, --json'],
    ]) {
      const r = reimage(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '');
      const [problem, usage] = r.stderr.split('\n\n');
      assert.equal(problem, first);
      assert.match(usage, new RegExp(`^usage: reimage ${args[0]} `));
    }
  });

  test('an unknown command: its name, then the usage; help alone is 0, nothing at all is 2', () => {
    const r = reimage(['frobnicate']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^reimage: unknown command 'frobnicate'\n\nreimage — requirement profiles for imaging done abroad\n\nusage:\n/);
    assert.equal(r.stdout, '');
    const help = reimage(['help']);
    const nothing = reimage([]);
    assert.equal(help.stdout, nothing.stdout, 'the same usage');
    assert.deepEqual([help.status, nothing.status], [0, 2]);
  });

  test('validate in text: each unreadable path and each finding on stdout, the count on stderr', () => {
    const r = reimage(['validate', `${FIX}/invalid/bad-date.case.yaml`, 'no/such.case.yaml', '--protocols', PROTOCOLS]);
    assert.equal(r.status, 2);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stdout);
    assert.match(r.stdout, /no\/such\.case\.yaml/);
    assert.deepEqual(
      findings(r.stdout).map((f) => [f.line, f.code, f.message]),
      [[9, 'invalid-value', '13 is not a month: months run from 01 to 12']],
    );
    assert.equal(r.stderr, '2 files checked: 2 errors, 0 warnings\n');
    // Two findings: one line each, every line ended.
    const two = reimage(['validate', `${FIX}/invalid/bad-date.case.yaml`, `${FIX}/invalid/unit-mismatch.case.yaml`, '--protocols', PROTOCOLS]);
    assert.equal(findings(two.stdout).length, 2, two.stdout);
    assert.match(two.stdout, /^[^\n]+\n[^\n]+\n$/);
    assert.match(reimage(['validate', `${FIX}/invalid/bad-date.case.yaml`, '--protocols', PROTOCOLS, '--json']).stdout, /\n\}\n$/);
  });

  test('run: a warning is not invalid input (exit as the cases, nothing on stderr); without paths validate checks every file of the protocols folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reimage-warning-'));
    try {
      const file = join(dir, 'late.case.yaml');
      writeFileSync(
        file,
        'case: late\nprotocol: mini-clinic\non: 2026-04-10\npatient: { context: active-oncology }\nstudies:\n  - { id: ct, modality: CT, date: 2026-05-01 }\n',
      );
      const r = reimage(['run', file, '--protocols', PROTOCOLS]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const shipped = readdirSync(join(root, 'protocols'), { recursive: true }).filter((f) => /\.(protocol|case)\.yaml$/.test(f)).length;
    assert.ok(shipped > 0);
    assert.match(reimage(['validate']).stderr, new RegExp(`^${shipped} files checked: 0 errors, `));
  });
});

describe('--lang on any command line, and the reports it asks for', () => {
  const PASSING = `${FIX}/cases/passing.case.yaml`;
  const LANGUAGES = 'en, zh-CN';

  test("--lang L and --lang=L choose the language of the report; the exit code is the run's", () => {
    for (const args of [
      ['run', PASSING, '--lang', 'zh-CN', '--protocols', PROTOCOLS],
      ['run', PASSING, '--protocols', PROTOCOLS, '--lang=zh-CN'],
    ]) {
      const r = reimage(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, /^1 个病例：1 个通过/m, args.join(' '));
      assert.doesNotMatch(r.stdout, /^1 case/m, args.join(' '));
    }
  });

  test('a language Reimage does not speak, or --lang without one: 2, the tag and the languages it takes, nothing run', () => {
    for (const [args, tag] of [
      [['run', PASSING, '--protocols', PROTOCOLS, '--lang', 'fr'], 'fr'],
      [['validate', '--lang=klingon'], 'klingon'],
      [['run', PASSING, '--protocols', PROTOCOLS, '--lang'], ''],
    ]) {
      const r = reimage(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.equal(
        r.stderr,
        `reimage: '${tag}' is not a language Reimage speaks; --lang takes ${LANGUAGES} (several, comma-separated, for a bilingual report: zh-CN,en)\n`,
        args.join(' '),
      );
    }
  });

  test('after --, --lang is a path like any other word', () => {
    const r = reimage(['run', PASSING, '--lang', 'zh-CN', '--protocols', PROTOCOLS, '--', '--lang=en']);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    // The run is in Chinese, as asked before --; the word after -- is the one path it cannot read.
    assert.equal(r.stderr.split('\n')[0], '--lang=en：没有这个文件或文件夹');
    assert.match(r.stdout, /^1 个病例：1 个通过/m);
  });

  test("a profile's words missing in the language asked for: one note on stderr, naming the language shown instead", () => {
    const zh = reimage(['run', `${FIX}/cases`, '--protocols', PROTOCOLS, '--lang', 'zh-CN']);
    assert.equal(zh.status, 0);
    assert.equal(zh.stderr, '注意：规范中部分文字没有 zh-CN 版本，以 en 显示\n');
    assert.equal(reimage(['run', `${FIX}/cases`, '--protocols', PROTOCOLS, '--lang', 'en']).stderr, '', 'English is what the profile is written in');
  });

  test('run --markdown --lang zh-CN,en: each case said in Chinese, then in English, reasons included', () => {
    const r = reimage(['run', 'protocols/cases/lung-cancer-new-headache-orders-brain-mr.case.yaml', '--markdown', '--lang', 'zh-CN,en']);
    assert.equal(r.status, 0, r.stderr);
    const row = (verdict) => new RegExp(`^\\| chest-ct \\| \\*\\*${verdict}\\*\\* \\|[^|]*\\| ([^|]*) \\|`, 'm');
    const zh = row('认可').exec(r.stdout);
    const en = row('accept').exec(r.stdout);
    assert.ok(zh && en, r.stdout);
    assert.ok(zh.index < en.index, 'Chinese first, as asked');
    assert.match(zh[1], /^截至 2026年4月10日 已 21 天/);
    assert.match(en[1], /^21 days old on 2026-04-10: within 4w for active-oncology; slice thickness 1mm meets <= 2\.5mm$/);
  });
});
