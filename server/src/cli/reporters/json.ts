// `run --json`: the run result as one JSON object (the contract in docs/language.md).
import type { RunResult } from '../../core';

export function renderJson(result: RunResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
