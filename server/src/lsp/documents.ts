// The open documents: their text as the editor has it, and the core's analysis of each,
// computed at most once per document version (habit 2: parse once per version). An open
// document overrides the same file on disk.
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeFile, keepsTree, type AnalyzedFile } from '../core';

interface Cached {
  version: number;
  analyzed: AnalyzedFile;
}

export class Documents {
  readonly docs = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, Cached>();

  listen(connection: Connection): void {
    this.docs.listen(connection);
    this.docs.onDidClose((e) => this.cache.delete(e.document.uri));
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return this.docs.all();
  }

  isOpen(uri: string): boolean {
    return this.docs.get(uri) !== undefined;
  }

  /**
   * The analysis of the open document's current version (`reuse` when its text is the same and
   * it kept its tree: a disk file's case analysis lets it go, an open document needs it).
   */
  analyzed(uri: string, path: string, reuse?: AnalyzedFile): AnalyzedFile | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === doc.version && cached.analyzed.path === path) return cached.analyzed;
    // The old version's analysis is never needed again: the new one is made from it (only the
    // list items an edit touched are read again) and the old one is let go. A large protocol's
    // rules keep no tree once read (`ruleTrees: false`): the tree was most of the server's memory.
    this.cache.delete(uri);
    const text = doc.getText();
    const analyzed = reuse && reuse.path === path && reuse.parsed.text === text && keepsTree(reuse) ? reuse : analyzeFile({ path, text }, { previous: cached?.analyzed, ruleTrees: false });
    this.cache.set(uri, { version: doc.version, analyzed });
    return analyzed;
  }

  /** Whether the analysis of this version is already cached (then reading it costs nothing). */
  isFresh(uri: string): boolean {
    const doc = this.docs.get(uri);
    return !!doc && this.cache.get(uri)?.version === doc.version;
  }
}
