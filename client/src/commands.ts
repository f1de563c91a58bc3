// The palette commands: run cases, show and export the report, validate, format, new protocol
// or case from a template, new case from DICOM (import-dicom.ts), restart the server, open a rule's source line; and the commands the
// server's CodeLens carry (run a case, show a report, list the cases that use a rule; compare.ts
// has Compare with Revision). Each one asks the server or VS Code; none looks inside a protocol
// or a case itself.
import * as vscode from 'vscode';
import type { ReimageClient } from './client';
import { revisionUri } from './compare';
import { newCaseFromDicom } from './import-dicom';
import type { ReportPanel } from './report/report-panel';
import type { CaseTests } from './testing';
import { LENS_COMMANDS, VALIDATE_WORKSPACE, type ShowReferencesArgs, type ValidateWorkspaceParams, type ValidateWorkspaceResult } from './methods';

const ID = /^[a-z0-9][a-z0-9-]*$/;
function activeReimageUri(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && (doc.languageId === 'reimage-case' || doc.languageId === 'reimage-protocol') ? doc.uri : undefined;
}

/** The folder new protocols go to: `reimage.protocolsPath` in the first workspace folder. */
function protocolsFolder(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const path = vscode.workspace.getConfiguration('reimage', folder.uri).get<string>('protocolsPath', 'protocols');
  return vscode.Uri.joinPath(folder.uri, path);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Asks for an id, writes the template under the protocols folder and fills it in as a snippet. */
async function createFromTemplate(context: vscode.ExtensionContext, kind: 'protocol' | 'case'): Promise<void> {
  const base = protocolsFolder();
  if (!base) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: Reimage creates the file in it.'));
    return;
  }
  const folder = kind === 'case' ? vscode.Uri.joinPath(base, 'cases') : base;
  const id = await vscode.window.showInputBox({
    title: kind === 'protocol' ? vscode.l10n.t('New protocol') : vscode.l10n.t('New case'),
    prompt:
      kind === 'protocol'
        ? vscode.l10n.t('The protocol id (kebab-case), e.g. city-hospital')
        : vscode.l10n.t('The case id (kebab-case), e.g. lung-ct-before-travel'),
    validateInput: (v) => (ID.test(v) ? undefined : vscode.l10n.t('lower-case letters, digits and hyphens, starting with a letter or digit')),
  });
  if (!id) return;
  const uri = vscode.Uri.joinPath(folder, `${id}.${kind}.yaml`);
  if (await exists(uri)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', vscode.workspace.asRelativePath(uri)));
    return;
  }
  const template = new TextDecoder().decode(
    await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'client', 'templates', `${kind}.yaml`)),
  );
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const editor = await vscode.window.showTextDocument(uri);
  await editor.insertSnippet(new vscode.SnippetString(template.replace(/__ID__/g, id)), new vscode.Position(0, 0));
}

export function registerCommands(context: vscode.ExtensionContext, client: ReimageClient, tests: CaseTests, report: ReportPanel): vscode.Disposable[] {
  const reg = (id: string, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, fn);
  return [
    reg('reimage.runAll', () => tests.runAll()),
    reg('reimage.runFile', (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : activeReimageUri();
      if (!target) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a case or a protocol file to run its cases.'));
      return tests.runUri(target);
    }),
    reg(LENS_COMMANDS.runCase, (uri?: string | vscode.Uri, caseId?: string) => {
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : (uri ?? activeReimageUri());
      if (target) return tests.runUri(target, caseId);
    }),
    reg(LENS_COMMANDS.showReport, (uri?: string | vscode.Uri) =>
      report.show(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : activeReimageUri()),
    ),
    // "used by N cases": the server's locations, shown in VS Code's references peek.
    reg(LENS_COMMANDS.showReferences, (...[uri, position, locations]: Partial<ShowReferencesArgs>) => {
      if (!uri || !position || !locations) return;
      return vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        new vscode.Position(position.line, position.character),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), client.range(l.range))),
      );
    }),
    reg('reimage.exportReportHtml', () => report.export('html')),
    reg('reimage.exportReportMarkdown', () => report.export('markdown')),
    reg('reimage.validateWorkspace', async () => {
      // The server reads the folders, publishes every finding and answers with the counts.
      let result: ValidateWorkspaceResult | null;
      try {
        result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reimage: validating the workspace') }, () =>
          client.request<ValidateWorkspaceParams, ValidateWorkspaceResult | null>(VALIDATE_WORKSPACE, {}),
        );
      } catch (e) {
        client.output.appendLine(`Validating the workspace failed: ${(e as Error).message}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Reimage: the workspace could not be validated: {0}', (e as Error).message));
        return;
      }
      if (!result)
        return void vscode.window.showErrorMessage(vscode.l10n.t('Reimage: the workspace could not be validated. See the Reimage output for details.'));
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      if (result.errors) void vscode.window.showWarningMessage(vscode.l10n.t('Reimage: {0}.', result.message));
      else void vscode.window.showInformationMessage(vscode.l10n.t('Reimage: {0}.', result.message));
    }),
    reg('reimage.format', () => vscode.commands.executeCommand('editor.action.formatDocument')),
    reg('reimage.newProtocol', () => createFromTemplate(context, 'protocol')),
    reg('reimage.newCase', () => createFromTemplate(context, 'case')),
    reg('reimage.newCaseFromDicom', () => {
      const base = protocolsFolder();
      return newCaseFromDicom(client, base && vscode.Uri.joinPath(base, 'cases'), (uri) => tests.runUri(uri));
    }),
    reg('reimage.restartServer', async () => {
      await client.restart();
      void vscode.window.setStatusBarMessage('Reimage: language server restarted', 3000);
    }),
    reg('reimage.showOutput', () => client.output.show()),
    // The report's links: open a file at its (1-based) line; with a revision, the file as it was
    // then (the compare view's older side), read-only.
    reg('reimage.openSource', async (arg?: { uri: string; line: number; revision?: string }) => {
      if (!arg?.uri) return;
      const line = Math.max(0, (arg.line ?? 1) - 1);
      const file = vscode.Uri.parse(arg.uri);
      if (typeof arg.revision === 'string') {
        // Titled like git's own older sides, `name (1a2b3c4)`, so it is not mistaken for the file.
        const name = file.path.slice(file.path.lastIndexOf('/') + 1);
        const at = new vscode.Range(line, 0, line, 0);
        await vscode.commands.executeCommand(
          'vscode.open',
          revisionUri(file, arg.revision),
          { viewColumn: vscode.ViewColumn.One, preview: false, selection: at },
          `${name} (${arg.revision.slice(0, 7)})`,
        );
        return;
      }
      const editor = await vscode.window.showTextDocument(file, { viewColumn: vscode.ViewColumn.One, preview: false });
      const at = new vscode.Range(line, 0, line, 0);
      editor.selection = new vscode.Selection(at.start, at.start);
      editor.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  ];
}
