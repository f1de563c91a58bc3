// `reimage diff` for a terminal: changes grouped by protocol (each with its direction, whether it
// is a wording change, where it comes from and where it is written), then the studies whose
// verdict moves and the cases whose `expect` starts or stops failing, then a one-line summary —
// in the report's language.
import {
  byProtocol,
  changeMessage,
  changeNotes,
  changeSource,
  expectationText,
  markOf,
  sayOf,
  summaryText,
  verdictChangeText,
  verdictText,
  where,
  type ChangeNote,
  type DiffReport,
  type Verdict,
} from '../../core';
import type { Style } from '../services/style';

function noteStyle(n: ChangeNote, style: Style): string {
  return n.kind === 'stricter' ? style.yellow(n.text) : n.kind === 'looser' ? style.magenta(n.text) : style.dim(n.text);
}

export function renderDiffHuman(report: DiffReport, style: Style): string {
  const { diff } = report;
  const say = sayOf(report);
  const verdict = (v: Verdict) => {
    const word = verdictText(v, say);
    return v === 'accept' ? style.green(word) : v === 'review' ? style.blue(word) : v === 'supplement' ? style.yellow(word) : style.red(word);
  };
  const lines = [`${style.bold('reimage diff')} ${report.before} → ${report.after}`, ''];
  if (!diff.changes.length) lines.push(say.t('diff.no-changes'));
  for (const [protocol, changes] of byProtocol(diff.changes)) {
    lines.push(style.bold(protocol));
    for (const c of changes) {
      const notes = changeNotes(c, say).map((n) => noteStyle(n, style));
      const at = where(changeSource(c));
      lines.push(`  ${markOf(c.kind)} ${changeMessage(c, say)}${notes.length ? `  ${notes.join(style.dim(' · '))}` : ''}${at ? `  ${style.dim(at)}` : ''}`);
    }
  }
  const { impact } = diff;
  lines.push('', style.bold(say.t('diff.impact')) + style.dim(say.t('diff.impact-counts', { compared: impact.cases.compared, run: impact.cases.run })));
  if (!impact.studies.length) lines.push(`  ${say.t('diff.no-verdict-change')}`);
  for (const v of impact.studies) lines.push(`  ${verdictChangeText(v, say, verdict)}  ${style.dim(where(v.source))}`);
  if (impact.newlyFailing.length) {
    lines.push('', style.bold(say.t('diff.now-fails')));
    for (const e of impact.newlyFailing)
      lines.push(`  ${style.red('✘')} ${e.case}  ${style.dim(where(e.source) || e.file)}`, `      ${expectationText(e, say)}`);
  }
  if (impact.newlyPassing.length) {
    lines.push('', style.bold(say.t('diff.now-passes')));
    for (const e of impact.newlyPassing) lines.push(`  ${style.green('✔')} ${e.case}  ${style.dim(where(e.source) || e.file)}`);
  }
  lines.push('', summaryText(diff, say));
  return lines.join('\n') + '\n';
}
