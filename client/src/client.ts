// Starts the bundled language server (dist/server.js) over IPC for protocol and case files and
// restarts it on request. Glue only: the server decides everything about the files, watches them
// (it registers the file watchers itself, the standard way) and provides the CodeLens.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { WORKSPACE_TRUST, type WorkspaceTrustParams } from './methods';

/** When the server answers nothing (its handler failed and logged why). */
/** Why a request got no answer, in the user's language (read when it is shown). */
export const serverFailed = (): string => vscode.l10n.t('the language server could not answer (Reimage: Show Server Log has the details)');

export const LANGUAGES = ['reimage-protocol', 'reimage-case'] as const;

/** The languages this extension serves, on disk and in unsaved editors. */
export const DOCUMENT_SELECTOR = LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export class ReimageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private readonly started = new vscode.EventEmitter<LanguageClient>();
  /** Notification handlers, registered on every client this starts (the first and each restart). */
  private readonly notificationHandlers: Array<{ method: string; handler: () => void }> = [];
  /** Fires each time a server has started (first start and every restart). */
  readonly onDidStart = this.started.event;
  private readonly trust: vscode.Disposable;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
  ) {
    // The server runs no git until it is told the workspace is trusted (it starts with the state at launch).
    this.trust = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (this.client?.state === State.Running) void this.client.sendNotification(WORKSPACE_TRUST, { trusted: true } satisfies WorkspaceTrustParams);
    });
  }

  /** The running client, after waiting for a start in progress; undefined when it could not start. */
  async ready(): Promise<LanguageClient | undefined> {
    await (this.starting ??= this.launch());
    return this.client?.state === State.Running ? this.client : undefined;
  }

  start(): Promise<void> {
    return (this.starting ??= this.launch());
  }

  private async launch(): Promise<void> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      // Settings changes reach the server as workspace/didChangeConfiguration; it then asks for
      // each folder's reimage.protocolsPath (workspace/configuration). No file watcher here: the
      // server registers the ones it needs (workspace/didChangeWatchedFiles).
      synchronize: { configurationSection: 'reimage' },
      initializationOptions: {
        protocolsPath: vscode.workspace.getConfiguration('reimage').get<string>('protocolsPath', 'protocols'),
        workspaceTrusted: vscode.workspace.isTrusted,
      },
      diagnosticCollectionName: 'reimage',
    };
    // The id `reimage` makes the client honour the `reimage.trace.server` setting.
    this.client = new LanguageClient('reimage', 'Reimage Language Server', serverOptions, clientOptions);
    for (const { method, handler } of this.notificationHandlers) this.client.onNotification(method, handler);
    try {
      await this.client.start();
      this.started.fire(this.client);
    } catch (e) {
      this.output.appendLine(`The Reimage language server did not start: ${(e as Error).message}`);
      void vscode.window
        .showErrorMessage(vscode.l10n.t('The Reimage language server did not start. See the Reimage output for details.'), vscode.l10n.t('Show Log'))
        .then((pick) => {
          if (pick) this.output.show();
        });
    }
  }

  async restart(): Promise<void> {
    await this.starting;
    const old = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (old) {
      try {
        await old.stop(5000);
      } catch (e) {
        this.output.appendLine(`Stopping the server: ${(e as Error).message}`);
      }
      await old.dispose();
    }
    await this.start();
  }

  /** Sends a custom request once the server runs; rejects when it is not running. */
  async request<P, R>(method: string, params: P, token?: vscode.CancellationToken): Promise<R> {
    const client = await this.ready();
    if (!client) throw new Error('the Reimage language server is not running (Reimage: Restart Language Server)');
    return client.sendRequest<R>(method, params, token);
  }

  /** Calls `handler` on each notification `method` from the server (this one and after restarts). */
  onNotification(method: string, handler: () => void): void {
    this.notificationHandlers.push({ method, handler });
    this.client?.onNotification(method, handler);
  }

  /** Converts an LSP range from the server into an editor range. */
  range(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
    return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  }

  dispose(): void {
    this.trust.dispose();
    this.started.dispose();
    void this.client?.stop();
  }
}
