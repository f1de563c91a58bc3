// The memory floor of `npm run bench:lsp`: a language server that only keeps its documents, built
// on the libraries Reimage's server is built on (vscode-languageserver's TextDocuments over
// vscode-languageserver-textdocument), publishing no findings. Whatever this process peaks at on
// a file, any server on these libraries peaks at least as high: Node, the open message (its
// bytes, its JSON text, the document's text) and, after each edit, the new text beside the old.
// It runs a full collection after every publish (started with --expose-gc): the least memory
// the libraries can hold the text in, at a cost to speed a real server could not pay.
// With --with-core it also loads Reimage's core and warms it up as Reimage's server does, but
// analyses nothing: the memory of Reimage's code beside the text, without the analysis.
'use strict';
const { join } = require('node:path');
const { createConnection, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
if (process.argv.includes('--with-core')) connection.onInitialized(() => require(join(__dirname, '..', 'dist', 'core.js')).warmUp());
documents.onDidChangeContent((e) => {
  // Read the text, as any server must: V8 then makes the edited text one new string.
  const text = e.document.getText();
  text.charCodeAt(text.length >> 1);
  void connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: [] }).then(() => setImmediate(() => globalThis.gc?.()));
});
documents.listen(connection);
connection.listen();
