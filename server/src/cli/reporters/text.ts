// The human report for a terminal: per case a table of studies with verdict, deciding rule
// and redo plan, then orders, ready-by date, budget, advice and the expectation check.
import type { CaseResult, RunResult, Verdict } from '../../core';
import type { Style } from '../services/style';
import { advisories, budgetText, caseStatus, decidingReasons, findings, orderTitle, planText } from '../../core';

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - s.length));
}

function verdictText(v: Verdict, style: Style): string {
  const word = v.toUpperCase();
  return v === 'accept' ? style.green(word) : v === 'review' ? style.blue(word) : v === 'supplement' ? style.yellow(word) : style.red(word);
}

export function renderCase(c: CaseResult, style: Style): string {
  const lines: string[] = [];
  const status = caseStatus(c);
  const mark = status === 'passed' ? style.green('✔') : status === 'failed' ? style.red('✘') : style.dim('•');
  lines.push(`${mark} ${style.bold(c.case)}  ${style.dim(`${c.file} · ${c.protocol} · on ${c.on}`)}`);
  const idWidth = Math.max(5, ...c.studies.map((s) => s.id.length));
  const ruleWidth = Math.max(4, ...c.studies.map((s) => decidingReasons(s).map((r) => r.rule).join(', ').length));
  lines.push(style.dim(`  ${pad('study', idWidth)}  ${pad('verdict', 10)}  ${pad('rule', ruleWidth)}  redo`));
  for (const s of c.studies) {
    const deciding = decidingReasons(s);
    const rules = deciding.map((r) => r.rule).join(', ');
    const redo = s.redo ? planText(s.redo) : '';
    lines.push(`  ${pad(s.id, idWidth)}  ${verdictText(s.verdict, style)}${' '.repeat(10 - s.verdict.length)}  ${pad(rules, ruleWidth)}  ${redo}`);
    const shown = s.verdict === 'accept' ? deciding : findings(s);
    for (const r of shown) lines.push(style.dim(`  ${' '.repeat(idWidth)}  ↳ ${shown.length > 1 || r.verdict !== s.verdict ? `${r.verdict} · ` : ''}${r.rule}: ${r.message}`));
    for (const r of advisories(s)) lines.push(style.dim(`  ${' '.repeat(idWidth)}  ⓘ ${r.rule}: ${r.message}`));
  }
  for (const o of c.orders) {
    lines.push(`  ${style.magenta('order')} ${orderTitle(o)} — ${o.reason} ${style.dim(`(${o.rule})`)}`);
    lines.push(style.dim(`        ${planText(o)}`));
  }
  if (c.summary.ready_by) lines.push(`  ready by ${style.bold(c.summary.ready_by)} · budget ${budgetText(c.summary.budget)}`);
  for (const a of c.advice) lines.push(`  ${style.dim('advice:')} ${a}`);
  for (const f of c.expectations.failures) lines.push(`  ${style.red('expectation failed:')} ${f.message}`);
  return lines.join('\n');
}

export function renderText(result: RunResult, style: Style): string {
  const blocks = result.cases.map((c) => renderCase(c, style));
  const passed = result.cases.filter((c) => caseStatus(c) === 'passed').length;
  const failed = result.cases.filter((c) => caseStatus(c) === 'failed').length;
  const untested = result.cases.length - passed - failed;
  const counts = { accept: 0, review: 0, supplement: 0, redo: 0 };
  for (const c of result.cases) for (const s of c.studies) counts[s.verdict]++;
  const summary = `${result.cases.length} case${result.cases.length === 1 ? '' : 's'}: ${style.green(`${passed} passed`)}, ${failed ? style.red(`${failed} failed`) : '0 failed'}` +
    (untested ? `, ${untested} without expect` : '') +
    ` · studies: ${counts.accept} accept, ${counts.review} review, ${counts.supplement} supplement, ${counts.redo} redo`;
  return [...blocks, summary].join('\n\n') + '\n';
}
