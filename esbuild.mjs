// Bundles the entry points into dist/: the CLI, the language core (for tests and library use),
// and — when their sources exist — the language server and the VS Code extension.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // yaml's ES module build (the same code as its CommonJS one): bundled as a module, its
  // functions are called directly, where the CommonJS build is reached through a getter per use
  // (about 4% of opening a 10,000-rule profile). Its warnings are off anyway (logLevel 'error').
  // Found the way Node finds the package, not under the working directory: the mutation run
  // builds in a sandbox that has no node_modules of its own.
  alias: { yaml: join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser/index.js') },
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/src/core/index.ts', out: 'dist/core.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
].filter((e) => existsSync(e.in));

await Promise.all(entries.map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out, external: e.external ?? [] })));
