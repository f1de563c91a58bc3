// The open documents: their text as the editor has it. An open document overrides the same file
// on disk; the workspace hands each new text to the core's project host, which analyses it at
// most once per version (habit 2: parse once per version).
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export class Documents {
  readonly docs = new TextDocuments(TextDocument);

  listen(connection: Connection): void {
    this.docs.listen(connection);
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
}
