// One DICOM import, as both shells run it: read the headers (files, DICOMDIR, zip, or DICOMweb),
// draft the case in the core, write its text. `reimage import` and the server's
// `reimage/importDicom` (VS Code's "New Case from DICOM…") call this and only add their I/O.
import { dicomImport } from '../core';
import { readDicomInputs, type ReadOptions, type ReadResult } from './dicom-read';
import { readDicomWebStudy } from './dicomweb';

export interface ImportRequest {
  /** Folders, DICOMDIRs or zips, relative to `cwd`; or `dicomweb`. */
  paths?: string[];
  dicomweb?: { url: string; study: string };
  caseId?: string;
  protocol?: string;
  /** YYYY-MM-DD; today when absent. */
  on?: string;
  context?: string;
  keepIdentifiers?: boolean;
}

export interface ImportOutcome {
  /** The draft case; absent when nothing was drafted (see the error notes) or when cancelled. */
  text?: string;
  notes: dicomImport.ImportNote[];
  objects: number;
  studies: number;
  series: number;
  cancelled: boolean;
  read: ReadResult;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export async function importDicom(request: ImportRequest, cwd: string, options: ReadOptions = {}): Promise<ImportOutcome> {
  const read = request.dicomweb
    ? await readDicomWebStudy(request.dicomweb.url, request.dicomweb.study)
    : await readDicomInputs(request.paths ?? [], cwd, options);
  const outcome: ImportOutcome = { notes: read.notes, objects: read.instances.length, studies: 0, series: 0, cancelled: read.cancelled, read };
  if (read.cancelled) return outcome;
  const draft = dicomImport.draftCase(read.instances, { keepIdentifiers: request.keepIdentifiers });
  outcome.notes = [...read.notes, ...draft.notes];
  if (draft.refused || draft.studies.length === 0) return outcome;
  outcome.studies = draft.studies.length;
  outcome.series = draft.studies.reduce((n, s) => n + s.series.length, 0);
  outcome.text = dicomImport.writeDraftCase(draft, {
    case: request.caseId && ID.test(request.caseId) ? request.caseId : 'dicom-import',
    protocol: request.protocol,
    on: request.on ?? today(),
    onSource: request.on ? undefined : 'today (no date given): the arrival or decision date',
    context: request.context,
    from: `${plural(read.instances.length, 'DICOM object')}${request.dicomweb ? ' (DICOMweb metadata)' : ''}`,
  });
  return outcome;
}

/** Today's date on this machine, YYYY-MM-DD (the shells own the clock; the core never reads it). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
