// `reimage/importDicom`: the draft case from the DICOM the client's user picked (absolute paths)
// or one DICOMweb study, through the same import as `reimage import`. Cancelling stops the reading.
import { isAbsolute } from 'node:path';
import type { CancellationToken } from 'vscode-languageserver';
import { importDicom } from '../../node/import-dicom';
import type { ImportDicomParams, ImportDicomResult } from '../ext';

/** `report(done, total)` is called every 64 objects read (and at the end), for the client's progress. */
export async function importDicomRequest(
  params: ImportDicomParams,
  token: CancellationToken,
  report?: (done: number, total: number) => void,
): Promise<ImportDicomResult> {
  const refused = (message: string): ImportDicomResult => ({ notes: [{ severity: 'error', message }], objects: 0, studies: 0, series: 0, cancelled: false });
  const paths = Array.isArray(params?.paths) ? params.paths.filter((p): p is string => typeof p === 'string') : undefined;
  if (paths?.some((p) => !isAbsolute(p))) return refused('import takes absolute paths');
  if (!paths?.length && !params?.dicomweb) return refused('nothing to import: give paths or a DICOMweb URL and study');
  const outcome = await importDicom({ paths, dicomweb: params.dicomweb, caseId: params.caseId, protocol: params.protocol, context: params.context }, '/', {
    onProgress: (done, total) => {
      if (report && (done % 64 === 0 || done === total)) report(done, total);
      return !token.isCancellationRequested;
    },
  });
  const cancelled = outcome.cancelled || token.isCancellationRequested;
  return {
    text: cancelled ? undefined : outcome.text,
    notes: outcome.notes,
    objects: outcome.objects,
    studies: outcome.studies,
    series: outcome.series,
    cancelled,
  };
}
