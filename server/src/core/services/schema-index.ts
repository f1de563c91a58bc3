// Lookups into the JSON Schemas (schemas/, the single source of truth) for editor services:
// which schemas apply at a path of keys and list items, the keys of a map, the values of an
// enum, the docs and snippets. Derived once per schema and reader's language; lookups by path are
// memoised. The schema's texts are English; other languages take them from the table keyed by
// their place (schema/schema-words.ts).
import { catalogueFor, type Catalogue } from '../i18n/catalogue';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { schemaTextOf } from '../schema/schema-words';
import { SCHEMAS, type FileKind } from '../schema/validate-schema';

export type PathStep = string | number;

/** The position of a path in the schema, list indices as `#`: `rules/#/when/context`. */
export function where(path: readonly PathStep[]): string {
  return path.map((p) => (typeof p === 'number' ? '#' : p)).join('/');
}

/** A schema object as written in the file (boolean schemas are dropped on the way). */
export type Schema = Record<string, unknown>;

/** One alternative a value may take: a schema with no `$ref`/`anyOf`/`oneOf` left, and its `$defs` name. */
export interface Alternative {
  schema: Schema;
  def?: string;
}

export interface KeyEntry {
  name: string;
  /** The property schema as written (its own docs beside the `$ref`). */
  schema: Schema | null;
  /** For keys that come from `propertyNames` enums: the enum's description of the key. */
  enumDoc?: string;
  /** Position in the schema, for sorting. */
  order: number;
}

export interface ValueEntry {
  value: string | boolean | number;
  doc?: string;
  def?: string;
  title?: string;
  source: 'enum' | 'boolean' | 'example';
}

export interface SnippetEntry {
  label: string;
  description?: string;
  body: unknown;
}

function isSchema(s: unknown): s is Schema {
  return typeof s === 'object' && s !== null && !Array.isArray(s);
}

export class SchemaIndex {
  private readonly defTable: Record<string, Schema>;
  private readonly atMemo = new Map<string, Schema[]>();
  private readonly altMemo = new WeakMap<Schema, Alternative[]>();

  /** `root` is the schema of `kind` files (`SCHEMAS[kind]`): its texts are looked up by their place in it. */
  constructor(
    readonly root: Schema,
    readonly kind: FileKind,
    readonly say: Catalogue = catalogueFor(DEFAULT_LOCALE),
  ) {
    this.defTable = (isSchema(root.$defs) ? root.$defs : {}) as Record<string, Schema>;
  }

  /** A text of a schema object (`title`, `description`, …, or `markdownEnumDescriptions/2`) in the reader's language. */
  private text(owner: object, keyword: string, english: unknown): string | undefined {
    return typeof english === 'string' ? schemaTextOf(this.kind, owner, keyword, english, this.say.locale) : undefined;
  }

  /** The alternatives of a schema: `$ref`s followed, `anyOf`/`oneOf` branches spread out. */
  alternatives(schema: Schema): Alternative[] {
    const memo = this.altMemo.get(schema);
    if (memo) return memo;
    const out: Alternative[] = [];
    this.collect(schema, undefined, out, 0);
    this.altMemo.set(schema, out);
    return out;
  }

  private collect(schema: Schema, def: string | undefined, out: Alternative[], depth: number): void {
    if (depth > 16) return;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace(/^#\/\$defs\//, '');
      const target = this.defTable[name];
      if (target) this.collect(target, name, out, depth + 1);
      return;
    }
    const branches = [schema.anyOf, schema.oneOf].filter(Array.isArray).flat().filter(isSchema);
    for (const b of branches) this.collect(b, typeof b.$ref === 'string' ? undefined : def, out, depth + 1);
    // A schema with branches may still carry its own shape (a rule's properties beside oneOf).
    if (!branches.length || schema.properties || schema.type || schema.enum || schema.examples) out.push({ schema, def });
  }

  /** The schemas (as written, docs kept) that apply at `path` from the root. */
  at(path: readonly PathStep[]): Schema[] {
    const memoKey = path.map((p) => (typeof p === 'number' ? '\u0001' : p)).join('\u0000');
    const memo = this.atMemo.get(memoKey);
    if (memo) return memo;
    let current: Schema[] = [this.root];
    for (const step of path) current = current.flatMap((s) => this.child(s, step));
    if (this.atMemo.size > 2000) this.atMemo.clear();
    this.atMemo.set(memoKey, current);
    return current;
  }

  child(schema: Schema, step: PathStep): Schema[] {
    const out: Schema[] = [];
    for (const { schema: alt } of this.alternatives(schema)) {
      if (typeof step === 'number') {
        if (isSchema(alt.items)) out.push(alt.items);
        continue;
      }
      const props = isSchema(alt.properties) ? alt.properties : undefined;
      const own = props?.[step];
      if (isSchema(own)) out.push(own);
      else if (own === undefined && isSchema(alt.additionalProperties)) out.push(alt.additionalProperties);
    }
    return out;
  }

  /** Keys a map at these schemas may hold, in schema order (properties, then propertyNames enums). */
  keys(schemas: readonly Schema[]): KeyEntry[] {
    const seen = new Map<string, KeyEntry>();
    let order = 0;
    for (const s of schemas) {
      for (const { schema: alt } of this.alternatives(s)) {
        if (isSchema(alt.properties)) {
          for (const [name, prop] of Object.entries(alt.properties)) {
            if (!isSchema(prop) || seen.has(name)) continue;
            seen.set(name, { name, schema: prop, order: order++ });
          }
        }
        if (isSchema(alt.propertyNames)) {
          const valueSchema = isSchema(alt.additionalProperties) ? alt.additionalProperties : null;
          for (const v of this.values([alt.propertyNames])) {
            if (v.source !== 'enum' || typeof v.value !== 'string' || seen.has(v.value)) continue;
            seen.set(v.value, { name: v.value, schema: valueSchema, enumDoc: v.doc, order: order++ });
          }
        }
      }
    }
    return [...seen.values()];
  }

  /** Enum values, booleans and examples of the scalar alternatives at these schemas. */
  values(schemas: readonly Schema[]): ValueEntry[] {
    const out: ValueEntry[] = [];
    const seen = new Set<string>();
    const add = (e: ValueEntry) => {
      const k = String(e.value);
      if (seen.has(k)) return;
      seen.add(k);
      out.push(e);
    };
    for (const s of schemas) {
      for (const { schema: alt, def } of this.alternatives(s)) {
        const title = this.text(alt, 'title', alt.title);
        if (Array.isArray(alt.enum)) {
          const docs: unknown[] = Array.isArray(alt.markdownEnumDescriptions) ? alt.markdownEnumDescriptions : [];
          alt.enum.forEach((v, i) => {
            if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') {
              add({ value: v, doc: this.text(docs, String(i), docs[i]), def, title, source: 'enum' });
            }
          });
        } else if (alt.type === 'boolean') {
          add({ value: true, def, title, source: 'boolean' });
          add({ value: false, def, title, source: 'boolean' });
        }
      }
    }
    for (const s of schemas) {
      for (const { schema: alt, def } of this.alternatives(s)) {
        if (Array.isArray(alt.enum) || !Array.isArray(alt.examples)) continue;
        for (const v of alt.examples) {
          if (typeof v === 'string' || typeof v === 'number') add({ value: v, def, title: this.text(alt, 'title', alt.title), source: 'example' });
        }
      }
    }
    return out;
  }

  /** `$defs` names of the alternatives (e.g. `lengthComparison`, `modality`). */
  defNames(schemas: readonly Schema[]): string[] {
    return [...new Set(schemas.flatMap((s) => this.alternatives(s).map((a) => a.def)).filter((d): d is string => !!d))];
  }

  /** What a value at these schemas looks like: a map, a list, or a scalar (a scalar-or-list counts as scalar). */
  shape(schemas: readonly Schema[]): 'object' | 'array' | 'scalar' | 'unknown' {
    const alts = schemas.flatMap((s) => this.alternatives(s));
    if (!alts.length) return 'unknown';
    if (alts.some((a) => a.schema.type === 'object' || isSchema(a.schema.properties))) return 'object';
    const arrays = alts.filter((a) => a.schema.type === 'array');
    if (arrays.length === alts.length) return 'array';
    return 'scalar';
  }

  /** Whether the list items at these schemas are maps. */
  itemShape(schemas: readonly Schema[]): 'object' | 'array' | 'scalar' | 'unknown' {
    return this.shape(schemas.flatMap((s) => this.child(s, 0)));
  }

  /** The markdown description of a schema as written, else of what it refers to. */
  doc(schemas: readonly Schema[]): string | undefined {
    for (const s of schemas) {
      if (typeof s.markdownDescription === 'string') return this.text(s, 'markdownDescription', s.markdownDescription);
      if (typeof s.description === 'string') return this.text(s, 'description', s.description);
    }
    for (const s of schemas) {
      for (const { schema: alt } of this.alternatives(s)) {
        if (typeof alt.markdownDescription === 'string') return this.text(alt, 'markdownDescription', alt.markdownDescription);
      }
    }
    return undefined;
  }

  /** A short noun for the value kind: "modality", "length comparison", "list of MR sequences". */
  detail(schemas: readonly Schema[]): string | undefined {
    const alts = schemas.flatMap((s) => this.alternatives(s));
    for (const { schema: alt } of alts) {
      if (typeof alt.title === 'string' && alt.type !== 'array') return stripArticle(this.text(alt, 'title', alt.title)!);
    }
    for (const { schema: alt } of alts) {
      if (alt.type === 'array') {
        const item = isSchema(alt.items) ? this.detail([alt.items]) : undefined;
        return item ? this.say.t('schema.detail.list-of', { item }) : this.say.t('schema.detail.list');
      }
      if (alt.type === 'boolean') return this.say.t('type.boolean');
      if (alt.type === 'string') return Array.isArray(alt.enum) ? alt.enum.join(' | ') : this.say.t('type.text');
      if (Array.isArray(alt.enum)) return alt.enum.map(String).join(' | ');
    }
    return undefined;
  }

  /** `defaultSnippets` of the alternatives at these schemas. */
  snippets(schemas: readonly Schema[]): SnippetEntry[] {
    const out: SnippetEntry[] = [];
    const seen = new Set<string>();
    for (const s of schemas) {
      for (const { schema: alt } of this.alternatives(s)) {
        if (!Array.isArray(alt.defaultSnippets)) continue;
        for (const snip of alt.defaultSnippets) {
          if (!isSchema(snip) || typeof snip.label !== 'string' || seen.has(snip.label)) continue;
          seen.add(snip.label);
          out.push({ label: snip.label, description: this.text(snip, 'description', snip.description), body: snip.body });
        }
      }
    }
    return out;
  }
}

function stripArticle(title: string): string {
  return title.replace(/^(a|an) /, '');
}

const indexes = new Map<string, SchemaIndex>();

/** The schema index of a file kind, its texts in `say`'s language; derived once per both. */
export function schemaIndex(kind: FileKind, say: Catalogue = catalogueFor(DEFAULT_LOCALE)): SchemaIndex {
  const key = `${kind}:${say.locale}`;
  let index = indexes.get(key);
  if (!index) {
    index = new SchemaIndex(SCHEMAS[kind], kind, say);
    indexes.set(key, index);
  }
  return index;
}
