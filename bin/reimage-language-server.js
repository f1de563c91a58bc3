#!/usr/bin/env node
// The Reimage language server for any editor: `reimage-language-server --stdio`.
'use strict';
if (!process.argv.slice(2).some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(
      'Usage: reimage-language-server --stdio\n\nThe Reimage language server; talks the Language Server Protocol over stdin/stdout\n(or --node-ipc, --socket=<port>, --pipe=<name>).\n',
    );
    process.exit(0);
  }
  process.argv.push('--stdio');
}
require('../dist/server.js').main();
