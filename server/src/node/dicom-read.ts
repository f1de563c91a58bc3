// Reads DICOM headers from files, folders, DICOMDIRs and zips with dicom-parser, stopping before
// the pixel data: each file is read from its start in growing pieces until its header parses, so
// the bytes read are the header's, not the image's. Yields the import tags as DICOM JSON.
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import * as dicomParser from 'dicom-parser';
import { dicomImport, message, type Message } from '../core';

type DicomDataset = dicomImport.DicomDataset;
type DicomInstance = dicomImport.DicomInstance;
type ImportNote = dicomImport.ImportNote;
const { importNote } = dicomImport;

export interface ReadOptions {
  /** Called after each object read, for progress; return false to stop reading (cancel). */
  onProgress?: (done: number, total: number) => boolean | void;
}

export interface ReadResult {
  instances: DicomInstance[];
  notes: ImportNote[];
  /** Files (or zip entries) looked at, and what was read of them against their size. */
  files: number;
  bytesRead: number;
  bytesOnDisc: number;
  cancelled: boolean;
}

const PIXEL_DATA = 'x7fe00010';
const FIRST_READ = 16 * 1024;
const firstReadBuffer = Buffer.allocUnsafe(FIRST_READ);
/** Headers larger than this are refused (a per-frame table of 64 MB is far beyond any scanner's). */
export const MAX_HEADER_BYTES = 64 * 1024 * 1024;
const DICOMDIR_CLASS = '1.2.840.10008.1.3.10';

/** The outcome of parsing one object's bytes. */
type Parsed =
  | { ok: true; dataset: DicomDataset; truncated: boolean; dicomdir?: string[][] }
  | { ok: false; needMore: true }
  | { ok: false; needMore: false; reason: Message };

/**
 * Parses the header in `bytes` (the first bytes of an object of `size` bytes). Asks for more when
 * the bytes end before the header does.
 */
export function parseHeader(bytes: Uint8Array, size: number): Parsed {
  const complete = bytes.length >= size;
  const hasPreamble = bytes.length >= 132 && bytes[128] === 0x44 && bytes[129] === 0x49 && bytes[130] === 0x43 && bytes[131] === 0x4d;
  if (!hasPreamble && !looksLikeRawDataset(bytes)) {
    return bytes.length < 132 && !complete ? { ok: false, needMore: true } : { ok: false, needMore: false, reason: message('import.not-dicom') };
  }
  let ds: dicomParser.DataSet;
  try {
    ds = dicomParser.parseDicom(bytes, hasPreamble ? { untilTag: PIXEL_DATA } : { untilTag: PIXEL_DATA, TransferSyntaxUID: rawTransferSyntax(bytes) });
  } catch (e) {
    if (!complete) return { ok: false, needMore: true };
    // dicom-parser throws strings, Errors, or `{ exception, dataSet }` wrapping either.
    const cause = e && typeof e === 'object' && 'exception' in e ? e.exception : e;
    const problem = typeof cause === 'string' ? cause : cause instanceof Error ? cause.message : 'unreadable data';
    return { ok: false, needMore: false, reason: message('import.unreadable-dicom', { detail: problem.replace(/^dicomParser\.\w+: /, '') }) };
  }
  const pixel = ds.elements[PIXEL_DATA];
  if (!complete) {
    // Stopped by the end of the bytes, not by the pixel data: the header may go on.
    if (!pixel) return { ok: false, needMore: true };
    for (const el of Object.values(ds.elements)) {
      if (el.tag !== PIXEL_DATA && el.dataOffset + el.length > bytes.length) return { ok: false, needMore: true };
    }
  }
  const truncated = !!pixel && pixel.length !== 0xffffffff && pixel.dataOffset + pixel.length > size;
  const dataset = toDicomJson(ds);
  const sopClass = (ds.string('x00020002') ?? ds.string('x00080016'))?.trim();
  let dicomdir: string[][] | undefined;
  if (sopClass === DICOMDIR_CLASS) {
    dicomdir = (ds.elements.x00041220?.items ?? [])
      .map((item) =>
        item.dataSet?.elements.x00041500
          ? readFixed(item.dataSet, item.dataSet.elements.x00041500)
              .split('\\')
              .map((p) => p.trim())
              .filter(Boolean)
          : [],
      )
      .filter((p) => p.length);
  }
  return { ok: true, dataset, truncated, dicomdir };
}

/** A file without the Part 10 preamble: a raw data set starting with a group 0008 (or 0002) tag. */
function looksLikeRawDataset(b: Uint8Array): boolean {
  return b.length >= 8 && ((b[0] === 0x08 && b[1] === 0x00) || (b[0] === 0x02 && b[1] === 0x00) || (b[0] === 0x00 && b[1] === 0x08));
}

/** Raw data sets have no meta header: explicit VR shows as two letters after the tag. */
function rawTransferSyntax(b: Uint8Array): string {
  const bigEndian = b[0] === 0x00 && b[1] === 0x08;
  const letters = b[4] >= 0x41 && b[4] <= 0x5a && b[5] >= 0x41 && b[5] <= 0x5a;
  if (bigEndian) return '1.2.840.10008.1.2.2';
  return letters ? '1.2.840.10008.1.2.1' : '1.2.840.10008.1.2';
}

/** Character sets whose text Node decodes; others are refused rather than shown garbled. */
const CHARSETS: Record<string, string> = {
  '': 'latin1',
  'ISO_IR 6': 'latin1',
  'ISO 2022 IR 6': 'latin1',
  'ISO_IR 100': 'latin1',
  'ISO 2022 IR 100': 'latin1',
  'ISO_IR 101': 'iso-8859-2',
  'ISO_IR 109': 'iso-8859-3',
  'ISO_IR 110': 'iso-8859-4',
  'ISO_IR 144': 'iso-8859-5',
  'ISO_IR 127': 'iso-8859-6',
  'ISO_IR 126': 'iso-8859-7',
  'ISO_IR 138': 'iso-8859-8',
  'ISO_IR 148': 'iso-8859-9',
  'ISO_IR 203': 'iso-8859-15',
  'ISO_IR 13': 'shift_jis',
  'ISO_IR 166': 'windows-874',
  'ISO_IR 192': 'utf-8',
  GB18030: 'gb18030',
  GBK: 'gbk',
};
const TEXT_VRS = new Set(['LO', 'SH', 'PN', 'LT', 'ST', 'UT', 'UC']);
const BINARY = { FD: 8, FL: 4, UL: 4, US: 2, SL: 4, SS: 2 } as const;

/** The import tags as dicom-parser names them (`x0018` + `0050`), computed once. */
const PARSER_KEYS = [...dicomImport.IMPORT_TAGS].map(([tag, { vr }]) => ({ tag, vr, key: `x${tag.toLowerCase()}` }));
const decoders = new Map<string, TextDecoder>();

function toDicomJson(ds: dicomParser.DataSet, inherited?: string): DicomDataset {
  const charset = ds.elements.x00080005
    ? readFixed(ds, ds.elements.x00080005)
        .split('\\')
        .map((s) => s.trim())
    : undefined;
  const decoderName = charsetDecoder(charset, inherited);
  const out: DicomDataset = {};
  for (const { tag, vr, key } of PARSER_KEYS) {
    const el = ds.elements[key];
    if (!el) continue;
    if (vr === 'SQ') {
      const items = (el.items ?? []).filter((i) => i.dataSet).map((i) => toDicomJson(i.dataSet!, decoderName));
      out[tag] = { vr, Value: items };
      continue;
    }
    if (el.length === 0) {
      out[tag] = { vr };
      continue;
    }
    if (vr in BINARY) {
      const size = BINARY[vr as keyof typeof BINARY];
      const read = { FD: ds.double, FL: ds.float, UL: ds.uint32, US: ds.uint16, SL: ds.int32, SS: ds.int16 }[vr as keyof typeof BINARY].bind(ds);
      // In an explicit file a private tag may carry a string VR where the table expects binary.
      if (el.vr && !(el.vr in BINARY) && el.vr !== 'UN' && el.vr !== 'OB') {
        out[tag] = { vr: el.vr, Value: splitNumbers(readFixed(ds, el)) };
        continue;
      }
      const count = Math.floor(el.length / size);
      const vals: number[] = [];
      for (let i = 0; i < count && i < 64; i++) {
        const v = read(key, i);
        if (v !== undefined) vals.push(v);
      }
      out[tag] = { vr, Value: vals };
      continue;
    }
    if (TEXT_VRS.has(vr)) {
      const decoded = decodeText(ds, el, decoderName);
      if (decoded === undefined) continue; // an unsupported character set: left out, never garbled
      out[tag] = vr === 'PN' ? { vr, Value: [{ Alphabetic: decoded.split('=')[0] }] } : { vr, Value: [decoded] };
      continue;
    }
    const raw = readFixed(ds, el);
    out[tag] = vr === 'DS' || vr === 'IS' ? { vr, Value: splitNumbers(raw) } : { vr, Value: raw.split('\\').map((s) => s.trim()) };
  }
  return out;
}

function splitNumbers(raw: string): number[] {
  return raw
    .split('\\')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number)
    .filter(Number.isFinite);
}

function readFixed(ds: dicomParser.DataSet, el: dicomParser.Element): string {
  const end = Math.min(el.dataOffset + el.length, ds.byteArray.length);
  return Buffer.from(ds.byteArray.buffer, ds.byteArray.byteOffset + el.dataOffset, Math.max(0, end - el.dataOffset))
    .toString('latin1')
    .replace(/\0+$/, '')
    .trim();
}

/** undefined: a character set this reader cannot decode. ISO 2022 escapes are only accepted in ASCII text. */
function charsetDecoder(charset: string[] | undefined, inherited?: string): string | undefined {
  if (!charset) return inherited ?? 'latin1';
  const names = charset.filter((c, i) => i === 0 || c !== '');
  if (names.length === 1 && names[0] in CHARSETS) return CHARSETS[names[0]];
  if (names.length === 0) return 'latin1';
  return undefined;
}

function decodeText(ds: dicomParser.DataSet, el: dicomParser.Element, decoderName: string | undefined): string | undefined {
  const end = Math.min(el.dataOffset + el.length, ds.byteArray.length);
  const bytes = ds.byteArray.subarray(el.dataOffset, end);
  const ascii = bytes.every((b) => b < 0x80 && b !== 0x1b);
  if (!decoderName) return ascii ? Buffer.from(bytes).toString('latin1').replace(/\0+$/, '').trim() : undefined;
  if (ascii) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').replace(/\0+$/, '').trim();
  let decoder = decoders.get(decoderName);
  if (!decoder) {
    decoder = new TextDecoder(decoderName);
    decoders.set(decoderName, decoder);
  }
  return decoder.decode(bytes).replace(/\0+$/, '').trim();
}

/** Reads headers from files, folders (recursively), DICOMDIRs and zips. */
export async function readDicomInputs(paths: string[], cwd: string, options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { instances: [], notes: [], files: 0, bytesRead: 0, bytesOnDisc: 0, cancelled: false };
  const files: string[] = [];
  const zips: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      result.notes.push(importNote('error', message('import.no-such-path'), p));
      continue;
    }
    if (st.isDirectory()) walk(abs, add, result.notes);
    else if (/\.zip$/i.test(abs)) zips.push(abs);
    else if (basename(abs).toUpperCase() === 'DICOMDIR') {
      const parsed = readFileHeader(abs, result);
      if (parsed?.ok && parsed.dicomdir) for (const f of dicomdirFiles(abs, parsed.dicomdir, result.notes)) add(f);
      else result.notes.push(importNote('error', message('import.bad-dicomdir'), p));
    } else add(abs);
  }
  const total = files.length;
  let done = 0;
  for (const file of files) {
    const parsed = readFileHeader(file, result);
    if (parsed) accept(parsed, relative(cwd, file) || file, file, result, add);
    done++;
    if (options.onProgress?.(done, total) === false) {
      result.cancelled = true;
      return result;
    }
    // Let the event loop run now and then, so a server sees a cancel request while a disc is read.
    if (done % 64 === 0) await new Promise((r) => setImmediate(r));
  }
  for (const zip of zips) {
    const { readZipHeaders } = await import('./zip-read');
    const stopped = await readZipHeaders(
      zip,
      relative(cwd, zip) || zip,
      result,
      (bytes, size, name) => {
        accept(parseHeader(bytes, size), name, undefined, result, () => undefined);
      },
      options,
    );
    if (stopped) {
      result.cancelled = true;
      return result;
    }
  }
  return result;
}

function accept(parsed: Parsed, source: string, absolute: string | undefined, result: ReadResult, add: (file: string) => void): void {
  result.files++;
  if (!parsed.ok) {
    result.notes.push(
      importNote('warning', message('import.skipped-object', { reason: parsed.needMore ? message('import.header-too-long') : parsed.reason }), source),
    );
    return;
  }
  if (parsed.dicomdir) {
    // A DICOMDIR found in a folder: its files are read by the walk; check it names no missing file.
    if (absolute) for (const f of dicomdirFiles(absolute, parsed.dicomdir, result.notes)) add(f);
    return;
  }
  if (parsed.truncated) result.notes.push(importNote('warning', message('import.truncated'), source));
  result.instances.push({ source, dataset: parsed.dataset });
}

function readFileHeader(file: string, result: ReadResult): Parsed | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    result.notes.push(
      importNote(
        'warning',
        message('import.skipped-object', { reason: message('import.cannot-read', { code: (e as NodeJS.ErrnoException).code ?? 'error' }) }),
        file,
      ),
    );
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    result.bytesOnDisc += size;
    let length = Math.min(size, FIRST_READ);
    let buffer = Buffer.alloc(0);
    for (;;) {
      // The first read goes to one reused buffer (nothing keeps it: values are copied out);
      // a header longer than that gets a buffer of its own.
      const next = length <= FIRST_READ ? firstReadBuffer.subarray(0, length) : Buffer.allocUnsafe(length);
      buffer.copy(next, 0);
      const got = buffer.length + readSync(fd, next, buffer.length, length - buffer.length, buffer.length);
      result.bytesRead += got - buffer.length;
      buffer = next.subarray(0, got);
      const parsed = parseHeader(buffer, got < length ? got : size);
      if (parsed.ok || !parsed.needMore || buffer.length >= size) return parsed;
      if (length >= MAX_HEADER_BYTES) return parsed;
      length = Math.min(size, length * 4, MAX_HEADER_BYTES);
    }
  } finally {
    closeSync(fd);
  }
}

function walk(dir: string, add: (file: string) => void, notes: ImportNote[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    notes.push(importNote('warning', message('import.folder-skipped', { code: (e as NodeJS.ErrnoException).code ?? 'error' }), dir));
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, add, notes);
    else if (e.isFile()) add(p);
  }
}

/** The files a DICOMDIR names, resolved beside it; the missing ones are listed in one note. */
function dicomdirFiles(dicomdir: string, ids: string[][], notes: ImportNote[]): string[] {
  const base = dirname(dicomdir);
  const found: string[] = [];
  const missing: string[] = [];
  for (const parts of ids) {
    if (parts.some((p) => p === '..' || p.includes('/'))) {
      missing.push(parts.join('/'));
      continue;
    }
    const candidates = [join(base, ...parts), join(base, ...parts.map((p) => p.toLowerCase()))];
    const hit = candidates.find((c) => {
      try {
        return statSync(c).isFile();
      } catch {
        return false;
      }
    });
    if (hit) found.push(hit);
    else missing.push(parts.join('/'));
  }
  if (missing.length) {
    const more = missing.length > 5 ? message('import.and-more', { count: missing.length - 5 }) : '';
    notes.push(importNote('warning', message('import.dicomdir-missing', { count: missing.length, files: missing.slice(0, 5), more }), dicomdir));
  }
  return found;
}
