// The report view: a webview showing a page the server renders — the run report of a case file,
// a folder or the workspace (the same HTML as `reimage run --html`), or the semantic diff against
// a git revision (`reimage/compare`). No script runs in it; links are command links to
// `reimage.openSource`, the only command it may call (with a revision, it opens the older side).
import * as vscode from 'vscode';
import { serverFailed, type ReimageClient } from '../client';
import { COMPARE, RENDER_REPORT, type CompareParams, type CompareResult, type RenderReportParams, type RenderReportResult } from '../methods';

const VIEW_TYPE = 'reimage.report';

/** What the panel shows: a run report (a file or folder, or the workspace), or a compare with a revision. */
type View = { kind: 'run'; target: vscode.Uri | undefined } | { kind: 'compare'; revision: string; target: vscode.Uri | undefined };

/** What both pages have in common. */
type Page = Pick<RenderReportResult, 'title' | 'name' | 'html' | 'markdown'>;

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private view: View = { kind: 'run', target: undefined };

  constructor(
    private readonly client: ReimageClient,
    private readonly extensionUri: vscode.Uri,
  ) {}

  /** Opens (or refreshes) the report for a case file, a folder, or the workspace. */
  show(target: vscode.Uri | undefined): Promise<void> {
    return this.open({ kind: 'run', target });
  }

  /** Opens the semantic diff of the workspace folder (of `target`, else the first) against a revision. */
  compare(revision: string, target: vscode.Uri | undefined): Promise<void> {
    return this.open({ kind: 'compare', revision, target });
  }

  /** Whether the panel is open on a compare (which saved protocols change). */
  get comparing(): boolean {
    return !!this.panel && this.view.kind === 'compare';
  }

  private async open(view: View): Promise<void> {
    const page = await this.render(view, 'command');
    if (!page) return;
    this.view = view;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        page.title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        {
          enableScripts: false,
          enableCommandUris: ['reimage.openSource'],
          localResourceRoots: [],
          enableFindWidget: true,
          retainContextWhenHidden: false,
        },
      );
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'client', 'images', 'icon.png');
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        void vscode.commands.executeCommand('setContext', 'reimage.reportOpen', false);
      });
      void vscode.commands.executeCommand('setContext', 'reimage.reportOpen', true);
    }
    this.panel.title = page.title;
    this.panel.webview.html = page.html;
    this.panel.reveal(undefined, false);
  }

  /** Re-renders an open report (after a run or a save), keeping what it shows. */
  async refresh(): Promise<void> {
    if (!this.panel) return;
    const view = this.view;
    const page = await this.render(view, 'command');
    if (page && this.panel && this.view === view) {
      this.panel.title = page.title;
      this.panel.webview.html = page.html;
    }
  }

  /** Saves the shown report as a standalone HTML page or as Markdown. */
  async export(format: 'html' | 'markdown'): Promise<void> {
    const report = await this.render(this.view, 'file');
    if (!report) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${report.name}.${format === 'html' ? 'html' : 'md'}`;
    const uri = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'html' ? { [vscode.l10n.t('HTML page')]: ['html'] } : { Markdown: ['md'] },
      saveLabel: vscode.l10n.t('Export Report'),
    });
    if (!uri) return;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(format === 'html' ? report.html : report.markdown));
    const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Report saved to {0}.', vscode.workspace.asRelativePath(uri)), vscode.l10n.t('Open'));
    if (pick) await vscode.commands.executeCommand('vscode.open', uri);
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  private async render(view: View, links: RenderReportParams['links']): Promise<Page | undefined> {
    const uri = view.target?.toString();
    if (view.kind === 'run') {
      try {
        return await this.client.request<RenderReportParams, RenderReportResult>(RENDER_REPORT, { uri, links });
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Reimage could not render the report: {0}', (e as Error).message));
        return undefined;
      }
    }
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reimage: comparing with {0}', view.revision) },
        () => this.client.request<CompareParams, CompareResult | null>(COMPARE, { revision: view.revision, uri, links }),
      );
      if (!result) throw new Error(serverFailed());
      return result;
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Reimage could not compare with {0}: {1}', view.revision, (e as Error).message));
      return undefined;
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
