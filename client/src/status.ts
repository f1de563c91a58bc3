// The status bar item: Reimage's problem count and the last case run's summary. It only counts
// what the server reported (diagnostics, run results); clicking it opens the Problems view.
import * as vscode from 'vscode';
import { REIMAGE_FILE } from './methods';

/** What the server reported on Reimage files: files with findings, errors, warnings. */
export function countDiagnostics(): { files: number; errors: number; warnings: number } {
  const counts = { files: 0, errors: 0, warnings: 0 };
  for (const [uri, list] of vscode.languages.getDiagnostics()) {
    const ours = list.filter((d) => d.source === 'reimage' && REIMAGE_FILE.test(uri.path));
    if (ours.length) counts.files++;
    counts.errors += ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    counts.warnings += ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  }
  return counts;
}

export interface RunSummary {
  passed: number;
  failed: number;
  /** Cases that could not run (errors in them or their protocol). */
  errored: number;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reimage.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastRun: RunSummary | undefined;
  private serverState = 'starting';

  constructor() {
    this.item.name = 'Reimage';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(vscode.languages.onDidChangeDiagnostics(() => this.update()));
    this.update();
    this.item.show();
  }

  setServerState(state: 'starting' | 'running' | 'stopped'): void {
    this.serverState = state;
    this.update();
  }

  setLastRun(summary: RunSummary): void {
    this.lastRun = summary;
    this.update();
  }

  private update(): void {
    const { errors, warnings } = countDiagnostics();
    const parts = [`$(error) ${errors} $(warning) ${warnings}`];
    const words = [`Reimage: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`];
    if (this.lastRun) {
      const { passed, failed, errored } = this.lastRun;
      parts.push(`$(beaker) ${passed} passed${failed ? `, ${failed} failed` : ''}${errored ? `, ${errored} not run` : ''}`);
      words.push(`last run: ${passed} passed, ${failed} failed${errored ? `, ${errored} could not run` : ''}`);
    }
    if (this.serverState !== 'running') parts.unshift(this.serverState === 'starting' ? '$(loading~spin)' : '$(circle-slash)');
    this.item.text = `Reimage ${parts.join(' · ')}`;
    this.item.tooltip = `${words.join('; ')}${this.serverState === 'stopped' ? ' — the language server is not running' : ''}. Click for the Problems view.`;
    this.item.accessibilityInformation = { label: words.join('; '), role: 'button' };
    this.item.backgroundColor = this.lastRun?.failed ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
