// The Reimage VS Code extension: starts the language server and wires its answers into VS Code
// (Test Explorer, the commands its CodeLens carry, report view, status bar, commands). No domain
// logic here: everything about protocols and cases comes from the server, CodeLens included
// (vscode-languageclient shows the server's lenses and refreshes them when the server asks).
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { ReimageClient } from './client';
import { registerCommands } from './commands';
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
    client.onDidStart((lc) => {
      status.setServerState('running');
      context.subscriptions.push(lc.onDidChangeState((e) => status.setServerState(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped')));
    }),
    tests.onDidRun(() => void report.refresh()),
  );
  await client.start();
  void tests.discover();
}

export async function deactivate(): Promise<void> {
  client?.dispose();
}
