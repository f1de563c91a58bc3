// "Reimage: New Case from DICOM…": picks a folder, DICOMDIR or zip (or a DICOMweb URL and study),
// asks the server for the draft (reimage/importDicom), writes it beside the other cases, opens it
// and runs it. The reading and the drafting are the server's; this only asks and shows.
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import type { ReimageClient } from './client';
import { IMPORT_DICOM, type ImportDicomParams, type ImportDicomResult } from './methods';

const ID = /^[a-z0-9][a-z0-9-]*$/;

export async function newCaseFromDicom(client: ReimageClient, casesFolder: vscode.Uri | undefined, run: (uri: vscode.Uri) => unknown): Promise<void> {
  if (!casesFolder) return void vscode.window.showWarningMessage('Open a folder first: Reimage writes the case in it.');
  const source = await vscode.window.showQuickPick(
    [
      { label: '$(folder) A folder or disc', description: 'read recursively', from: 'folder' as const },
      { label: '$(file-zip) A .zip or DICOMDIR file', from: 'file' as const },
      { label: '$(globe) A study on a DICOMweb server (PACS)', description: 'its metadata only, no images', from: 'dicomweb' as const },
    ],
    { title: 'New case from DICOM', placeHolder: 'Where are the DICOM files?' },
  );
  if (!source) return;
  let params: Omit<ImportDicomParams, 'caseId'>;
  if (source.from === 'dicomweb') {
    const url = await vscode.window.showInputBox({ title: 'DICOMweb server', prompt: 'The base URL of the DICOMweb service, e.g. http://pacs.example:8042/dicom-web', ignoreFocusOut: true });
    if (!url) return;
    const study = await vscode.window.showInputBox({ title: 'Study', prompt: 'The Study Instance UID', ignoreFocusOut: true });
    if (!study) return;
    params = { dicomweb: { url: url.trim(), study: study.trim() } };
  } else {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: source.from === 'folder', canSelectFiles: source.from === 'file', canSelectMany: source.from === 'folder',
      filters: source.from === 'file' ? { 'DICOM disc': ['zip', '*'] } : undefined, openLabel: 'Import',
    });
    if (!picked?.length) return;
    params = { paths: picked.map((u) => u.fsPath) };
  }
  const caseId = await vscode.window.showInputBox({
    title: 'New case from DICOM', prompt: 'The case id (kebab-case), e.g. patient-before-travel', ignoreFocusOut: true,
    validateInput: (v) => (ID.test(v) ? undefined : 'lower-case letters, digits and hyphens, starting with a letter or digit'),
  });
  if (!caseId) return;
  // Optional: the draft says what to fill in when it is left empty.
  const protocol = await vscode.window.showInputBox({
    title: 'New case from DICOM', prompt: 'The protocol to check against (its id), e.g. tier3a-public; leave empty to fill it in later', ignoreFocusOut: true,
    validateInput: (v) => (v === '' || ID.test(v) ? undefined : 'a protocol id: lower-case letters, digits and hyphens'),
  });
  if (protocol === undefined) return;
  const uri = vscode.Uri.joinPath(casesFolder, `${caseId}.case.yaml`);
  try {
    await vscode.workspace.fs.stat(uri);
    return void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(uri)} already exists.`);
  } catch { /* free: write it */ }

  let result: ImportDicomResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Reimage: reading DICOM headers', cancellable: true },
      async (progress, token) => {
        const workDoneToken = `reimage-import-${caseId}-${Math.random().toString(36).slice(2)}`;
        let shown = 0;
        const reports = (await client.ready())?.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind !== 'report') return;
          const percentage = value.percentage ?? shown;
          progress.report({ message: value.message, increment: percentage - shown });
          shown = percentage;
        });
        try {
          return await client.request<ImportDicomParams, ImportDicomResult>(IMPORT_DICOM, { ...params, caseId, protocol: protocol || undefined, workDoneToken }, token);
        } finally {
          reports?.dispose();
        }
      },
    );
  } catch (e) {
    return void vscode.window.showErrorMessage(`Reimage: the import failed: ${(e as Error).message}`);
  }
  for (const n of result.notes) client.output.appendLine(`import: ${n.source ? `${n.source}: ` : ''}${n.severity}: ${n.message}`);
  if (result.cancelled) return void vscode.window.showInformationMessage('Reimage: import cancelled; nothing written.');
  if (!result.text) {
    const why = result.notes.find((n) => n.severity === 'error')?.message ?? 'no image series found';
    return void vscode.window.showErrorMessage(`Reimage: no case drafted: ${why}`, 'Show Log').then((a) => a && client.output.show());
  }
  await vscode.workspace.fs.createDirectory(casesFolder);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(uri, { preview: false });
  const warnings = result.notes.filter((n) => n.severity !== 'info').length;
  void vscode.window.showInformationMessage(
    `Reimage: drafted ${result.studies} ${result.studies === 1 ? 'study' : 'studies'}, ${result.series} series from ${result.objects} DICOM object${result.objects === 1 ? '' : 's'}${warnings ? ` (${warnings} notes in the log)` : ''}. Check the values and fill in what is missing.`,
    ...(warnings ? ['Show Log'] : []),
  ).then((a) => a && client.output.show());
  await run(uri);
}
