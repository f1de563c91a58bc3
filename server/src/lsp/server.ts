// The language server: capabilities, document and workspace events, diagnostics publishing and
// the request handlers. Every handler is guarded: a throw is logged and the request answers
// empty, a cancelled request answers empty; the server never dies of one request.
import {
  CancellationToken, CodeActionKind, DidChangeWatchedFilesNotification, ResponseError, TextDocumentSyncKind,
  type Connection, type Diagnostic as LspDiagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { Documents } from './documents';
import { LIST_CASES, RENDER_REPORT, RUN_CASES, SORT_KEYS_KIND } from './ext';
import { codeAction } from './handlers/code-action';
import { completion } from './handlers/completion';
import { definition } from './handlers/definition';
import { documentSymbol } from './handlers/document-symbol';
import { foldingRange } from './handlers/folding-range';
import { formatting, rangeFormatting } from './handlers/formatting';
import { hover } from './handlers/hover';
import { listCases } from './handlers/list-cases';
import { references } from './handlers/references';
import { renderReport } from './handlers/render-report';
import { prepareRename, rename } from './handlers/rename';
import { runCases } from './handlers/run-cases';
import { workspaceSymbol } from './handlers/workspace-symbol';
import { toLspDiagnostic } from './to-lsp';
import { Workspace } from './workspace';

export interface ServerOptions {
  /** Milliseconds to wait after an edit before checking, so a burst of keystrokes is one check. */
  diagnosticsDelayMs?: number;
  /** Publish findings of workspace files that are not open (default true). */
  workspaceDiagnostics?: boolean;
}

/** What `initializationOptions` may set (the same as ServerOptions). */
type InitializationOptions = ServerOptions;

const DEFAULT_DELAY_MS = 10;
/**
 * When V8's full collector runs on purpose. Left alone, V8 lets the garbage of re-analysing a
 * large document (replaced list items, the previous data) pile up for many edits: a
 * 10,000-rule profile's server then grows from ~155 MB to ~270 MB. A full collection at that
 * size takes 60–150 ms here, so it never runs before an analysis (it would delay the edit's
 * diagnostics): after a second of quiet, and right after publishing only when the heap is
 * large and has grown a lot since the last one (a burst of edits without a pause).
 */
const COLLECT_AFTER_PUBLISH = { aboveBytes: 112 * 1024 * 1024, growthBytes: 48 * 1024 * 1024 };
const COLLECT_IDLE = { aboveBytes: 32 * 1024 * 1024, growthBytes: 8 * 1024 * 1024, afterMs: 1000 };

/**
 * V8's full collector, when the process exposes it (main() turns it on; in-process tests do
 * without).
 */
function garbageCollector(): (() => void) | null {
  const gc = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? (gc as () => void) : null;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new Documents();
  let stopped = false;
  // Logging must never throw (the connection may be closing): it is how failures are reported.
  const log = (message: string) => {
    try {
      if (!stopped) connection.console.log(message);
    } catch {
      // Nowhere left to report to.
    }
  };
  const logError = (message: string) => {
    try {
      if (!stopped) connection.console.error(message);
    } catch {
      // Nowhere left to report to.
    }
  };
  const workspace = new Workspace(documents, log);
  let delay = options.diagnosticsDelayMs ?? DEFAULT_DELAY_MS;
  let workspaceDiagnostics = options.workspaceDiagnostics ?? true;
  let watchRegistration = false;
  /** Last published diagnostics per uri (JSON), to publish only what changed. */
  const published = new Map<string, string>();
  /** Open documents whose new version has not been answered with diagnostics yet. */
  const owed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let heapAfterCollect = 0;
  const collectGarbage = garbageCollector();

  /** Runs the collector if the heap is over `limits` (and has grown enough since the last run). */
  function collect(limits: { aboveBytes: number; growthBytes: number }): void {
    if (!collectGarbage) return;
    const used = process.memoryUsage().heapUsed;
    if (used < limits.aboveBytes || used - heapAfterCollect < limits.growthBytes) return;
    collectGarbage();
    heapAfterCollect = process.memoryUsage().heapUsed;
  }

  function guard<P, R>(name: string, empty: R, handler: (params: P) => R) {
    return (params: P, token?: CancellationToken): R => {
      if (token?.isCancellationRequested) return empty;
      try {
        return handler(params);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        logError(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
        return empty;
      }
    };
  }

  function schedule(ms: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    timer = setTimeout(() => {
      timer = null;
      validate();
    }, ms);
  }

  /** Analyses and links what changed, then publishes every finding that changed. */
  function validate(): void {
    if (stopped) return;
    try {
      const project = workspace.current();
      const recomputed = workspace.takeUnpublished();
      const paths = new Set(recomputed === 'all' ? [...workspace.knownPaths(), ...[...published.keys()].map((u) => workspace.pathOf(u))] : recomputed);
      for (const uri of owed) paths.add(workspace.pathOf(uri));
      for (const path of paths) {
        const uri = workspace.uriOf(path);
        const file = project.files.get(path);
        const open = documents.isOpen(uri);
        const forced = owed.delete(uri);
        if (!file || (!open && (!workspaceDiagnostics || !workspace.isDiskFile(path)))) {
          if (published.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
          published.delete(uri);
          continue;
        }
        // Until the folders are read, only a file's own findings: others would be guesses.
        const findings = workspace.indexed ? project.diagnostics.get(path) ?? file.diagnostics : file.diagnostics;
        const diagnostics: LspDiagnostic[] = findings.map((d) => toLspDiagnostic(d, file.parsed.lineIndex, workspace));
        const key = JSON.stringify(diagnostics);
        if (!forced && (published.get(uri) ?? '[]') === key) continue;
        const version = open ? documents.get(uri)?.version : undefined;
        connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) });
        published.set(uri, key);
      }
    } catch (e) {
      logError(`diagnostics failed: ${(e as Error)?.stack ?? String(e)}`);
    }
    if (collectGarbage && !stopped) {
      collect(COLLECT_AFTER_PUBLISH);
      idleTimer = setTimeout(() => {
        idleTimer = null;
        collect(COLLECT_IDLE);
      }, COLLECT_IDLE.afterMs);
      idleTimer.unref?.();
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof init.diagnosticsDelayMs === 'number' && init.diagnosticsDelayMs >= 0) delay = init.diagnosticsDelayMs;
    if (typeof init.workspaceDiagnostics === 'boolean') workspaceDiagnostics = init.workspaceDiagnostics;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setFolders(folders);
    watchRegistration = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' ', '[', ','], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, SORT_KEYS_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'reimage-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    try {
      workspace.warmUp();
    } catch (e) {
      logError(`warm-up failed: ${(e as Error)?.stack ?? String(e)}`);
    }
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{protocol,case}.{yaml,yml}' }],
      }).catch(() => undefined);
    }
    if (workspace.folders.length) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const uris = workspace.folders.map((f) => f.uri).filter((u) => !e.removed.some((r) => r.uri === u));
        workspace.setFolders([...uris, ...e.added.map((a) => a.uri)]);
        reindex();
      });
    }
    reindex();
  });

  function reindex(): void {
    workspace.index().then(() => schedule(0), (e) => logError(`indexing failed: ${(e as Error)?.stack ?? String(e)}`));
  }

  documents.docs.onDidChangeContent((e) => {
    workspace.changed(e.document.uri);
    owed.add(e.document.uri);
    schedule(delay);
  });
  documents.docs.onDidClose((e) => {
    workspace.closed(e.document.uri);
    owed.delete(e.document.uri);
    schedule(0);
  });
  connection.onDidChangeWatchedFiles((params) => {
    workspace.watched(params.changes).then(() => schedule(delay), (e) => logError(`file change failed: ${String(e)}`));
  });

  connection.onCompletion(guard('completion', null, (p) => completion(workspace, p)));
  connection.onHover(guard('hover', null, (p) => hover(workspace, p)));
  connection.onDefinition(guard('definition', null, (p) => definition(workspace, p)));
  connection.onReferences(guard('references', null, (p) => references(workspace, p)));
  connection.onPrepareRename(guard('prepareRename', null, (p) => prepareRename(workspace, p)));
  connection.onRenameRequest(guard('rename', null, (p) => rename(workspace, p)));
  connection.onDocumentSymbol(guard('documentSymbol', null, (p) => documentSymbol(workspace, p)));
  connection.onFoldingRanges(guard('foldingRange', null, (p) => foldingRange(workspace, p)));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (p) => workspaceSymbol(workspace, p)));
  connection.onDocumentFormatting(guard('formatting', null, (p) => formatting(workspace, p)));
  connection.onDocumentRangeFormatting(guard('rangeFormatting', null, (p) => rangeFormatting(workspace, p)));
  connection.onCodeAction(guard('codeAction', null, (p) => codeAction(workspace, p)));
  connection.onRequest(RUN_CASES, guard(RUN_CASES, { cases: [], notRun: [] }, (p) => runCases(workspace, p as never)));
  connection.onRequest(LIST_CASES, guard(LIST_CASES, [], (p) => listCases(workspace, p as never)));
  connection.onRequest(RENDER_REPORT, guard(RENDER_REPORT, null, (p) => renderReport(workspace, p as never)));

  connection.onShutdown(() => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (idleTimer) clearTimeout(idleTimer);
    workspace.stop();
  });

  documents.listen(connection);
  connection.listen();
}
