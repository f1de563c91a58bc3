// What the project's files already say: open-list words used anywhere (indications, symptoms,
// regions, contexts), and per file its protocol id, parent, study and rule ids — from the models,
// else the plain data, else the text; per-file results are cached by file identity.
import type { AnalyzedFile, Project } from '../project';
import type { FileKind } from '../schema/validate-schema';

export type OpenList = 'indication' | 'symptom' | 'region' | 'context';

const OPEN_LISTS: readonly OpenList[] = ['indication', 'symptom', 'region', 'context'];

type Words = Record<OpenList, Set<string>>;

const cache = new WeakMap<AnalyzedFile, Words>();

const KEY_TO_LIST: Record<string, OpenList> = {
  indication: 'indication',
  indications: 'indication',
  symptom: 'symptom',
  symptoms: 'symptom',
  region: 'region',
  context: 'context',
};

function emptyWords(): Words {
  return { indication: new Set(), symptom: new Set(), region: new Set(), context: new Set() };
}

function addAll(set: Set<string>, values: Iterable<unknown> | undefined): void {
  if (!values) return;
  for (const v of values) if (typeof v === 'string' && v) set.add(v);
}

/** Words of plain data, for a file whose model did not build. */
function walk(value: unknown, words: Words, depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, words, depth + 1);
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const list = KEY_TO_LIST[k];
    if (list) addAll(words[list], Array.isArray(v) ? v : [v]);
    if (depth === 0 && k === 'validity' && v && typeof v === 'object' && !Array.isArray(v)) addAll(words.context, Object.keys(v));
    walk(v, words, depth + 1);
  }
}

function fileWords(file: AnalyzedFile): Words {
  let words = cache.get(file);
  if (words) return words;
  words = emptyWords();
  if (file.protocol) {
    const p = file.protocol;
    addAll(words.context, p.validity.keys());
    for (const rule of p.rules) {
      for (const list of OPEN_LISTS) addAll(words[list], rule.when[list]);
      if (rule.order?.region) words.region.add(rule.order.region);
    }
  } else if (file.case) {
    const c = file.case;
    if (c.patient.context) words.context.add(c.patient.context);
    addAll(words.indication, c.patient.indications);
    addAll(words.symptom, c.patient.symptoms);
    for (const s of c.studies) for (const region of s.regions) words.region.add(region);
    for (const o of c.expect?.orders?.value ?? []) if (o.region) words.region.add(o.region);
  } else {
    walk(file.parsed.value, words, 0);
  }
  cache.set(file, words);
  return words;
}

/** Every word of an open list used in the project, with the first file it appears in. */
export function workspaceWords(project: Project, list: OpenList): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of project.files.values()) {
    for (const w of fileWords(file)[list]) if (!out.has(w)) out.set(w, file.path);
  }
  return out;
}

function rootValue(file: AnalyzedFile): Record<string, unknown> | null {
  const v = file.parsed.value;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** A top-level `key: value` read from the text, for files that did not parse. */
function rootScalarFromText(text: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*(["']?)([A-Za-z0-9][A-Za-z0-9_-]*)\\1[ \\t]*(?:#.*)?\\r?$`, 'm').exec(text.slice(0, 200_000));
  return m?.[2];
}

function rootString(file: AnalyzedFile, key: string): string | undefined {
  const v = rootValue(file)?.[key];
  if (typeof v === 'string') return v;
  return rootScalarFromText(file.parsed.text, key);
}

/** The id a protocol file declares. */
export function protocolIdOf(file: AnalyzedFile): string | undefined {
  return file.protocol?.id ?? rootString(file, 'protocol');
}

/** The parent a protocol file extends. */
export function parentIdOf(file: AnalyzedFile): string | undefined {
  return file.protocol ? file.protocol.extends?.value : rootString(file, 'extends');
}

/** The protocol a case file is evaluated against. */
export function caseProtocolOf(file: AnalyzedFile): string | undefined {
  return file.case?.protocol.value ?? rootString(file, 'protocol');
}

/** Study ids written in a case file. */
export function studyIdsOf(file: AnalyzedFile): string[] {
  if (file.case) return file.case.studies.map((s) => s.id);
  const studies = rootValue(file)?.studies;
  if (Array.isArray(studies)) {
    return studies
      .map((s) => (s && typeof s === 'object' ? (s as Record<string, unknown>).id : undefined))
      .filter((id): id is string => typeof id === 'string');
  }
  return [...file.parsed.text.matchAll(/^[ \t]*-[ \t]+id:[ \t]*([A-Za-z0-9][A-Za-z0-9_-]*)/gm)].map((m) => m[1]);
}

/** Rule ids written in a protocol file itself (not inherited). */
const ruleIdCache = new WeakMap<AnalyzedFile, Set<string>>();

export function ruleIdsOf(file: AnalyzedFile): Set<string> {
  let ids = ruleIdCache.get(file);
  if (!ids) {
    ids = readRuleIds(file);
    ruleIdCache.set(file, ids);
  }
  return ids;
}

function readRuleIds(file: AnalyzedFile): Set<string> {
  if (file.protocol) return new Set(file.protocol.rules.map((r) => r.id));
  const rules = rootValue(file)?.rules;
  if (Array.isArray(rules)) {
    return new Set(
      rules.map((r) => (r && typeof r === 'object' ? (r as Record<string, unknown>).id : undefined)).filter((id): id is string => typeof id === 'string'),
    );
  }
  return new Set([...file.parsed.text.matchAll(/^[ \t]*-[ \t]+id:[ \t]*([A-Za-z0-9][A-Za-z0-9_-]*)/gm)].map((m) => m[1]));
}

/** The kind of a file that is named neither *.protocol.yaml nor *.case.yaml, from its first keys. */
export function kindOfText(text: string): FileKind | null {
  const m = /^(case|protocol):/m.exec(text.slice(0, 200_000));
  return m ? (m[1] as FileKind) : null;
}
