// The Reimage VS Code extension: starts the language server and wires its answers into VS Code
// (Test Explorer, the commands its CodeLens carry, report view, compare with a revision, status
// bar, commands). No domain logic here: everything about protocols and cases comes from the
// server, CodeLens included (vscode-languageclient shows the server's lenses and refreshes them
// when the server asks).
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { ReimageClient } from './client';
import { registerCommands } from './commands';
import { registerCompare } from './compare';
import { ReportPanel } from './report/report-panel';
import { StatusBar } from './status';
import { CaseTests } from './testing';

let client: ReimageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Reimage');
  client = new ReimageClient(context, output);
  const status = new StatusBar();
  const tests = new CaseTests(client, status);
  const report = new ReportPanel(client, context.extensionUri);
  context.subscriptions.push(
    output,
    client,
    status,
    tests,
    report,
    ...registerCommands(context, client, tests, report),
    ...registerCompare(client, report),
    // An open compare follows saved protocols and cases (the run report follows runs, below).
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (report.comparing && (doc.languageId === 'reimage-protocol' || doc.languageId === 'reimage-case')) void report.refresh();
    }),
    client.onDidStart((lc) => {
      status.setServerState('running');
      context.subscriptions.push(
        lc.onDidChangeState((e) => status.setServerState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped')),
      );
    }),
    tests.onDidRun(() => void report.refresh()),
  );
  // Shows the compare button in the Source Control title only where Reimage is at work.
  void vscode.commands.executeCommand('setContext', 'reimage.active', true);
  await client.start();
  void tests.discover();
}

export function deactivate(): void {
  client?.dispose();
}
