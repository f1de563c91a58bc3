// The HTML run report (renderReportHtml): a standalone page that is safe (strict CSP, no
// script, everything escaped), accessible (headings, table headers, words beside every icon),
// and says what the run says — verdicts, deciding rules with links to their lines, failures,
// the redo timeline with days off, budget and advice. Run on results of small projects.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import core from '../../dist/core.js';

const { analyzeProject, runCases, renderReportHtml } = core;
const FIX = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const read = (p) => readFileSync(FIX + p, 'utf8');

/** Runs case texts against protocol texts, as the CLI would; returns the result and calendars. */
function run(files) {
  const project = analyzeProject(Object.entries(files).map(([path, text]) => ({ path, text })));
  const calendars = Object.fromEntries([...project.protocols].map(([id, p]) => [id, { holidays: p.holidays, workdays: p.workdays }]));
  return { result: runCases(project), calendars };
}

const MINI = read('protocols/mini-clinic.protocol.yaml');
const failing = run({ 'p/mini.protocol.yaml': MINI, 'c/failing.case.yaml': read('failing/failing.case.yaml') });
const ordering = run({ 'p/mini.protocol.yaml': MINI, 'c/ordering.case.yaml': read('cases/ordering.case.yaml') });

/** The visible text of an HTML fragment (tags dropped, entities decoded), spaces collapsed. */
function text(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('a safe standalone page', () => {
  const html = renderReportHtml(failing.result, { calendars: failing.calendars });

  test('a strict Content-Security-Policy that allows exactly the inline style, by its hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|script-src/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1);
    const hash = createHash('sha256').update(styles[0], 'utf8').digest('base64');
    assert.match(csp, new RegExp(`style-src 'sha256-${hash.replace(/[+/=]/g, (c) => `\\${c}`)}'`));
  });

  test('no script, no inline handlers, no style attributes (the CSP would block them), no remote resources', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//i);
  });

  test('user text is escaped everywhere', () => {
    const evil = structuredClone(failing.result);
    const c = evil.cases[0];
    c.case = '<img src=x onerror=alert(1)>';
    c.studies[0].id = '"><script>alert(2)</script>';
    c.studies[0].reasons[0].message = '<b>bold</b> & more';
    c.advice = ['<iframe>'];
    const out = renderReportHtml(evil);
    assert.doesNotMatch(out, /<img|<script|<iframe|<b>bold/);
    assert.match(out, /&lt;b&gt;bold&lt;\/b&gt; &amp; more/);
    assert.match(text(out), /"><script>alert\(2\)<\/script>/);
  });

  test('the same result gives the same page', () => {
    assert.equal(renderReportHtml(failing.result, { calendars: failing.calendars }), html);
  });
});

describe('accessible structure', () => {
  const html = renderReportHtml({ cases: [...failing.result.cases, ...ordering.result.cases] }, { calendars: ordering.calendars });

  test('one h1, an h2 per case that labels its section, a skip link and a case index', () => {
    assert.equal(html.match(/<h1>/g).length, 1);
    const headings = [...html.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(headings, ['case-failing', 'case-ordering']);
    for (const id of headings) {
      assert.match(html, new RegExp(`<section class="case [a-z-]+" aria-labelledby="${id}">`));
      assert.match(html, new RegExp(`<nav aria-label="Cases">.*href="#${id}"`, 's'));
    }
    assert.match(html, /<a class="skip" href="#cases">/);
    assert.match(html, /<html lang="en">/);
  });

  test('study tables have a caption, column headers and row headers', () => {
    const tables = html.match(/<table role="table">[\s\S]*?<\/table>/g);
    assert.equal(tables.length, 2);
    for (const t of tables) {
      assert.match(t, /<caption/);
      assert.equal(t.match(/<th scope="col" role="columnheader">/g).length, 4);
      assert.ok(t.match(/<th scope="row" role="rowheader">/g).length >= 1);
    }
  });

  test('every verdict and status is said in words; icons are hidden from screen readers', () => {
    for (const v of ['accept', 'redo'])
      assert.match(html, new RegExp(`<span class="verdict ${v}"><span class="icon" aria-hidden="true">[^<]+</span>${v}</span>`));
    assert.match(text(html), /✘ failed · failing/);
    assert.match(text(html), /✔ passed · ordering/);
    assert.match(html, /<svg [^>]*aria-hidden="true"/, 'the chart is decoration; its content is in the list under it');
  });

  test('colours follow the editor theme, with light and dark fallbacks', () => {
    assert.match(html, /var\(--vscode-foreground,var\(--fg\)\)/);
    assert.match(html, /var\(--vscode-editor-background,var\(--bg\)\)/);
    assert.match(html, /@media \(prefers-color-scheme:dark\)/);
    assert.match(html, /<meta name="color-scheme" content="light dark">/);
    assert.match(html, /:focus-visible/);
  });
});

describe('what the page says', () => {
  test('a failed expectation: expected vs actual and the rule that decided', () => {
    const t = text(renderReportHtml(failing.result));
    assert.match(t, /Expectations not met chest-ct : expected accept , got redo \(decided by thin-slice-ct \)/);
    assert.match(t, /1 case ✔ 0 passed ✘ 1 failed/);
  });

  test('each deciding rule links to its line; the default link is file#Lline', () => {
    const html = renderReportHtml(failing.result);
    const rule = failing.result.cases[0].studies[0].reasons.find((r) => r.rule === 'thin-slice-ct');
    assert.ok(html.includes(`<a href="p/mini.protocol.yaml#L${rule.source.line}" aria-label="rule thin-slice-ct, mini.protocol.yaml:${rule.source.line}">`));
    assert.match(html, /<a href="c\/failing.case.yaml">c\/failing.case.yaml<\/a>/);
  });

  test('links are what the caller makes of a source (a file URL, an editor command)', () => {
    const html = renderReportHtml(failing.result, {
      sourceHref: (s) => `command:reimage.openSource?${encodeURIComponent(JSON.stringify([s.file, s.line]))}`,
      caseHref: (c) => `file:///work/${c.file}`,
    });
    assert.match(html, /href="command:reimage.openSource\?%5B%22p%2Fmini.protocol.yaml%22%2C\d+%5D"/);
    assert.match(html, /href="file:\/\/\/work\/c\/failing.case.yaml"/);
  });

  test('redo plan, budget and the timeline: scan day, ready day, days off', () => {
    const t = text(renderReportHtml(failing.result, { calendars: failing.calendars }));
    // CT report 1bd..2bd from Friday 2026-04-10; Monday 13th is a holiday → ready Wednesday 15th.
    assert.match(t, /ready by 2026-04-15/);
    assert.match(t, /Budget 100–200 EUR/);
    assert.match(
      t,
      /chest-ct \(CT\) : scan on Fri 10 Apr \(15min\.\.30min\), report 1bd\.\.2bd, ready by Wed 15 Apr 2026 \(3 days off in between, not counted\)/,
    );
    assert.match(t, /hatched: not a business day \(weekend or holiday\)/);
  });

  test('without the protocol calendar only weekends are shaded, and the page says so', () => {
    const t = text(renderReportHtml(failing.result));
    assert.match(t, /2 days off in between/);
    assert.match(t, /weekend \(holidays not known here\)/);
  });

  test('the chart shades exactly the days off', () => {
    const html = renderReportHtml(failing.result, { calendars: failing.calendars });
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)[0];
    // 10..15 April: Sat 11, Sun 12 and the holiday Mon 13 are hatched.
    assert.equal(svg.match(/fill="url\(#case-failing-off\)"/g).length, 3);
    assert.equal(svg.match(/class="day span"/g).length, 3, 'Fri 10 (scan), Tue 14 and Wed 15 (report)');
    assert.equal(svg.match(/class="scan"/g).length, 1);
    assert.equal(svg.match(/class="ready"/g).length, 1);
  });

  test('orders: what to order, why, by when, and an unknown price said as unknown', () => {
    const t = text(renderReportHtml(ordering.result, { calendars: ordering.calendars }));
    assert.match(
      t,
      /New imaging to order MR of the brain : Screen for brain metastases \( headache-brain-mr \) — ready by 2026-04-16, price unknown \(confirm with the receiving IMD\)/,
    );
    assert.match(t, /order: MR of the brain : scan on Fri 10 Apr \(30min\.\.60min\), report 1bd\.\.3bd, ready by Thu 16 Apr 2026/);
  });

  test('a run without cases says why the page is empty', () => {
    assert.match(text(renderReportHtml({ cases: [] })), /No case ran/);
  });

  test('the title option names the page', () => {
    const html = renderReportHtml({ cases: [] }, { title: 'Cases in <protocols>' });
    assert.match(html, /<title>Cases in &lt;protocols&gt;<\/title>/);
    assert.match(html, /<h1>Cases in &lt;protocols&gt;<\/h1>/);
  });
});

describe('the shipped cases', () => {
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  const files = ['protocols/tier3a-public.protocol.yaml', 'protocols/private-international.protocol.yaml'];
  const dir = `${ROOT}protocols/cases/`;
  const cases = readdirSync(dir).filter((f) => f.endsWith('.case.yaml'));
  const project = analyzeProject([...files, ...cases.map((f) => `protocols/cases/${f}`)].map((path) => ({ path, text: readFileSync(ROOT + path, 'utf8') })));
  const result = runCases(project);
  const html = renderReportHtml(result);

  test('every case, study and deciding rule appears, each rule with a link to its line', () => {
    assert.equal(result.cases.length, cases.length);
    for (const c of result.cases) {
      assert.ok(html.includes(`<code>${c.case}</code></h2>`), c.case);
      for (const s of c.studies) {
        assert.ok(html.includes(`<th scope="row" role="rowheader"><code>${s.id}</code>`), `${c.case}/${s.id}`);
        for (const r of s.reasons.filter((r) => r.verdict === s.verdict)) {
          assert.ok(html.includes(`href="${r.source.file}#L${r.source.line}"`), `${c.case}/${s.id}/${r.rule}`);
        }
      }
    }
  });
});

describe('the Markdown report', () => {
  test('is what `reimage run --markdown` prints, for the shipped cases and a failing one', async () => {
    const { spawnSync } = await import('node:child_process');
    const ROOT = fileURLToPath(new URL('../..', import.meta.url));
    for (const args of [['protocols'], ['test/fixtures/cli/failing', '--protocols', 'test/fixtures/cli/protocols']]) {
      const cli = spawnSync(process.execPath, ['bin/reimage.js', 'run', ...args, '--json'], { cwd: ROOT, encoding: 'utf8' });
      const markdown = spawnSync(process.execPath, ['bin/reimage.js', 'run', ...args, '--markdown'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(core.renderReportMarkdown(JSON.parse(cli.stdout)), markdown.stdout, args.join(' '));
    }
  });
});

describe('the page in Chinese, and in two languages', () => {
  const { Catalogue } = core;
  const HAN = /\p{Script=Han}/u;
  const zh = new Catalogue('zh-CN');
  const en = new Catalogue('en');
  /** The run said in `locales`, one result per language, as `reimage run --lang` gives them. */
  function said(files, locales) {
    const project = analyzeProject(Object.entries(files).map(([path, text]) => ({ path, text })));
    const calendars = Object.fromEntries([...project.protocols].map(([id, p]) => [id, { holidays: p.holidays, workdays: p.workdays }]));
    return { calendars, languages: locales.map((say) => ({ say, result: runCases(project, undefined, say) })) };
  }
  const FILES = { 'p/mini.protocol.yaml': MINI, 'c/failing.case.yaml': read('failing/failing.case.yaml') };

  test('the timeline chart in Chinese: heading, weekdays, months, dates, steps and legend', () => {
    const { calendars, languages } = said(FILES, [zh]);
    const html = renderReportHtml(languages[0].result, { calendars, say: zh });
    const t = text(html);
    assert.match(t, /重做、补充及新增检查的时间安排/);
    // CT report 1bd..2bd from Friday 2026-04-10; Monday 13th is a holiday → ready Wednesday 15th.
    assert.match(t, /chest-ct（CT） ：4月10日 周五扫描（15min\.\.30min）、出报告 1bd\.\.2bd、2026年4月15日 周三 前完成（其间有 3 天非工作日，不计入）/);
    assert.match(t, /开始（4月10日 周五） · ▲ 扫描 · ◆ 报告完成 · 斜线：非工作日（周末或节假日）/);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)[0];
    assert.deepEqual(
      [...svg.matchAll(/<text [^>]*class="dim">([^<]*)<\/text>/g)].map((m) => m[1]),
      ['五', '六', '日', '一', '二', '三'],
      'the weekdays of 10..15 April',
    );
    assert.match(svg, />2026年4月</);
    const chart = text(/<h3>重做[\s\S]*?<\/figure>/.exec(html)[0]);
    assert.doesNotMatch(chart, /\b(scan|report ready|ready by|hatched|weekend|Fri|Apr|order)\b/, chart);
  });

  test('--lang zh-CN,en: each case in both languages in the order asked, then the advice in English first', () => {
    const advice = 'advice:\n  - when: always\n    text: { en: Bring your most recent imaging., zh-CN: 请带上最新的影像资料。 }\n';
    const files = { 'p/mini.protocol.yaml': `${MINI.trimEnd()}\n${advice}`, 'c/ordering.case.yaml': read('cases/ordering.case.yaml') };
    const { calendars, languages } = said(files, [zh, en]);
    const html = renderReportHtml(languages[0].result, { calendars, say: zh, languages });
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /<title>Reimage 报告 · Reimage report<\/title>/);
    const section = /<section class="case[\s\S]*?<\/section>/.exec(html)[0];
    assert.equal((section.match(/<h2 /g) ?? []).length, 1, 'one heading per case');
    const parts = [...section.matchAll(/<div class="language" lang="([^"]+)">([\s\S]*?)\n<\/div>/g)].map((m) => ({ lang: m[1], body: m[2] }));
    assert.deepEqual(
      parts.map((p) => [p.lang, /<h3>(给患者的建议|Advice)<\/h3>/.test(p.body) ? 'advice' : 'case']),
      [
        ['zh-CN', 'case'],
        ['en', 'case'],
        ['en', 'advice'],
        ['zh-CN', 'advice'],
      ],
    );
    assert.match(text(parts[2].body), /Bring your most recent imaging\./);
    assert.match(text(parts[3].body), /请带上最新的影像资料。/);
    assert.match(text(parts[0].body), /重做、补充及新增检查的时间安排/);
    assert.match(text(parts[1].body), /Timeline of redos, supplements and orders/);
    assert.match(text(parts[1].body), /ready by Thu 16 Apr 2026/);
    assert.ok(!HAN.test(text(parts[1].body).replace(/English/, '')), 'the English part has no Chinese');
    // Dates as each language writes them: the same day.
    assert.match(text(parts[0].body), /评估日期 2026年4月10日/);
    assert.match(text(parts[1].body), /on 2026-04-10/);
    // Chart ids stay unique on the page: one hatch pattern per language.
    const ids = [...html.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 2);
  });

  test('a page in one language is as before: no language parts', () => {
    const { calendars, languages } = said(FILES, [zh]);
    const html = renderReportHtml(languages[0].result, { calendars, say: zh, languages });
    assert.doesNotMatch(html, /class="language"/);
  });
});
