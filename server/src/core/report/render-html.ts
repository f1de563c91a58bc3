// The run report as one standalone HTML page (RunResult → string): what `reimage run --html`
// writes and what the editor's report view shows. Pure and deterministic: inline CSS allowed by
// its hash in a strict Content-Security-Policy, no script, theme-following colours, and every
// verdict said in words and an icon, never by colour alone. The compare page (render-diff-html)
// shares its style, policy and verdict badges.
import type { Verdict } from '../model';
import type { CaseResult, Plan as NewImaging, RunResult, SourceRef, StudyResult, Supplement } from '../evaluate/result';
import { BusinessCalendar } from '../units/calendar';
import { parseTurnaround } from '../units/units';
import { sha256Base64 } from './sha256';
import { catalogueFor, type Catalogue, type MessageKey, type MessageParam } from '../i18n/catalogue';
import { formatDateIn } from '../i18n/dates';
import { displayWidth } from '../i18n/display-width';
import {
  advisories,
  budgetText,
  caseStatus,
  costText,
  orderPlanText,
  orderTitle,
  plannedText,
  readyText,
  seriesLines,
  shownReasons,
  studyPlan,
  supersededText,
  supplementItems,
} from './wording';

export interface ReportHtmlOptions {
  /** The page title and first heading; default "Reimage report". */
  title?: string;
  /** Where a rule's link points; default `file#Lline` (the file as the result names it). */
  sourceHref?: (source: SourceRef) => string;
  /** Where a case's file link points; default the case's `file`. */
  caseHref?: (c: CaseResult) => string;
  /** Holidays and make-up workdays per protocol id, to shade the timeline's days off. */
  calendars?: Readonly<Record<string, { holidays: readonly string[]; workdays: readonly string[] }>>;
  /** The page's language (the run's reasons should be in it too); English by default. */
  say?: Catalogue;
  /**
   * A bilingual (or more) page: the same run said in each language, the first being `say`'s
   * (`--lang zh-CN,en`). Each case comes in each language in turn, its advice — the patient's
   * part — first in English. Absent or of one: the page is in `say`'s language alone.
   */
  languages?: ReadonlyArray<{ say: Catalogue; result: RunResult }>;
}

const VERDICT_ICON: Record<Verdict, string> = { accept: '✓', review: '?', supplement: '+', redo: '↻' };
const VERDICT_WORD: Record<Verdict, string> = { accept: 'accept', review: 'review', supplement: 'supplement', redo: 'redo' };
const STATUS: Record<'passed' | 'failed' | 'no-expect', { icon: string; word: MessageKey }> = {
  passed: { icon: '✔', word: 'html.passed' },
  failed: { icon: '✘', word: 'html.failed' },
  'no-expect': { icon: '•', word: 'html.no-expectations' },
};
/** Days drawn in one timeline chart at most (a redo is ready within days, not months). */
const MAX_CHART_DAYS = 45;

// Colours: VS Code's theme variables when shown in a webview, else light or dark by the
// reader's preference. Kept constant so its hash in the CSP is the same for every report.
export const CSS = `
:root{color-scheme:light dark;--fg:#1f2328;--bg:#ffffff;--muted:#59636e;--border:#d1d9e0;--panel:#f6f8fa;--link:#0550ae;
--accept:#1a7f37;--review:#0550ae;--supplement:#8a5a00;--redo:#cf222e;--span:#ddf4ff;--weekend:#d1d9e0;--focus:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--border:#3d444d;--panel:#151b23;--link:#4493f8;
--accept:#3fb950;--review:#4493f8;--supplement:#d29922;--redo:#f85149;--span:#12263f;--weekend:#3d444d;--focus:#4493f8}}
body{--c-fg:var(--vscode-foreground,var(--fg));--c-bg:var(--vscode-editor-background,var(--bg));
--c-muted:var(--vscode-descriptionForeground,var(--muted));--c-border:var(--vscode-panel-border,var(--border));
--c-panel:var(--vscode-textBlockQuote-background,var(--panel));--c-link:var(--vscode-textLink-foreground,var(--link));
--c-accept:var(--vscode-charts-green,var(--accept));--c-review:var(--vscode-charts-blue,var(--review));
--c-supplement:var(--vscode-charts-orange,var(--supplement));--c-redo:var(--vscode-charts-red,var(--redo));
--c-span:var(--vscode-editor-selectionHighlightBackground,var(--span));--c-weekend:var(--vscode-editorWidget-border,var(--weekend));
--c-focus:var(--vscode-focusBorder,var(--focus));
margin:0;padding:1rem 1.5rem 3rem;color:var(--c-fg);background:var(--c-bg);
font-family:var(--vscode-font-family,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);font-size:var(--vscode-font-size,15px);line-height:1.45}
main,header,nav{max-width:72rem}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.25em;margin:0 0 .3em}h3{font-size:1.05em;margin:1.1em 0 .4em}
a{color:var(--c-link)}a:focus-visible,summary:focus-visible,.skip:focus{outline:2px solid var(--c-focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--c-bg);padding:.2em .5em}
.muted,.meta{color:var(--c-muted)}.meta{margin:.1em 0 .8em}
code,.mono{font-family:var(--vscode-editor-font-family,ui-monospace,SFMono-Regular,Menlo,Consolas,monospace);font-size:.92em}
.totals{display:flex;flex-wrap:wrap;gap:.4em 1.2em;margin:.3em 0 1em;padding:0;list-style:none}
nav ol{columns:2 22rem;padding-left:1.4em;margin:.3em 0 1.5em}nav li{break-inside:avoid}
section.case{border:1px solid var(--c-border);border-radius:6px;padding:1rem 1.2rem;margin:0 0 1.5rem;border-left-width:6px}
section.case.passed{border-left-color:var(--c-accept)}section.case.failed{border-left-color:var(--c-redo)}
.status{font-weight:600;white-space:nowrap}.status.passed{color:var(--c-accept)}.status.failed{color:var(--c-redo)}
table{border-collapse:collapse;width:100%;margin:.3em 0}
th,td{text-align:left;vertical-align:top;padding:.4em .6em;border-bottom:1px solid var(--c-border)}
thead th{font-size:.85em;text-transform:uppercase;letter-spacing:.04em;color:var(--c-muted)}
tbody th{font-weight:600;white-space:nowrap}
.verdict{display:inline-flex;align-items:center;gap:.35em;font-weight:600;white-space:nowrap}
.verdict .icon{display:inline-grid;place-items:center;width:1.35em;height:1.35em;border-radius:50%;color:var(--c-bg);font-size:.85em;font-weight:700}
.verdict.accept .icon{background:var(--c-accept)}.verdict.review .icon{background:var(--c-review)}
.verdict.supplement .icon{background:var(--c-supplement)}.verdict.redo .icon{background:var(--c-redo)}
.verdict.superseded{color:var(--c-muted)}.verdict.superseded .icon{background:var(--c-muted)}
.reason{margin:0 0 .35em}.reason:last-child{margin:0}.reason .where{color:var(--c-muted);font-size:.85em}
details{margin-top:.3em}summary{cursor:pointer;color:var(--c-muted);font-size:.9em}
details ul{margin:.3em 0;padding-left:1.2em}
.failures{border:1px solid var(--c-redo);border-radius:6px;padding:.5em 1em;margin:.8em 0}
.failures h3{margin-top:.2em;color:var(--c-redo)}
dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.5em 0}dl.summary dt{font-weight:600}dl.summary dd{margin:0}
figure{margin:.4em 0 0}figcaption{font-size:.9em;color:var(--c-muted);margin:.2em 0}
.chart{overflow-x:auto}.chart svg{display:block;max-width:none}
.chart text{fill:var(--c-fg);font-size:11px;font-family:inherit}.chart text.dim{fill:var(--c-muted)}
.chart .day{fill:none;stroke:var(--c-border)}.chart .hatch-line{stroke:var(--c-weekend);stroke-width:3}
.chart text.strong{font-weight:700}.chart .month{stroke:var(--c-muted);stroke-dasharray:2 2}.chart .span{fill:var(--c-span);stroke:var(--c-review)}
.chart .start{fill:var(--c-fg)}.chart .scan{fill:var(--c-review)}.chart .ready{fill:var(--c-redo)}
.language+.language{border-top:1px dashed var(--c-border);margin-top:1em}.language-name{font-size:.8em;letter-spacing:.04em;color:var(--c-muted);margin:.6em 0 .2em}
ul.plans{margin:.3em 0;padding-left:1.2em}caption{text-align:left;padding:0 .6em .3em}
ul.advice{padding-left:1.2em}ul.advice li{margin:.2em 0}
.mark{display:inline-block;min-width:1.1em;font-weight:700;color:var(--c-muted)}
ul.series{margin:.3em 0 0;padding-left:1.1em;font-weight:400;white-space:normal;font-size:.88em;list-style:none}ul.series li{margin:.1em 0}
ul.series li.failed{color:var(--c-redo)}ul.series li.failed .mark{color:var(--c-redo)}.tag{font-size:.85em;color:var(--c-muted)}
.reason.advisory{border-left:3px solid var(--c-review);padding-left:.5em}.dir{font-weight:600;white-space:nowrap}
.dir.stricter{color:var(--c-redo)}.dir.looser{color:var(--c-accept)}.arrow{color:var(--c-muted);padding:0 .25em}
tbody th.change{white-space:normal;font-weight:400}section.protocol{margin:0 0 1.5rem}.value{display:block;margin-bottom:.15em}.summary-line{font-weight:600}
@media (max-width:760px){body{padding:.8rem}section.case{padding:.8rem}thead{position:absolute;left:-9999px}
table,caption,tbody,tr,th,td{display:block;width:auto}caption{padding:0 0 .3em}tr{border-bottom:1px solid var(--c-border);padding:.4em 0}th,td{border:0;padding:.2em 0}
td[data-label]::before{content:attr(data-label);display:block;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;color:var(--c-muted)}
td.verdict-cell::before{display:none}}
@media (forced-colors:active){.verdict .icon{border:1px solid CanvasText}.chart .span{stroke:CanvasText}}
@media print{body{padding:0}section.case{break-inside:avoid-page}}
`;

export const CSP = `default-src 'none'; style-src 'sha256-${sha256Base64(CSS)}'; img-src data:; base-uri 'none'; form-action 'none'`;

/** A report page up to its `<body>`: the strict CSP, the one stylesheet, the title. */
export function pageStart(title: string, lang = 'en'): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="reimage">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>`;
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

export function verdictBadge(v: Verdict, say?: Catalogue): string {
  return `<span class="verdict ${v}"><span class="icon" aria-hidden="true">${VERDICT_ICON[v]}</span>${say ? esc(say.t(`verdict.${v}`)) : VERDICT_WORD[v]}</span>`;
}

export function basename(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

interface Links {
  source(s: SourceRef): string;
  caseFile(c: CaseResult): string;
  /** The language of the part being written (a link's accessible name is said in it). */
  say: Catalogue;
}

function ruleLink(rule: string, source: SourceRef | null, links: Links): string {
  if (!source) return `<code>${esc(rule)}</code>`;
  const where = `${basename(source.file)}:${source.line}`;
  return `<a href="${esc(links.source(source))}" aria-label="${esc(links.say.t('html.rule-link', { rule, where }))}"><code>${esc(rule)}</code></a> <span class="where">${esc(where)}</span>`;
}

function studyRow(s: StudyResult, links: Links, say: Catalogue): string {
  const shown = shownReasons(s);
  const notes = advisories(s);
  const others = s.reasons.filter((r) => !shown.includes(r) && !notes.includes(r));
  const why = shown.length
    ? shown
        .map(
          (r) =>
            `<p class="reason">${shown.length > 1 && r.verdict !== s.verdict ? `${verdictBadge(r.verdict, say)} ` : ''}${ruleLink(r.rule, r.source, links)}<br>${esc(r.message)}</p>`,
        )
        .join('')
    : `<p class="reason muted">${esc(say.t('html.no-rule'))}</p>`;
  const advisory = notes
    .map(
      (r) =>
        `<p class="reason advisory"><span class="mark" aria-hidden="true">ℹ</span> <span class="tag">${esc(say.t('html.advisory'))}</span> ${ruleLink(r.rule, r.source, links)}<br>${esc(r.message)}</p>`,
    )
    .join('');
  const series = seriesLines(s);
  const seriesList = series.length
    ? `<ul class="series" aria-label="${esc(say.t('html.series-of', { study: s.id }))}">${series
        .map((line) =>
          line.failed.length
            ? `<li class="failed"><span class="mark" aria-hidden="true">✗</span> ${esc(line.label)} <span class="tag">${say.t('report.fails', { rules: line.failed.map((r) => `<code>${esc(r)}</code>`) })}</span></li>`
            : `<li>${esc(line.label)}</li>`,
        )
        .join('')}</ul>`
    : '';
  const more = others.length
    ? `<details><summary>${esc(say.t('html.other-checks', { count: others.length }))}</summary><ul>${others
        .map((r) => `<li>${verdictBadge(r.verdict, say)} ${ruleLink(r.rule, r.source, links)} — ${esc(r.message)}</li>`)
        .join('')}</ul></details>`
    : '';
  const plan = studyPlan(s);
  const planned = s.superseded_by ? `<span class="muted">${esc(supersededText(s, say))}</span>` : plan ? planCell(plan, say) : '<span class="muted">—</span>';
  const verdict = s.superseded_by
    ? `<span class="verdict superseded"><span class="icon" aria-hidden="true">⤳</span>${esc(say.t('verdict.superseded'))}</span>`
    : verdictBadge(s.verdict, say);
  const [verdictLabel, reasonLabel, planLabel] = [say.t('html.column.verdict'), say.t('html.column.reason'), say.t('html.column.plan')].map(esc);
  return `<tr role="row"><th scope="row" role="rowheader"><code>${esc(s.id)}</code> <span class="muted">${esc(s.modality)}</span>${seriesList}</th><td role="cell" class="verdict-cell" data-label="${verdictLabel}">${verdict}</td><td role="cell" data-label="${reasonLabel}">${why}${advisory}${more}</td><td role="cell" data-label="${planLabel}">${planned}</td></tr>`;
}

function planCell(plan: NewImaging | Supplement, say: Catalogue): string {
  const parts: string[] = [`<span class="mono">${esc(plan.timeline ?? plan.modality)}</span>`];
  if ('items' in plan) parts.unshift(`<strong>${esc(supplementItems(plan, say))}</strong>`);
  if (plan.scan) parts.push(esc(say.t('plan.scan', { time: plan.scan })));
  if (plan.report) parts.push(esc(say.t('plan.report', { time: plan.report }) + (plan.expedited ? say.t('plan.expedited') : '')));
  parts.push(
    plan.ready_by === null ? esc(readyText(plan, say)) : say.t('plan.ready-by', { date: `<strong>${esc(formatDateIn(plan.ready_by, say))}</strong>` }),
  );
  parts.push(esc(costText(plan, say)));
  return parts.join('<br>');
}

// ---- the redo timeline chart ---------------------------------------------------------

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

function dayParts(n: number): { weekday: number; day: number; month: number; iso: string } {
  const date = new Date(n * 86_400_000);
  return { weekday: date.getUTCDay(), day: date.getUTCDate(), month: date.getUTCMonth(), iso: date.toISOString().slice(0, 10) };
}

/** The chart's calendar words in one language: weekday and month names, and dates written with them. */
class ChartWords {
  private readonly weekdays: string[];
  private readonly short: string[];
  private readonly months: string[];

  constructor(readonly say: Catalogue) {
    this.weekdays = say.t('timeline.weekdays').split(' ');
    this.short = say.t('timeline.weekdays-short').split(' ');
    this.months = say.t('timeline.months').split(' ');
  }

  weekdayShort(n: number): string {
    return this.short[dayParts(n).weekday];
  }

  month(n: number): string {
    return this.months[dayParts(n).month];
  }

  monthYear(n: number): string {
    return this.say.t('timeline.month-year', { month: this.month(n), year: dayParts(n).iso.slice(0, 4) });
  }

  /** A day as the chart's notes write it: its weekday, day and month (and year). */
  date(iso: string, withYear = false): string {
    const n = dayNumber(iso);
    const p = dayParts(n);
    const params = { weekday: this.weekdays[p.weekday], day: p.day, month: this.month(n), year: iso.slice(0, 4) };
    return this.say.t(withYear ? 'timeline.date-year' : 'timeline.date', params);
  }
}

/** `text` cut to `columns` display columns at most, with an ellipsis when cut. */
function clip(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > columns - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * The scan day of a redo: ready_by counted back over the report's business days (and the day
 * between scan and report when `same_day` is false) — the inverse of how ready_by is counted.
 */
function scanDay(plan: Charted['plan'], calendar: BusinessCalendar): string | null {
  if (!plan.report) return null;
  const report = parseTurnaround(plan.report);
  if (!report.ok) return null;
  let back = (report.value.max.unit === 'bd' ? Math.ceil(report.value.max.amount) : 0) + (plan.same_day === false ? 1 : 0);
  let day = dayNumber(plan.ready_by);
  for (let guard = 0; back > 0 && guard < 4000; guard++) {
    day--;
    if (calendar.isBusinessDay(dayParts(day).iso)) back--;
  }
  return dayParts(day).iso;
}

/** A plan done in house, on the chart: it has a ready_by. */
interface Charted {
  label: string;
  plan: NewImaging & { ready_by: string };
}

function timeline(c: CaseResult, chartId: string, calendars: ReportHtmlOptions['calendars'], say: Catalogue): string {
  const words = new ChartWords(say);
  const inHouse = (label: string, plan: NewImaging | null): Charted[] => (plan && plan.ready_by !== null ? [{ label, plan: plan as Charted['plan'] }] : []);
  const plans: Charted[] = [
    ...c.studies.flatMap((s) =>
      inHouse(say.t(s.supplement ? 'timeline.supplement-row' : 'timeline.study-row', { study: s.id, modality: s.modality }), studyPlan(s)),
    ),
    ...c.orders.filter((o) => !o.covered_by).flatMap((o) => inHouse(say.t('timeline.order-row', { order: orderTitle(o, say) }), o)),
  ];
  if (!plans.length) return '';
  const known = calendars?.[c.protocol];
  const calendar = new BusinessCalendar(known?.holidays ?? [], known?.workdays ?? []);
  const first = dayNumber(c.on);
  const last = Math.max(first, ...plans.map((p) => dayNumber(p.plan.ready_by)));
  const days = Math.min(last - first + 1, MAX_CHART_DAYS);
  const off = (i: number) => !calendar.isBusinessDay(dayParts(first + i).iso);
  const cell = 30;
  // A row's label takes about 7 px a column (a Chinese character takes two).
  const labelWidth = 12 + 7 * Math.min(32, Math.max(...plans.map((p) => displayWidth(p.label))));
  const rowHeight = 28;
  const top = 44;
  const width = labelWidth + days * cell + 8;
  const height = top + plans.length * rowHeight + 4;
  const hatch = `${chartId}-off`;
  const svg: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">`,
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`,
  ];
  for (let i = 0; i < days; i++) {
    const p = dayParts(first + i);
    const x = labelWidth + i * cell + cell / 2;
    if (i === 0 || p.day === 1) {
      // A month's name over its first day, as long as the month has room in the chart for it.
      let room = 1;
      while (i + room < days && dayParts(first + i + room).day !== 1) room++;
      const name = room >= 3 ? words.monthYear(first + i) : room === 2 ? words.month(first + i) : '';
      if (name) svg.push(`<text x="${x - cell / 2 + 2}" y="11" class="strong">${esc(name)}</text>`);
      if (i > 0) svg.push(`<line x1="${x - cell / 2}" y1="2" x2="${x - cell / 2}" y2="${top + plans.length * rowHeight}" class="month"/>`);
    }
    svg.push(`<text x="${x}" y="25" text-anchor="middle" class="dim">${esc(words.weekdayShort(first + i))}</text>`);
    svg.push(`<text x="${x}" y="39" text-anchor="middle">${p.day}</text>`);
  }
  const summaries: string[] = [];
  plans.forEach((entry, row) => {
    const y = top + row * rowHeight;
    svg.push(`<text x="0" y="${y + 16}">${esc(clip(entry.label, 32))}</text>`);
    const ready = Math.min(dayNumber(entry.plan.ready_by) - first, days - 1);
    const scanIso = scanDay(entry.plan, calendar);
    const scan = scanIso === null ? null : Math.max(0, dayNumber(scanIso) - first);
    for (let i = 0; i < days; i++) {
      const x = labelWidth + i * cell;
      const inReport = scan !== null && i >= scan && i <= ready && !off(i);
      svg.push(`<rect x="${x + 1}" y="${y + 2}" width="${cell - 2}" height="${rowHeight - 6}" rx="3" class="day${inReport ? ' span' : ''}"/>`);
      if (off(i)) svg.push(`<rect x="${x + 1}" y="${y + 2}" width="${cell - 2}" height="${rowHeight - 6}" rx="3" fill="url(#${hatch})"/>`);
    }
    const mid = (i: number) => labelWidth + i * cell + cell / 2;
    const cy = y + 13;
    svg.push(`<circle cx="${mid(0) - (scan === 0 || ready === 0 ? 8 : 0)}" cy="${cy}" r="4" class="start"/>`);
    if (scan !== null) {
      const sx = mid(scan) - (scan === ready ? 6 : 0) + (scan === 0 ? 4 : 0);
      svg.push(`<path d="M${sx} ${cy - 6} l6 11 h-12 z" class="scan"/>`);
    }
    const rx = mid(ready) + (scan === ready ? 7 : 0) + (ready === 0 && scan !== 0 ? 4 : 0);
    svg.push(`<path d="M${rx} ${cy - 7} l6 7 l-6 7 l-6 -7 z" class="ready"/>`);
    let offDays = 0;
    for (let d = first; d <= dayNumber(entry.plan.ready_by); d++) if (!calendar.isBusinessDay(dayParts(d).iso)) offDays++;
    const p = entry.plan;
    const steps = [
      scanIso
        ? say.t(p.scan ? 'timeline.scan-on-taking' : 'timeline.scan-on', { date: words.date(scanIso), time: p.scan ?? '' })
        : p.scan
          ? say.t('plan.scan', { time: p.scan })
          : '',
      p.report ? say.t('plan.report', { time: p.report }) + (p.expedited ? say.t('plan.expedited') : '') : say.t('timeline.no-timeline'),
      say.t('plan.ready-by', { date: words.date(p.ready_by, true) }),
    ].filter(Boolean);
    summaries.push(
      `<li><strong>${esc(entry.label)}</strong>${esc(say.t('timeline.steps', { steps: steps.join(say.t('list.separator')) }))}${offDays ? esc(say.t('timeline.days-off', { count: offDays })) : ''}</li>`,
    );
  });
  svg.push('</svg>');
  const offWords = say.t(known ? 'timeline.off-known' : 'timeline.off-unknown');
  const legend = [
    `<span aria-hidden="true">●</span> ${esc(say.t('timeline.start', { date: words.date(c.on) }))}`,
    `<span aria-hidden="true">▲</span> ${esc(say.t('timeline.scan'))}`,
    `<span aria-hidden="true">◆</span> ${esc(say.t('timeline.report-ready'))}`,
    esc(say.t('timeline.hatched', { off: offWords })),
  ].join(' · ');
  return `<h3>${esc(say.t('timeline.heading'))}</h3><figure><div class="chart">${svg.join('')}</div><figcaption>${legend}</figcaption><ul class="plans">${summaries.join('')}</ul></figure>`;
}

// ---- cases and page --------------------------------------------------------------------

function anchorFor(c: CaseResult, used: Set<string>): string {
  const base = `case-${c.case.replace(/[^A-Za-z0-9_-]/g, '-') || 'unnamed'}`;
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}

/** A case in one language: its status words, its body (all but the advice) and its advice — the patient's part — apart. */
function renderCase(c: CaseResult, chartId: string, links: Links, calendars: ReportHtmlOptions['calendars']): { status: string; body: string; advice: string } {
  const { say } = links;
  const status = caseStatus(c);
  const t = (key: MessageKey, params?: Record<string, MessageParam>) => esc(say.t(key, params));
  const meta = `<p class="meta"><a href="${esc(links.caseFile(c))}">${esc(c.file)}</a> · ${say.t('html.meta', { protocol: `<code>${esc(c.protocol)}</code>`, on: esc(formatDateIn(c.on, say)) })}</p>`;
  const parts = [meta];
  if (c.expectations.failures.length) {
    parts.push(
      `<div class="failures"><h3>${t('html.expectations-not-met')}</h3><ul>${c.expectations.failures
        .map(
          (f) =>
            `<li><code>${esc(f.study)}</code>: ${say.t('html.expected-got', { expected: `<strong>${esc(f.expected)}</strong>`, actual: `<strong>${esc(f.actual)}</strong>` })}${f.rules.length ? say.t('html.decided-by', { rules: f.rules.map((r) => `<code>${esc(r)}</code>`) }) : ''}</li>`,
        )
        .join('')}</ul></div>`,
    );
  }
  parts.push(
    `<table role="table"><caption class="muted">${t('html.caption', { case: c.case })}</caption><thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${t('html.column.study')}</th><th scope="col" role="columnheader">${t('html.column.verdict')}</th><th scope="col" role="columnheader">${t('html.column.reason')}</th><th scope="col" role="columnheader">${t('html.column.plan')}</th></tr></thead><tbody role="rowgroup">${c.studies
      .map((s) => studyRow(s, links, say))
      .join('')}</tbody></table>`,
  );
  if (c.orders.length) {
    parts.push(
      `<h3>${t('html.orders')}</h3><ul>${c.orders
        .map(
          (o) =>
            `<li><strong>${esc(orderTitle(o, say))}</strong>: ${esc(o.reason)} (${ruleLink(o.rule, null, links)}) — ${esc(o.covered_by ? orderPlanText(o, say) : `${readyText(o, say)}${say.t('list.separator')}${costText(o, say)}`)}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  parts.push(timeline(c, chartId, calendars, say));
  parts.push(
    `<h3>${t('html.summary')}</h3><dl class="summary"><dt>${t('html.planned')}</dt><dd>${esc(plannedText(c, say))}</dd><dt>${t('html.ready-by')}</dt><dd>${esc(c.summary.ready_by ? formatDateIn(c.summary.ready_by, say) : say.t('run.nothing-to-wait-for'))}</dd><dt>${t('html.budget')}</dt><dd>${esc(budgetText(c.summary.budget, say))}</dd></dl>`,
  );
  const advice = c.advice.length ? `<h3>${t('html.advice')}</h3><ul class="advice">${c.advice.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` : '';
  return { status: t(STATUS[status].word), body: parts.filter(Boolean).join('\n'), advice };
}

/** One language's part of a bilingual page, marked with its language and named by it. */
function languagePart(say: Catalogue, html: string): string {
  return `<div class="language" lang="${say.locale}"><p class="language-name">${esc(say.t('html.language-name'))}</p>\n${html}\n</div>`;
}

export function renderReportHtml(result: RunResult, options: ReportHtmlOptions = {}): string {
  const say = options.say ?? catalogueFor('en');
  const languages = options.languages?.length ? options.languages : [{ say, result }];
  const bilingual = languages.length > 1;
  const title = options.title ?? languages.map((l) => l.say.t('html.title')).join(' · ');
  const linksIn = (s: Catalogue): Links => ({
    source: options.sourceHref ?? ((ref) => `${ref.file}#L${ref.line}`),
    caseFile: options.caseHref ?? ((c) => c.file),
    say: s,
  });
  const counts = { passed: 0, failed: 0, 'no-expect': 0 };
  for (const c of result.cases) counts[caseStatus(c)]++;
  const used = new Set<string>();
  const anchors = result.cases.map((c) => anchorFor(c, used));
  const totals = languages.map(({ say: s }) => {
    const t = (key: MessageKey, params?: Record<string, MessageParam>) => esc(s.t(key, params));
    const items = [
      `<li>${t('html.cases', { count: result.cases.length })}</li>`,
      `<li class="status passed">${STATUS.passed.icon} ${t('run.summary.passed', { count: counts.passed })}</li>`,
      `<li class="status${counts.failed ? ' failed' : ''}">${STATUS.failed.icon} ${t('run.summary.failed', { count: counts.failed })}</li>`,
      counts['no-expect'] ? `<li>${STATUS['no-expect'].icon} ${t('html.without-expectations', { count: counts['no-expect'] })}</li>` : '',
    ].join('');
    return `<ul class="totals"${bilingual ? ` lang="${s.locale}"` : ''} aria-label="${t('html.totals')}">${items}</ul>`;
  });
  const statusIn = (c: CaseResult) => languages.map(({ say: s }) => esc(s.t(STATUS[caseStatus(c)].word))).join(' / ');
  const nav =
    result.cases.length > 1
      ? `<nav aria-label="${esc(say.t('html.nav'))}"><ol>${result.cases
          .map((c, i) => {
            const s = caseStatus(c);
            return `<li><a href="#${anchors[i]}">${esc(c.case)}</a> <span class="status ${s}">${STATUS[s].icon} ${statusIn(c)}</span></li>`;
          })
          .join('')}</ol></nav>`
      : '';
  // English first among the advice: the patient reads it (the order of the rest is as asked).
  const patientFirst = [...languages.keys()].sort((a, b) => Number(languages[b].say.locale === 'en') - Number(languages[a].say.locale === 'en'));
  const body = result.cases.length
    ? result.cases
        .map((c, i) => {
          const status = caseStatus(c);
          const parts = languages.map((l) =>
            renderCase(l.result.cases[i], bilingual ? `${anchors[i]}-${l.say.locale}` : anchors[i], linksIn(l.say), options.calendars),
          );
          const head = `<h2 id="${anchors[i]}"><span class="status ${status}">${STATUS[status].icon} ${parts.map((p) => p.status).join(' / ')}</span> · <code>${esc(c.case)}</code></h2>`;
          const inner = bilingual
            ? [
                ...parts.map((p, k) => languagePart(languages[k].say, p.body)),
                ...patientFirst.filter((k) => parts[k].advice).map((k) => languagePart(languages[k].say, parts[k].advice)),
              ]
            : [parts[0].body, parts[0].advice].filter(Boolean);
          return `<section class="case ${status}" aria-labelledby="${anchors[i]}">${[head, ...inner].join('\n')}</section>`;
        })
        .join('\n')
    : `<p>${esc(say.t('html.no-case'))}</p>`;
  return `${pageStart(title, say.locale)}
<a class="skip" href="#cases">${esc(say.t('html.skip'))}</a>
<header><h1>${esc(title)}</h1>${totals.join('')}</header>
${nav}
<main id="cases" tabindex="-1">
${body}
</main>
</body>
</html>
`;
}
