// 简体中文 (zh-CN): the language of the hospital's physicians, radiologists and coordinators.
// Terms follow docs/glossary.md; every key of messages-en.ts must be here with the same parameters.
import type { MessageKey } from './messages-en';

export const ZH_CN: Readonly<Record<MessageKey, string>> = {
  'list.separator': '、',
  'clause.separator': '；',
  'sentence.dash': '——{text}',

  'verdict.accept': '认可',
  'verdict.review': '复核',
  'verdict.supplement': '补充',
  'verdict.redo': '重做',

  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.information': '提示',

  'date.format': "yyyy'年'M'月'd'日'",

  'cli.unknown-command': 'reimage：未知命令“{command}”',
  'cli.unknown-lang': 'reimage：不支持语言“{tag}”；--lang 可取 {languages}（双语报告可用逗号分隔多个，如 zh-CN,en）',
  'cli.internal-error': 'reimage：内部错误：{error}——请连同引发错误的输入一并报告',
  'cli.unknown-option': '{option} 不是 {command} 的选项；{command} 接受 {options}',
  'cli.no-options': '无选项',
  'cli.cannot-write': '{file}：无法写入{what}（{reason}）',
  'cli.junit-report': 'JUnit 报告',
  'cli.html-report': 'HTML 报告',
  'cli.no-protocols-folder': '{folder}：找不到该规范文件夹',
  'cli.profile-fallback': '注意：规范中部分文字没有{wanted}版本，以{languages}显示',
  'cli.checked': '已检查 {files} 个文件：{errors} 个错误，{warnings} 个警告',
  'cli.not-formatted': '{file}：未格式化：{reason}',

  'run.case-line': '{file} · {protocol} · 评估日期 {on}',
  'run.column.study': '检查',
  'run.column.verdict': '结论',
  'run.column.rule': '规则',
  'run.column.redo': '重做安排',
  'run.order': '新增检查',
  'run.ready-by': '{date} 前完成 · 预算 {budget}',
  'run.advice': '建议：',
  'run.expectation-failed': '预期未满足：',
  'run.summary': '{cases} 个病例：{passed}，{failed}',
  'run.summary.passed': '{count} 个通过',
  'run.summary.failed': '{count} 个未通过',
  'run.summary.untested': '，{count} 个无预期',
  'run.summary.studies': ' · 检查：认可 {accept}，复核 {review}，补充 {supplement}，重做 {redo}',

  'plan.scan': '扫描 {time}',
  'plan.report': '出报告 {time}',
  'plan.expedited': '（加急）',
  'plan.ready-by': '{date} 前完成',
  'plan.price-unknown': '价格未知（请与接收医院国际医疗部确认）',
  'budget.nothing': '无需重做',
  'budget.reserve': '；预留 {money}',
  'budget.unknown': '{known}{keys} 价格未知（请与接收医院国际医疗部确认{reserve}）',
  'order.title': '{modality}',
  'order.title-region': '{modality}（{region}）',
  'verdict-count': '{verdict} ×{count}',
};
