// The report view: a webview showing the run report the server renders (the same HTML as
// `reimage run --html`) for a case file, a folder, or the whole workspace. No script runs in
// it; rule links are command links to `reimage.openSource`, the only command it may call.
import * as vscode from 'vscode';
import type { ReimageClient } from '../client';
import { RENDER_REPORT, type RenderReportParams, type RenderReportResult } from '../methods';

const VIEW_TYPE = 'reimage.report';

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** What the panel shows: a file or folder URI, or undefined for the whole workspace. */
  private target: vscode.Uri | undefined;
  private last: RenderReportResult | undefined;

  constructor(
    private readonly client: ReimageClient,
    private readonly extensionUri: vscode.Uri,
  ) {}

  /** Opens (or refreshes) the report for a case file, a folder, or the workspace. */
  async show(target: vscode.Uri | undefined): Promise<void> {
    this.target = target;
    const report = await this.render('command');
    if (!report) return;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, report.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: false,
        enableCommandUris: ['reimage.openSource'],
        localResourceRoots: [],
        enableFindWidget: true,
        retainContextWhenHidden: false,
      });
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'client', 'images', 'icon.png');
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        void vscode.commands.executeCommand('setContext', 'reimage.reportOpen', false);
      });
      void vscode.commands.executeCommand('setContext', 'reimage.reportOpen', true);
    }
    this.panel.title = report.title;
    this.panel.webview.html = report.html;
    this.panel.reveal(undefined, false);
  }

  /** Re-renders an open report (after a run or a save), keeping what it shows. */
  async refresh(): Promise<void> {
    if (!this.panel) return;
    const report = await this.render('command');
    if (report && this.panel) {
      this.panel.title = report.title;
      this.panel.webview.html = report.html;
    }
  }

  /** Saves the shown report as a standalone HTML page or as Markdown. */
  async export(format: 'html' | 'markdown'): Promise<void> {
    const report = await this.render('file');
    if (!report) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${report.name}.${format === 'html' ? 'html' : 'md'}`;
    const uri = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'html' ? { 'HTML page': ['html'] } : { Markdown: ['md'] },
      saveLabel: 'Export Report',
    });
    if (!uri) return;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(format === 'html' ? report.html : report.markdown));
    const pick = await vscode.window.showInformationMessage(`Report saved to ${vscode.workspace.asRelativePath(uri)}.`, 'Open');
    if (pick) await vscode.commands.executeCommand('vscode.open', uri);
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  private async render(links: RenderReportParams['links']): Promise<RenderReportResult | undefined> {
    try {
      this.last = await this.client.request<RenderReportParams, RenderReportResult>(RENDER_REPORT, { uri: this.target?.toString(), links });
      return this.last;
    } catch (e) {
      void vscode.window.showErrorMessage(`Reimage could not render the report: ${(e as Error).message}`);
      return undefined;
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
