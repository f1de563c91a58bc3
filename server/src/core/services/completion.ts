// Completion in a protocol or case file: schema keys and values, units after a number, references
// to the project's protocols, contexts, rules and studies, and the schema's snippets. Works on
// text that does not parse (the place comes from yaml-cursor.ts); reads only what Project holds.
// Details and documentation are said in the reader's language (`say`), the schema's texts included.
import { catalogueFor, type Catalogue, type MessageKey } from '../i18n/catalogue';
import { formatDateIn } from '../i18n/dates';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale';
import type { Protocol } from '../model';
import type { AnalyzedFile, Project } from '../project';
import type { FileKind } from '../schema/validate-schema';
import { describeProtocol, describeValidity, ruleFacts } from './describe-model';
import { verdictWordIn } from './describe-value';
import { schemaIndex, where, type PathStep, type Schema, type SchemaIndex } from './schema-index';
import { snippetBlockText, snippetFlowText, yamlScalar } from './snippet-text';
import { caseProtocolOf, kindOfText, parentIdOf, protocolIdOf, ruleIdsOf, studyIdsOf, workspaceWords, type OpenList } from './workspace-words';
import { cursorContext, type CursorContext } from './yaml-cursor';

export interface CompletionItem {
  label: string;
  kind: 'key' | 'value' | 'unit' | 'snippet' | 'reference';
  /** Short, e.g. "modality", "protocol in protocols/x.protocol.yaml". */
  detail?: string;
  /** Markdown, from the schema's markdownDescription / markdownEnumDescriptions. */
  documentation?: string;
  /** May hold `${1:placeholder}` tab stops when `isSnippet`. */
  insertText: string;
  isSnippet: boolean;
  /** UTF-16 offsets of the text the item replaces (the word being typed). */
  range: { start: number; end: number };
  sortText?: string;
  filterText?: string;
}

interface UnitInfo {
  units: string[];
  /** For comparisons: the usual operator first. */
  comparison?: string[];
}

const UNIT_DEFS: Record<string, UnitInfo> = {
  length: { units: ['mm'] },
  lengthComparison: { units: ['mm'], comparison: ['<=', '<', '>=', '>'] },
  fieldStrength: { units: ['T'] },
  fieldStrengthComparison: { units: ['T'], comparison: ['>=', '>', '<=', '<'] },
  window: { units: ['d', 'w', 'mo', 'y'] },
  turnaround: { units: ['min', 'h', 'bd'] },
};

/** Each unit's name and what it means, as catalogue keys. */
const UNIT_DOCS: Record<string, [MessageKey, MessageKey]> = {
  mm: ['unit.mm', 'unit.mm.doc'],
  T: ['unit.T', 'unit.T.doc'],
  d: ['unit.d', 'unit.d.doc'],
  w: ['unit.w', 'unit.w.doc'],
  mo: ['unit.mo', 'unit.mo.doc'],
  y: ['unit.y', 'unit.y.doc'],
  min: ['unit.min', 'unit.min.doc'],
  h: ['unit.h', 'unit.h.doc'],
  bd: ['unit.bd', 'unit.bd.doc'],
};

const OPEN_LIST_DEFS: Record<string, OpenList> = { indication: 'indication', symptom: 'symptom', region: 'region', context: 'context' };

const WORKSPACE_WORDS: Record<OpenList, MessageKey> = {
  indication: 'completion.workspace-indication',
  symptom: 'completion.workspace-symptom',
  region: 'completion.workspace-region',
  context: 'completion.workspace-context',
};

/** Each shipped language in its own words: what a language key of a profile's text is offered as (the same in every reader's language). */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** Examples that are not worth offering as values (ids and dates are the author's own). */
const NO_EXAMPLES = new Set(['id', 'date', 'dateOrRange']);

/** More reference items than this are filtered by the typed text first. */
const MAX_REFERENCES = 500;

function pad(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

function sortKey(group: number, n: number): string {
  return `${group}${String(n).padStart(4, '0')}`;
}

/** Subsequence match, for trimming long reference lists by what is typed. */
function matches(word: string, typed: string): boolean {
  let j = 0;
  const w = word.toLowerCase();
  const t = typed.toLowerCase();
  for (let i = 0; i < w.length && j < t.length; i++) if (w[i] === t[j]) j++;
  return j === t.length;
}

class Completer {
  readonly index: SchemaIndex;
  readonly range: { start: number; end: number };
  readonly items: CompletionItem[] = [];
  private readonly labels = new Set<string>();

  constructor(
    readonly project: Project,
    readonly file: AnalyzedFile,
    readonly kind: FileKind,
    readonly ctx: CursorContext,
    readonly offset: number,
    readonly say: Catalogue,
  ) {
    this.index = schemaIndex(kind, say);
    this.range = { start: ctx.start, end: ctx.end };
  }

  /** A unit's name (`detail`) or what it means (`doc`). */
  private unitText(unit: string, part: 0 | 1): string | undefined {
    const keys = UNIT_DOCS[unit];
    return keys ? this.say.t(keys[part]) : undefined;
  }

  private add(item: Omit<CompletionItem, 'range'> & { range?: CompletionItem['range'] }): void {
    // A word offered as a reference and as a schema example is offered once (the reference).
    const id = item.kind === 'key' || item.kind === 'snippet' ? `${item.kind}:${item.label}` : `word:${item.label}`;
    if (this.labels.has(id)) return;
    this.labels.add(id);
    this.items.push({ ...item, range: item.range ?? this.range });
  }

  run(): CompletionItem[] {
    const ctx = this.ctx;
    if (ctx.role === 'value') this.valuePosition([...ctx.path, ctx.key ?? '']);
    else if (ctx.role === 'item') this.itemPosition();
    else this.keyPosition();
    return this.items;
  }

  // -- keys ---------------------------------------------------------------------------

  private keyPosition(): void {
    const ctx = this.ctx;
    const schemas = this.index.at(ctx.path);
    if (!ctx.flow && this.index.shape(schemas) === 'array') {
      this.newListEntry(schemas);
      return;
    }
    const snippetsFirst = ctx.presentKeys.length === 0;
    if (!ctx.hasColon) this.mapSnippets(ctx.path, schemas, ctx.presentKeys, ctx.column, false, snippetsFirst ? 0 : 8);
    this.keyReferences(ctx.path);
    this.keys(schemas, ctx.presentKeys, { column: ctx.column, flow: ctx.flow, hasColon: ctx.hasColon, asItem: false });
    if (this.index.defNames(schemas).includes('words')) this.languageKeys(ctx.presentKeys, ctx.hasColon, ctx.flow);
  }

  /** Inside a profile's text written per language (`because: { en: …, zh-CN: … }`): the languages not yet written. */
  private languageKeys(present: readonly string[], hasColon: boolean, flow: boolean): void {
    LOCALES.forEach((tag, i) => {
      if (present.includes(tag)) return;
      const key = yamlScalar(tag, flow ? 'flow-key' : 'block-key');
      this.add({
        label: tag,
        kind: 'key',
        detail: LANGUAGE_NAMES[tag],
        insertText: hasColon ? key : `${key}: `,
        isSnippet: false,
        sortText: sortKey(1, i),
      });
    });
  }

  /** Keys of the map at these schemas, minus those present. */
  private keys(schemas: Schema[], present: readonly string[], opts: { column: number; flow: boolean; hasColon: boolean; asItem: boolean }): void {
    const taken = new Set(present);
    for (const entry of this.index.keys(schemas)) {
      if (taken.has(entry.name)) continue;
      const valueSchemas = entry.schema ? [entry.schema] : [];
      const { text, snippet } = this.keyInsert(entry.name, valueSchemas, opts);
      this.add({
        label: entry.name,
        kind: 'key',
        detail: this.index.detail(valueSchemas),
        documentation: entry.enumDoc ?? this.index.doc(valueSchemas),
        insertText: text,
        isSnippet: snippet,
        sortText: sortKey(2, entry.order),
        ...(opts.asItem ? { filterText: entry.name } : {}),
      });
    }
  }

  /** `key: `, `key:\n    `, `key:\n  - `, `key: [$1]`, `key: { $1 }`. */
  private keyInsert(
    name: string,
    valueSchemas: Schema[],
    opts: { column: number; flow: boolean; hasColon: boolean; asItem: boolean },
  ): { text: string; snippet: boolean } {
    const key = yamlScalar(name, opts.flow ? 'flow-key' : 'block-key');
    if (opts.hasColon) return { text: key, snippet: false };
    const shape = this.index.shape(valueSchemas);
    const dash = opts.asItem ? '- ' : '';
    const column = opts.column + (opts.asItem ? 2 : 0);
    if (opts.flow) {
      if (shape === 'object') return { text: `${key}: { $1 }`, snippet: true };
      if (shape === 'array') return { text: `${key}: [$1]`, snippet: true };
      return { text: `${key}: `, snippet: false };
    }
    if (shape === 'object') return { text: `${dash}${key}:\n${pad(column + 2)}`, snippet: false };
    if (shape === 'array') {
      if (this.index.itemShape(valueSchemas) === 'object') return { text: `${dash}${key}:\n${pad(column + 2)}- `, snippet: false };
      return { text: `${dash}${key}: [$1]`, snippet: true };
    }
    return { text: `${dash}${key}: `, snippet: false };
  }

  /** Snippets of a map whose top-level keys are not yet written. */
  private mapSnippets(path: readonly PathStep[], schemas: Schema[], present: readonly string[], column: number, asItem: boolean, group: number): void {
    const taken = new Set(present);
    this.index.snippets(schemas).forEach((snip, i) => {
      const body = snip.body;
      if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).some((k) => taken.has(k))) return;
      const document = path.length === 0;
      const text = snippetBlockText(body, { column, asItem, document });
      const preview = snippetBlockText(body, { column: 0, asItem, document })
        .replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, '$1')
        .replace(/\$\d+/g, '');
      this.add({
        label: snip.label,
        kind: 'snippet',
        detail: snip.description,
        documentation: '```yaml\n' + preview + '\n```',
        insertText: text,
        isSnippet: true,
        sortText: sortKey(group, i),
        filterText: snip.label,
      });
    });
  }

  /** A new line in a block list: `- ` and an item (a snippet, a key of the item's map, or a value). */
  private newListEntry(listSchemas: Schema[]): void {
    const ctx = this.ctx;
    const itemPath = [...ctx.path, ctx.presentItems.length];
    const itemSchemas = listSchemas.flatMap((s) => this.index.child(s, 0));
    if (this.index.shape(itemSchemas) === 'object') {
      this.mapSnippets(itemPath, itemSchemas, [], ctx.column, true, 0);
      this.keys(itemSchemas, [], { column: ctx.column, flow: false, hasColon: false, asItem: true });
      return;
    }
    this.values(itemSchemas, itemPath, (v) => `- ${v}`);
  }

  /** Keys that name things of the project: a case's `expect` names its studies. */
  private keyReferences(path: readonly PathStep[]): void {
    if (this.kind !== 'case' || where(path) !== 'expect') return;
    const taken = new Set(this.ctx.presentKeys);
    const studies = this.file.case?.studies;
    studyIdsOf(this.file).forEach((id, i) => {
      if (taken.has(id)) return;
      const s = studies?.find((x) => x.id === id);
      this.add({
        label: id,
        kind: 'reference',
        detail: this.say.t('completion.study-in-case'),
        documentation: s
          ? this.say.t('completion.study-doc', {
              id,
              what: `${s.modality}${s.regions.length ? ` ${s.regions.join(', ')}` : ''}`,
              date: formatDateIn(s.date, this.say),
            })
          : undefined,
        insertText: this.ctx.hasColon ? id : `${id}: `,
        isSnippet: false,
        sortText: sortKey(1, i),
      });
    });
  }

  // -- list items -----------------------------------------------------------------------

  private itemPosition(): void {
    const ctx = this.ctx;
    const itemPath = [...ctx.path, ctx.index];
    const schemas = this.index.at(itemPath);
    if (this.index.shape(schemas) === 'object') {
      if (ctx.flow) return;
      this.mapSnippets(itemPath, schemas, ctx.presentKeys, ctx.column, false, ctx.presentKeys.length ? 8 : 0);
      this.keys(schemas, ctx.presentKeys, { column: ctx.column, flow: false, hasColon: false, asItem: false });
      return;
    }
    this.values(schemas, itemPath);
  }

  // -- values ---------------------------------------------------------------------------

  private valuePosition(valuePath: PathStep[]): void {
    const ctx = this.ctx;
    const schemas = this.index.at(valuePath);
    const shape = this.index.shape(schemas);
    const space = ctx.needsSpace ? ' ' : '';
    if (shape === 'object') {
      this.index.snippets(schemas).forEach((snip, i) => {
        const flow = snippetFlowText(snip.body);
        if (!flow) return;
        this.add({
          label: snip.label,
          kind: 'snippet',
          detail: snip.description,
          insertText: space + flow,
          isSnippet: true,
          sortText: sortKey(0, i),
          filterText: snip.label,
        });
      });
      if (!ctx.flow)
        this.add({
          label: '{ … }',
          kind: 'snippet',
          detail: this.say.t('completion.map-on-one-line'),
          insertText: `${space}{ $1 }`,
          isSnippet: true,
          sortText: sortKey(9, 0),
          filterText: '{',
        });
      return;
    }
    if (shape === 'array') {
      const itemSchemas = schemas.flatMap((s) => this.index.child(s, 0));
      if (this.index.shape(itemSchemas) === 'object') return;
      this.values(itemSchemas, [...valuePath, 0], (v) => `${space}[${v}]`);
      this.add({
        label: '[ … ]',
        kind: 'snippet',
        detail: this.say.t('completion.list-on-one-line'),
        insertText: `${space}[$1]`,
        isSnippet: true,
        sortText: sortKey(9, 0),
        filterText: '[',
      });
      return;
    }
    this.values(schemas, valuePath, (v) => space + v);
  }

  /** Values for a scalar: references, units after a number, enum values, booleans, examples, workspace words. */
  private values(schemas: Schema[], valuePath: readonly PathStep[], wrap: (v: string) => string = (v) => v): void {
    const ctx = this.ctx;
    const defs = this.index.defNames(schemas);
    const unitDef = defs.find((d) => UNIT_DEFS[d]);
    if (unitDef && this.units(unitDef, wrap)) return;
    // Where the project says which words are valid (a case's contexts), the schema's examples are not offered.
    const closed = this.references(valuePath, wrap);
    const taken = new Set(ctx.presentItems);
    const detail = this.index.detail(schemas);
    const keyDoc = this.index.doc(schemas);
    this.index.values(schemas).forEach((v, i) => {
      const label = String(v.value);
      if (taken.has(label)) return;
      if (v.source === 'example' && ((v.def && NO_EXAMPLES.has(v.def)) || closed)) return;
      this.add({
        label,
        kind: 'value',
        detail: v.title ? v.title.replace(/^(a|an) /, '') : detail,
        documentation: v.doc ?? (v.source === 'boolean' ? keyDoc : undefined),
        insertText: wrap(yamlScalar(v.value, ctx.flow)),
        isSnippet: false,
        sortText: sortKey(v.source === 'example' ? 4 : 2, i),
        filterText: label,
      });
    });
    for (const def of closed ? [] : defs) {
      const list = OPEN_LIST_DEFS[def];
      if (!list) continue;
      let i = 0;
      for (const [word, file] of workspaceWords(this.project, list)) {
        if (taken.has(word)) continue;
        this.add({
          label: word,
          kind: 'value',
          detail: this.say.t(WORKSPACE_WORDS[list]),
          documentation: this.say.t('completion.used-in', { file }),
          insertText: wrap(yamlScalar(word, ctx.flow)),
          isSnippet: false,
          sortText: sortKey(3, i++),
          filterText: word,
        });
      }
    }
  }

  /**
   * Units after a number (`2.5` → `mm`), or comparison-shaped values when the operator is
   * missing (`2.5` → `<= 2.5mm`). False when the typed text is not a number.
   */
  private units(def: string, wrap: (v: string) => string): boolean {
    const ctx = this.ctx;
    const info = UNIT_DEFS[def];
    const typed = ctx.quoted ? ctx.prefix.slice(1) : ctx.prefix;
    const m = /^((?:<=|>=|<|>)?)(\s*)((?:\d+(?:\.\d+)?[A-Za-z]*\.\.)?)(\d+(?:\.\d+)?)([A-Za-z]*)$/.exec(typed);
    if (!m) return false;
    const [, op, , , number, letters] = m;
    const text = this.file.parsed.text;
    let lettersEnd = this.offset;
    while (lettersEnd < text.length && /[A-Za-z]/.test(text[lettersEnd])) lettersEnd++;
    const unitRange = { start: this.offset - letters.length, end: lettersEnd };
    const before = ctx.prefix.slice(0, ctx.prefix.length - letters.length);
    if (info.comparison && (!op || (op.startsWith('>') && !ctx.quoted))) {
      const ops = op ? [op] : info.comparison;
      ops.forEach((o, i) => {
        for (const unit of info.units) {
          const label = `${o} ${number}${unit}`;
          this.add({
            label,
            kind: 'value',
            detail: this.unitText(unit, 0),
            documentation: o.startsWith('>') ? `${this.unitText(unit, 1) ?? ''}\n\n${this.say.t('completion.quote-greater')}` : this.unitText(unit, 1),
            insertText: wrap(yamlScalar(label, ctx.flow)),
            isSnippet: false,
            sortText: sortKey(1, i),
            filterText: op ? `${before}${unit}` : `${number}${unit}`,
          });
        }
      });
      return true;
    }
    info.units.forEach((unit, i) => {
      this.add({
        label: unit,
        kind: 'unit',
        detail: this.unitText(unit, 0),
        documentation: this.unitText(unit, 1),
        insertText: unit,
        isSnippet: false,
        range: unitRange,
        sortText: sortKey(1, i),
        filterText: unit,
      });
    });
    return true;
  }

  // -- references -----------------------------------------------------------------------

  /** References to things of the project; true when they are the only valid words here. */
  private references(valuePath: readonly PathStep[], wrap: (v: string) => string): boolean {
    const at = where(valuePath);
    if (this.kind === 'protocol') {
      if (at === 'extends') this.protocolIds(protocolIdOf(this.file), wrap);
      else if (at === 'rules/#/id') this.parentRuleIds(wrap);
      else if (at === 'rules/#/when/context' || at === 'rules/#/when/context/#') {
        const id = protocolIdOf(this.file);
        const p = (id && this.project.protocols.get(id)) || this.file.protocol;
        if (p) this.contexts(p, wrap, this.say.t('completion.context-of-this-protocol'));
      }
      return false;
    }
    if (at === 'protocol') {
      this.protocolIds(undefined, wrap);
    } else if (at === 'patient/context') {
      const id = caseProtocolOf(this.file);
      const p = id ? this.project.protocols.get(id) : undefined;
      if (p) {
        this.contexts(p, wrap, this.say.t('completion.context-of', { protocol: p.id }));
        return true;
      }
    }
    return false;
  }

  private protocolIds(own: string | undefined, wrap: (v: string) => string): void {
    let i = 0;
    for (const [id, p] of this.project.protocols) {
      if (own && (id === own || this.chainIncludes(p, own))) continue;
      this.add({
        label: id,
        kind: 'reference',
        detail: this.say.t('completion.protocol-in', { file: p.file }),
        documentation: describeProtocol(p, this.say),
        insertText: wrap(yamlScalar(id, this.ctx.flow)),
        isSnippet: false,
        sortText: sortKey(1, i++),
        filterText: id,
      });
    }
  }

  /** Whether `p` extends `id`, directly or through others (so `id` extending `p` would be a cycle). */
  private chainIncludes(p: Protocol, id: string): boolean {
    const seen = new Set<string>();
    for (let parent = p.extends?.value; parent && !seen.has(parent); parent = this.project.protocols.get(parent)?.extends?.value) {
      if (parent === id) return true;
      seen.add(parent);
    }
    return false;
  }

  private contexts(p: Protocol, wrap: (v: string) => string, detail: string): void {
    let i = 0;
    for (const [context, w] of p.validity) {
      this.add({
        label: context,
        kind: 'reference',
        detail: this.say.t('completion.context-detail', { context: detail, window: w.text, beyond: verdictWordIn(w.beyond, this.say) }),
        documentation: describeValidity(w, this.say),
        insertText: wrap(yamlScalar(context, this.ctx.flow)),
        isSnippet: false,
        sortText: sortKey(1, i++),
        filterText: context,
      });
    }
  }

  /** In a protocol that extends another, the parent's rule ids not yet written here. */
  private parentRuleIds(wrap: (v: string) => string): void {
    const parentId = parentIdOf(this.file);
    const parent = parentId ? this.project.protocols.get(parentId) : undefined;
    if (!parent) return;
    const written = ruleIdsOf(this.file);
    const typed = this.ctx.prefix;
    let rules = parent.rules.filter((r) => !written.has(r.id) || r.id === this.ctx.token);
    if (rules.length > MAX_REFERENCES) rules = rules.filter((r) => matches(r.id, typed)).slice(0, MAX_REFERENCES);
    rules.forEach((rule, i) => {
      this.add({
        label: rule.id,
        kind: 'reference',
        detail: this.say.t(rule.hard ? 'completion.hard-rule-in' : 'completion.rule-in', { protocol: rule.protocol }),
        documentation: [
          this.say.t('completion.rule-doc', { id: rule.id, protocol: rule.protocol }) + (rule.title ? ` — ${rule.title}` : ''),
          '',
          ...ruleFacts(rule, this.say),
          '',
          this.say.t('completion.rule-replaces'),
        ].join('\n'),
        insertText: wrap(yamlScalar(rule.id, this.ctx.flow)),
        isSnippet: false,
        sortText: sortKey(1, i),
        filterText: rule.id,
      });
    });
  }
}

/** Completion items at `offset` in the project file `path`. */
export function completeAt(project: Project, path: string, offset: number, say: Catalogue = catalogueFor(DEFAULT_LOCALE)): CompletionItem[] {
  const file = project.files.get(path);
  if (!file) return [];
  const text = file.parsed.text;
  const ctx = cursorContext(text, offset, file.parsed.doc);
  if (!ctx) return [];
  const kind = file.kind ?? kindOfText(text);
  if (kind) return new Completer(project, file, kind, ctx, offset, say).run();
  // An unnamed, empty file: offer both kinds of whole file.
  if (ctx.path.length || ctx.role !== 'key' || text.replace(/#.*$/gm, '').trim() !== ctx.token.trim()) return [];
  return (['protocol', 'case'] as const).flatMap((k) => {
    const c = new Completer(project, file, k, ctx, offset, say);
    c.run();
    return c.items.filter((i) => i.kind === 'snippet');
  });
}
