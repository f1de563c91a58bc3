// `reimage run --html FILE` opened in a real browser (headless Debian Chromium through
// playwright-core): the CSP lets the page's own style in and nothing else, nothing is logged
// to the console, every rule link leads to an existing file, the keyboard reaches the
// content, dark mode follows the reader. Screenshots go to test-results/html-report/.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.REIMAGE_CHROMIUM ?? '/usr/bin/chromium';
const shots = join(root, 'test-results', 'html-report');

function loadPlaywright() {
  try {
    return createRequire(import.meta.url)('playwright-core');
  } catch {
    return null;
  }
}
const playwright = loadPlaywright();
const missing = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium, or run test/e2e/install.sh)`
  : !playwright
    ? 'playwright-core is not installed (npm ci)'
    : null;

function reimage(args) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'reimage.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.error, undefined);
  return r;
}

/** Headless Chromium as every describe here starts it. */
function launchChromium() {
  return playwright.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens `dir/<name>.html` for each name, collecting what the page logs, throws or fails to load. */
async function openPages(browser, dir, names) {
  const pages = {};
  for (const name of names) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.goto(pathToFileURL(join(dir, `${name}.html`)).href);
    pages[name] = { page, problems };
  }
  return pages;
}

/** The shipped cases' report and the failing fixture's, written with `--lang lang` into a new folder. */
function writeReports(lang, prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(shots, { recursive: true });
  const all = reimage(['run', 'protocols', '--html', join(dir, 'all.html'), '--lang', lang]);
  assert.equal(all.status, 0, all.stderr);
  const failing = reimage([
    'run',
    'test/fixtures/cli/failing',
    '--protocols',
    'test/fixtures/cli/protocols',
    '--html',
    join(dir, 'failing.html'),
    '--lang',
    lang,
  ]);
  assert.equal(failing.status, 1, `an expectation fails: exit 1 with --lang ${lang} too`);
  return dir;
}

describe('reimage run --html in headless Chromium', () => {
  if (missing) {
    test('the HTML report in a browser', { todo: missing }, () => {});
    return;
  }
  let dir, browser;
  const pages = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reimage-html-'));
    mkdirSync(shots, { recursive: true });
    const all = reimage(['run', 'protocols', '--html', join(dir, 'all.html')]);
    assert.equal(all.status, 0, all.stderr);
    const failing = reimage(['run', 'test/fixtures/cli/failing', '--protocols', 'test/fixtures/cli/protocols', '--html', join(dir, 'out', 'failing.html')]);
    assert.equal(failing.status, 2, 'the folder for the report does not exist: exit 2');
    assert.match(failing.stderr, /cannot write the HTML report/);
    mkdirSync(join(dir, 'out'));
    const again = reimage(['run', 'test/fixtures/cli/failing', '--protocols', 'test/fixtures/cli/protocols', '--html', join(dir, 'out', 'failing.html')]);
    assert.equal(again.status, 1, 'an expectation fails: exit 1, the report is written all the same');
    browser = await launchChromium();
    Object.assign(pages, await openPages(browser, dir, ['all', 'out/failing']));
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('no console errors, no CSP violations, no failed requests', async () => {
    for (const { page, problems } of Object.values(pages)) {
      await page.waitForLoadState('load');
      assert.deepEqual(problems, []);
    }
  });

  test('the CSP admits the inline style: verdict icons are coloured discs', async () => {
    const { page } = pages['out/failing'];
    const icon = page.locator('.verdict.redo .icon').first();
    const style = await icon.evaluate((e) => ({ radius: getComputedStyle(e).borderRadius, bg: getComputedStyle(e).backgroundColor }));
    assert.equal(style.radius, '50%');
    assert.notEqual(style.bg, 'rgba(0, 0, 0, 0)');
  });

  test('headings: one h1, one h2 per shipped case', async () => {
    const { page } = pages.all;
    assert.equal(await page.locator('h1').count(), 1);
    const cases = JSON.parse(reimage(['run', 'protocols', '--json']).stdout).cases;
    assert.equal(await page.locator('main h2').count(), cases.length);
    assert.equal(await page.getByRole('navigation', { name: 'Cases' }).getByRole('link').count(), cases.length);
  });

  test('rule links are present and lead to the rule files next to the report', async () => {
    const { page } = pages.all;
    const hrefs = await page.locator('a[href*="#L"]').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(hrefs.length > 100, `${hrefs.length} rule links`);
    for (const href of new Set(hrefs.map((h) => h.replace(/#L\d+$/, '')))) {
      assert.ok(existsSync(fileURLToPath(href)), `${href} exists`);
    }
    assert.match(hrefs[0], /protocols\/tier3a-public\.protocol\.yaml#L\d+$/);
  });

  test('the failed expectation says expected vs actual and names the rule', async () => {
    const { page } = pages['out/failing'];
    const box = page.locator('.failures');
    assert.match(await box.innerText(), /chest-ct: expected accept, got redo \(decided by thin-slice-ct\)/);
    await page.screenshot({ path: join(shots, 'failing-light.png'), fullPage: true });
  });

  test('the keyboard: the first Tab reaches the skip link, which moves to the cases', async () => {
    const { page } = pages.all;
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the cases');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cases');
  });

  test('dark mode: dark background, light text; screenshots of both', async () => {
    const { page } = pages.all;
    await page.screenshot({ path: join(shots, 'report-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    assert.deepEqual(colours, ['rgb(13, 17, 23)', 'rgb(230, 237, 243)']);
    await page
      .locator('section[aria-labelledby="case-national-day-week-redo"] h3')
      .first()
      .evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: join(shots, 'report-dark-timeline.png') });
  });
});

describe('reimage run --html --lang zh-CN in headless Chromium: the same checks in Chinese', () => {
  if (missing) {
    test('the Chinese HTML report in a browser', { todo: missing }, () => {});
    return;
  }
  let dir, browser;
  const pages = {};

  before(async () => {
    dir = writeReports('zh-CN', 'reimage-html-zh-');
    browser = await launchChromium();
    Object.assign(pages, await openPages(browser, dir, ['all', 'failing']));
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('no console errors, no CSP violations, no failed requests; the page says it is Chinese', async () => {
    for (const { page, problems } of Object.values(pages)) {
      await page.waitForLoadState('load');
      assert.deepEqual(problems, []);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    }
  });

  test('headings: one h1, one h2 per shipped case, the case list named in Chinese', async () => {
    const { page } = pages.all;
    assert.equal(await page.locator('h1').innerText(), 'Reimage 报告');
    const cases = JSON.parse(reimage(['run', 'protocols', '--json']).stdout).cases;
    assert.equal(await page.locator('main h2').count(), cases.length);
    assert.equal(await page.getByRole('navigation', { name: '病例' }).getByRole('link').count(), cases.length);
    assert.equal(await page.getByRole('columnheader', { name: '规则与原因' }).count(), cases.length);
  });

  test('the failed expectation says expected vs actual in Chinese and names the rule; screenshot', async () => {
    const { page } = pages.failing;
    assert.match(await page.locator('.failures').innerText(), /chest-ct: 预期 accept，实际 redo（由 thin-slice-ct 决定）/);
    await page.screenshot({ path: join(shots, 'failing-zh-cn.png'), fullPage: true });
  });

  test('the keyboard: the first Tab reaches the skip link, which moves to the cases', async () => {
    const { page } = pages.all;
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), '跳到病例');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cases');
  });
});

describe('reimage run --html --lang zh-CN,en in headless Chromium: the bilingual page passes the same checks', () => {
  if (missing) {
    test('the bilingual HTML report in a browser', { todo: missing }, () => {});
    return;
  }
  let dir, browser;
  const pages = {};

  before(async () => {
    dir = writeReports('zh-CN,en', 'reimage-html-bi-');
    browser = await launchChromium();
    Object.assign(pages, await openPages(browser, dir, ['all', 'failing']));
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('no console errors, no CSP violations, no failed requests; the page says its first language, each part its own', async () => {
    for (const { page, problems } of Object.values(pages)) {
      await page.waitForLoadState('load');
      assert.deepEqual(problems, []);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    }
    const { page } = pages.all;
    const cases = JSON.parse(reimage(['run', 'protocols', '--json']).stdout).cases;
    const langs = await page
      .locator('section.case')
      .first()
      .locator(':scope > .language')
      .evaluateAll((ds) => ds.map((d) => d.lang));
    assert.deepEqual(langs.slice(0, 2), ['zh-CN', 'en'], 'the case in Chinese, then in English');
    assert.equal((await page.locator('section.case > .language[lang="en"]').count()) >= cases.length, true);
  });

  test('headings: one h1, one h2 per shipped case; the case table in each language', async () => {
    const { page } = pages.all;
    assert.equal(await page.locator('h1').innerText(), 'Reimage 报告 · Reimage report');
    const cases = JSON.parse(reimage(['run', 'protocols', '--json']).stdout).cases;
    assert.equal(await page.locator('main h2').count(), cases.length);
    assert.equal(await page.getByRole('navigation', { name: '病例' }).getByRole('link').count(), cases.length);
    assert.equal(await page.getByRole('columnheader', { name: '规则与原因' }).count(), cases.length);
    assert.equal(await page.getByRole('columnheader', { name: 'Rule and reason' }).count(), cases.length);
  });

  test("the patient's advice comes first in English, then in Chinese", async () => {
    const { page } = pages.all;
    const headings = await page
      .locator('section[aria-labelledby="case-national-day-week-redo"] h3')
      .evaluateAll((hs) => hs.map((h) => h.textContent).filter((t) => t === 'Advice' || t === '给患者的建议'));
    assert.deepEqual(headings, ['Advice', '给患者的建议']);
  });

  test('the failed expectation in both languages, naming the rule; screenshot', async () => {
    const { page } = pages.failing;
    const boxes = await page.locator('.failures').allInnerTexts();
    assert.equal(boxes.length, 2);
    assert.match(boxes[0], /chest-ct: 预期 accept，实际 redo（由 thin-slice-ct 决定）/);
    assert.match(boxes[1], /chest-ct: expected accept, got redo \(decided by thin-slice-ct\)/);
    await page.screenshot({ path: join(shots, 'failing-zh-cn-en.png'), fullPage: true });
  });

  test('the keyboard: the first Tab reaches the skip link, which moves to the cases', async () => {
    const { page } = pages.all;
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), '跳到病例');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cases');
  });

  test('dark mode follows the reader in the bilingual page too', async () => {
    const { page } = pages.all;
    await page.emulateMedia({ colorScheme: 'dark' });
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    assert.deepEqual(colours, ['rgb(13, 17, 23)', 'rgb(230, 237, 243)']);
  });
});
