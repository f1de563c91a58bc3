// "Reimage: New Case from DICOM…": picks a folder, DICOMDIR or zip (or a DICOMweb URL and study),
// asks the server for the draft (reimage/importDicom), writes it beside the other cases, opens it
// and runs it. The reading and the drafting are the server's; this only asks and shows.
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import type { ReimageClient } from './client';
import { IMPORT_DICOM, type ImportDicomParams, type ImportDicomResult } from './methods';

const ID = /^[a-z0-9][a-z0-9-]*$/;

export async function newCaseFromDicom(client: ReimageClient, casesFolder: vscode.Uri | undefined, run: (uri: vscode.Uri) => unknown): Promise<void> {
  if (!casesFolder) return void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: Reimage writes the case in it.'));
  const source = await vscode.window.showQuickPick(
    [
      { label: `$(folder) ${vscode.l10n.t('A folder or disc')}`, description: vscode.l10n.t('read recursively'), from: 'folder' as const },
      { label: `$(file-zip) ${vscode.l10n.t('A .zip or DICOMDIR file')}`, from: 'file' as const },
      {
        label: `$(globe) ${vscode.l10n.t('A study on a DICOMweb server (PACS)')}`,
        description: vscode.l10n.t('its metadata only, no images'),
        from: 'dicomweb' as const,
      },
    ],
    { title: vscode.l10n.t('New case from DICOM'), placeHolder: vscode.l10n.t('Where are the DICOM files?') },
  );
  if (!source) return;
  let params: Omit<ImportDicomParams, 'caseId'>;
  if (source.from === 'dicomweb') {
    const url = await vscode.window.showInputBox({
      title: vscode.l10n.t('DICOMweb server'),
      prompt: vscode.l10n.t('The base URL of the DICOMweb service, e.g. http://pacs.example:8042/dicom-web'),
      ignoreFocusOut: true,
    });
    if (!url) return;
    const study = await vscode.window.showInputBox({ title: vscode.l10n.t('Study'), prompt: vscode.l10n.t('The Study Instance UID'), ignoreFocusOut: true });
    if (!study) return;
    params = { dicomweb: { url: url.trim(), study: study.trim() } };
  } else {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: source.from === 'folder',
      canSelectFiles: source.from === 'file',
      canSelectMany: source.from === 'folder',
      filters: source.from === 'file' ? { [vscode.l10n.t('DICOM disc')]: ['zip', '*'] } : undefined,
      openLabel: vscode.l10n.t('Import'),
    });
    if (!picked?.length) return;
    params = { paths: picked.map((u) => u.fsPath) };
  }
  const caseId = await vscode.window.showInputBox({
    title: vscode.l10n.t('New case from DICOM'),
    prompt: vscode.l10n.t('The case id (kebab-case), e.g. patient-before-travel'),
    ignoreFocusOut: true,
    validateInput: (v) => (ID.test(v) ? undefined : vscode.l10n.t('lower-case letters, digits and hyphens, starting with a letter or digit')),
  });
  if (!caseId) return;
  // Optional: the draft says what to fill in when it is left empty.
  const protocol = await vscode.window.showInputBox({
    title: vscode.l10n.t('New case from DICOM'),
    prompt: vscode.l10n.t('The protocol to check against (its id), e.g. tier3a-public; leave empty to fill it in later'),
    ignoreFocusOut: true,
    validateInput: (v) => (v === '' || ID.test(v) ? undefined : vscode.l10n.t('a protocol id: lower-case letters, digits and hyphens')),
  });
  if (protocol === undefined) return;
  const uri = vscode.Uri.joinPath(casesFolder, `${caseId}.case.yaml`);
  try {
    await vscode.workspace.fs.stat(uri);
    return void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', vscode.workspace.asRelativePath(uri)));
  } catch {
    /* free: write it */
  }

  let result: ImportDicomResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reimage: reading DICOM headers'), cancellable: true },
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
          return await client.request<ImportDicomParams, ImportDicomResult>(
            IMPORT_DICOM,
            { ...params, caseId, protocol: protocol || undefined, workDoneToken },
            token,
          );
        } finally {
          reports?.dispose();
        }
      },
    );
  } catch (e) {
    return void vscode.window.showErrorMessage(vscode.l10n.t('Reimage: the import failed: {0}', (e as Error).message));
  }
  for (const n of result.notes) client.output.appendLine(`import: ${n.source ? `${n.source}: ` : ''}${n.severity}: ${n.message}`);
  if (result.cancelled) return void vscode.window.showInformationMessage(vscode.l10n.t('Reimage: import cancelled; nothing written.'));
  if (!result.text) {
    const why = result.notes.find((n) => n.severity === 'error')?.message ?? vscode.l10n.t('no image series found');
    return void vscode.window
      .showErrorMessage(vscode.l10n.t('Reimage: no case drafted: {0}', why), vscode.l10n.t('Show Log'))
      .then((a) => a && client.output.show());
  }
  await vscode.workspace.fs.createDirectory(casesFolder);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(uri, { preview: false });
  const warnings = result.notes.filter((n) => n.severity !== 'info').length;
  const studies = result.studies === 1 ? vscode.l10n.t('1 study') : vscode.l10n.t('{0} studies', result.studies);
  const objects = result.objects === 1 ? vscode.l10n.t('1 DICOM object') : vscode.l10n.t('{0} DICOM objects', result.objects);
  void vscode.window
    .showInformationMessage(
      warnings
        ? vscode.l10n.t(
            'Reimage: drafted {0}, {1} series from {2} ({3} notes in the log). Check the values and fill in what is missing.',
            studies,
            result.series,
            objects,
            warnings,
          )
        : vscode.l10n.t('Reimage: drafted {0}, {1} series from {2}. Check the values and fill in what is missing.', studies, result.series, objects),
      ...(warnings ? [vscode.l10n.t('Show Log')] : []),
    )
    .then((a) => a && client.output.show());
  await run(uri);
}
