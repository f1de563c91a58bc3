// Reads the DICOM headers inside a .zip without extracting it: each entry's first bytes are
// inflated in memory (up to the header cap) and handed on. Refuses entries whose paths climb out
// (`../`, absolute) and entries or archives that inflate far beyond their stored size (bombs).
import * as yauzl from 'yauzl';
import { dicomImport, message, type Message } from '../core';
import type { ReadOptions, ReadResult } from './dicom-read';

/** An entry may inflate at most this many times its stored size (DICOM compresses ~2–10×). */
export const MAX_RATIO = 200;
/** The archive may declare at most this much in all (a disc holds a few GB). */
export const MAX_TOTAL_BYTES = 64 * 1024 ** 3;
export const MAX_ENTRIES = 200_000;
/** How much of an entry is inflated to find its header. */
const ENTRY_HEADER_BYTES = 1024 * 1024;

type Handle = (bytes: Uint8Array, size: number, name: string) => void;

/** Returns true when the reader was cancelled. */
export function readZipHeaders(zipPath: string, shown: string, result: ReadResult, handle: Handle, options: ReadOptions): Promise<boolean> {
  const note = (severity: dicomImport.ImportNote['severity'], text: Message, entry?: string) =>
    result.notes.push(dicomImport.importNote(severity, text, entry ? `${shown}:${entry}` : shown));
  const skipped = (reason: Message, entry: string) => note('warning', message('import.skipped-object', { reason }), entry);
  return new Promise((resolvePromise) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: true, strictFileNames: false, validateEntrySizes: true, decodeStrings: false }, (err, zip) => {
      if (err || !zip) {
        note('error', message('import.bad-zip', { detail: err?.message ?? 'unknown error' }));
        resolvePromise(false);
        return;
      }
      if (zip.entryCount > MAX_ENTRIES) {
        note('error', message('import.zip-too-many', { count: zip.entryCount, max: MAX_ENTRIES }));
        zip.close();
        resolvePromise(false);
        return;
      }
      let declared = 0;
      let done = 0;
      let finished = false;
      const finish = (cancelled: boolean) => {
        if (!finished) {
          finished = true;
          zip.close();
          resolvePromise(cancelled);
        }
      };
      zip.on('error', (e: Error) => {
        note('error', message('import.zip-damaged', { detail: e.message }));
        finish(false);
      });
      zip.on('end', () => finish(false));
      zip.on('entry', (entry: yauzl.Entry) => {
        // Names are decoded here, not by yauzl, which rejects the whole archive at a `../` name;
        // such an entry is skipped and listed instead. UTF-8 when the entry says so (bit 11).
        const raw = entry.fileName as unknown as Buffer;
        const name = Buffer.from(raw).toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
        const next = () => {
          done++;
          if (options.onProgress?.(done, zip.entryCount) === false) {
            finish(true);
            return;
          }
          zip.readEntry();
        };
        if (name.endsWith('/')) {
          zip.readEntry();
          return;
        }
        const parts = name.split(/[\\/]/);
        if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || parts.includes('..')) {
          skipped(message('import.zip-slip'), name);
          next();
          return;
        }
        declared += entry.uncompressedSize;
        if (declared > MAX_TOTAL_BYTES) {
          note('error', message('import.zip-too-large', { gb: MAX_TOTAL_BYTES / 1024 ** 3 }));
          finish(false);
          return;
        }
        if (entry.uncompressedSize > Math.max(1024 * 1024, entry.compressedSize * MAX_RATIO)) {
          skipped(message('import.zip-bomb', { ratio: Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)) }), name);
          next();
          return;
        }
        result.bytesOnDisc += entry.compressedSize;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) {
            skipped(message('import.cannot-read', { code: e?.message ?? 'error' }), name);
            next();
            return;
          }
          const chunks: Buffer[] = [];
          let got = 0;
          let ended = false;
          const end = (problem?: Message) => {
            if (ended) return;
            ended = true;
            stream.destroy();
            if (problem) skipped(problem, name);
            else {
              result.bytesRead += got;
              handle(Buffer.concat(chunks), got >= ENTRY_HEADER_BYTES ? entry.uncompressedSize : got, `${shown}:${name}`);
            }
            next();
          };
          stream.on('data', (c: Buffer) => {
            chunks.push(c);
            got += c.length;
            if (got >= ENTRY_HEADER_BYTES) end();
          });
          stream.on('error', (se: Error) => end(message('import.damaged-entry', { detail: se.message })));
          stream.on('end', () => end());
        });
      });
      zip.readEntry();
    });
  });
}
