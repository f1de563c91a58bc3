// Reads one study's metadata from a DICOMweb server (QIDO-RS to find it, WADO-RS /metadata to
// read it; never pixel data). The only network access Reimage makes: to the URL the user gave,
// and to nothing outside it (no redirects followed).
import { dicomImport, message, type Message } from '../core';
import type { ReadResult } from './dicom-read';

const UID = /^[0-9]+(\.[0-9]+)*$/;

export async function readDicomWebStudy(baseUrl: string, studyUid: string): Promise<ReadResult> {
  const result: ReadResult = { instances: [], notes: [], files: 0, bytesRead: 0, bytesOnDisc: 0, cancelled: false };
  const fail = (text: Message) => {
    result.notes.push(dicomImport.importNote('error', text, baseUrl));
    return result;
  };
  let base: URL;
  try {
    base = new URL(baseUrl.replace(/\/+$/, ''));
  } catch {
    return fail(message('import.web.not-url'));
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') return fail(message('import.web.not-http'));
  if (!UID.test(studyUid) || studyUid.length > 64) return fail(message('import.web.bad-uid', { uid: studyUid }));
  const get = async (path: string): Promise<unknown> => {
    const url = `${base.href}${path}`;
    const response = await fetch(url, { headers: { Accept: 'application/dicom+json' }, redirect: 'error' });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText} from ${url}`);
    const body = await response.text();
    result.bytesRead += Buffer.byteLength(body);
    return body.trim() === '' ? [] : JSON.parse(body);
  };
  try {
    const found = await get(`/studies?StudyInstanceUID=${studyUid}`);
    if (!Array.isArray(found) || found.length === 0) return fail(message('import.web.no-study', { uid: studyUid }));
    const metadata = await get(`/studies/${studyUid}/metadata`);
    if (!Array.isArray(metadata)) return fail(message('import.web.bad-metadata'));
    for (const [i, obj] of metadata.entries()) {
      if (!obj || typeof obj !== 'object') continue;
      result.files++;
      result.instances.push({ source: `${base.href}/studies/${studyUid} #${i + 1}`, dataset: keepImportTags(obj as dicomImport.DicomDataset) });
    }
  } catch (e) {
    return fail(message('import.web.failed', { detail: (e as Error).message }));
  }
  return result;
}

/** Only the tags import reads, so nothing else (identifiers included) is held longer than needed. */
function keepImportTags(ds: dicomImport.DicomDataset): dicomImport.DicomDataset {
  const out: dicomImport.DicomDataset = {};
  for (const [tag, { vr }] of dicomImport.IMPORT_TAGS) {
    const el = ds[tag];
    if (!el || typeof el !== 'object') continue;
    if (el.Value !== undefined && !Array.isArray(el.Value)) continue;
    out[tag] =
      vr === 'SQ' && el.Value
        ? {
            vr,
            Value: el.Value.map((item) =>
              item && typeof item === 'object' && !('Alphabetic' in item) ? keepImportTags(item as dicomImport.DicomDataset) : item,
            ),
          }
        : el;
  }
  return out;
}
