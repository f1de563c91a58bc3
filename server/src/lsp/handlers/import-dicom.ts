// `reimage/importDicom`: the draft case from the DICOM the client's user picked (absolute paths)
// or one DICOMweb study, through the same import as `reimage import`. Cancelling stops the reading.
import { isAbsolute } from 'node:path';
import type { CancellationToken } from 'vscode-languageserver';
import { catalogueFor, type Catalogue } from '../../core';
import { importDicom } from '../../node/import-dicom';
import type { ImportDicomParams, ImportDicomResult } from '../ext';

/** `report(done, total)` is called every 64 objects read (and at the end), for the client's progress; the notes are said in `say`'s language. */
export async function importDicomRequest(
  params: ImportDicomParams,
  token: CancellationToken,
  report?: (done: number, total: number) => void,
  say: Catalogue = catalogueFor('en'),
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
    // Said in the client's language; the Message itself stays on this side.
    notes: outcome.notes.map((n) => ({
      severity: n.severity,
      message: n.text ? say.say(n.text) : n.message,
      ...(n.source !== undefined ? { source: n.source } : {}),
    })),
    objects: outcome.objects,
    studies: outcome.studies,
    series: outcome.series,
    cancelled,
  };
}
