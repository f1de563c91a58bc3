// The workspace as the core sees it: every *.protocol.yaml and *.case.yaml under the workspace
// folders, plus the protocols of each folder's protocols folder (`reimage.protocolsPath`) when it
// lies outside the folder — as `reimage run --protocols` adds it. Read from disk at start and on
// watched-file events, never anywhere else; open documents override their files. Feeds the
// core's ProjectHost (which analyses and relinks what changed) and maps uris to its paths.
import { realpathSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  catalogueFor,
  DEFAULT_LOCALE,
  LineIndex,
  PROTOCOL_FILE,
  ProjectHost,
  REIMAGE_FILE,
  warmUp,
  type AnalyzedFile,
  type Catalogue,
  type HostFile,
  type Project,
  type Recomputed,
} from '../core';
import { findFiles, readSource, readSourceSync, type Read } from '../node/discovery';
import type { Documents } from './documents';
import type { Resolver } from './to-lsp';

/** The protocols folder when nothing says otherwise (as `reimage run`'s `--protocols`). */
export const DEFAULT_PROTOCOLS_PATH = 'protocols';

/** How many files the indexing reads ahead of the one it analyses (reads wait on the disk, not the CPU). */
const READ_AHEAD = 16;

type Loaded = { path: string; read: Read };

/** Stands for a read whose result was stored, so that its text can be let go. */
const DONE: Promise<Loaded> = Promise.resolve({ path: '', read: { problem: 'done' } });

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

export type { Recomputed };

export class Workspace implements Resolver {
  folders: Folder[] = [];
  /** Protocols folders outside the workspace folders, read for their protocols only. */
  protocolsRoots: ProtocolsRoot[] = [];
  /** Protocols folders a setting names that do not exist (as given, per folder uri). */
  missingProtocolsPaths: Array<{ folder: string; protocolsPath: string }> = [];
  /** True once the folders have been read (until then cross-file findings are held back). */
  indexed = false;
  /** The client's language (LSP `initialize` `locale`): what findings, runs and lenses are said in. */
  say: Catalogue = catalogueFor(DEFAULT_LOCALE);
  private indexWaiters: Array<() => void> = [];
  /** Watched-file events still being read from disk. */
  private reading: Set<Promise<void>> = new Set();
  /** Paths of the files read from disk (an open document may shadow one). */
  private readonly disk = new Set<string>();
  private readonly host = new ProjectHost();
  private readonly pathByUri = new Map<string, string>();
  private readonly uriByPath = new Map<string, string>();
  private generation = 0;
  /** Set once the folders are read: every finding is published again (they were held back till then). */
  private publishAll = false;

  constructor(
    readonly documents: Documents,
    private readonly log: (message: string) => void = () => {},
  ) {}

  // ---- folders, paths and uris ----------------------------------------------------------------

  /**
   * Sets the workspace folders and each one's protocols folder (`protocolsPathOf(folder uri)`,
   * relative to the folder). Everything is read again: call index() next.
   */
  setFolders(uris: readonly string[], protocolsPathOf: (folderUri: string) => string = () => DEFAULT_PROTOCOLS_PATH): void {
    // Paths are relative to the folders: everything known is read again under its new name.
    const open = this.documents.all().map((d) => d.uri);
    this.disk.clear();
    this.host.clear();
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
    for (const uri of open) this.changed(uri);
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
      const folder = fsPath ? this.folders.find((f) => !relative(f.fsPath, fsPath).startsWith('..') && !isAbsoluteish(relative(f.fsPath, fsPath))) : undefined;
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
    return this.host.file(path)?.parsed.lineIndex ?? null;
  }

  // ---- reading the folders ---------------------------------------------------------------------

  /** Reads every Reimage file under the folders, yielding to requests between files. */
  async index(): Promise<void> {
    const generation = ++this.generation;
    const seen = new Set<string>();
    const options = {
      seen,
      mayEnter: (real: string) => this.isInside(real) || this.inProtocolsRoot(real),
      patternIn: (real: string) => (this.isInside(real) ? REIMAGE_FILE : PROTOCOL_FILE),
    };
    const found = [...this.folders.map((f) => f.fsPath), ...this.protocolsRoots.map((r) => r.fsPath)].flatMap((dir) => findFiles(dir, options));
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
    this.publishAll = true;
    const outside = this.protocolsRoots.map((r) => r.fsPath);
    this.log(`indexed ${read} protocol and case files${outside.length ? ` (with the protocols of ${outside.join(', ')})` : ''}`);
    this.markIndexed();
  }

  /** Gets the core's code optimised before the first document opens (see the core's warmUp). */
  warmUp(): void {
    warmUp();
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

  /** One file as it is on disk (node/discovery.ts); a problem when it is outside the folders or cannot be read. */
  private async load(full: string): Promise<Loaded> {
    const path = this.pathOf(pathToFileURL(full).href);
    return { path, read: await readSource(full, path, (real) => this.mayRead(full, real)) };
  }

  /** Keeps what `load` read (an open document's own text wins); false when the file is gone. */
  private store({ path, read }: Loaded): boolean {
    if ('problem' in read) {
      this.removeDisk(path);
      return false;
    }
    this.setDisk(read.source);
    return true;
  }

  /** The same, synchronously (for a document that closes: its disk version is needed now). */
  private readFromDiskSync(uri: string): void {
    const path = this.pathOf(uri);
    let full: string;
    try {
      full = fileURLToPath(uri);
    } catch {
      return this.removeDisk(path);
    }
    this.store({ path, read: readSourceSync(full, path, (real) => this.mayRead(full, real)) });
  }

  /** A file as it is on disk; an open document's own text wins while it is open. */
  private setDisk(file: HostFile): void {
    this.disk.add(file.path);
    if (!this.documents.isOpen(this.uriOf(file.path))) this.host.setFile(file);
  }

  private removeDisk(path: string): void {
    this.disk.delete(path);
    if (!this.documents.isOpen(this.uriOf(path))) this.host.removeFile(path);
  }

  // ---- events ------------------------------------------------------------------------------------

  /** An open document's text changed (or it was opened): its disk copy is shadowed. */
  changed(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const path = this.pathOf(uri);
    this.uriByPath.set(path, uri);
    this.host.setFile({ path, text: doc.getText(), open: true });
  }

  /** A document closed: the file on disk (if it is a workspace file) takes its place again. */
  closed(uri: string): void {
    const path = this.pathOf(uri);
    if (this.disk.has(path) || (uri.startsWith('file:') && this.folders.length)) this.readFromDiskSync(uri);
    if (!this.disk.has(path)) this.host.removeFile(path);
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

  /** Whether a request would have to analyse or link first. */
  get stale(): boolean {
    return this.host.stale;
  }

  /** The project with every change so far analysed and linked. */
  current(): Project {
    return this.host.project();
  }

  /** The paths whose findings changed since the last call (and forgets them). */
  takeUnpublished(): Recomputed {
    const recomputed = this.host.takeRecomputed();
    if (!this.publishAll) return recomputed;
    this.publishAll = false;
    return 'all';
  }

  /** The linked project and the analysed file behind a document uri (null for an unknown uri). */
  target(uri: string): { project: Project; path: string; file: AnalyzedFile } | null {
    const path = this.pathOf(uri);
    const project = this.current();
    const file = project.files.get(path);
    return file ? { project, path, file } : null;
  }

  /** Every path the workspace knows (disk files and open documents). */
  knownPaths(): string[] {
    return this.host.paths();
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
