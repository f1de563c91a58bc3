// The semantic diff as Markdown (`reimage diff --format markdown`; the editor's compare view
// exports it too): a pull-request comment — a summary, changes per protocol (a child's inherited
// ones folded away), verdict changes and cases whose `expect` starts or stops failing. Long lists
// are cut, saying so, to stay inside the size of a comment.
import type { ProtocolChange } from '../diff';
import { byProtocol, changeSource, expectationText, markOf, summaryText, where, type DiffReport } from './diff-wording';

/** Rows per table; GitHub refuses comments over 65,536 characters. */
export const MARKDOWN_ROWS = 100;

function cell(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(s: string): string {
  return s ? `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '';
}

function cut<T>(rows: readonly T[], render: (row: T) => string): string[] {
  const shown = rows.slice(0, MARKDOWN_ROWS).map(render);
  if (rows.length > MARKDOWN_ROWS) shown.push('', `… and ${rows.length - MARKDOWN_ROWS} more — run \`reimage diff --format human\` for the full list.`);
  return shown;
}

function changeTable(changes: readonly ProtocolChange[]): string[] {
  return [
    '| | change | direction | where |',
    '|---|---|---|---|',
    ...cut(changes, (c) => `| ${markOf(c.kind)} | ${cell(c.message)} | ${c.direction ?? ''} | ${code(where(changeSource(c)))} |`),
  ];
}

export function renderDiffMarkdown(report: DiffReport): string {
  const { diff } = report;
  const out = ['<!-- reimage-diff -->', `## Reimage diff: ${cell(report.before)} → ${cell(report.after)}`, '', `**${cell(summaryText(diff))}**`];
  if (diff.changes.length) {
    out.push('', '### Protocol changes');
    for (const [protocol, changes] of byProtocol(diff.changes)) {
      const own = changes.filter((c) => !c.inheritedFrom);
      const inherited = changes.filter((c) => c.inheritedFrom);
      out.push('', `#### ${code(protocol)}`);
      if (own.length) out.push('', ...changeTable(own));
      if (inherited.length) {
        const parents = [...new Set(inherited.map((c) => c.inheritedFrom!))].map(code).join(', ');
        out.push('', `<details><summary>${inherited.length} inherited from ${parents}</summary>`, '', ...changeTable(inherited), '', '</details>');
      }
    }
  } else {
    out.push('', 'No protocol changes by meaning (reordering and formatting are not changes).');
  }
  const { impact } = diff;
  out.push('', '### Impact on cases', '', `${impact.cases.compared} case files compared, ${impact.cases.run} run in both versions.`);
  if (impact.studies.length) {
    out.push(
      '',
      '| case | study | verdict | because | where |',
      '|---|---|---|---|---|',
      ...cut(
        impact.studies,
        (v) => `| ${cell(v.case)} | ${cell(v.study)} | ${v.before} → **${v.after}** | ${v.because.map(code).join(', ')} | ${code(where(v.source))} |`,
      ),
    );
  } else {
    out.push('', 'No study changes verdict.');
  }
  if (impact.newlyFailing.length) {
    out.push(
      '',
      '#### ❌ Cases whose `expect` now fails',
      '',
      ...cut(impact.newlyFailing, (e) => `- **${cell(e.case)}** ${code(where(e.source) || e.file)}: ${cell(expectationText(e))}`),
    );
  }
  if (impact.newlyPassing.length) {
    out.push('', '#### ✅ Cases whose `expect` now passes', '', ...cut(impact.newlyPassing, (e) => `- **${cell(e.case)}** ${code(where(e.source) || e.file)}`));
  }
  return out.join('\n') + '\n';
}
