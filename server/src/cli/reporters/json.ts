// `run --json`: the run result as one JSON object (the contract in docs/language.md), written case
// by case as the run goes — the same text as JSON.stringify(result, null, 2), without holding it.
import type { CaseResult } from '../../core';

export interface JsonStream {
  add(c: CaseResult): void;
  end(): void;
}

export function jsonStream(out: (text: string) => void): JsonStream {
  let count = 0;
  return {
    add(c) {
      // Each case sits two levels deep: `{ "cases": [ <here> ] }`.
      out(`${count++ ? ',\n' : '{\n  "cases": [\n'}${JSON.stringify(c, null, 2).replace(/^/gm, '    ')}`);
    },
    end() {
      out(count ? '\n  ]\n}\n' : '{\n  "cases": []\n}\n');
    },
  };
}
