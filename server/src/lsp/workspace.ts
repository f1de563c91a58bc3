// The workspace as the core sees it: every *.protocol.yaml and *.case.yaml under the workspace
// folders, plus the protocols of each folder's protocols folder (`reimage.protocolsPath`) when it
// lies outside the folder — as `reimage run --protocols` adds it. Read from disk at start and on
// watched-file events, never anywhere else; open documents override their files. Keeps the
// linked Project up to date and relinks only what an edit can change: a case alone, or the
// protocols and the cases that use them.
import { readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  analyzeFile, error, LineIndex, linkProject, MAX_FILE_CHARS, type AnalyzedFile, type Project,
} from '../core';
import type { Documents } from './documents';
import type { Resolver } from './to-lsp';

export const REIMAGE_FILE = /\.(protocol|case)\.ya?ml$/i;
const PROTOCOL_FILE = /\.protocol\.ya?ml$/i;
/** The protocols folder when nothing says otherwise (as `reimage run`'s `--protocols`). */
export const DEFAULT_PROTOCOLS_PATH = 'protocols';

/**
 * Files read from disk let a case's YAML tree go (navigation and test discovery use the names
 * the analysis keeps): a workspace of 10,000 cases holds about 140 MB less. Opening the file
 * analyses it again, with its tree. A large protocol keeps its rules as compact stand-ins, as
 * an open one does (documents.ts).
 */
const DISK_ANALYSIS = { caseTree: false, ruleTrees: false } as const;

/** How many files the indexing reads ahead of the one it analyses (reads wait on the disk, not the CPU). */
const READ_AHEAD = 16;

type Loaded = { path: string } & ({ text: string } | { size: number } | { gone: true });

/** Stands for a read whose result was stored, so that its text can be let go. */
const DONE: Promise<Loaded> = Promise.resolve({ path: '', gone: true });

function withoutBom(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}
/** Folders the walk never enters (besides hidden ones); the compare leaves them out of git's side too. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'out', 'test-results']);

export interface Folder {
  uri: string;
  /** The folder as the client named it. */
  fsPath: string;
  /** Its real path (symlinks resolved): nothing outside it (or the other folders) is read. */
  root: string;
  name: string;
  /** `reimage.protocolsPath` for this folder, as given (relative to the folder). */
  protocolsPath: string;
}

/** A protocols folder outside every workspace folder: only its protocol files are read. */
export interface ProtocolsRoot {
  /** The workspace folder whose setting names it. */
  folder: string;
  fsPath: string;
  /** Its real path. */
  root: string;
}

/** A glob the client should watch: relative to the workspace folders, or under a base folder. */
export type WatchPattern = string | { baseUri: string; pattern: string };

interface DiskFile {
  path: string;
  uri: string;
  /** `null` while an open document shadows the file (re-read when it closes). */
  analyzed: AnalyzedFile | null;
}

/** Paths the last links recomputed and that still need publishing, or all of them. */
export type Recomputed = Set<string> | 'all';

/** A file the workspace skipped because it is over the core's size limit: one diagnostic, no parse. */
function tooLarge(path: string, bytes: number): AnalyzedFile {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  const d = error('file-too-large', `this file is ${mb} MB; Reimage reads protocol and case files up to ${MAX_FILE_CHARS / (1024 * 1024)} MB — split it`, { start: 0, end: 0 });
  const lineIndex = new LineIndex('');
  return {
    path, kind: /\.protocol\.ya?ml$/i.test(path) ? 'protocol' : 'case',
    parsed: { text: '', doc: null, value: null, lineIndex, diagnostics: [d] },
    diagnostics: [d], protocol: null, case: null,
  };
}

/**
 * What other files can see of a protocol file: its id, parent, validity keys (in order),
 * hard rules. When an edit leaves this unchanged, cases that do not point into the file keep
 * their diagnostics and only the protocols are relinked.
 */
function linkSignature(f: AnalyzedFile | undefined): string {
  if (!f || f.kind !== 'protocol') return '';
  const p = f.protocol;
  if (!p) return 'protocol without id';
  const hard = p.rules.filter((r) => r.hard);
  return JSON.stringify({ id: p.id, parent: p.extends?.value, validity: [...p.validity.keys()], hard }, (k, v) => (k === 'range' || k === 'idRange' ? undefined : v));
}

export class Workspace implements Resolver {
  folders: Folder[] = [];
  /** Protocols folders outside the workspace folders, read for their protocols only. */
  protocolsRoots: ProtocolsRoot[] = [];
  /** Protocols folders a setting names that do not exist (as given, per folder uri). */
  missingProtocolsPaths: Array<{ folder: string; protocolsPath: string }> = [];
  /** True once the folders have been read (until then cross-file findings are held back). */
  indexed = false;
  private indexWaiters: Array<() => void> = [];
  /** Watched-file events still being read from disk. */
  private reading: Set<Promise<void>> = new Set();
  private readonly disk = new Map<string, DiskFile>();
  private readonly files = new Map<string, AnalyzedFile>();
  /** Disk analyses of files just opened, kept until the document's own analysis (reused when the texts match). */
  private readonly shadowed = new Map<string, AnalyzedFile>();
  private readonly pathByUri = new Map<string, string>();
  private readonly uriByPath = new Map<string, string>();
  private project: Project | null = null;
  private readonly pending = new Set<string>();
  private unpublished: Recomputed = new Set();
  private generation = 0;

  constructor(readonly documents: Documents, private readonly log: (message: string) => void = () => {}) {}

  // ---- folders, paths and uris ----------------------------------------------------------------

  /**
   * Sets the workspace folders and each one's protocols folder (`protocolsPathOf(folder uri)`,
   * relative to the folder). Everything is read again: call index() next.
   */
  setFolders(uris: readonly string[], protocolsPathOf: (folderUri: string) => string = () => DEFAULT_PROTOCOLS_PATH): void {
    // Paths are relative to the folders: everything known is read again under its new name.
    const open = this.documents.all().map((d) => d.uri);
    this.disk.clear();
    this.shadowed.clear();
    this.files.clear();
    this.pending.clear();
    this.project = null;
    this.indexed = false;
    this.generation++;
    this.folders = [];
    this.protocolsRoots = [];
    this.missingProtocolsPaths = [];
    for (const uri of uris) {
      let fsPath: string;
      try {
        fsPath = fileURLToPath(uri);
      } catch {
        continue; // not a local folder
      }
      let root = fsPath;
      try {
        root = realpathSync(fsPath);
      } catch {
        // A folder that does not exist (yet): nothing to read in it.
      }
      const name = basename(fsPath) || 'folder';
      const taken = this.folders.filter((f) => f.name === name || f.name.startsWith(`${name}~`)).length;
      this.folders.push({ uri, fsPath, root, name: taken ? `${name}~${taken + 1}` : name, protocolsPath: protocolsPathOf(uri) || DEFAULT_PROTOCOLS_PATH });
    }
    for (const folder of this.folders) {
      const fsPath = resolve(folder.fsPath, folder.protocolsPath);
      let root: string;
      try {
        root = realpathSync(fsPath);
        if (!statSync(root).isDirectory()) throw new Error('not a folder');
      } catch {
        this.missingProtocolsPaths.push({ folder: folder.uri, protocolsPath: folder.protocolsPath });
        continue;
      }
      // Inside a workspace folder it is read with the folder; outside, for its protocols.
      if (!this.isInside(root) && !this.protocolsRoots.some((r) => r.root === root)) this.protocolsRoots.push({ folder: folder.uri, fsPath, root });
    }
    this.pathByUri.clear();
    this.uriByPath.clear();
    for (const uri of open) this.pending.add(this.pathOf(uri));
  }

  /** Whether a real path lies inside one of the workspace folders. */
  isInside(real: string): boolean {
    return this.folders.some((f) => within(real, f.root));
  }

  /** Whether a real path lies inside a protocols folder outside the workspace folders. */
  private inProtocolsRoot(real: string): boolean {
    return this.protocolsRoots.some((r) => within(real, r.root));
  }

  /** Whether a file (`full`, real path `real`) may be read: a Reimage file in the folders, a protocol in an outside protocols folder. */
  private mayRead(full: string, real: string): boolean {
    return this.isInside(real) ? REIMAGE_FILE.test(full) : PROTOCOL_FILE.test(full) && this.inProtocolsRoot(real);
  }

  /** What the client should watch: the Reimage files of the workspace folders, the protocols of outside protocols folders. */
  watchPatterns(): WatchPattern[] {
    return [
      '**/*.{protocol,case}.{yaml,yml}',
      ...this.protocolsRoots.map((r) => ({ baseUri: pathToFileURL(r.fsPath).href, pattern: '**/*.protocol.{yaml,yml}' })),
    ];
  }

  /** Resolves once the folders have been read (at once when they have been). */
  whenIndexed(): Promise<void> {
    if (this.indexed) return Promise.resolve();
    return new Promise((resolve) => this.indexWaiters.push(resolve));
  }

  /** Whether the folders have been read and no watched-file change is still being read. */
  get settled(): boolean {
    return this.indexed && this.reading.size === 0;
  }

  /** Resolves once the folders have been read and every watched-file change so far is read. */
  async whenSettled(): Promise<void> {
    await this.whenIndexed();
    while (this.reading.size) await Promise.all([...this.reading]);
  }

  /** Marks the folders as read (also after a failed read: waiting requests then answer with what there is). */
  markIndexed(): void {
    this.indexed = true;
    const waiters = this.indexWaiters;
    this.indexWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * The core's name for a document: its path relative to its workspace folder (prefixed with
   * the folder's name when there are several), or the uri itself for anything else.
   */
  pathOf(uri: string): string {
    const known = this.pathByUri.get(uri);
    if (known !== undefined) return known;
    let path = uri;
    if (uri.startsWith('file:')) {
      let fsPath: string | null = null;
      try {
        fsPath = fileURLToPath(uri);
      } catch {
        fsPath = null;
      }
      const folder = fsPath ? this.folders.find((f) => !relative(f.fsPath, fsPath!).startsWith('..') && !isAbsoluteish(relative(f.fsPath, fsPath!))) : undefined;
      if (folder && fsPath) {
        const rel = relative(folder.fsPath, fsPath).split(sep).join('/');
        path = this.folders.length > 1 ? `${folder.name}/${rel}` : rel;
      } else if (fsPath) {
        path = fsPath;
      }
    }
    this.pathByUri.set(uri, path);
    // The first spelling of a file's uri names it; an open document's (the client's) wins, see changed().
    if (!this.uriByPath.has(path)) this.uriByPath.set(path, uri);
    return path;
  }

  uriOf(path: string): string {
    const known = this.uriByPath.get(path);
    if (known) return known;
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return path;
    const folder = this.folders[0];
    const absolute = folder ? resolve(folder.fsPath, path) : resolve(path);
    return pathToFileURL(absolute).href;
  }

  linesOf(path: string): LineIndex | null {
    return this.files.get(path)?.parsed.lineIndex ?? null;
  }

  // ---- reading the folders ---------------------------------------------------------------------

  /** Reads every Reimage file under the folders, yielding to requests between files. */
  async index(): Promise<void> {
    const generation = ++this.generation;
    const found: string[] = [];
    const seen = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      let real: string;
      try {
        real = await realpath(dir);
      } catch {
        return;
      }
      if (seen.has(real) || !(this.isInside(real) || this.inProtocolsRoot(real))) return;
      seen.add(real);
      let entries: Dirent[];
      try {
        entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch {
        return;
      }
      const wanted = this.isInside(real) ? REIMAGE_FILE : PROTOCOL_FILE;
      for (const entry of entries) {
        const name = entry.name;
        if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
        const full = resolve(dir, name);
        // Only a link needs a look at what it points to; the listing tells the rest.
        let isDir = entry.isDirectory();
        if (entry.isSymbolicLink()) {
          try {
            isDir = (await stat(full)).isDirectory();
          } catch {
            continue;
          }
        }
        if (isDir) await walk(full);
        else if (wanted.test(name)) found.push(full);
      }
    };
    for (const folder of this.folders) await walk(folder.fsPath);
    for (const root of this.protocolsRoots) await walk(root.fsPath);
    // The next files are read while one is analysed; requests are answered between files.
    let read = 0;
    const loads = found.slice(0, READ_AHEAD).map((full) => this.load(full));
    for (let i = 0; i < found.length; i++) {
      if (generation !== this.generation) return;
      const loaded = await loads[i];
      if (i + READ_AHEAD < found.length) loads.push(this.load(found[i + READ_AHEAD]));
      loads[i] = DONE;
      if (this.store(loaded)) read++;
      await new Promise((r) => setImmediate(r));
    }
    if (generation !== this.generation) return;
    this.unpublished = 'all';
    const outside = this.protocolsRoots.map((r) => r.fsPath);
    this.log(`indexed ${read} protocol and case files${outside.length ? ` (with the protocols of ${outside.join(', ')})` : ''}`);
    this.markIndexed();
  }

  /**
   * Compiles the schemas and runs the core a few times on typical text at start, so the first
   * document a user opens is analysed by optimised code (~100 ms of work, before anything opens).
   */
  warmUp(): void {
    const rules = Array.from({ length: 60 }, (_, i) => [
      `  - id: warm-up-${i}`,
      `    title: Warm-up rule ${i}`,
      `    when: { modality: ${['CT', 'MR', 'US'][i % 3]}, purpose: oncology }`,
      ...(i % 2 ? ['    require: { slice_thickness: <= 2.5mm, sequences: [T1, T2] }', '    otherwise: redo'] : ['    verdict: review']),
      `    because: A warm-up rule, ${i}.`,
    ].join('\n'));
    const protocol = `protocol: warm-up\nhospital:\n  sector: public\n  currency: USD\nvalidity:\n  active-oncology: { window: 4w..6w, beyond: redo }\nrules:\n${rules.join('\n')}\ntimelines:\n  CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }\n`;
    const studies = Array.from({ length: 20 }, (_, i) => `  - { id: s${i}, modality: CT, region: chest, date: 2026-03-01, slice_thickness: 1mm }`).join('\n');
    const kase = `case: warm-up\nprotocol: warm-up\non: 2026-04-10\npatient:\n  context: active-oncology\n  purpose: oncology\nstudies:\n${studies}\nexpect:\n  s0: accept\n`;
    for (let i = 0; i < 3; i++) {
      linkProject([analyzeFile({ path: 'warm-up.protocol.yaml', text: protocol }), analyzeFile({ path: 'warm-up.case.yaml', text: kase })]);
    }
  }

  /** Stops reading the folders (on shutdown); requests waiting for them answer. */
  stop(): void {
    this.generation++;
    this.markIndexed();
  }

  /** (Re)reads one file; false when it is outside the folders or gone. */
  private async readFromDisk(full: string): Promise<boolean> {
    return this.store(await this.load(full));
  }

  /**
   * One file's text as it is on disk, or its size when it is too large; `gone` when it is
   * outside the folders (after links are followed) or cannot be read.
   */
  private async load(full: string): Promise<Loaded> {
    const path = this.pathOf(pathToFileURL(full).href);
    try {
      const real = await realpath(full);
      if (!this.mayRead(full, real)) return { path, gone: true };
      const size = (await stat(real)).size;
      if (size > MAX_FILE_CHARS) return { path, size };
      return { path, text: withoutBom(await readFile(real, 'utf8')) };
    } catch {
      return { path, gone: true };
    }
  }

  /** Keeps what `load` read (an open document's own text wins); false when the file is gone. */
  private store(loaded: Loaded): boolean {
    const { path } = loaded;
    const uri = this.uriOf(path);
    if ('gone' in loaded) {
      this.removeDisk(path);
      return false;
    }
    if (this.documents.isOpen(uri)) this.setDisk({ path, uri, analyzed: null });
    else if ('size' in loaded) this.setDisk({ path, uri, analyzed: tooLarge(path, loaded.size) });
    else this.setDisk({ path, uri, analyzed: analyzeFile({ path, text: loaded.text }, DISK_ANALYSIS) });
    return true;
  }

  /** The same, synchronously (for a document that closes: its disk version is needed now). */
  private readFromDiskSync(uri: string): void {
    const path = this.pathOf(uri);
    try {
      const full = fileURLToPath(uri);
      const real = realpathSync(full);
      if (!this.mayRead(full, real)) return this.removeDisk(path);
      const size = statSync(real).size;
      if (size > MAX_FILE_CHARS) return this.setDisk({ path, uri, analyzed: tooLarge(path, size) });
      this.setDisk({ path, uri, analyzed: analyzeFile({ path, text: withoutBom(readFileSync(real, 'utf8')) }, DISK_ANALYSIS) });
    } catch {
      this.removeDisk(path);
    }
  }

  private setDisk(file: DiskFile): void {
    this.disk.set(file.path, file);
    this.pending.add(file.path);
  }

  private removeDisk(path: string): void {
    if (this.disk.delete(path)) this.pending.add(path);
  }

  // ---- events ------------------------------------------------------------------------------------

  /** An open document's text changed (or it was opened): its disk copy is shadowed. */
  changed(uri: string): void {
    const path = this.pathOf(uri);
    this.uriByPath.set(path, uri);
    const disk = this.disk.get(path);
    if (disk?.analyzed) {
      // Keep the disk analysis until the document's own replaces it (reused when texts match).
      this.shadowed.set(path, disk.analyzed);
      disk.analyzed = null;
    }
    this.pending.add(path);
  }

  /** A document closed: the file on disk (if it is a workspace file) takes its place again. */
  closed(uri: string): void {
    const path = this.pathOf(uri);
    this.shadowed.delete(path);
    if (this.disk.has(path) || (uri.startsWith('file:') && this.folders.length)) this.readFromDiskSync(uri);
    this.pending.add(path);
  }

  /** `workspace/didChangeWatchedFiles`: created, changed (1, 2) or deleted (3) files. */
  watched(changes: ReadonlyArray<{ uri: string; type: number }>): Promise<void> {
    const reading = this.readChanges(changes);
    const tracked = reading.catch(() => undefined).finally(() => this.reading.delete(tracked));
    this.reading.add(tracked);
    return reading;
  }

  private async readChanges(changes: ReadonlyArray<{ uri: string; type: number }>): Promise<void> {
    for (const change of changes) {
      if (!change.uri.startsWith('file:')) continue;
      let full: string;
      try {
        full = fileURLToPath(change.uri);
      } catch {
        continue;
      }
      if (!REIMAGE_FILE.test(full)) continue;
      const path = this.pathOf(change.uri);
      if (change.type === 3) {
        this.removeDisk(path);
        continue;
      }
      if (this.documents.isOpen(this.uriOf(path))) continue;
      await this.readFromDisk(full);
    }
  }

  // ---- the linked project -------------------------------------------------------------------------

  /** The current analysis of one file (open document or disk), without linking. */
  private resolveFile(path: string): AnalyzedFile | undefined {
    const uri = this.uriOf(path);
    if (this.documents.isOpen(uri)) return this.documents.analyzed(uri, path, this.shadowed.get(path));
    return this.disk.get(path)?.analyzed ?? undefined;
  }

  /** How many characters of open documents wait to be analysed (a reused disk analysis costs nothing). */
  pendingOpenChars(): number {
    let n = 0;
    for (const path of this.pending) {
      const uri = this.uriOf(path);
      const doc = this.documents.get(uri);
      if (!doc || this.documents.isFresh(uri)) continue;
      const text = doc.getText();
      if (this.shadowed.get(path)?.parsed.text !== text) n += text.length;
    }
    return n;
  }

  /** Whether a request would have to analyse or link first. */
  get stale(): boolean {
    return this.project === null || this.pending.size > 0;
  }

  /** The project with every change so far analysed and linked. */
  current(): Project {
    if (this.project && this.pending.size === 0) return this.project;
    const changed = new Map<string, { kind: AnalyzedFile['kind'] | undefined; signature: string; after: AnalyzedFile | undefined }>();
    for (const path of this.pending) {
      const uri = this.uriOf(path);
      const before = this.files.get(path);
      const kind = before?.kind;
      const signature = linkSignature(before);
      const reanalysed = this.documents.isOpen(uri) && !this.documents.isFresh(uri);
      if (reanalysed) {
        // The new analysis is made from the old one and consumes it (its Document is moved in
        // place): nothing may read the old one after this.
        this.files.delete(path);
        this.project?.files.delete(path);
      }
      const after = this.resolveFile(path);
      if (after) this.files.set(path, after);
      else this.files.delete(path);
      if (reanalysed || before !== after) changed.set(path, { kind, signature, after });
    }
    this.pending.clear();
    for (const path of changed.keys()) if (this.documents.isOpen(this.uriOf(path))) this.shadowed.delete(path);
    if (this.project && changed.size === 0) return this.project;
    const previous = this.project;
    if (!previous) return this.linkAll();

    const protocolTouched = [...changed.values()].some(({ kind, after }) => kind === 'protocol' || after?.kind === 'protocol');
    if (protocolTouched) {
      const same = [...changed.values()].every(({ signature, after }) => signature === linkSignature(after));
      if (!same) return this.linkAll();
    }
    // Relink the protocols, the changed files, and the cases whose findings point into them.
    const subset = new Map<string, AnalyzedFile>();
    for (const f of this.files.values()) if (f.kind === 'protocol') subset.set(f.path, f);
    for (const [path, { after }] of changed) if (after) subset.set(path, after);
    if (protocolTouched) {
      for (const [path, diagnostics] of previous.diagnostics) {
        if (subset.has(path)) continue;
        const pointsInto = diagnostics.some((d) => d.related?.some((r) => changed.has(r.file)) || d.fixes?.some((x) => x.edits.some((e) => e.file && changed.has(e.file))));
        const f = this.files.get(path);
        if (pointsInto && f) subset.set(path, f);
      }
    }
    const linked = linkProject([...subset.values()]);
    const diagnostics = new Map(previous.diagnostics);
    for (const path of changed.keys()) diagnostics.delete(path);
    for (const [path, list] of linked.diagnostics) diagnostics.set(path, list);
    this.project = { files: new Map(this.files), protocols: linked.protocols, diagnostics, broken: linked.broken };
    if (this.unpublished !== 'all') {
      for (const path of subset.keys()) this.unpublished.add(path);
      for (const path of changed.keys()) this.unpublished.add(path);
    }
    return this.project;
  }

  private linkAll(): Project {
    this.project = linkProject([...this.files.values()]);
    this.unpublished = 'all';
    return this.project;
  }

  /** The paths whose findings changed since the last call (and forgets them). */
  takeUnpublished(): Recomputed {
    const out = this.unpublished;
    this.unpublished = new Set();
    return out;
  }

  /** The linked project and the analysed file behind a document uri (null for an unknown uri). */
  target(uri: string): { project: Project; path: string; file: AnalyzedFile } | null {
    const path = this.pathOf(uri);
    if (this.documents.isOpen(uri)) this.pending.add(path);
    const project = this.current();
    const file = project.files.get(path);
    return file ? { project, path, file } : null;
  }

  /** Every path the workspace knows (disk files and open documents). */
  knownPaths(): string[] {
    return [...this.files.keys()];
  }

  /** Whether a path is a workspace file on disk (its findings are shown even when closed). */
  isDiskFile(path: string): boolean {
    return this.disk.has(path);
  }
}

function within(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

function isAbsoluteish(p: string): boolean {
  return /^([a-z]:)?[\\/]/i.test(p);
}
