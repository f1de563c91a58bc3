// The command line in Chinese: --lang and the locale variables choose the language, exit codes
// and JSON keys stay the same, columns stay aligned with double-width words, and an unknown
// language is refused with the list of those Reimage speaks.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIX, PROTOCOLS, findings, reimage, root } from '../helpers/cli.mjs';
import core from '../../dist/core.js';

const HAN = /\p{Script=Han}/u;
const RUN = ['run', `${FIX}/cases`, `${FIX}/failing`, '--protocols', PROTOCOLS, '--verbose'];

describe('reimage in Chinese', () => {
  test('run --lang zh-CN writes its report in Chinese with the same exit code as in English', () => {
    const en = reimage(RUN);
    const zh = reimage([...RUN, '--lang', 'zh-CN']);
    assert.equal(en.status, 1, en.stderr);
    assert.equal(zh.status, en.status, 'the language does not change the exit code');
    const last = zh.stdout.trimEnd().split('\n').at(-1);
    assert.match(last, /^3 个病例：2 个通过，1 个未通过/);
    assert.match(zh.stdout, /^ {2}检查\s+结论\s+规则/m, 'the table header is in Chinese');
    // A full-width colon takes no space after it; the English colon does.
    assert.match(zh.stdout, /^ {2}预期未满足：\S/m);
    assert.match(en.stdout, /^ {2}expectation failed: \S/m);
    const advice = reimage(['run', 'protocols/cases/lung-cancer-new-headache-orders-brain-mr.case.yaml', '--lang', 'zh-CN']);
    assert.match(advice.stdout, /^ {2}建议：\S/m);
    assert.doesNotMatch(advice.stdout, /：\s/);
  });

  test('the locale variables choose the language when --lang is not given: LC_ALL, then LC_MESSAGES, then LANG', () => {
    const fromLang = reimage(RUN, { env: { LANG: 'zh_CN.UTF-8' } });
    assert.match(fromLang.stdout, /个病例/);
    const lcAllWins = reimage(RUN, { env: { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' } });
    assert.match(lcAllWins.stdout.trimEnd().split('\n').at(-1), /^3 cases/);
    const flagWins = reimage([...RUN, '--lang=en'], { env: { LC_ALL: 'zh_CN.UTF-8' } });
    assert.match(flagWins.stdout.trimEnd().split('\n').at(-1), /^3 cases/);
  });

  test('the columns of a study table line up when its words are two columns wide', () => {
    const zh = reimage([...RUN, '--lang', 'zh-CN']);
    const lines = zh.stdout.split('\n');
    const header = lines.findIndex((l) => /^ {2}检查/.test(l));
    const rows = [
      lines[header],
      ...lines
        .slice(header + 1)
        .filter((l) => /^ {2}\S/.test(l))
        .slice(0, 1),
    ];
    // The third column (rule) starts at the same display column in the header and the first row.
    const ruleColumn = (line) => {
      const cells = line.trim().split(/\s{2,}/);
      return core.displayWidth(line.slice(0, line.indexOf(cells[2])));
    };
    assert.equal(ruleColumn(rows[1]), ruleColumn(rows[0]), `${rows[0]}\n${rows[1]}`);
  });

  test('run --json keeps its keys, codes and verdict words; its messages are in the chosen language', () => {
    const en = JSON.parse(reimage([...RUN, '--json']).stdout);
    const zh = JSON.parse(reimage([...RUN, '--json', '--lang', 'zh-CN']).stdout);
    const shape = (r) => JSON.stringify(r, (k, v) => (typeof v === 'string' && k === 'message' ? '' : v));
    assert.equal(shape(zh), shape(en), 'the same keys and values but the messages');
    const messages = (r) => r.cases.flatMap((c) => c.studies.flatMap((s) => s.reasons.map((x) => x.message)));
    assert.ok(messages(en).length > 0);
    assert.ok(
      messages(zh).every((m) => HAN.test(m)),
      `every reason in Chinese: ${messages(zh).join(' | ')}`,
    );
    assert.ok(messages(en).every((m) => !HAN.test(m)));
  });

  test('validate --lang zh-CN: the findings keep file:line:col, severity and code; the counts are in Chinese', () => {
    const en = reimage(['validate', `${FIX}/invalid`]);
    const zh = reimage(['validate', `${FIX}/invalid`, '--lang', 'zh-CN']);
    assert.equal(zh.status, en.status);
    assert.deepEqual(
      findings(zh.stdout).map(({ file, line, column, severity, code }) => ({ file, line, column, severity, code })),
      findings(en.stdout).map(({ file, line, column, severity, code }) => ({ file, line, column, severity, code })),
    );
    assert.match(zh.stderr, /已检查 \d+ 个文件/);
  });

  test("an unknown --lang is refused with exit 2 and the list of languages, in the environment's language", () => {
    const r = reimage(['run', '--lang', 'fr']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /'fr' is not a language Reimage speaks; --lang takes en, zh-CN/);
    const zh = reimage(['validate', '--lang', 'klingon'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(zh.status, 2);
    assert.match(zh.stderr, /不支持语言“klingon”；--lang 可取 en、zh-CN/);
    assert.ok(HAN.test(zh.stderr));
  });
});

describe('reports in Chinese and in two languages', () => {
  test("run --junit --lang zh-CN: the plan lines for CI's output pane and the skipped note in Chinese; the XML's names and counts as in English", () => {
    const dir = mkdtempSync(join(tmpdir(), 'reimage-junit-zh-'));
    try {
      // A case without expect: JUnit marks it skipped, with a note.
      const ordering = readFileSync(`${root}/${FIX}/cases/ordering.case.yaml`, 'utf8');
      writeFileSync(join(dir, 'untested.case.yaml'), ordering.replace('case: ordering', 'case: untested').replace(/^expect:[\s\S]*$/m, ''));
      const args = ['run', `${FIX}/cases`, join(dir, 'untested.case.yaml'), '--protocols', PROTOCOLS];
      const en = reimage([...args, '--junit', join(dir, 'en.xml')]);
      const zh = reimage([...args, '--junit', join(dir, 'zh.xml'), '--lang', 'zh-CN']);
      assert.equal(zh.status, en.status);
      const [enXml, zhXml] = ['en', 'zh'].map((l) => readFileSync(join(dir, `${l}.xml`), 'utf8'));
      const tags = (xml) => [...xml.matchAll(/<(testsuites?|testcase) [^>]*>/g)].map((m) => m[0]);
      assert.deepEqual(tags(zhXml), tags(enXml), 'suites, cases and counts are the same');
      const outs = [...zhXml.matchAll(/<system-out>([\s\S]*?)<\/system-out>/g)].map((m) => m[1]);
      assert.ok(outs.length > 0);
      for (const out of outs) assert.match(out.split('\n').at(-1), /^安排：/, out);
      assert.doesNotMatch(zhXml, /planned:|ready by|budget/);
      assert.match(enXml, /<skipped message="the case has no expect"\/>/);
      assert.match(zhXml, /<skipped message="该病例没有 expect"\/>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const CASES = ['run', `${FIX}/cases/ordering.case.yaml`, '--protocols', PROTOCOLS, '--markdown'];

  test('run --markdown --lang zh-CN: headings, table and dates in Chinese; the exit code as in English', () => {
    const en = reimage(CASES);
    const zh = reimage([...CASES, '--lang', 'zh-CN']);
    assert.equal(zh.status, en.status);
    assert.match(zh.stdout, /^## Reimage 运行结果：1 个病例/m);
    assert.match(zh.stdout, /^\| 检查 \| 结论 \| 规则 \| 原因 \| 安排 \|$/m);
    assert.match(zh.stdout, /\d{4}年\d{1,2}月\d{1,2}日/);
    assert.doesNotMatch(zh.stdout, /\| study \| verdict/);
  });

  test("run --markdown --lang zh-CN,en: each case in both languages, Chinese first as asked, the patient's advice first in English", () => {
    const r = reimage(['run', 'protocols/cases/lung-cancer-new-headache-orders-brain-mr.case.yaml', '--markdown', '--lang', 'zh-CN,en']);
    assert.equal(r.status, 0, r.stderr);
    const zhTable = r.stdout.indexOf('| 检查 | 结论 |');
    const enTable = r.stdout.indexOf('| study | verdict |');
    assert.ok(zhTable > 0 && enTable > zhTable, 'the Chinese section, then the English one');
    const enAdvice = r.stdout.indexOf('**Advice**');
    const zhAdvice = r.stdout.indexOf('**给患者的建议**');
    assert.ok(enAdvice > enTable && zhAdvice > enAdvice, 'the advice in English before the Chinese');
  });
});

describe("the command line's own words in Chinese: usage, fmt and import", () => {
  const COMMANDS = ['validate', 'run', 'fmt', 'diff', 'import'];
  /** Lines that are neither blank nor a command line as typed: what a reader reads. */
  const prose = (help) => help.split('\n').filter((l) => l.trim() && !/^\s*reimage [a-z]+ /.test(l) && !/^用法：reimage /.test(l));

  test('reimage --help and each command --help are in Chinese with --lang zh-CN or LANG=zh_CN.UTF-8, with the exit codes of English', () => {
    for (const args of [['--help'], ...COMMANDS.map((c) => [c, '--help'])]) {
      const en = reimage(args);
      const zh = reimage([...args, '--lang', 'zh-CN']);
      const fromLang = reimage(args, { env: { LANG: 'zh_CN.UTF-8' } });
      assert.equal(zh.status, en.status, args.join(' '));
      assert.equal(zh.status, 0, args.join(' '));
      assert.equal(fromLang.stdout, zh.stdout, `${args.join(' ')}: LANG chooses Chinese as --lang does`);
      const untranslated = prose(zh.stdout).filter((l) => !HAN.test(l));
      assert.deepEqual(untranslated, [], `${args.join(' ')}: every line a person reads is Chinese`);
      assert.ok(
        prose(en.stdout).every((l) => !HAN.test(l)),
        `${args.join(' ')} stays English without a language`,
      );
    }
    const main = reimage(['--help', '--lang', 'zh-CN']).stdout;
    for (const c of COMMANDS) assert.match(main, new RegExp(`^ {2}reimage ${c} `, 'm'), `the usage lists ${c}`);
    assert.match(main, /^ {2}--lang L +消息和报告的语言/m, '--lang is explained');
    // No command at all: the usage in Chinese and 2, as in English.
    const nothing = reimage([], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(nothing.status, 2);
    assert.match(nothing.stdout, /^用法：$/m);
  });

  test("the options' descriptions start at one display column, also where the left column is Chinese", () => {
    for (const lang of ['en', 'zh-CN']) {
      const help = reimage(['diff', '--help', '--lang', lang]).stdout;
      const rows = help.split('\n').filter((l) => /^ {2}\S.*\S {2,}\S/.test(l) && !/^ {2}reimage /.test(l));
      assert.equal(rows.length, 7, help);
      const starts = rows.map((l) => core.displayWidth(l.slice(0, l.search(/(?<=\S {2,})\S/))));
      assert.equal(new Set(starts).size, 1, `${lang}: ${starts.join(', ')}\n${rows.join('\n')}`);
    }
    assert.match(reimage(['diff', '--help', '--lang', 'zh-CN']).stdout, /^ {2}不指定修订版本 +工作区与 HEAD 比较$/m);
  });

  test('a refused option is explained in Chinese, then the usage; exit 2', () => {
    for (const [args, problem] of [
      [['run', '--protocols'], 'reimage run: --protocols 需要一个值'],
      [['run', '--json=yes'], 'reimage run: --json 是开关选项，不接受值'],
      [['fmt', '--junit', 'x.xml'], 'reimage fmt: --junit 不是 fmt 的选项；fmt 接受 --check'],
    ]) {
      const r = reimage([...args, '--lang', 'zh-CN']);
      assert.equal(r.status, 2, args.join(' '));
      const [first, usage] = r.stderr.split('\n\n');
      assert.equal(first, problem);
      assert.match(usage, new RegExp(`^用法：reimage ${args[0]} `));
    }
  });

  test('fmt in Chinese: the files it cannot format and the paths it cannot read, with the exit codes of English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reimage-fmt-zh-'));
    try {
      writeFileSync(join(dir, 'anchors.protocol.yaml'), 'protocol: a\ntitle: &t words\nnote: *t\n');
      writeFileSync(join(dir, 'messy.case.yaml'), 'protocol: tier3a-public\ncase: messy\n');
      const en = reimage(['fmt', '--check', '.', 'missing'], { cwd: dir });
      const zh = reimage(['fmt', '--check', '.', 'missing', '--lang', 'zh-CN'], { cwd: dir });
      assert.equal(zh.status, en.status);
      assert.equal(zh.status, 2, 'a refused file and a missing path: 2');
      assert.equal(zh.stdout, en.stdout, 'the unformatted files are listed by name alone');
      assert.match(zh.stdout, /^messy\.case\.yaml$/m);
      assert.match(zh.stderr, /^missing：没有这个文件或文件夹$/m);
      assert.match(zh.stderr, /^anchors\.protocol\.yaml：未格式化：文件使用了锚点（&name）（第 2 行），格式化工具不改写这种写法$/m);
      assert.match(en.stderr, /^anchors\.protocol\.yaml: not formatted: the file uses an anchor \(&name\) \(line 2\), which the formatter does not rewrite$/m);
      const check = reimage(['fmt', '--check', 'messy.case.yaml', '--lang', 'zh-CN'], { cwd: dir });
      assert.equal(check.status, 1, '--check finding an unformatted file: 1 in Chinese too');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('import in Chinese: what is wrong with its options, with exit 2 as in English', () => {
    const en = reimage(['import', 'no/such/folder', '--on', '2026-02-30', '--protocol', 'Tier3A']);
    const zh = reimage(['import', 'no/such/folder', '--on', '2026-02-30', '--protocol', 'Tier3A', '--lang', 'zh-CN']);
    assert.equal(en.status, 2);
    assert.equal(zh.status, 2);
    assert.deepEqual(zh.stderr.trimEnd().split('\n'), [
      'reimage import：--on：应为 YYYY-MM-DD 格式的日期，实际为“2026-02-30”',
      'reimage import：--protocol：“Tier3A”不是规范 id（应为小写字母、数字和连字符）',
    ]);
    const nothing = reimage(['import', '--study', '1.2.3'], { env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(nothing.status, 2);
    assert.match(nothing.stderr, /^reimage import：请给出要读取的文件夹、DICOMDIR 或 zip/m);
    assert.match(nothing.stderr, /^reimage import：--study 需要配合 --dicomweb URL 使用$/m);
  });
});
