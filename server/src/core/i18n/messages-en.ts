// English: the fallback language and the one the core's data carries by default. Every key here
// must be in every other shipped language with the same parameters (test/core/i18n.test.mjs).
// Terms follow docs/glossary.md.

export const EN = {
  'list.separator': ', ',
  'clause.separator': '; ',
  'sentence.dash': ' — {text}',

  'verdict.accept': 'accept',
  'verdict.review': 'review',
  'verdict.supplement': 'supplement',
  'verdict.redo': 'redo',

  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.information': 'information',

  'date.format': 'yyyy-MM-dd',

  // CLI
  'cli.unknown-command': "reimage: unknown command '{command}'",
  'cli.unknown-lang': "reimage: '{tag}' is not a language Reimage speaks; --lang takes {languages} (several, comma-separated, for a bilingual report: zh-CN,en)",
  'cli.internal-error': 'reimage: internal error: {error} — please report this with the input that caused it',
  'cli.unknown-option': '{option} is not an option of {command}; {command} takes {options}',
  'cli.no-options': 'no options',
  'cli.cannot-write': '{file}: cannot write the {what} ({reason})',
  'cli.junit-report': 'JUnit report',
  'cli.html-report': 'HTML report',
  'cli.no-protocols-folder': '{folder}: no such protocols folder',
  'cli.profile-fallback': 'note: some of the profile\'s words have no {wanted} text and are shown in {languages}',
  'cli.checked': '{files} {files|file|files} checked: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}',
  'cli.not-formatted': '{file}: not formatted: {reason}',

  // run's text report
  'run.case-line': '{file} · {protocol} · on {on}',
  'run.column.study': 'study',
  'run.column.verdict': 'verdict',
  'run.column.rule': 'rule',
  'run.column.redo': 'redo',
  'run.order': 'order',
  'run.ready-by': 'ready by {date} · budget {budget}',
  'run.advice': 'advice:',
  'run.expectation-failed': 'expectation failed:',
  'run.summary': '{cases} {cases|case|cases}: {passed}, {failed}',
  'run.summary.passed': '{count} passed',
  'run.summary.failed': '{count} failed',
  'run.summary.untested': ', {count} without expect',
  'run.summary.studies': ' · studies: {accept} accept, {review} review, {supplement} supplement, {redo} redo',

  // wording of plans and budgets (terminal and reports)
  'plan.scan': 'scan {time}',
  'plan.report': 'report {time}',
  'plan.expedited': ' (expedited)',
  'plan.ready-by': 'ready by {date}',
  'plan.price-unknown': 'price unknown (confirm with the receiving IMD)',
  'budget.nothing': 'nothing to redo',
  'budget.reserve': '; set aside {money}',
  'budget.unknown': '{known}unknown for {keys} (confirm with the receiving IMD{reserve})',
  'order.title': '{modality}',
  'order.title-region': '{modality} of the {region}',
  'verdict-count': '{verdict} ×{count}',
} as const;

export type MessageKey = keyof typeof EN;
