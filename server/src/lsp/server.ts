// The language server: capabilities, document and workspace events, diagnostics publishing and
// the request handlers. Every handler is guarded: a throw is logged and the request answers
// empty, a cancelled request answers empty; the server never dies of one request.
import {
  CancellationToken, CodeActionKind, DidChangeWatchedFilesNotification, ResponseError, TextDocumentSyncKind,
  type Connection, type Diagnostic as LspDiagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { Documents } from './documents';
import {
  COMPARE, FILE_AT_REVISION, LIST_CASES, RENDER_REPORT, REVISIONS, RUN_CASES, SORT_KEYS_KIND, WORKSPACE_TRUST, type WorkspaceTrustParams,
} from './ext';
import { GitAccess } from './git-access';
import { codeAction } from './handlers/code-action';
import { compare } from './handlers/compare';
import { compareLenses } from './handlers/compare-lens';
import { completion } from './handlers/completion';
import { definition } from './handlers/definition';
import { documentSymbol } from './handlers/document-symbol';
import { fileAtRevision } from './handlers/file-at-revision';
import { foldingRange } from './handlers/folding-range';
import { formatting, rangeFormatting } from './handlers/formatting';
import { hover } from './handlers/hover';
import { listCases } from './handlers/list-cases';
import { references } from './handlers/references';
import { renderReport } from './handlers/render-report';
import { revisions } from './handlers/revisions';
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
  /** Whether the workspace is trusted (default true); untrusted, no git runs (see `reimage/workspaceTrust`). */
  workspaceTrusted?: boolean;
}

/** What `initializationOptions` may set (the same as ServerOptions). */
type InitializationOptions = ServerOptions;

const DEFAULT_DELAY_MS = 10;
/**
 * When V8's full collector runs on purpose. Before an analysis: only when the heap is large
 * (a 10,000-rule document), where a collection costs little next to the parse and halves the
 * peak. Otherwise when the server has been idle for a second after publishing, so memory goes
 * back down between bursts of typing without slowing an edit down.
 */
const COLLECT_BEFORE = { aboveBytes: 128 * 1024 * 1024, growthBytes: 64 * 1024 * 1024 };
const COLLECT_IDLE = { aboveBytes: 32 * 1024 * 1024, growthBytes: 16 * 1024 * 1024, afterMs: 1000 };

/**
 * V8's full collector, when the process exposes it (`--expose-gc`; the bin turns it on).
 * Re-analysing a large document leaves the previous version's analysis and the parser's
 * garbage in the old generation, where V8 lets it pile up for a long time.
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
  const git = new GitAccess(workspace);
  if (options.workspaceTrusted === false) git.trusted = false;
  let lensRefresh = false;
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
      if (workspace.pendingOpenChars() > 0) collect(COLLECT_BEFORE);
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
    if (typeof init.workspaceTrusted === 'boolean') git.trusted = init.workspaceTrusted;
    lensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
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
        codeLensProvider: { resolveProvider: false },
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
  connection.onCodeLens(guard('codeLens', [], (p) => compareLenses(workspace, git, p)));
  connection.onRequest(COMPARE, guard(COMPARE, null, (p) => compare(workspace, git, p as never)));
  connection.onRequest(REVISIONS, guard(REVISIONS, null, (p) => revisions(git, p as never)));
  connection.onRequest(FILE_AT_REVISION, guard(FILE_AT_REVISION, null, (p) => fileAtRevision(workspace, git, p as never)));
  connection.onNotification(WORKSPACE_TRUST, (p: WorkspaceTrustParams | null) => {
    const trusted = p?.trusted === true;
    if (trusted === git.trusted) return;
    git.trusted = trusted;
    // The compare lens appears (or goes) with trust.
    if (lensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });

  connection.onShutdown(() => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (idleTimer) clearTimeout(idleTimer);
    workspace.stop();
  });

  documents.listen(connection);
  connection.listen();
}
