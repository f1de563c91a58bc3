// `npm run test:desktop`: the extension in desktop VS Code (Electron), for machines that have
// VS Code or can download it. Uses @vscode/test-electron: with VSCODE_EXECUTABLE set (a VS Code
// binary, e.g. /usr/share/code/code) nothing is downloaded; without it test-electron downloads
// VS Code, which needs the internet. Offline CI runs `npm run test:e2e` (code-server) instead.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reimage-desktop-'));
const workspace = join(dir, 'workspace');
cpSync(join(root, 'protocols'), join(workspace, 'protocols'), { recursive: true });
writeFileSync(
  join(workspace, 'broken.case.yaml'),
  `case: broken
protocol: tier3a-public
on: 2026-04-10
patient: { context: active-oncology, purpose: oncology }
studies:
  - id: chest-ct
    modality: CT
    date: 2026-04-01
    slice_thickness: 5 mm
expect:
  chest-ct: redo
`,
);
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'test', 'desktop', 'suite', 'index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(dir, 'user-data')],
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
  });
} catch (e) {
  console.error(`desktop tests failed: ${e?.message ?? e}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
