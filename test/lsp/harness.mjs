// A small lsp client for the server tests: the server runs in this process on two PassThrough
// streams (or as a child process over stdio), this side speaks JSON-RPC with vscode-jsonrpc.
// It keeps every published diagnostic and waits for events, never for fixed times.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const folders = [];
process.on('exit', () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` ({relative path: text}) into a new temporary folder (removed at exit); returns its path and uri. */
export function workspaceFolder(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'reimage-lsp-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, uri: pathToFileURL(dir).href, fileUri: (path) => pathToFileURL(join(dir, path)).href };
}

export class Client {
  constructor(connection, stop) {
    this.connection = connection;
    this.stop = stop;
    this.published = new Map(); // uri → [{version, diagnostics}]
    this.waiters = [];
    this.logs = [];
    this.versions = new Map();
    /** Server → client requests and notifications besides diagnostics and logs: { method, params }. */
    this.received = [];
    /** Answers to workspace/configuration: `(item) => value` (null: not set). */
    this.configuration = () => null;
    connection.onNotification('textDocument/publishDiagnostics', (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.waiters = this.waiters.filter((w) => !w.check());
    });
    connection.onNotification('window/logMessage', (p) => {
      this.logs.push(p);
      this.waiters = this.waiters.filter((w) => !w.check());
    });
    const record = (method, params) => {
      this.received.push({ method, params });
      this.waiters = this.waiters.filter((w) => !w.check());
    };
    connection.onRequest('client/registerCapability', (p) => (record('client/registerCapability', p), null));
    connection.onRequest('client/unregisterCapability', (p) => (record('client/unregisterCapability', p), null));
    connection.onRequest('workspace/configuration', (p) => (record('workspace/configuration', p), p.items.map((item) => this.configuration(item) ?? null)));
    connection.onRequest('workspace/codeLens/refresh', () => (record('workspace/codeLens/refresh'), null));
    connection.onRequest('window/workDoneProgress/create', () => null);
    for (const method of ['reimage/casesChanged', 'window/showMessage']) connection.onNotification(method, (p) => record(method, p));
    connection.listen();
  }

  /** How many times the server sent `method` (a request or a notification) so far. */
  count(method) {
    return this.received.filter((r) => r.method === method).length;
  }

  /**
   * `capabilities.workspace` and `.textDocument` are merged into the defaults (a key given
   * replaces the default's key); `initializationOptions` go to the server as they are.
   */
  async initialize(folders = [], capabilities = {}, initializationOptions, locale) {
    const { workspace = {}, textDocument = {}, ...rest } = capabilities;
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: null,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri, i) => ({ uri, name: `folder${i}` })),
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, ...workspace },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, ...textDocument },
        ...rest,
      },
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
      ...(locale !== undefined ? { locale } : {}),
    });
    this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /** Resolves when `check()` is true after some event (or already), rejects after `ms`. */
  until(check, what, ms = 20000) {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      this.waiters.push({ check: () => (check() ? (clearTimeout(timer), resolve(), true) : false) });
    });
  }

  latest(uri) {
    const list = this.published.get(uri);
    return list ? list[list.length - 1] : undefined;
  }

  /** The diagnostics published for `uri` at its current version (waits for them). */
  async diagnostics(uri) {
    const version = this.versions.get(uri);
    await this.until(() => {
      const p = this.latest(uri);
      return p && (version === undefined || p.version === version);
    }, `diagnostics of ${uri} v${version}`);
    return this.latest(uri).diagnostics;
  }

  /** Waits until `uri`'s latest diagnostics satisfy `test`. */
  async diagnosticsWhere(uri, test, what = 'diagnostics') {
    await this.until(() => {
      const p = this.latest(uri);
      return p && test(p.diagnostics);
    }, `${what} of ${uri}`);
    return this.latest(uri).diagnostics;
  }

  open(uri, text, languageId = 'yaml') {
    this.versions.set(uri, 1);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (or one range, when `range` is given). */
  change(uri, text, range) {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [range ? { range, text } : { text }],
    });
  }

  close(uri) {
    this.versions.delete(uri);
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  notify(method, params) {
    this.connection.sendNotification(method, params);
  }

  at(uri, line, character) {
    return { textDocument: { uri }, position: { line, character } };
  }

  async shutdown() {
    await this.connection.sendRequest('shutdown');
    await this.stop();
    this.connection.dispose();
  }
}

/**
 * A server in this process, on two PassThrough streams. `options` are the server's own
 * (ServerOptions); `client` may give `capabilities`, `initializationOptions` and a
 * `configuration` answerer, set before the server starts.
 */
export async function startInProcess(folders = [], options = {}, client = {}) {
  const server = require(join(root, 'dist', 'server.js'));
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  server.startOnStreams(toServer, toClient, { diagnosticsDelayMs: 0, ...options });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(toClient), new rpc.StreamMessageWriter(toServer));
  const c = new Client(connection, async () => {
    toServer.end();
    toClient.end();
  });
  if (client.configuration) c.configuration = client.configuration;
  await c.initialize(folders, client.capabilities, client.initializationOptions, client.locale);
  return c;
}

/** The bin over real stdio, as another editor would start it. */
export async function startOverStdio(folders = []) {
  const child = spawn(process.execPath, [join(root, 'bin', 'reimage-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const client = new Client(connection, async () => {
    connection.sendNotification('exit');
    const code = await exited;
    client.exitCode = code;
    client.stderr = stderr;
  });
  await client.initialize(folders);
  return client;
}

/** The 0-based line and character of the first `needle` in `text` (plus `delta` characters). */
export function positionOf(text, needle, delta = 0) {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Applies lsp text edits to a text. */
export function applyEdits(text, edits) {
  const offset = (p) => {
    const lines = text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  const sorted = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}
