// The semantic diff as one standalone HTML page (DiffReport → string): what the editor's compare
// view shows. The same style, Content-Security-Policy (no script) and verdict badges as the run
// report; the same wording as the CLI's diff views. Every change links to where it is written in
// each version, every verdict change to its study, and directions are said in words.
import type { ExpectationChange, ProtocolChange, VerdictChange } from '../diff';
import type { SourceRef } from '../evaluate/result';
import { byProtocol, expectationText, markOf, summaryText, type DiffReport } from './diff-wording';
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

function place(ref: SourceRef | null, version: DiffVersion, label: string, href: Href): string {
  if (!ref) return '';
  const where = `${basename(ref.file)}:${ref.line}`;
  const url = href(ref, version);
  const aria = `${ref.file} line ${ref.line}, in ${label}`;
  return url
    ? `<a href="${esc(url)}" data-version="${version}" aria-label="${esc(aria)}"><span class="mono">${esc(where)}</span></a>`
    : `<span class="mono" title="${esc(aria)}">${esc(where)}</span>`;
}

function direction(d: ProtocolChange['direction'] | VerdictChange['direction']): string {
  if (d === 'stricter') return '<span class="dir stricter"><span aria-hidden="true">▲ </span>stricter</span>';
  if (d === 'looser') return '<span class="dir looser"><span aria-hidden="true">▼ </span>looser</span>';
  return '<span class="muted">—</span>';
}

function cut<T>(rows: readonly T[], render: (row: T) => string, columns: number): string {
  const shown = rows.slice(0, HTML_ROWS).map(render);
  if (rows.length > HTML_ROWS)
    shown.push(`<tr><td colspan="${columns}" class="muted">… and ${rows.length - HTML_ROWS} more (reimage diff --format human lists them all)</td></tr>`);
  return shown.join('');
}

function changeTable(protocol: string, changes: readonly ProtocolChange[], report: DiffReport, href: Href, caption: string): string {
  const row = (c: ProtocolChange) => {
    const mark = markOf(c.kind); // the message says it in words too
    const notes = c.inheritedFrom ? ` <span class="muted">(inherited from <code>${esc(c.inheritedFrom)}</code>)</span>` : '';
    const side = (value: string | null, ref: SourceRef | null, version: DiffVersion, label: string) => {
      const parts = [value !== null ? `<code class="value">${esc(value)}</code>` : '', place(ref, version, label, href)].filter(Boolean);
      return parts.length ? parts.join('') : '<span class="muted">—</span>';
    };
    return (
      `<tr role="row"><th scope="row" role="rowheader" class="change"><span class="mark" aria-hidden="true">${esc(mark)}</span> ${esc(c.message)}${notes}</th>` +
      `<td role="cell" data-label="Direction">${direction(c.direction)}</td>` +
      `<td role="cell" data-label="Before">${side(c.before, c.source.before, 'before', report.before)}</td>` +
      `<td role="cell" data-label="After">${side(c.after, c.source.after, 'after', report.after)}</td></tr>`
    );
  };
  return (
    `<table role="table"><caption class="muted">${esc(caption)}</caption><thead role="rowgroup"><tr role="row">` +
    `<th scope="col" role="columnheader">Change</th><th scope="col" role="columnheader">Direction</th>` +
    `<th scope="col" role="columnheader">Before · ${esc(report.before)}</th><th scope="col" role="columnheader">After · ${esc(report.after)}</th>` +
    `</tr></thead><tbody role="rowgroup" data-protocol="${esc(protocol)}">${cut(changes, row, 4)}</tbody></table>`
  );
}

function protocolSection(protocol: string, changes: readonly ProtocolChange[], index: number, report: DiffReport, href: Href): string {
  const id = `protocol-${index + 1}`;
  const own = changes.filter((c) => !c.inheritedFrom);
  const inherited = changes.filter((c) => c.inheritedFrom);
  const parts = [`<h3 id="${id}">Protocol <code>${esc(protocol)}</code></h3>`];
  if (own.length) parts.push(changeTable(protocol, own, report, href, `What changed in ${protocol}, by meaning`));
  if (inherited.length) {
    const parents = [...new Set(inherited.map((c) => c.inheritedFrom!))].map((p) => `<code>${esc(p)}</code>`).join(', ');
    const table = changeTable(protocol, inherited, report, href, `Changes ${protocol} inherits`);
    parts.push(
      own.length
        ? `<details><summary>${inherited.length} inherited from ${parents}</summary>${table}</details>`
        : `<p class="muted">${inherited.length} change${inherited.length === 1 ? '' : 's'} inherited from ${parents}:</p>${table}`,
    );
  }
  return `<section class="protocol" aria-labelledby="${id}">${parts.join('\n')}</section>`;
}

function studyRows(studies: readonly VerdictChange[], report: DiffReport, href: Href): string {
  const row = (v: VerdictChange) => {
    const at = place(v.source, 'after', report.after, href);
    const because = v.because.length ? v.because.map((r) => `<code>${esc(r)}</code>`).join(', ') : '<span class="muted">—</span>';
    return (
      `<tr role="row"><th scope="row" role="rowheader"><code>${esc(v.case)}</code></th>` +
      `<td role="cell" data-label="Study"><code>${esc(v.study)}</code> ${at}</td>` +
      `<td role="cell" data-label="Verdict">${verdictBadge(v.before)}<span class="arrow" aria-hidden="true">→</span><span class="skip">becomes </span>${verdictBadge(v.after)} ${direction(v.direction)}</td>` +
      `<td role="cell" data-label="Because">${because}</td></tr>`
    );
  };
  return (
    `<table role="table"><caption class="muted">Studies whose verdict changes, and the rules that moved it</caption><thead role="rowgroup"><tr role="row">` +
    '<th scope="col" role="columnheader">Case</th><th scope="col" role="columnheader">Study</th><th scope="col" role="columnheader">Verdict</th><th scope="col" role="columnheader">Because</th>' +
    `</tr></thead><tbody role="rowgroup">${cut(studies, row, 4)}</tbody></table>`
  );
}

function expectationList(list: readonly ExpectationChange[], report: DiffReport, href: Href, failing: boolean): string {
  const shown = list.slice(0, HTML_ROWS).map((e) => {
    const at = place(e.source, 'after', report.after, href) || `<span class="mono">${esc(e.file)}</span>`;
    return `<li><strong><code>${esc(e.case)}</code></strong> ${at}${failing ? `: ${esc(expectationText(e))}` : ''}</li>`;
  });
  if (list.length > HTML_ROWS) shown.push(`<li class="muted">… and ${list.length - HTML_ROWS} more</li>`);
  return `<ul>${shown.join('')}</ul>`;
}

export function renderDiffHtml(report: DiffReport, options: DiffHtmlOptions = {}): string {
  const { diff } = report;
  const title = options.title ?? `Reimage diff: ${report.before} → ${report.after}`;
  const href: Href = options.sourceHref ?? ((s, version) => (version === 'after' ? `${s.file}#L${s.line}` : null));
  const groups = [...byProtocol(diff.changes)];
  const changes = groups.length
    ? groups.map(([protocol, list], i) => protocolSection(protocol, list, i, report, href)).join('\n')
    : '<p>No protocol changes by meaning (reordering and formatting are not changes).</p>';
  const { impact } = diff;
  const impactParts = [
    `<p>${impact.cases.compared} case file${impact.cases.compared === 1 ? '' : 's'} compared, ${impact.cases.run} run in both versions (a case no change can reach is not run).</p>`,
    impact.studies.length ? studyRows(impact.studies, report, href) : '<p>No study changes verdict.</p>',
  ];
  if (impact.newlyFailing.length) {
    impactParts.push(
      `<div class="failures"><h3><span aria-hidden="true">✘ </span>Cases whose <code>expect</code> now fails</h3>${expectationList(impact.newlyFailing, report, href, true)}</div>`,
    );
  }
  if (impact.newlyPassing.length) {
    impactParts.push(
      `<h3><span aria-hidden="true">✔ </span>Cases whose <code>expect</code> now passes</h3>${expectationList(impact.newlyPassing, report, href, false)}`,
    );
  }
  return `${pageStart(title)}
<a class="skip" href="#changes">Skip to the changes</a>
<header><h1>${esc(title)}</h1><p class="summary-line">${esc(summaryText(diff))}</p>${options.note ? `<p class="meta">${esc(options.note)}</p>` : ''}</header>
<main id="changes" tabindex="-1">
<section aria-labelledby="protocol-changes"><h2 id="protocol-changes">Protocol changes</h2>
${changes}
</section>
<section aria-labelledby="impact"><h2 id="impact">Impact on cases</h2>
${impactParts.join('\n')}
</section>
</main>
</body>
</html>
`;
}
