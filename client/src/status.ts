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
    const errorWords = errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors);
    const warningWords = warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings);
    const words = [vscode.l10n.t('Reimage: {0}, {1}', errorWords, warningWords)];
    if (this.lastRun) {
      const { passed, failed, errored } = this.lastRun;
      parts.push(
        `$(beaker) ${[vscode.l10n.t('{0} passed', passed), ...(failed ? [vscode.l10n.t('{0} failed', failed)] : []), ...(errored ? [vscode.l10n.t('{0} not run', errored)] : [])].join(', ')}`,
      );
      words.push(
        errored
          ? vscode.l10n.t('last run: {0} passed, {1} failed, {2} could not run', passed, failed, errored)
          : vscode.l10n.t('last run: {0} passed, {1} failed', passed, failed),
      );
    }
    if (this.serverState !== 'running') parts.unshift(this.serverState === 'starting' ? '$(loading~spin)' : '$(circle-slash)');
    this.item.text = `Reimage ${parts.join(' · ')}`;
    this.item.tooltip =
      this.serverState === 'stopped'
        ? vscode.l10n.t('{0} — the language server is not running. Click for the Problems view.', words.join('; '))
        : vscode.l10n.t('{0}. Click for the Problems view.', words.join('; '));
    this.item.accessibilityInformation = { label: words.join('; '), role: 'button' };
    this.item.backgroundColor = this.lastRun?.failed ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
