// Entry point of dist/server.js: `node dist/server.js --stdio` (or --node-ipc, --socket=N, as
// vscode-languageserver reads them from the command line). Also exports what the bin and the
// in-process tests use to start a server on their own streams.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer, type ServerOptions } from './server';

export { startServer, type ServerOptions };

/** Starts a server on the transport named on the command line. */
export function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
}

/** Starts a server that reads lsp messages from `input` and writes them to `output` (tests). */
export function startOnStreams(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: ServerOptions = {}): void {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output));
  startServer(connection, options);
}

if (require.main === module) main();
