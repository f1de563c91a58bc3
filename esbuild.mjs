// Bundles the entry points into dist/: the CLI, the language core (for tests and library use),
// and — when their sources exist — the language server and the VS Code extension.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/src/core/index.ts', out: 'dist/core.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
].filter((e) => existsSync(e.in));

await Promise.all(entries.map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out, external: e.external ?? [] })));
