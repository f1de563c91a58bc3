// Every finding and quick-fix title is data (a catalogue key and its parameters), so it can be
// said in every shipped language: the findings of every diagnostics fixture and of inputs that
// reach the other messages (YAML the parser rejects, units, dates, weakened hard rules) are said
// in Chinese, with the English of `message` unchanged. The Chinese sentences below are written
// from docs/glossary.md, not copied from the output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import core from '../../dist/core.js';
import { fixtureProjects } from '../helpers/annotations.mjs';

const HAN = /\p{Script=Han}/u;
const zh = new core.Catalogue('zh-CN');
const en = new core.Catalogue('en');

const FIXTURES = fileURLToPath(new URL('../fixtures/diagnostics', import.meta.url));

const PARENT = `protocol: parent
hospital: { sector: public, currency: USD }
rules:
  - id: thin
    when: { modality: CT }
    require: { slice_thickness: '<= 1.5mm', sequences: [], format: [DICOM] }
    otherwise: redo
    hard: true
  - id: heart
    when: { modality: MR, region: heart }
    require: { sequences: [cine, LGE] }
    otherwise: redo
    hard: true
`;

/** A child protocol of PARENT whose rule `id` reads `body`. */
const child = (name, id, body) => ({
  path: `${name}.protocol.yaml`,
  text: `protocol: ${name}\nextends: parent\nhospital: { sector: public }\nrules:\n  - id: ${id}\n${body}`,
});

/** Projects that reach the messages the fixtures do not. */
const MORE = {
  'yaml the parser rejects': [
    { path: 'tabs.case.yaml', text: 'case: c\nprotocol: p\npatient:\n\tcontext: x\n' },
    { path: 'indent.case.yaml', text: 'case: c\nprotocol: p\nstudies:\n  - id: a\n   modality: CT\n' },
    { path: 'docs.case.yaml', text: 'case: c\n---\nprotocol: p\n' },
    { path: 'escape.case.yaml', text: 'case: "a\\qb"\nprotocol: p\n' },
    { path: 'alias.case.yaml', text: 'case: *nowhere\nprotocol: p\n' },
    { path: 'tag.case.yaml', text: 'case: !unknown c\nprotocol: p\n' },
    { path: 'at.case.yaml', text: 'case: @c\nprotocol: p\n' },
    { path: 'quote.case.yaml', text: 'case: "c\nprotocol: p\n' },
    { path: 'list.protocol.yaml', text: 'protocol: p\nhospital: { sector: public, currency: USD }\nrules: [ { id: a }\n' },
    { path: 'key.case.yaml', text: '[a, b]: c\ncase: c\nprotocol: p\n' },
    { path: 'deep.case.yaml', text: `case: ${'['.repeat(200)}${']'.repeat(200)}\n` },
  ],
  'files that are not maps of keys': [
    { path: 'empty.protocol.yaml', text: '# nothing yet\n' },
    { path: 'scalar.case.yaml', text: 'just words\n' },
    { path: 'notes.yaml', text: 'title: meeting notes\n' },
  ],
  'units and dates': [
    {
      path: 'u.protocol.yaml',
      text: `protocol: u
hospital: { sector: public, currency: USD }
holidays: ['2026-10-07..2026-10-01', '2026-01-01..2027-12-31', 2026-02-30]
costs: { CT: 1100 USD, MR: -5, PET-CT: '1..2..3' }
validity:
  active-oncology: { window: 2days, beyond: redo, timeline: { CT: { scan: 1 bd, report: 2 } } }
  stable: { window: 3min, beyond: redo }
rules:
  - id: r
    when: { modality: CT }
    require: { slice_thickness: 2.5mm, field_strength: '=> 1.5T' }
    otherwise: redo
  - id: s
    when: { modality: MR }
    require: { series: [{ sequence: DWI, b_value: '>= 1400mm' }] }
    otherwise: redo
`,
    },
  ],
  'weakened hard rules': [
    { path: 'parent.protocol.yaml', text: PARENT },
    child('disables', 'thin', '    disabled: true\n'),
    child('soft', 'thin', "    when: { modality: CT }\n    require: { slice_thickness: '<= 1.5mm', format: [DICOM] }\n    otherwise: redo\n"),
    child(
      'when',
      'thin',
      "    when: { modality: CT, contrast: true }\n    require: { slice_thickness: '<= 1.5mm', format: [DICOM] }\n    otherwise: redo\n    hard: true\n",
    ),
    child('looser', 'thin', "    when: { modality: CT }\n    require: { slice_thickness: '<= 3mm', format: [DICOM] }\n    otherwise: redo\n    hard: true\n"),
    child(
      'format',
      'thin',
      "    when: { modality: CT }\n    require: { slice_thickness: '<= 1.5mm', format: [DICOM, JPEG] }\n    otherwise: redo\n    hard: true\n",
    ),
    child('fewer', 'heart', '    when: { modality: MR, region: heart }\n    require: { sequences: [cine] }\n    otherwise: redo\n    hard: true\n'),
    child(
      'milder',
      'heart',
      '    when: { modality: MR, region: heart }\n    require: { sequences: [cine, LGE] }\n    otherwise: redo\n    hard: true\n    missing: { LGE: supplement }\n',
    ),
    {
      path: 'ct-sequences.protocol.yaml',
      text: 'protocol: ct-sequences\nhospital: { sector: public, currency: USD }\nrules:\n  - id: ct-dwi\n    when: { modality: CT }\n    require: { series: [{ sequence: [DWI, T2] }] }\n    otherwise: redo\n',
    },
  ],
};

function projects() {
  return [
    ...fixtureProjects(FIXTURES).map(({ name, files }) => ({ name: `fixture ${name}`, files })),
    ...Object.entries(MORE).map(([name, files]) => ({ name, files })),
  ];
}

/** Every finding of a project with the file it is in. */
function findingsOf(files) {
  const project = core.analyzeProject(files);
  return [...project.diagnostics.entries()].flatMap(([file, list]) => list.map((d) => ({ file, d })));
}

test('every finding, its related places and its quick fixes are data said in Chinese, and their English is the message as before', () => {
  const codes = new Set();
  for (const { name, files } of projects()) {
    for (const { file, d } of findingsOf(files)) {
      const where = `${name}: ${file}: [${d.code}] ${d.message}`;
      codes.add(d.code);
      assert.ok(d.text && Object.hasOwn(core.CATALOGUES.en, d.text.key), `${where}: the finding is not given as a Message`);
      assert.equal(core.sayMessage(d, en), d.message, `${where}: the English said from the Message`);
      const chinese = core.sayMessage(d, zh);
      assert.ok(HAN.test(chinese), `${where}: said in zh-CN as '${chinese}'`);
      for (const r of d.related ?? []) {
        assert.ok(r.text, `${where}: related '${r.message}' is not given as a Message`);
        assert.ok(HAN.test(core.sayMessage(r, zh)), `${where}: related said in zh-CN as '${core.sayMessage(r, zh)}'`);
      }
      for (const f of d.fixes ?? []) {
        assert.ok(f.titleText, `${where}: fix '${f.title}' is not given as a Message`);
        assert.equal(core.sayFixTitle(f, en), f.title);
        assert.ok(HAN.test(core.sayFixTitle(f, zh)), `${where}: fix said in zh-CN as '${core.sayFixTitle(f, zh)}'`);
      }
    }
  }
  // The extra inputs reach what they are written for.
  for (const code of [
    'yaml-syntax',
    'too-deep',
    'not-a-map',
    'unknown-file-kind',
    'invalid-unit',
    'unit-mismatch',
    'reversed-range',
    'hard-rule-weakened',
    'invalid-rule',
  ]) {
    assert.ok(codes.has(code), `no ${code} finding was checked`);
  }
});

/** The findings of `files` with `code`, said in Chinese. */
function saidInChinese(files, code) {
  return findingsOf(files)
    .filter(({ d }) => d.code === code)
    .map(({ d }) => core.sayMessage(d, zh));
}

test('YAML syntax findings in Chinese: a key written twice is named, in both languages', () => {
  const text = 'case: c\nprotocol: p\non: 2026-04-10\non: 2026-04-11\n';
  const [d] = core.analyzeFile({ path: 'twice.case.yaml', text }).diagnostics.filter((x) => x.code === 'duplicate-key');
  assert.equal(d.message, 'the key `on` appears twice in the same map; keep one');
  assert.equal(core.sayMessage(d, zh), '键 `on` 在同一映射中出现了两次；只保留一个');
  const yaml = saidInChinese(MORE['yaml the parser rejects'], 'yaml-syntax');
  assert.ok(yaml.includes('YAML 不能用制表符缩进；请使用空格'), yaml.join('\n'));
  assert.ok(yaml.includes('一个文件只含一个文档；请删除 `---` 分隔符'), yaml.join('\n'));
  assert.ok(saidInChinese(MORE['yaml the parser rejects'], 'unknown-key').includes('键必须是单个词或值，不能是列表或键值映射'));
  assert.deepEqual(saidInChinese(MORE['yaml the parser rejects'], 'too-deep'), ['此处嵌套超过 64 层；规范或病例远用不到这么多层']);
  assert.ok(
    yaml.some((m) => m.startsWith('双引号文字中的转义序列无效（YAML 解析器：')),
    'a message the parser words keeps its words as the detail',
  );
});

test('quick fixes of YAML syntax, units and keys have Chinese titles', () => {
  const comparison = core.analyzeFile({ path: 'q.protocol.yaml', text: 'protocol: q\nrules:\n  - id: r\n    require: { field_strength: >= 1.5T }\n' });
  const quote = comparison.diagnostics.find((d) => d.code === 'yaml-syntax');
  assert.equal(core.sayMessage(quote, zh), '以 > 开头的值在 YAML 中必须加引号：请写成 ">= 1.5T"');
  assert.equal(core.sayFixTitle(quote.fixes[0], zh), '加引号：">= 1.5T"');
  const unclosed = core.analyzeFile({ path: 'u.case.yaml', text: 'case: c\nprotocol: p\npatient: { context: x\nstudies: []\n' });
  const brace = unclosed.diagnostics.find((d) => d.code === 'yaml-syntax');
  assert.equal(core.sayFixTitle(brace.fixes[0], zh), '加上 }');
  const unit = core.analyzeFile({
    path: 's.case.yaml',
    text: 'case: c\nprotocol: p\non: 2026-04-10\nstudies:\n  - { id: s, modality: CT, date: 2026-04-01, slice_thickness: 5 }\n',
  });
  const needsUnit = unit.diagnostics.find((d) => d.code === 'invalid-unit');
  assert.equal(core.sayMessage(needsUnit, zh), '5 缺少单位：请写长度，如 2.5mm（单位：mm）');
  assert.equal(core.sayFixTitle(needsUnit.fixes[0], zh), '改为 5mm');
  const missing = core.analyzeFile({ path: 'm.case.yaml', text: 'case: c\nprotocol: p\non: 2026-04-10\nstudies:\n  - { id: s, modality: CT }\n' });
  const addDate = missing.diagnostics.flatMap((d) => d.fixes ?? []).find((f) => f.title === 'Add `date`');
  assert.equal(core.sayFixTitle(addDate, zh), '添加 `date`');
});

test('unit and date findings in Chinese: units lists take the Chinese separator, a month is written as Chinese writes it', () => {
  const say = (result) => zh.say(result.error.text);
  assert.equal(say(core.parseLength('0.5cm')), '“cm”是长度单位；长度应使用 mm，如 2.5mm（0.5cm = 5mm）');
  assert.equal(say(core.parseWindow('2days')), '“days”不是时长的单位；请使用 d、w、mo、y，如 4w');
  assert.equal(say(core.parseBValue('1400mm')), '“mm”是长度单位；b 值应写作纯数字（或 s/mm2、s/mm²），如 1400');
  assert.equal(say(core.parseComparison('=> 1.5T', 'field-strength')), '比较符请写作 >=');
  assert.equal(say(core.parseComparison('', 'length')), '应为比较式，如 <= 2.5mm，实际为空值');
  assert.equal(say(core.parseSpan('1100 USD')), '请只写数额，如 1100..1500，不要写“USD”（币种只在 hospital.currency 中设定一次）');
  assert.equal(say(core.parseDate('2026-02-30')), '日期 2026-02-30 不存在：2026年2月只有 28 天');
  assert.equal(core.parseDate('2026-02-30').error.message, '2026-02-30 does not exist: February 2026 has 28 days');
  assert.equal(say(core.parseDateOrRange('2026-10-07..2026-10-01')), '日期范围写反了：2026-10-01 早于 2026-10-07');
  assert.equal(say(core.parseWindow('6w..4w')), '范围写反了：6w..4w 的起点大于终点；请先写下限（4w..6w）');
});

test("the protocols' own checks in Chinese: regions, missing items, weakened hard rules, rule and study ids", () => {
  const weakened = saidInChinese(MORE['weakened hard rules'], 'hard-rule-weakened');
  for (const reason of [
    '不能停用',
    '须保留 `hard: true`',
    '其 `when` 条件必须保持不变',
    'slice_thickness 至少应与 <= 1.5mm 同样严格',
    '不能接受 JPEG',
    '仍须要求 LGE',
  ]) {
    assert.ok(
      weakened.some((m) => m.endsWith(`此处不能放宽：${reason}`)),
      `${reason}:\n${weakened.join('\n')}`,
    );
  }
  assert.ok(weakened.includes('“heart”是 parent 中的强制规则，此处不能放宽：缺少 LGE 时至少应为“重做”（此处为“补充”）'), weakened.join('\n'));
  const [noMr] = saidInChinese(MORE['weakened hard rules'], 'invalid-rule');
  assert.equal(noMr, '此规则适用于 CT 检查，这些检查没有 MR 序列：它要求的 DWI 或 T2 序列永远无法找到；请改为要求期相，或在 when.modality 中加入 MR');
});
