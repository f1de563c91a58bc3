// The command line in Chinese: --lang and the locale variables choose the language, exit codes
// and JSON keys stay the same, columns stay aligned with double-width words, and an unknown
// language is refused with the list of those Reimage speaks.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FIX, PROTOCOLS, findings, reimage } from '../helpers/cli.mjs';
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
