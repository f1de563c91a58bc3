// The language server: capabilities, settings, document and workspace events, diagnostics
// publishing and the request handlers. Every handler is guarded: a throw is logged and the
// request answers empty, a cancelled request answers empty; the server never dies of one request.
import {
  CancellationToken,
  CodeActionKind,
  WorkDoneProgress,
  CodeLensRefreshRequest,
  DidChangeWatchedFilesNotification,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Disposable,
  type FileSystemWatcher,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { catalogueFor, DEFAULT_LOCALE, listCases as coreListCases, matchLocale } from '../core';
import { Documents } from './documents';
import {
  CASES_CHANGED,
  COMPARE,
  FILE_AT_REVISION,
  IMPORT_DICOM,
  LIST_CASES,
  RENDER_REPORT,
  REVISIONS,
  RUN_CASES,
  SORT_KEYS_KIND,
  VALIDATE_WORKSPACE,
  WORKSPACE_TRUST,
  type ImportDicomResult,
  type WorkspaceTrustParams,
} from './ext';
import { GitAccess } from './git-access';
import { codeAction } from './handlers/code-action';
import { codeLens } from './handlers/code-lens';
import { compare } from './handlers/compare';
import { completion } from './handlers/completion';
import { definition } from './handlers/definition';
import { documentSymbol } from './handlers/document-symbol';
import { fileAtRevision } from './handlers/file-at-revision';
import { foldingRange } from './handlers/folding-range';
import { formatting, rangeFormatting } from './handlers/formatting';
import { hover } from './handlers/hover';
import { importDicomRequest } from './handlers/import-dicom';
import { listCases } from './handlers/list-cases';
import { references } from './handlers/references';
import { renderReport } from './handlers/render-report';
import { revisions } from './handlers/revisions';
import { prepareRename, rename } from './handlers/rename';
import { runCases } from './handlers/run-cases';
import { validateWorkspace } from './handlers/validate-workspace';
import { workspaceSymbol } from './handlers/workspace-symbol';
import { RunResults } from './runs';
import { toLspDiagnostic } from './to-lsp';
import { DEFAULT_PROTOCOLS_PATH, Workspace } from './workspace';

export interface ServerOptions {
  /** Milliseconds to wait after an edit before checking, so a burst of keystrokes is one check. */
  diagnosticsDelayMs?: number;
  /** Publish findings of workspace files that are not open (default true). */
  workspaceDiagnostics?: boolean;
  /**
   * The protocols folder, relative to each workspace folder (`reimage.protocolsPath`; default
   * `protocols`). When the client answers `workspace/configuration`, its per-folder value wins.
   */
  protocolsPath?: string;
  /** Whether the workspace is trusted (default true); untrusted, no git runs (see `reimage/workspaceTrust`). */
  workspaceTrusted?: boolean;
}

/** What `initializationOptions` may set (the same as ServerOptions). */
type InitializationOptions = ServerOptions;

/** The setting the server reads (`workspace/configuration`, `workspace/didChangeConfiguration`). */
const PROTOCOLS_PATH_SETTING = 'reimage.protocolsPath';

const DEFAULT_DELAY_MS = 10;
/**
 * When V8's full collector runs on purpose. Left alone, V8 lets the garbage of re-analysing a
 * large document (the previous version's text, moved rules and data: about 25 MB an edit at
 * 10,000 rules) pile up for many edits. A full collection of a 10,000-rule profile's heap is
 * as long as the edit's own analysis, so it never runs where an edit waits for it: not before
 * an analysis, not before the diagnostics are written, and not while edits keep coming —
 * after a short pause in typing (COLLECT_QUIET), or a longer one (COLLECT_IDLE) for less
 * garbage. Only a burst of edits that has grown the heap by about four edits' garbage since the
 * last collection (COLLECT_AFTER_PUBLISH: at least 8 MB, at most 64 MB; an edit's garbage is how
 * much the heap grew between the last two publishes) is collected right after its publish, which
 * bounds the heap during the burst: a 10,000-rule bilingual profile (20–25 MB an edit) reaches
 * the 64 MB every third edit, and a profile a quarter its size does not pile up 64 MB either.
 * With three edits' garbage, that profile peaked 16 MB lower but its edits took 120 ms instead of
 * 85 (npm run bench:lsp, same load).
 */
const COLLECT_AFTER_PUBLISH = { aboveBytes: 48 * 1024 * 1024, leastBytes: 8 * 1024 * 1024, mostBytes: 64 * 1024 * 1024, edits: 4 };
const COLLECT_QUIET = { aboveBytes: 48 * 1024 * 1024, growthBytes: 16 * 1024 * 1024, afterMs: 150 };
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
  const runs = new RunResults();
  const git = new GitAccess(workspace);
  if (options.workspaceTrusted === false) git.trusted = false;
  let delay = options.diagnosticsDelayMs ?? DEFAULT_DELAY_MS;
  let workspaceDiagnostics = options.workspaceDiagnostics ?? true;
  /** `reimage.protocolsPath` when the client does not say it per folder. */
  let protocolsPath = validPath(options.protocolsPath) ?? DEFAULT_PROTOCOLS_PATH;
  let watchRegistration = false;
  let relativePatterns = false;
  let configurationPull = false;
  let lensRefresh = false;
  let watching: Promise<Disposable | null> = Promise.resolve(null);
  /** Settings and folder changes, one at a time. */
  let configuring: Promise<void> = Promise.resolve();
  /** Each case file's entries in the case list last announced (`reimage/casesChanged`); null before the first. */
  let caseSignatures: Map<string, string> | null = null;
  /** Last published diagnostics per uri (JSON), to publish only what changed. */
  const published = new Map<string, string>();
  /** Open documents whose new version has not been answered with diagnostics yet. */
  const owed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The collections after a pause in typing (COLLECT_QUIET, COLLECT_IDLE), cancelled by the next edit. */
  const pauseCollections: Array<ReturnType<typeof setTimeout>> = [];
  let heapAfterCollect = 0;
  /** The heap at the last publish or collection, and how much it grew between the last two publishes. */
  let heapAtPublish = 0;
  let editGarbage = 0;
  const collectGarbage = garbageCollector();

  function cancelPauseCollections(): void {
    for (const pause of pauseCollections.splice(0)) clearTimeout(pause);
  }

  /** Runs the collector if the heap is over `limits` (and has grown enough since the last run). */
  function collect(limits: { aboveBytes: number; growthBytes: number }): void {
    if (!collectGarbage) return;
    const used = process.memoryUsage().heapUsed;
    if (used < limits.aboveBytes || used - heapAfterCollect < limits.growthBytes) return;
    collectGarbage();
    heapAfterCollect = heapAtPublish = process.memoryUsage().heapUsed;
  }

  /** After a publish: collects once the heap has grown by about COLLECT_AFTER_PUBLISH.edits edits' garbage. */
  function collectAfterPublish(): void {
    const used = process.memoryUsage().heapUsed;
    if (heapAtPublish > 0 && used > heapAtPublish) editGarbage = used - heapAtPublish;
    heapAtPublish = used;
    const { aboveBytes, leastBytes, mostBytes, edits } = COLLECT_AFTER_PUBLISH;
    collect({ aboveBytes, growthBytes: Math.min(mostBytes, Math.max(leastBytes, edits * editGarbage)) });
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

  /** A guarded handler that does not block the server; its signal aborts when the client cancels the request. */
  function guardAsync<P, R>(name: string, empty: R, handler: (params: P, signal: AbortSignal) => Promise<R>) {
    return async (params: P, token?: CancellationToken): Promise<R> => {
      if (token?.isCancellationRequested) return empty;
      const cancelled = new AbortController();
      const listening = token?.onCancellationRequested(() => cancelled.abort());
      try {
        return await handler(params, cancelled.signal);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        logError(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
        return empty;
      } finally {
        listening?.dispose();
      }
    };
  }

  /** A guarded handler that first waits until the workspace folders (and files changed on disk) have been read. */
  function afterIndex<P, R>(name: string, empty: R, handler: (params: P) => R) {
    const guarded = guard(name, empty, handler);
    return async (params: P, token?: CancellationToken): Promise<R> => {
      if (!workspace.settled) await workspace.whenSettled();
      return guarded(params, token);
    };
  }

  /** Asks the client to ask again for CodeLens (results or rule uses may have changed). */
  function refreshLenses(): void {
    if (!lensRefresh || stopped) return;
    connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  /** Tells the client when the case list changed (it re-lists its test items). */
  function announceCases(paths: ReadonlySet<string> | 'all'): void {
    const project = workspace.current();
    const signature = (path: string) => {
      const entries = coreListCases(project, path);
      return entries.length ? JSON.stringify(entries.map((e) => [e.id, e.label, e.range.start, e.range.end, e.protocol, e.tested ?? null])) : null;
    };
    let changed = false;
    if (paths === 'all') {
      // Everything was read again: compare file by file (and notice files that went).
      const before = caseSignatures;
      caseSignatures = new Map();
      for (const path of project.files.keys()) {
        const now = signature(path);
        if (now !== null) caseSignatures.set(path, now);
        if (now !== (before?.get(path) ?? null)) changed = true;
      }
      if (!before || [...before.keys()].some((path) => !caseSignatures!.has(path))) changed = true;
    } else {
      // Only the files just checked can have changed the list (a protocol's cannot).
      caseSignatures ??= new Map();
      for (const path of paths) {
        const now = signature(path);
        if (now === (caseSignatures.get(path) ?? null)) continue;
        changed = true;
        if (now === null) caseSignatures.delete(path);
        else caseSignatures.set(path, now);
      }
    }
    if (changed) void connection.sendNotification(CASES_CHANGED).catch(() => undefined);
  }

  function schedule(ms: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    cancelPauseCollections();
    timer = setTimeout(() => {
      timer = null;
      validate();
    }, ms);
  }

  /** Analyses and links what changed, then publishes every finding that changed. */
  function validate(): void {
    if (stopped) return;
    const sent: Array<Promise<void>> = [];
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
          if (published.has(uri)) sent.push(connection.sendDiagnostics({ uri, diagnostics: [] }));
          published.delete(uri);
          continue;
        }
        // Until the folders are read, only a file's own findings: others would be guesses.
        const findings = workspace.indexed ? (project.diagnostics.get(path) ?? file.diagnostics) : file.diagnostics;
        const diagnostics: LspDiagnostic[] = findings.map((d) => toLspDiagnostic(d, file.parsed.lineIndex, workspace));
        const key = JSON.stringify(diagnostics);
        if (!forced && (published.get(uri) ?? '[]') === key) continue;
        const version = open ? documents.get(uri)?.version : undefined;
        sent.push(connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }));
        published.set(uri, key);
      }
      if (workspace.indexed && paths.size) {
        announceCases(recomputed === 'all' ? 'all' : paths);
        refreshLenses();
      }
    } catch (e) {
      logError(`diagnostics failed: ${(e as Error)?.stack ?? String(e)}`);
    }
    if (collectGarbage && !stopped) {
      // The writer sends a notification on a later turn: collecting now would hold back the
      // diagnostics the user waits for. Collect once they are on their way, unless the next
      // edit has come in since (its analysis goes first).
      void Promise.allSettled(sent).then(() =>
        setImmediate(() => {
          if (!stopped && timer === null) collectAfterPublish();
        }),
      );
      for (const limits of [COLLECT_QUIET, COLLECT_IDLE]) {
        const pause = setTimeout(() => collect(limits), limits.afterMs);
        pause.unref?.();
        pauseCollections.push(pause);
      }
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    workspace.say = catalogueFor(matchLocale(params.locale) ?? DEFAULT_LOCALE);
    if (typeof init.diagnosticsDelayMs === 'number' && init.diagnosticsDelayMs >= 0) delay = init.diagnosticsDelayMs;
    if (typeof init.workspaceDiagnostics === 'boolean') workspaceDiagnostics = init.workspaceDiagnostics;
    protocolsPath = validPath(init.protocolsPath) ?? protocolsPath;
    if (typeof init.workspaceTrusted === 'boolean') git.trusted = init.workspaceTrusted;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setFolders(folders, () => protocolsPath);
    const ws = params.capabilities.workspace;
    watchRegistration = !!ws?.didChangeWatchedFiles?.dynamicRegistration;
    relativePatterns = !!ws?.didChangeWatchedFiles?.relativePatternSupport;
    configurationPull = !!ws?.configuration;
    lensRefresh = !!ws?.codeLens?.refreshSupport;
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
    if (workspace.folders.length) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const uris = workspace.folders.map((f) => f.uri).filter((u) => !e.removed.some((r) => r.uri === u));
        configure([...uris, ...e.added.map((a) => a.uri)], true);
      });
    }
    configure(
      workspace.folders.map((f) => f.uri),
      true,
    );
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params?.settings as { reimage?: { protocolsPath?: unknown } } | null)?.reimage?.protocolsPath;
    if (!configurationPull && validPath(pushed)) protocolsPath = validPath(pushed)!;
    configure(
      workspace.folders.map((f) => f.uri),
      false,
    );
  });

  /**
   * Reads each folder's `reimage.protocolsPath` (from the client when it answers
   * `workspace/configuration`), then — at start, when the folders changed, or when a folder's
   * protocols folder changed — reads the workspace again and watches what it reads.
   */
  function configure(uris: string[], foldersChanged: boolean): void {
    configuring = configuring
      .then(async () => {
        const paths = await protocolsPaths(uris);
        const before = workspace.folders.map((f) => `${f.uri}\n${f.protocolsPath}`).join('\n');
        const after = uris.map((u) => `${u}\n${paths.get(u) ?? protocolsPath}`).join('\n');
        if (!foldersChanged && before === after) return;
        if (before !== after) {
          workspace.setFolders(uris, (u) => paths.get(u) ?? protocolsPath);
          runs.clear();
        }
        for (const missing of workspace.missingProtocolsPaths) {
          log(`the protocols folder '${missing.protocolsPath}' (${PROTOCOLS_PATH_SETTING}) of ${missing.folder} does not exist`);
          if (missing.protocolsPath !== DEFAULT_PROTOCOLS_PATH) {
            const message = `Reimage: the protocols folder '${missing.protocolsPath}' (setting ${PROTOCOLS_PATH_SETTING}) does not exist; cases find protocols in the workspace folder only.`;
            connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
          }
        }
        watch();
        reindex();
      })
      .catch((e) => {
        logError(`reading the settings failed: ${(e as Error)?.stack ?? String(e)}`);
        watch();
        reindex();
      });
  }

  /** Each folder's `reimage.protocolsPath`, asked of the client (when it answers such requests). */
  async function protocolsPaths(uris: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!configurationPull || !uris.length) return out;
    const values: unknown[] = await connection.workspace.getConfiguration(uris.map((scopeUri) => ({ scopeUri, section: PROTOCOLS_PATH_SETTING })));
    uris.forEach((uri, i) => {
      const value = validPath(values?.[i]);
      if (value) out.set(uri, value);
    });
    return out;
  }

  /** Registers the file watchers the workspace needs (the standard way: the client watches, the server is told). */
  function watch(): void {
    if (!watchRegistration) return;
    const watchers: FileSystemWatcher[] = workspace
      .watchPatterns()
      .filter((p) => typeof p === 'string' || relativePatterns)
      .map((p) => ({ globPattern: p }));
    const previous = watching;
    watching = previous
      .then(async (old) => {
        old?.dispose();
        return connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      })
      .catch(() => null);
  }

  function reindex(): void {
    workspace.index().then(
      () => schedule(0),
      (e) => {
        logError(`indexing failed: ${(e as Error)?.stack ?? String(e)}`);
        workspace.markIndexed();
      },
    );
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
    workspace.watched(params.changes).then(
      () => schedule(delay),
      (e) => logError(`file change failed: ${String(e)}`),
    );
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
  connection.onCodeLens(afterIndex('codeLens', null, (p) => codeLens(workspace, runs, git, p)));
  // Workspace-wide requests answer once the folders have been read, so nothing is missing.
  connection.onRequest(
    RUN_CASES,
    afterIndex(RUN_CASES, { cases: [], notRun: [] }, (p) => {
      const result = runCases(workspace, runs, p as never);
      setImmediate(refreshLenses);
      return result;
    }),
  );
  connection.onRequest(
    LIST_CASES,
    afterIndex(LIST_CASES, [], (p) => listCases(workspace, p as never)),
  );
  connection.onRequest(
    RENDER_REPORT,
    afterIndex(RENDER_REPORT, null, (p) => {
      const report = renderReport(workspace, runs, p as never);
      setImmediate(refreshLenses);
      return report;
    }),
  );
  connection.onRequest(
    VALIDATE_WORKSPACE,
    afterIndex(VALIDATE_WORKSPACE, null, () => {
      // Publish every finding now, so the editor shows them when the answer arrives.
      if (timer) clearTimeout(timer);
      timer = null;
      validate();
      return validateWorkspace(workspace);
    }),
  );
  connection.onRequest(
    COMPARE,
    guardAsync(COMPARE, null, (p, signal) => compare(workspace, git, p as never, signal)),
  );
  connection.onRequest(
    REVISIONS,
    guard(REVISIONS, null, (p) => revisions(git, p as never)),
  );
  connection.onRequest(
    FILE_AT_REVISION,
    guard(FILE_AT_REVISION, null, (p) => fileAtRevision(workspace, git, p as never)),
  );
  // Reads only what the user picked, so it answers in restricted mode too; asynchronous, so guarded here.
  connection.onRequest(IMPORT_DICOM, async (p: unknown, token: CancellationToken): Promise<ImportDicomResult> => {
    try {
      // With a workDoneToken the client hears how far the reading is ($/progress reports).
      const progress = (p as { workDoneToken?: string | number } | null)?.workDoneToken;
      const report =
        progress === undefined
          ? undefined
          : (done: number, total: number) =>
              void connection.sendProgress(WorkDoneProgress.type, progress, {
                kind: 'report',
                message: `${done} of ${total} files`,
                percentage: total ? Math.floor((done * 100) / total) : undefined,
              });
      return await importDicomRequest(p as never, token, report, workspace.say);
    } catch (e) {
      logError(`${IMPORT_DICOM} failed: ${(e as Error)?.stack ?? String(e)}`);
      return { notes: [{ severity: 'error', message: 'the import failed; see the server log' }], objects: 0, studies: 0, series: 0, cancelled: false };
    }
  });
  connection.onNotification(WORKSPACE_TRUST, (p: WorkspaceTrustParams | null) => {
    const trusted = p?.trusted === true;
    if (trusted === git.trusted) return;
    git.trusted = trusted;
    // The compare lens appears (or goes) with trust.
    refreshLenses();
  });

  connection.onShutdown(() => {
    stopped = true;
    if (timer) clearTimeout(timer);
    cancelPauseCollections();
    workspace.stop();
  });

  documents.listen(connection);
  connection.listen();
}

/** A usable `reimage.protocolsPath` value (a non-empty string), or undefined. */
function validPath(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
