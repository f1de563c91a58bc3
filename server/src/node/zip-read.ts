// Reads the DICOM headers inside a .zip without extracting it: each entry's first bytes are
// inflated in memory (up to the header cap) and handed on. Refuses entries whose paths climb out
// (`../`, absolute) and entries or archives that inflate far beyond their stored size (bombs).
import * as yauzl from 'yauzl';
import { dicomImport } from '../core';
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
  const note = (severity: dicomImport.ImportNote['severity'], message: string, entry?: string) =>
    result.notes.push({ severity, source: entry ? `${shown}:${entry}` : shown, message });
  return new Promise((resolvePromise) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: true, strictFileNames: false, validateEntrySizes: true, decodeStrings: false }, (err, zip) => {
      if (err || !zip) {
        note('error', `not a readable zip: ${err?.message ?? 'unknown error'}`);
        resolvePromise(false);
        return;
      }
      if (zip.entryCount > MAX_ENTRIES) {
        note('error', `refused: ${zip.entryCount} entries (more than ${MAX_ENTRIES})`);
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
        note('error', `zip damaged: ${e.message}`);
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
          note('warning', 'skipped: the path climbs out of the archive (zip-slip)', name);
          next();
          return;
        }
        declared += entry.uncompressedSize;
        if (declared > MAX_TOTAL_BYTES) {
          note('error', `refused: the archive declares more than ${MAX_TOTAL_BYTES / 1024 ** 3} GB`);
          finish(false);
          return;
        }
        if (entry.uncompressedSize > Math.max(1024 * 1024, entry.compressedSize * MAX_RATIO)) {
          note('warning', `skipped: inflates ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}× its stored size (a zip bomb?)`, name);
          next();
          return;
        }
        result.bytesOnDisc += entry.compressedSize;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) {
            note('warning', `skipped: cannot be read (${e?.message ?? 'error'})`, name);
            next();
            return;
          }
          const chunks: Buffer[] = [];
          let got = 0;
          let ended = false;
          const end = (problem?: string) => {
            if (ended) return;
            ended = true;
            stream.destroy();
            if (problem) note('warning', `skipped: ${problem}`, name);
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
          stream.on('error', (se: Error) => end(`damaged entry (${se.message})`));
          stream.on('end', () => end());
        });
      });
      zip.readEntry();
    });
  });
}
