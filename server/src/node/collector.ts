// V8's full collector, for the long-running work of both shells: the language server between
// edits of large documents, `reimage run` between cases. V8 otherwise lets garbage grow the heap
// for as long as memory allows, so a run's peak would grow with its number of cases.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Turns on `globalThis.gc` and returns it; null where the runtime does not let flags change after start. */
export function fullCollector(): (() => void) | null {
  const holder = globalThis as { gc?: () => void };
  try {
    if (typeof holder.gc !== 'function') {
      setFlagsFromString('--expose-gc');
      holder.gc = runInNewContext('gc') as () => void;
    }
  } catch {
    return null;
  }
  return typeof holder.gc === 'function' ? holder.gc : null;
}
