// Expected diagnostics written inside fixture files, under the line they point at, with words
// the message must hold after a colon:
//   slice_thickness: 5 cm
//   #                  ^^ unit-mismatch: expected a length in mm
// `@COL-COL code` (1-based, end exclusive) annotates a range that starts in column 1,
// where a caret cannot go. Annotations are YAML comments, so fixtures stay valid files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CARETS = /^(\s*#\s*)(\^+)\s+([a-z-]+)(?::\s*(.*\S))?\s*$/;
const COLUMNS = /^\s*#\s*@(\d+)-(\d+)\s+([a-z-]+)(?::\s*(.*\S))?\s*$/;

/**
 * Expected `{line, start, end, code, words}` (0-based line, 0-based columns) of a fixture text;
 * `words` is what the message must contain (null when the annotation gives none).
 */
export function expectedDiagnostics(text) {
  const lines = text.split('\n');
  const out = [];
  let target = -1;
  lines.forEach((line, i) => {
    const carets = CARETS.exec(line);
    const columns = COLUMNS.exec(line);
    if (carets && target >= 0) {
      const start = carets[1].length;
      out.push({ line: target, start, end: start + carets[2].length, code: carets[3], words: carets[4] ?? null });
    } else if (columns && target >= 0) {
      out.push({ line: target, start: Number(columns[1]) - 1, end: Number(columns[2]) - 1, code: columns[3], words: columns[4] ?? null });
    } else {
      target = i;
    }
  });
  return out;
}

/** The same place for actual diagnostics, with their message: a range spanning lines is cut at its first line's end. */
export function actualDiagnostics(text, diagnostics, lineIndex) {
  const lines = text.split('\n');
  return diagnostics.map((d) => {
    const start = lineIndex.position(d.range.start);
    const end = lineIndex.position(d.range.end);
    const endColumn = end.line === start.line ? end.character : lines[start.line].length;
    return { line: start.line, start: start.character, end: endColumn, code: d.code, message: d.message };
  });
}

export function sortDiagnostics(list) {
  return [...list].sort((a, b) => a.line - b.line || a.start - b.start || a.code.localeCompare(b.code));
}

/** Every fixture project under `dir`: one folder each, its *.yaml files as sources. */
export function fixtureProjects(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({
      name: e.name,
      files: readdirSync(join(dir, e.name))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => ({ path: join(dir, e.name, f), text: readFileSync(join(dir, e.name, f), 'utf8') })),
    }));
}
