// `reimage diff` for a terminal: changes grouped by protocol (each with its direction, where it
// comes from and where it is written), then the studies whose verdict moves and the cases whose
// `expect` starts or stops failing, then a one-line summary.
import { byProtocol, changeNotes, changeSource, expectationText, markOf, summaryText, where, type DiffReport, type Verdict } from '../../core';
import type { Style } from '../services/style';

function verdict(v: Verdict, style: Style): string {
  return v === 'accept' ? style.green(v) : v === 'review' ? style.blue(v) : v === 'supplement' ? style.yellow(v) : style.red(v);
}

export function renderDiffHuman(report: DiffReport, style: Style): string {
  const { diff } = report;
  const lines = [`${style.bold('reimage diff')} ${report.before} → ${report.after}`, ''];
  if (!diff.changes.length) lines.push('No protocol changes by meaning (reordering and formatting are not changes).');
  for (const [protocol, changes] of byProtocol(diff.changes)) {
    lines.push(style.bold(protocol));
    for (const c of changes) {
      const notes = changeNotes(c).map((n) => (n === 'stricter' ? style.yellow(n) : n === 'looser' ? style.magenta(n) : style.dim(n)));
      const at = where(changeSource(c));
      lines.push(`  ${markOf(c.kind)} ${c.message}${notes.length ? `  ${notes.join(style.dim(' · '))}` : ''}${at ? `  ${style.dim(at)}` : ''}`);
    }
  }
  const { impact } = diff;
  lines.push('', style.bold(`Impact on cases`) + style.dim(` (${impact.cases.compared} compared, ${impact.cases.run} run in both versions)`));
  if (!impact.studies.length) lines.push('  no study changes verdict');
  for (const v of impact.studies) {
    const because = v.because.length ? `, because ${v.because.join(', ')}` : '';
    lines.push(`  ${v.case}/${v.study}: ${verdict(v.before, style)} → ${verdict(v.after, style)}${because}  ${style.dim(where(v.source))}`);
  }
  if (impact.newlyFailing.length) {
    lines.push('', style.bold('Cases whose expect now fails'));
    for (const e of impact.newlyFailing) lines.push(`  ${style.red('✘')} ${e.case}  ${style.dim(where(e.source) || e.file)}`, `      ${expectationText(e)}`);
  }
  if (impact.newlyPassing.length) {
    lines.push('', style.bold('Cases whose expect now passes'));
    for (const e of impact.newlyPassing) lines.push(`  ${style.green('✔')} ${e.case}  ${style.dim(where(e.source) || e.file)}`);
  }
  lines.push('', summaryText(diff));
  return lines.join('\n') + '\n';
}
