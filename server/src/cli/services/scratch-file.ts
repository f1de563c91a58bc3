// A temporary file that no end of the process can leave behind where the OS allows it: it is
// unlinked, with its folder, as soon as it is open, and read back through its descriptor. Where
// an open file cannot be unlinked (Windows), `close` removes it; a kill there still leaves it.
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class ScratchFile {
  private readonly fd: number;
  /** What is still on disk: the folder (with the file) when the OS refused to unlink them while open. */
  private leftover: string | null;
  private open = true;

  /** `prefix`: the start of the folder's name in the OS's temporary folder. */
  constructor(prefix: string) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const path = join(dir, 'scratch');
    this.leftover = dir;
    try {
      // Only this user may read it while it has a name (mkdtemp's folder is 0700 too).
      this.fd = openSync(path, 'wx+', 0o600);
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    try {
      unlinkSync(path);
      rmdirSync(dir);
      this.leftover = null;
    } catch {
      // EPERM or EBUSY: Windows keeps an open file's name (and so its folder) until it is closed.
    }
  }

  write(text: string): void {
    writeSync(this.fd, text);
  }

  /** Copies everything written so far to the open file `out`, `chunk` at a time. */
  copyTo(out: number, chunk: Buffer): void {
    // Positional reads: the descriptor is the only way back to a file without a name, and its
    // own position stays at the end for what is written next.
    for (let at = 0; ;) {
      const n = readSync(this.fd, chunk, 0, chunk.length, at);
      if (n === 0) return;
      writeSync(out, chunk, 0, n);
      at += n;
    }
  }

  /** Closes the file and removes whatever is left of it; a second call does nothing. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    try {
      closeSync(this.fd);
    } finally {
      if (this.leftover) rmSync(this.leftover, { recursive: true, force: true });
    }
  }
}
