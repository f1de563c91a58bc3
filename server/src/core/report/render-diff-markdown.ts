// The semantic diff as Markdown (`reimage diff --format markdown`; the editor's compare view
// exports it too): a pull-request comment — a summary, changes per protocol (a child's inherited
// ones folded away), verdict changes and cases whose `expect` starts or stops failing. Long lists
// are cut, saying so, to stay inside the size of a comment. In the report's language.
import type { ProtocolChange } from '../diff';
import type { Catalogue } from '../i18n/catalogue';
import {
  byProtocol,
  changeMessage,
  changeNotes,
  changeSource,
  expectationText,
  markOf,
  sayOf,
  summaryText,
  verdictText,
  where,
  type DiffReport,
} from './diff-wording';

/** Rows per table; GitHub refuses comments over 65,536 characters. */
export const MARKDOWN_ROWS = 100;

function cell(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(s: string): string {
  return s ? `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '';
}

function cut<T>(rows: readonly T[], render: (row: T) => string, say: Catalogue): string[] {
  const shown = rows.slice(0, MARKDOWN_ROWS).map(render);
  if (rows.length > MARKDOWN_ROWS) shown.push('', say.t('diff.more-rows', { count: rows.length - MARKDOWN_ROWS }));
  return shown;
}

/** The direction column: stricter or looser, or that only words changed. */
function directionCell(c: ProtocolChange, say: Catalogue): string {
  return changeNotes(c, say)
    .filter((n) => n.kind !== 'inherited')
    .map((n) => n.text)
    .join(say.t('list.separator'));
}

function changeTable(changes: readonly ProtocolChange[], say: Catalogue): string[] {
  return [
    `| | ${say.t('diff.column.change')} | ${say.t('diff.column.direction')} | ${say.t('diff.column.where')} |`,
    '|---|---|---|---|',
    ...cut(changes, (c) => `| ${markOf(c.kind)} | ${cell(changeMessage(c, say))} | ${cell(directionCell(c, say))} | ${code(where(changeSource(c)))} |`, say),
  ];
}

export function renderDiffMarkdown(report: DiffReport): string {
  const { diff } = report;
  const say = sayOf(report);
  const out = [
    '<!-- reimage-diff -->',
    `## ${cell(say.t('diff.heading', { before: report.before, after: report.after }))}`,
    '',
    `**${cell(summaryText(diff, say))}**`,
  ];
  if (diff.changes.length) {
    out.push('', `### ${say.t('diff.protocol-changes')}`);
    for (const [protocol, changes] of byProtocol(diff.changes)) {
      const own = changes.filter((c) => !c.inheritedFrom);
      const inherited = changes.filter((c) => c.inheritedFrom);
      out.push('', `#### ${code(protocol)}`);
      if (own.length) out.push('', ...changeTable(own, say));
      if (inherited.length) {
        const parents = [...new Set(inherited.map((c) => c.inheritedFrom!))].map(code);
        out.push(
          '',
          `<details><summary>${say.t('diff.inherited-count', { count: inherited.length, parents })}</summary>`,
          '',
          ...changeTable(inherited, say),
          '',
          '</details>',
        );
      }
    }
  } else {
    out.push('', say.t('diff.no-changes'));
  }
  const { impact } = diff;
  out.push('', `### ${say.t('diff.impact')}`, '', say.t('diff.cases-compared', { compared: impact.cases.compared, run: impact.cases.run }));
  if (impact.studies.length) {
    const columns = (['case', 'study', 'verdict', 'because', 'where'] as const).map((c) => say.t(`diff.column.${c}`));
    out.push(
      '',
      `| ${columns.join(' | ')} |`,
      '|---|---|---|---|---|',
      ...cut(
        impact.studies,
        (v) =>
          `| ${cell(v.case)} | ${cell(v.study)} | ${verdictText(v.before, say)} → **${verdictText(v.after, say)}** | ${v.because.map(code).join(say.t('list.separator'))} | ${code(where(v.source))} |`,
        say,
      ),
    );
  } else {
    out.push('', say.t('diff.no-verdict-change-sentence'));
  }
  if (impact.newlyFailing.length) {
    out.push(
      '',
      `#### ❌ ${say.t('diff.now-fails-code')}`,
      '',
      ...cut(impact.newlyFailing, (e) => `- **${cell(e.case)}** ${code(where(e.source) || e.file)}: ${cell(expectationText(e, say))}`, say),
    );
  }
  if (impact.newlyPassing.length) {
    out.push(
      '',
      `#### ✅ ${say.t('diff.now-passes-code')}`,
      '',
      ...cut(impact.newlyPassing, (e) => `- **${cell(e.case)}** ${code(where(e.source) || e.file)}`, say),
    );
  }
  return out.join('\n') + '\n';
}
