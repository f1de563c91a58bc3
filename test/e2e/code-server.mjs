// Starts a real VS Code — code-server from the e2e cache — on 127.0.0.1 with a fresh profile
// (its own extensions, user data and XDG folders) and the extension installed from the .vsix,
// and stops it again by its process group id. Nothing is written outside `dir`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'testing.automaticallyOpenPeekView': 'failureInVisibleDocument',
};

/** With workspace trust on, a folder opens in Restricted Mode without asking (nothing is trusted yet). */
const RESTRICTED = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.emptyWindow': false,
};

/**
 * A display language for VS Code without a language pack (none is reachable offline): VS Code
 * takes a language when its user data lists a pack for it, so we list one whose own
 * translations are empty. The workbench stays in English; extensions speak the language — the
 * manifest's package.nls.<lang>.json, vscode.l10n's bundle and the server's initialize locale.
 */
function declareLanguage(dataDir, locale) {
  const translations = join(dataDir, `empty.${locale}.i18n.json`);
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(
    join(dataDir, 'languagepacks.json'),
    JSON.stringify({
      [locale]: {
        hash: `reimage-e2e-${locale}`,
        label: locale,
        extensions: [{ extensionIdentifier: { id: `reimage-e2e.${locale}` }, version: '0.0.1' }],
        translations: { vscode: translations },
      },
    }),
  );
}

/**
 * @param {{ codeServer: string, vsix: string, dir: string, locale?: string, log?: (line: string) => void, restricted?: boolean }} options
 * codeServer: the folder test/e2e/install.sh printed; dir: an empty folder for this run;
 * locale: VS Code's display language (default English); restricted: workspace trust on, so the
 * folder opens untrusted (Restricted Mode).
 */
export async function startCodeServer({ codeServer, vsix, dir, locale, log = () => {}, restricted = false }) {
  const bin = join(codeServer, 'node_modules', '.bin', 'code-server');
  const folders = Object.fromEntries(['ext', 'data/User', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-state', 'tmp'].map((f) => [f, join(dir, f)]));
  for (const f of Object.values(folders)) mkdirSync(f, { recursive: true });
  writeFileSync(join(folders['data/User'], 'settings.json'), JSON.stringify({ ...SETTINGS, ...(restricted ? RESTRICTED : {}) }, null, 2));
  if (locale) declareLanguage(join(dir, 'data'), locale);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: folders['xdg-config'],
    XDG_DATA_HOME: folders['xdg-data'],
    XDG_CACHE_HOME: folders['xdg-cache'],
    XDG_STATE_HOME: folders['xdg-state'],
    TMPDIR: folders.tmp,
  };
  const common = ['--extensions-dir', folders.ext, '--user-data-dir', join(dir, 'data'), '--config', join(dir, 'config.yaml')];
  const t0 = Date.now();
  const install = spawnSync(bin, [...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`);
  log(`installed ${vsix} in ${Date.now() - t0} ms`);

  const port = await freePort();
  const out = openSync(join(dir, 'code-server.log'), 'a');
  const child = spawn(
    bin,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(restricted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      ...(locale ? ['--locale', locale] : []),
      ...common,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  const url = `http://127.0.0.1:${port}`;
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const stop = () => stopGroup(child.pid);
  // Wait for its health check (an event we poll for: it has no readiness signal of its own).
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`code-server exited at start (${JSON.stringify(exited)}); see ${join(dir, 'code-server.log')}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) {
      stop();
      throw new Error(`code-server did not answer on ${url} within 60 s; see ${join(dir, 'code-server.log')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`code-server ${child.pid} listening on ${url} after ${Date.now() - started} ms`);
  return { url, pid: child.pid, stop, log: join(dir, 'code-server.log') };
}

/** Ends a process group we started: TERM, then KILL whatever is left after 5 s. */
export function stopGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    spawnSync('sleep', ['0.1']);
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // gone
  }
}
