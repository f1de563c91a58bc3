// Each benchmark owns one section of docs/performance.md, between `<!-- bench:NAME -->` and
// `<!-- /bench:NAME -->`: this replaces it (or appends it to the page, creating the page if absent).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const NEW_PAGE = '# Performance\n\nFigures written by the benchmarks in `bench/`; each section is replaced by the benchmark that owns it.\n';

export function writeDocSection(docPath, name, section) {
  const before = existsSync(docPath) ? readFileSync(docPath, 'utf8') : NEW_PAGE;
  const own = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
  writeFileSync(docPath, own.test(before) ? before.replace(own, () => section) : `${before.trimEnd()}\n\n${section}\n`);
}
