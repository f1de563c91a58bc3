// The extension in Simplified Chinese (issue 13): code-server with its display language set to
// zh-cn (test/e2e/code-server.mjs declares the language; the workbench itself stays English, no
// language pack being reachable offline). What the extension contributes and shows is Chinese:
// a command's title in the palette and the status bar; a finding in the Problems panel and in
// the hover of its squiggle (the server answers in the initialize locale); the report view.
// Screenshots go to test-results/e2e-zh-cn/. Run through `npm run test:e2e`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './code-server.mjs';
import { missingReason, Workbench } from './driver.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shots = join(root, 'test-results', 'e2e-zh-cn');
const codeServer = process.env.REIMAGE_CODE_SERVER;
const vsix = process.env.REIMAGE_VSIX;
const missing = missingReason(codeServer, vsix);

let dir, server, bench;

/** A case with a misspelt key: an `unknown-key` finding, said in the reader's language. */
const MISSPELT = `case: e2e-misspelt
protocol: tier3a-public
on: 2026-04-10
patient:
  context: active-oncology
  indications: [lung-cancer]
  purpose: oncology
studies:
  - id: chest-ct
    modality: CT
    region: chest
    date: 2026-04-01
    slice_thicknes: 1mm
`;

before(async () => {
  if (missing) return;
  rmSync(shots, { recursive: true, force: true });
  dir = mkdtempSync(join(tmpdir(), 'reimage-e2e-zh-'));
  cpSync(join(root, 'protocols'), join(dir, 'workspace', 'protocols'), { recursive: true });
  cpSync(join(root, 'schemas'), join(dir, 'workspace', 'schemas'), { recursive: true });
  mkdirSync(join(dir, 'workspace', 'e2e'));
  writeFileSync(join(dir, 'workspace', 'e2e', 'misspelt.case.yaml'), MISSPELT);
  server = await startCodeServer({ codeServer, vsix, dir: join(dir, 'code-server'), locale: 'zh-cn', log: (l) => console.log(`# ${l}`) });
  bench = await Workbench.launch({ shots });
  await bench.open(server.url, join(dir, 'workspace'));
});

after(async () => {
  await bench?.close();
  server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the command titles and the status bar are in Chinese', { todo: missing ?? undefined }, async () => {
  if (missing) return;
  const { page } = bench;
  // The status bar item, once the extension is active: its accessible label from vscode.l10n.
  await page
    .locator('.statusbar-item[aria-label^="Reimage：0 个错误"], .statusbar-item [aria-label^="Reimage：0 个错误"]')
    .first()
    .waitFor({ timeout: 90_000 });
  await page.keyboard.press('F1');
  await bench.input.waitFor({ state: 'visible' });
  await bench.input.fill('>Reimage: 运行所有病例');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: '运行所有病例' }).first();
  await row.waitFor({ timeout: 30_000 });
  assert.match(await row.innerText(), /Reimage: 运行所有病例/);
  await bench.shot('command-palette-zh-cn');
  await page.keyboard.press('Escape');
  assert.deepEqual(bench.problems, []);
});

test('a finding is in Chinese in the Problems panel and in the hover of its squiggle; its code stays', { todo: missing ?? undefined }, async () => {
  if (missing) return;
  const { page } = bench;
  await bench.openFile('e2e/misspelt.case.yaml');
  await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').first().waitFor({ timeout: 60_000 });
  // The Problems panel (Ctrl+Shift+M): the row of the finding, its message in Chinese, its code as it is.
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'slice_thicknes' }).first();
  await row.waitFor({ timeout: 30_000 });
  const text = await row.innerText();
  assert.match(text, /未知的键 `slice_thicknes`/);
  assert.match(text, /是否想写 `slice_thickness`/);
  assert.match(text, /unknown-key/);
  await bench.shot('problems-zh-cn');
  // The hover of the squiggle (Ctrl+K Ctrl+I at the key) says the same.
  await bench.goto(13, 7);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover', { hasText: '未知的键' }).first();
  await hover.waitFor({ timeout: 30_000 });
  assert.match(await hover.innerText(), /未知的键 `slice_thicknes`/);
  await bench.shot('hover-zh-cn');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+J');
  await page.locator('.part.panel').waitFor({ state: 'hidden' });
  assert.deepEqual(bench.problems, []);
});

test('the report view is in Chinese: its title, table, timeline and advice', { todo: missing ?? undefined }, async () => {
  if (missing) return;
  const { page } = bench;
  await bench.openFile('national-day-week-redo.case.yaml');
  await bench.command('Reimage: 显示报告');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('h1', { hasText: '报告：national-day-week-redo' }).waitFor({ timeout: 60_000 });
  assert.equal(await frame.locator('html').getAttribute('lang'), 'zh-CN');
  await frame.getByRole('columnheader', { name: '规则与原因' }).waitFor();
  await frame.locator('h3', { hasText: '重做、补充及新增检查的时间安排' }).waitFor();
  assert.match(await frame.locator('main').innerText(), /2026年10月13日/, 'dates as Chinese writes them');
  await frame.locator('h3', { hasText: '给患者的建议' }).waitFor();
  await page.locator('.tab.active', { hasText: '报告：national-day-week-redo' }).waitFor();
  await bench.shot('report-view-zh-cn');
  // The timeline, scrolled into view as a reader would.
  await frame.locator('h3', { hasText: '重做、补充及新增检查的时间安排' }).scrollIntoViewIfNeeded();
  await bench.shot('report-view-timeline-zh-cn');
  assert.deepEqual(bench.problems, []);
});
