// The semantic diff as one standalone HTML page (DiffReport → string): what the editor's compare
// view shows. The same style, Content-Security-Policy (no script) and verdict badges as the run
// report; the same wording as the CLI's diff views. Every change links to where it is written in
// each version, every verdict change to its study, and directions are said in words — in the
// report's language (the page's `lang` says which).
import type { ExpectationChange, ProtocolChange, VerdictChange } from '../diff';
import type { SourceRef } from '../evaluate/result';
import type { Catalogue, MessageKey } from '../i18n/catalogue';
import { byProtocol, changeMessage, expectationText, markOf, sayOf, summaryText, type DiffReport } from './diff-wording';
import { basename, esc, pageStart, verdictBadge } from './render-html';

/** Which version a location is in. */
export type DiffVersion = 'before' | 'after';

export interface DiffHtmlOptions {
  /** The page title and first heading; default "Reimage diff: <before> → <after>". */
  title?: string;
  /** One sentence under the heading (what "after" holds, say). */
  note?: string;
  /**
   * Where a location's link points, in its version; `null`: shown as text without a link.
   * Default: the newer version's `file#Lline`, the older version's as text.
   */
  sourceHref?: (source: SourceRef, version: DiffVersion) => string | null;
}

/** Rows per table at most; the rest is counted (a page of thousands of rows helps nobody). */
export const HTML_ROWS = 500;

type Href = (source: SourceRef, version: DiffVersion) => string | null;

function place(ref: SourceRef | null, version: DiffVersion, label: string, href: Href, say: Catalogue): string {
  if (!ref) return '';
  const where = `${basename(ref.file)}:${ref.line}`;
  const url = href(ref, version);
  const aria = say.t('diff.html.place', { file: ref.file, line: ref.line, version: label });
  return url
    ? `<a href="${esc(url)}" data-version="${version}" aria-label="${esc(aria)}"><span class="mono">${esc(where)}</span></a>`
    : `<span class="mono" title="${esc(aria)}">${esc(where)}</span>`;
}

/** A translated sentence with markup in some parameters: the sentence is escaped, the markup put in after. */
function sentenceWithMarkup(say: Catalogue, key: MessageKey, params: Record<string, string | number>, markup: Record<string, string>): string {
  const marks = Object.fromEntries(Object.keys(markup).map((k, i) => [k, `\u0000${i}\u0000`]));
  let text = esc(say.t(key, { ...params, ...marks }));
  Object.values(markup).forEach((html, i) => (text = text.replace(`\u0000${i}\u0000`, html)));
  return text;
}

/** Stricter or looser in words (and an arrow for the eye); a wording change says so. */
function direction(d: ProtocolChange['direction'] | VerdictChange['direction'], say: Catalogue, wording = false): string {
  if (d === 'stricter') return `<span class="dir stricter"><span aria-hidden="true">▲ </span>${esc(say.t('diff.stricter'))}</span>`;
  if (d === 'looser') return `<span class="dir looser"><span aria-hidden="true">▼ </span>${esc(say.t('diff.looser'))}</span>`;
  if (wording) return `<span class="muted">${esc(say.t('diff.wording'))}</span>`;
  return '<span class="muted">—</span>';
}

function cut<T>(rows: readonly T[], render: (row: T) => string, columns: number, say: Catalogue): string {
  const shown = rows.slice(0, HTML_ROWS).map(render);
  if (rows.length > HTML_ROWS)
    shown.push(`<tr><td colspan="${columns}" class="muted">${esc(say.t('diff.html.more-rows', { count: rows.length - HTML_ROWS }))}</td></tr>`);
  return shown.join('');
}

function changeTable(protocol: string, changes: readonly ProtocolChange[], report: DiffReport, href: Href, caption: string): string {
  const say = sayOf(report);
  const [changeWord, directionWord, beforeWord, afterWord] = [
    say.t('diff.column.change'),
    say.t('diff.column.direction'),
    say.t('diff.column.before'),
    say.t('diff.column.after'),
  ];
  const row = (c: ProtocolChange) => {
    const mark = markOf(c.kind); // the message says it in words too
    const notes = c.inheritedFrom
      ? ` <span class="muted">(${sentenceWithMarkup(say, 'diff.inherited-from', {}, { protocol: `<code>${esc(c.inheritedFrom)}</code>` })})</span>`
      : '';
    const side = (value: string | null, ref: SourceRef | null, version: DiffVersion, label: string) => {
      const parts = [value !== null ? `<code class="value">${esc(value)}</code>` : '', place(ref, version, label, href, say)].filter(Boolean);
      return parts.length ? parts.join('') : '<span class="muted">—</span>';
    };
    return (
      `<tr role="row"><th scope="row" role="rowheader" class="change"><span class="mark" aria-hidden="true">${esc(mark)}</span> ${esc(changeMessage(c, say))}${notes}</th>` +
      `<td role="cell" data-label="${esc(directionWord)}">${direction(c.direction, say, c.wording)}</td>` +
      `<td role="cell" data-label="${esc(beforeWord)}">${side(c.before, c.source.before, 'before', report.before)}</td>` +
      `<td role="cell" data-label="${esc(afterWord)}">${side(c.after, c.source.after, 'after', report.after)}</td></tr>`
    );
  };
  return (
    `<table role="table"><caption class="muted">${esc(caption)}</caption><thead role="rowgroup"><tr role="row">` +
    `<th scope="col" role="columnheader">${esc(changeWord)}</th><th scope="col" role="columnheader">${esc(directionWord)}</th>` +
    `<th scope="col" role="columnheader">${esc(beforeWord)} · ${esc(report.before)}</th><th scope="col" role="columnheader">${esc(afterWord)} · ${esc(report.after)}</th>` +
    `</tr></thead><tbody role="rowgroup" data-protocol="${esc(protocol)}">${cut(changes, row, 4, say)}</tbody></table>`
  );
}

function protocolSection(protocol: string, changes: readonly ProtocolChange[], index: number, report: DiffReport, href: Href): string {
  const say = sayOf(report);
  const id = `protocol-${index + 1}`;
  const own = changes.filter((c) => !c.inheritedFrom);
  const inherited = changes.filter((c) => c.inheritedFrom);
  const withCode = (key: MessageKey, params: Record<string, string | number>, code: Record<string, string>) => sentenceWithMarkup(say, key, params, code);
  const parts = [`<h3 id="${id}">${withCode('diff.html.protocol', {}, { protocol: `<code>${esc(protocol)}</code>` })}</h3>`];
  if (own.length) parts.push(changeTable(protocol, own, report, href, say.t('diff.html.caption-own', { protocol })));
  if (inherited.length) {
    const parents = [...new Set(inherited.map((c) => c.inheritedFrom!))].map((p) => `<code>${esc(p)}</code>`).join(esc(say.t('list.separator')));
    const table = changeTable(protocol, inherited, report, href, say.t('diff.html.caption-inherited', { protocol }));
    parts.push(
      own.length
        ? `<details><summary>${withCode('diff.inherited-count', { count: inherited.length }, { parents })}</summary>${table}</details>`
        : `<p class="muted">${withCode('diff.html.inherited-from', { count: inherited.length }, { parents })}</p>${table}`,
    );
  }
  return `<section class="protocol" aria-labelledby="${id}">${parts.join('\n')}</section>`;
}

function studyRows(studies: readonly VerdictChange[], report: DiffReport, href: Href): string {
  const say = sayOf(report);
  const [caseWord, studyWord, verdictWord, becauseWord] = (['case', 'study', 'verdict', 'because'] as const).map((c) => say.t(`diff.column.${c}`));
  const row = (v: VerdictChange) => {
    const at = place(v.source, 'after', report.after, href, say);
    const because = v.because.length ? v.because.map((r) => `<code>${esc(r)}</code>`).join(esc(say.t('list.separator'))) : '<span class="muted">—</span>';
    return (
      `<tr role="row"><th scope="row" role="rowheader"><code>${esc(v.case)}</code></th>` +
      `<td role="cell" data-label="${esc(studyWord)}"><code>${esc(v.study)}</code> ${at}</td>` +
      `<td role="cell" data-label="${esc(verdictWord)}">${verdictBadge(v.before, say)}<span class="arrow" aria-hidden="true">→</span><span class="skip">${esc(say.t('diff.html.becomes'))} </span>${verdictBadge(v.after, say)} ${direction(v.direction, say)}</td>` +
      `<td role="cell" data-label="${esc(becauseWord)}">${because}</td></tr>`
    );
  };
  const header = [caseWord, studyWord, verdictWord, becauseWord].map((w) => `<th scope="col" role="columnheader">${esc(w)}</th>`).join('');
  return (
    `<table role="table"><caption class="muted">${esc(say.t('diff.html.caption-studies'))}</caption><thead role="rowgroup"><tr role="row">` +
    header +
    `</tr></thead><tbody role="rowgroup">${cut(studies, row, 4, say)}</tbody></table>`
  );
}

function expectationList(list: readonly ExpectationChange[], report: DiffReport, href: Href, failing: boolean): string {
  const say = sayOf(report);
  const shown = list.slice(0, HTML_ROWS).map((e) => {
    const at = place(e.source, 'after', report.after, href, say) || `<span class="mono">${esc(e.file)}</span>`;
    return `<li><strong><code>${esc(e.case)}</code></strong> ${at}${failing ? `: ${esc(expectationText(e, say))}` : ''}</li>`;
  });
  if (list.length > HTML_ROWS) shown.push(`<li class="muted">${esc(say.t('diff.html.more', { count: list.length - HTML_ROWS }))}</li>`);
  return `<ul>${shown.join('')}</ul>`;
}

/** A heading with `expect` as code: the translated sentence escaped, the code span put back. */
function expectHeading(text: string): string {
  return esc(text).replace(/`expect`/, '<code>expect</code>');
}

export function renderDiffHtml(report: DiffReport, options: DiffHtmlOptions = {}): string {
  const { diff } = report;
  const say = sayOf(report);
  const title = options.title ?? say.t('diff.heading', { before: report.before, after: report.after });
  const href: Href = options.sourceHref ?? ((s, version) => (version === 'after' ? `${s.file}#L${s.line}` : null));
  const groups = [...byProtocol(diff.changes)];
  const changes = groups.length
    ? groups.map(([protocol, list], i) => protocolSection(protocol, list, i, report, href)).join('\n')
    : `<p>${esc(say.t('diff.no-changes'))}</p>`;
  const { impact } = diff;
  const impactParts = [
    `<p>${esc(say.t('diff.html.cases-compared', { compared: impact.cases.compared, run: impact.cases.run }))}</p>`,
    impact.studies.length ? studyRows(impact.studies, report, href) : `<p>${esc(say.t('diff.no-verdict-change-sentence'))}</p>`,
  ];
  if (impact.newlyFailing.length) {
    impactParts.push(
      `<div class="failures"><h3><span aria-hidden="true">✘ </span>${expectHeading(say.t('diff.now-fails-code'))}</h3>${expectationList(impact.newlyFailing, report, href, true)}</div>`,
    );
  }
  if (impact.newlyPassing.length) {
    impactParts.push(
      `<h3><span aria-hidden="true">✔ </span>${expectHeading(say.t('diff.now-passes-code'))}</h3>${expectationList(impact.newlyPassing, report, href, false)}`,
    );
  }
  return `${pageStart(title, say.locale)}
<a class="skip" href="#changes">${esc(say.t('diff.html.skip'))}</a>
<header><h1>${esc(title)}</h1><p class="summary-line">${esc(summaryText(diff, say))}</p>${options.note ? `<p class="meta">${esc(options.note)}</p>` : ''}</header>
<main id="changes" tabindex="-1">
<section aria-labelledby="protocol-changes"><h2 id="protocol-changes">${esc(say.t('diff.protocol-changes'))}</h2>
${changes}
</section>
<section aria-labelledby="impact"><h2 id="impact">${esc(say.t('diff.impact'))}</h2>
${impactParts.join('\n')}
</section>
</main>
</body>
</html>
`;
}
