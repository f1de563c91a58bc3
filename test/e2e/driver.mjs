// Drives VS Code's workbench in headless Debian Chromium through playwright-core: open a
// folder and files, run palette commands, move the cursor, read the editor, take screenshots.
// Every wait is on a selector or an event, never a fixed sleep.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { chromium } = createRequire(import.meta.url)('playwright-core');

export const CHROMIUM = process.env.REIMAGE_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The line (1-based) of active-oncology's `window:` in the shipped profile as it is written
 * today: the suites type into it, and the profile's texts above it change.
 */
export function activeOncologyWindowLine() {
  const lines = readFileSync(fileURLToPath(new URL('../../protocols/tier3a-public.protocol.yaml', import.meta.url)), 'utf8').split('\n');
  const context = lines.indexOf('  active-oncology:');
  return lines.findIndex((l, i) => i > context && l.startsWith('    window: ')) + 1;
}

/** Why an e2e suite cannot run here (its tests are then todo), or null. */
export function missingReason(codeServer, vsix) {
  if (!codeServer || !vsix) return 'run through `npm run test:e2e` (REIMAGE_CODE_SERVER and REIMAGE_VSIX are not set)';
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (test/e2e/install.sh installs it)`;
}

/** A case with a value written the way people often do (a space before the unit): a finding with a quick fix. */
export function scratchCase(id) {
  return `case: ${id}
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
    slice_thickness: 5 mm
expect:
  chest-ct: redo
`;
}

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, context, profile, shots) {
    this.page = page;
    this.context = context;
    this.profile = profile;
    this.shots = shots;
    this.count = 0;
    this.problems = [];
  }

  static async launch({ shots }) {
    mkdirSync(shots, { recursive: true });
    const profile = mkdtempSync(join(tmpdir(), 'reimage-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const bench = new Workbench(page, context, profile, shots);
    page.on('pageerror', (e) => bench.problems.push(`pageerror: ${e.message}`));
    return bench;
  }

  async open(url, folder) {
    await this.page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await this.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  }

  get input() {
    return this.page.locator('.quick-input-widget input');
  }

  /** Quick Open (Ctrl+P) a file by a unique part of its path; waits for its editor tab. */
  async openFile(name) {
    await this.page.keyboard.press('Control+P');
    await this.input.waitFor({ state: 'visible' });
    await this.input.fill(name);
    await this.page
      .locator('.quick-input-list .monaco-list-row', { hasText: name.split('/').pop() })
      .first()
      .waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tab.active[aria-label*="${name.split('/').pop()}"]`).waitFor({ timeout: 30_000 });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  /** Runs a palette command by its full title (Category: Title); `picks` when it asks for more. */
  async command(title, { picks = false } = {}) {
    await this.page.keyboard.press('F1');
    await this.input.waitFor({ state: 'visible' });
    await this.input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    if (!picks) await this.input.waitFor({ state: 'hidden' });
  }

  /** Puts the cursor at a 1-based line and column (Quick Open's `:line:column`). */
  async goto(line, column = 1) {
    await this.focusEditor();
    await this.page.keyboard.press('Control+P');
    await this.input.waitFor({ state: 'visible' });
    await this.input.fill(`:${line}:${column}`);
    await this.page
      .locator('.quick-input-list .monaco-list-row', { hasText: `line ${line}` })
      .first()
      .waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    await this.input.waitFor({ state: 'hidden' });
    await this.page
      .locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` })
      .first()
      .waitFor({ timeout: 10_000 });
  }

  async focusEditor() {
    await this.page.locator('.editor-instance .monaco-editor textarea').first().focus();
  }

  /** The text of the active editor's visible lines. */
  async editorText() {
    return (await this.page.locator('.editor-instance .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
  }

  /** Waits until the active editor's visible text matches. */
  async waitForEditorText(re, timeout = 30_000) {
    await this.page.waitForFunction(
      ([source, flags]) =>
        new RegExp(source, flags).test((document.querySelector('.editor-instance .monaco-editor .view-lines')?.innerText ?? '').replace(/\u00a0/g, ' ')),
      [re.source, re.flags],
      { timeout },
    );
  }

  /**
   * Opens the quick fix menu at the cursor (Ctrl+.) and waits for a row with `text`. The first
   * press can land while the editor is still settling (it then says "No code actions
   * available"), so it presses up to three times; the error names what each attempt showed.
   */
  async quickFix(text) {
    const row = this.page.locator('.action-widget .monaco-list-row', { hasText: text }).first();
    const seen = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await this.focusEditor();
      await this.page.keyboard.press('Control+.');
      try {
        await row.waitFor({ timeout: 10_000 });
        return row;
      } catch {
        const shown = await this.page.evaluate(() =>
          ['.action-widget', '.monaco-editor-overlaymessage', '.notifications-toasts']
            .map((s) =>
              [...document.querySelectorAll(s)]
                .map((e) => (e instanceof HTMLElement ? e.innerText : '').replace(/\s+/g, ' ').trim())
                .filter(Boolean)
                .join(' | '),
            )
            .join(' / '),
        );
        seen.push(`attempt ${attempt}: ${shown || 'nothing shown'}`);
        await this.shot(`quick-fix-attempt-${attempt}`);
        await this.page.keyboard.press('Escape');
      }
    }
    throw new Error(`no quick fix "${text}" at the cursor:\n${seen.join('\n')}`);
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
  async save() {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: 30_000 });
  }

  /** Saves a numbered screenshot under the shots folder and returns its path. */
  async shot(name) {
    const path = join(this.shots, `${String(++this.count).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async close() {
    await this.context.close().catch(() => {});
    rmSync(this.profile, { recursive: true, force: true });
  }
}
