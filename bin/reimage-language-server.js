#!/usr/bin/env node
// The Reimage language server for any editor: `reimage-language-server --stdio`.
'use strict';
if (!process.argv.slice(2).some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write('Usage: reimage-language-server --stdio\n\nThe Reimage language server; talks the Language Server Protocol over stdin/stdout\n(or --node-ipc, --socket=<port>, --pipe=<name>).\n');
    process.exit(0);
  }
  process.argv.push('--stdio');
}
// Let the server run V8's full collector between edits of large files (docs/lsp.md, "Memory").
if (typeof globalThis.gc !== 'function') {
  try {
    require('node:v8').setFlagsFromString('--expose-gc');
    globalThis.gc = require('node:vm').runInNewContext('gc');
  } catch {
    // Without it the server works the same, with a higher memory peak.
  }
}
require('../dist/server.js').main();
