// Checks a file's data against its JSON Schema (schemas/, the single source of truth) and
// turns ajv's errors into one plain-language diagnostic each, on the exact key or value:
// anyOf/oneOf noise is folded into the branch the author meant.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import caseSchema from '../../../../schemas/case.schema.json';
import protocolSchema from '../../../../schemas/protocol.schema.json';
import { error, fixOf, type Diagnostic, type Fix } from '../diagnostics';
import { english, message, type Message, type MessageKey, type MessageParam } from '../i18n/catalogue';
import { keyRangeOf, nodeAt, rangeOf, type ParsedYaml } from '../parse/parse-yaml';
import { addKeyFix, objectSchemaOf, type RootSchema, type SchemaNode } from './add-key-fix';
import { schemaWords } from './schema-words';
import { closest } from '../semantics/spelling';
import { primitiveText, type TextRange } from '../text';

import type { FileKind } from '../file-kind';
export type { FileKind };

export const SCHEMAS = { protocol: protocolSchema, case: caseSchema } as const;

/** $defs whose pattern errors the model builders report more precisely (inside the value). */
const UNIT_DEFS = new Set([
  'length',
  'lengthComparison',
  'fieldStrength',
  'fieldStrengthComparison',
  'window',
  'turnaround',
  'money',
  'multiplier',
  'date',
  'dateOrRange',
  'time',
  'timeComparison',
  'bValue',
  'bValueComparison',
]);

let compiled: Record<FileKind, ValidateFunction> | null = null;

function validators(): Record<FileKind, ValidateFunction> {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    for (const keyword of ['markdownDescription', 'defaultSnippets', 'markdownEnumDescriptions']) ajv.addKeyword(keyword);
    compiled = { protocol: ajv.compile(protocolSchema), case: ajv.compile(caseSchema) };
  }
  return compiled;
}

/**
 * Schema diagnostics for a parsed file. `claimed` holds JSON pointers of values that the
 * model builder already reported on; schema errors there would only repeat them.
 */
export function validateSchema(kind: FileKind, parsed: ParsedYaml, claimed: ReadonlySet<string>): Diagnostic[] {
  if (parsed.value === null || parsed.doc === null) return [];
  const errors = kind === 'protocol' ? protocolErrors(parsed.value) : errorsOf('case', parsed.value);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (claimed.has(e.instancePath)) continue;
    const d = toDiagnostic(e, parsed, kind);
    if (!d) continue;
    const key = `${d.code}:${d.range.start}:${d.range.end}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** ajv's errors for `value` against a file kind's schema, anyOf/oneOf noise folded. */
function errorsOf(kind: FileKind, value: unknown): ErrorObject[] {
  const validate = validators()[kind];
  return validate(value) ? [] : foldAlternatives(validate.errors ?? []);
}

const NO_ERRORS: readonly ErrorObject[] = Object.freeze([]);
/** Each rule's errors by its data: an edit re-reads a few rules, and the data of the others is the same object. */
const ruleErrorsByData = new WeakMap<object, readonly ErrorObject[]>();

/** A rule's errors, as if it were the first rule of a protocol. */
function ruleErrors(rule: unknown): readonly ErrorObject[] {
  const key = rule !== null && typeof rule === 'object' ? rule : null;
  const known = key && ruleErrorsByData.get(key);
  if (known) return known;
  const found = errorsOf('protocol', { rules: [rule] }).filter((e) => ruleIndexOf(e) === 0);
  const errors = found.length ? found : NO_ERRORS;
  if (key) ruleErrorsByData.set(key, errors);
  return errors;
}

/** `e`, about rule `from`, as about rule `to` (rules are checked alike wherever they stand). */
function forRule(e: ErrorObject, from: number, to: number): ErrorObject {
  return from === to ? e : { ...e, instancePath: `/rules/${to}${e.instancePath.slice(`/rules/${from}`.length)}` };
}

/** Which rule an error is about (its index), or -1 for the rest of the file. */
function ruleIndexOf(e: ErrorObject): number {
  const m = /^\/rules\/(\d+)(?:\/|$)/.exec(e.instancePath);
  return m ? Number(m[1]) : -1;
}

/**
 * A protocol's errors: the file without its rules, then each rule on its own (validating
 * 10,000 rules after every edit cost more time and garbage than the rest of an edit's work).
 * A file read afresh is validated in one pass and its errors shared out among its rules, which
 * is faster than one pass per rule. The rules' folding stays within each rule.
 */
function protocolErrors(value: unknown): ErrorObject[] {
  const rules = value !== null && typeof value === 'object' ? (value as { rules?: unknown }).rules : undefined;
  if (!Array.isArray(rules)) return errorsOf('protocol', value);
  const ruleData: unknown[] = rules;
  const known = ruleData.filter((r) => r !== null && typeof r === 'object' && ruleErrorsByData.has(r)).length;
  let rest: ErrorObject[];
  if (known < rules.length / 2) {
    const validate = validators().protocol;
    const byRule = new Map<number, ErrorObject[]>();
    rest = [];
    for (const e of validate(value) ? [] : (validate.errors ?? [])) {
      const i = ruleIndexOf(e);
      if (i < 0) rest.push(e);
      else if (byRule.has(i)) byRule.get(i)!.push(forRule(e, i, 0));
      else byRule.set(i, [forRule(e, i, 0)]);
    }
    rest = foldAlternatives(rest);
    ruleData.forEach((rule, i) => {
      const errors = byRule.has(i) ? foldAlternatives(byRule.get(i)!) : [];
      if (rule !== null && typeof rule === 'object') ruleErrorsByData.set(rule, errors.length ? errors : NO_ERRORS);
    });
  } else {
    rest = errorsOf('protocol', { ...(value as object), rules: [] });
  }
  ruleData.forEach((rule, i) => {
    for (const e of ruleErrors(rule)) rest.push(forRule(e, 0, i));
  });
  return rest;
}

interface BranchSchema {
  $ref?: string;
  items?: { $ref?: string };
}

/**
 * Which branch of a failed anyOf/oneOf an error came from. ajv inlines a `$ref` to a small
 * $def, so such a branch's errors carry the $def's path instead of the branch's: a branch
 * `{$ref: X}` owns X's errors on the value itself, a branch `{items: {$ref: X}}` on its items.
 */
function branchOf(e: ErrorObject, alternative: ErrorObject): string | null {
  const prefix = alternative.schemaPath + '/';
  if (e.schemaPath.startsWith(prefix)) return e.schemaPath.slice(prefix.length).split('/')[0];
  const inlined = /^(#\/\$defs\/[^/]+)\//.exec(e.schemaPath)?.[1];
  if (!inlined || e === alternative) return null;
  const branches = (alternative.parentSchema?.[alternative.keyword] ?? []) as BranchSchema[];
  const onValue = e.instancePath === alternative.instancePath;
  const onItem = e.instancePath.startsWith(alternative.instancePath + '/') && /^\/\d+$/.test(e.instancePath.slice(alternative.instancePath.length));
  const index = branches.findIndex((b) => (onValue && b.$ref === inlined) || (onItem && b.items?.$ref === inlined));
  return index < 0 ? null : String(index);
}

/**
 * For every anyOf/oneOf that failed, keep only the errors of the branch whose type matched
 * (fewest errors first); if no branch's type matched, one "expected X or Y" error stays.
 */
function foldAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const alt of alternatives) {
    if (dropped.has(alt)) continue;
    if (alt.keyword === 'oneOf' && (alt.params as { passingSchemas?: number[] | null }).passingSchemas) continue;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      const b = branchOf(e, alt);
      if (b === null || dropped.has(e)) continue;
      branches.set(b, [...(branches.get(b) ?? []), e]);
    }
    const typeMatched = [...branches.entries()].filter(([, errs]) => !errs.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath));
    const onlyRequired = [...branches.values()].every((errs) => errs.every((e) => e.keyword === 'required' && e.instancePath === alt.instancePath));
    if (typeMatched.length === 0 || onlyRequired) {
      for (const errs of branches.values()) errs.forEach((e) => dropped.add(e));
      continue;
    }
    typeMatched.sort((a, b) => a[1].length - b[1].length);
    const [chosen] = typeMatched[0];
    for (const [b, errs] of branches) if (b !== chosen) errs.forEach((e) => dropped.add(e));
    dropped.add(alt);
  }
  return errors.filter((e) => !dropped.has(e));
}

function pathOf(instancePath: string): Array<string | number> {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => {
      const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(key) ? Number(key) : key;
    });
}

function describeType(value: unknown): Message | string {
  if (value === null || value === undefined) return message('type.nothing');
  if (Array.isArray(value)) return message('type.list');
  switch (typeof value) {
    case 'string':
      return message('type.text-value', { text: value.length > 40 ? value.slice(0, 40) + '…' : value });
    case 'number':
      return message('type.number-value', { value });
    case 'boolean':
      return `${value}`;
    default:
      return message('type.map');
  }
}

const TYPE_WORDS: Record<string, MessageKey> = {
  object: 'type.map',
  array: 'type.list',
  string: 'type.text',
  number: 'type.number',
  integer: 'type.integer',
  boolean: 'type.boolean',
  null: 'type.nothing',
};

/** The `$defs` entry a `#/$defs/…` reference names in the schema of `kind`. */
function defOf(kind: FileKind, ref: string): SchemaNode | undefined {
  return (SCHEMAS[kind] as RootSchema).$defs?.[ref.replace('#/$defs/', '')];
}

/** What a value should be, in words: the schema's title (in every language: the finding is said later), else its type. */
function expectedOf(schema: SchemaNode | undefined, kind: FileKind, followRef = false): Message | MessageParam {
  if (!schema) return message('type.another-value');
  if (schema.$ref && followRef) return expectedOf(defOf(kind, schema.$ref), kind);
  if (schema.type === 'array' && (schema as { items?: SchemaNode }).items) return message('type.list');
  const title = schema.title ? schemaWords(kind, schema, 'title', schema.title) : undefined;
  if (title && schema.examples?.length) return message('type.such-as', { title, example: String(schema.examples[0]) });
  if (title) return title;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (!types.length) return message('type.another-value');
  return message('type.alternatives', { alternatives: types.map((t) => (TYPE_WORDS[t] ? message(TYPE_WORDS[t]) : t)) });
}

function defName(schemaPath: string): string | null {
  const m = /#\/\$defs\/([^/]+)\//.exec(schemaPath);
  return m ? m[1] : null;
}

/** The first sentence of a text, its full stop kept: `.` then a space or the end, or a Chinese `。`. */
function firstSentence(text: string): string {
  const m = /^(.+?(?:[.!?](?=\s|$)|[。！？]))/.exec(text);
  return m ? m[1] : text;
}

/** Why a key is needed, in every language: the first sentence of its schema description. */
function whyWords(kind: FileKind, property: SchemaNode | undefined): MessageParam {
  if (!property?.description) return '';
  return schemaWords(kind, property, 'description', property.description, (text, locale) => {
    const why = firstSentence(text);
    return locale === 'en' ? `: ${why.charAt(0).toLowerCase()}${why.slice(1)}` : `：${why}`;
  });
}

/** What a finding says of a value: in English, what its words are. */
function englishOf(words: MessageParam): string {
  if (typeof words === 'string' || typeof words === 'number') return String(words);
  if ('key' in words) return english(words.key, words.params);
  if ('texts' in words) return words.texts.en ?? '';
  return words.map(englishOf).join(', ');
}

const ITEM_NOUNS: Record<string, MessageKey> = { rules: 'place.rule', studies: 'place.study' };

/** The name a user sees for a place: `slice_thickness`, rule 'r3', studies item 2, or "the file". */
function placeName(path: Array<string | number>, root: unknown): Message {
  if (path.length === 0) return message('place.file');
  const last = path[path.length - 1];
  if (typeof last !== 'number') return message('place.key', { name: last });
  const list = String(path[path.length - 2] ?? 'list');
  let item: unknown = root;
  for (const step of path) item = item && typeof item === 'object' ? (item as Record<string | number, unknown>)[step] : undefined;
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  const noun = ITEM_NOUNS[list];
  return noun && (typeof id === 'string' || typeof id === 'number') ? message(noun, { id: String(id) }) : message('place.item', { list, n: last + 1 });
}

function toDiagnostic(e: ErrorObject, parsed: ParsedYaml, kind: FileKind): Diagnostic | null {
  const root: RootSchema = SCHEMAS[kind];
  const path = pathOf(e.instancePath);
  const { node, pair } = nodeAt(parsed.doc, path);
  const valueRange: TextRange = rangeOf(node) ?? keyRangeOf(pair) ?? { start: 0, end: Math.min(1, parsed.text.length) };
  const keyRange: TextRange = keyRangeOf(pair) ?? firstLineOf(valueRange, parsed.text);
  const schema = e.parentSchema as SchemaNode | undefined;
  const def = defName(e.schemaPath);

  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      const fix = addKeyFix(parsed, node, missing, objectSchemaOf(e, missing, root), root);
      return error(
        'missing-key',
        message('schema.missing-key', {
          place: placeName(path, parsed.value),
          key: missing,
          why: whyWords(kind, schema?.properties?.[missing]),
        }),
        keyRange,
        fix ? { fixes: [fix] } : undefined,
      );
    }
    case 'dependentRequired': {
      const { property, missingProperty } = e.params as { property: string; missingProperty: string };
      const fix = addKeyFix(parsed, node, missingProperty, objectSchemaOf(e, missingProperty, root), root);
      return error(
        'missing-key',
        message('schema.missing-dependent', { property, place: placeName(path, parsed.value), key: missingProperty }),
        keyRange,
        fix ? { fixes: [fix] } : undefined,
      );
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const { pair: extraPair } = nodeAt(parsed.doc, [...path, extra]);
      // A list or map used as a key is reported by the parser, where it stands.
      if (!extraPair) return null;
      const range = keyRangeOf(extraPair) ?? keyRange;
      const allowed = Object.keys(schema?.properties ?? {});
      const guess = closest(extra, allowed);
      const fixes: Fix[] | undefined = guess ? [fixOf(message('fix.change-to', { value: guess }), [{ range, text: guess }])] : undefined;
      const where = path.length ? message('schema.in-place', { place: placeName(path, parsed.value) }) : '';
      const hint = guess ? message('schema.did-you-mean-key', { guess }) : allowed.length ? message('schema.expected-one-of-keys', { allowed }) : '';
      return error('unknown-key', message('schema.unknown-key', { key: extra, where, hint }), range, fixes ? { fixes } : undefined);
    }
    case 'enum': {
      // A list, a map or nothing where a word belongs: the type error says so, once.
      const found = primitiveText(e.data);
      if (found === undefined) return null;
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = closest(found, allowed);
      // A short title names the kind of value (`plane`, `MR sequence`); a longer one reads badly here.
      const title = schema?.title?.replace(/^an? /, '');
      const noun =
        schema?.title && title && title.split(' ').length <= 2
          ? schemaWords(kind, schema, 'title', schema.title, (t, locale) => (locale === 'en' ? ` ${t.replace(/^an? /, '')}` : t))
          : '';
      const fixes: Fix[] | undefined = guess ? [fixOf(message('fix.change-to', { value: guess }), [{ range: valueRange, text: guess }])] : undefined;
      const place = placeName(path, parsed.value);
      return error(
        'unknown-value',
        guess
          ? message('schema.unknown-value-guess', { found, noun, place, guess, allowed })
          : message('schema.unknown-value', { found, noun, place, allowed }),
        valueRange,
        fixes ? { fixes } : undefined,
      );
    }
    case 'pattern': {
      if (def && UNIT_DEFS.has(def))
        return error(
          'invalid-value',
          message('schema.must-be-found', { place: placeName(path, parsed.value), expected: expectedOf(schema, kind), found: String(e.data) }),
          valueRange,
        );
      if (def === 'id')
        return error(
          'invalid-id',
          message('schema.invalid-id', { found: String(e.data), example: primitiveText(schema?.examples?.[0]) ?? 'oncology-thin-slice-ct' }),
          valueRange,
        );
      return error(
        'invalid-value',
        message('schema.must-be-found', { place: placeName(path, parsed.value), expected: expectedOf(schema, kind), found: String(e.data) }),
        valueRange,
      );
    }
    case 'propertyNames': {
      const name = (e.params as { propertyName: string }).propertyName;
      const { pair: badPair } = nodeAt(parsed.doc, [...path, name]);
      return error('unknown-key', message('schema.key-not-allowed', { name, place: placeName(path, parsed.value) }), keyRangeOf(badPair) ?? keyRange);
    }
    case 'type':
      return error(
        'wrong-type',
        message('schema.wrong-type', { place: placeName(path, parsed.value), expected: expectedOf(schema, kind), found: describeType(e.data) }),
        valueRange,
      );
    case 'anyOf':
      return error(
        'wrong-type',
        message('schema.wrong-type', { place: placeName(path, parsed.value), expected: alternativesOf(schema, kind), found: describeType(e.data) }),
        valueRange,
      );
    case 'oneOf':
      return oneOfDiagnostic(e, path, parsed.value, keyRange, valueRange, kind);
    case 'const':
      return error(
        'invalid-value',
        message('schema.must-be', { place: placeName(path, parsed.value), expected: JSON.stringify((e.params as { allowedValue: unknown }).allowedValue) }),
        valueRange,
      );
    case 'if':
      return null;
    case 'minProperties': {
      const keys = Object.keys(schema?.properties ?? {});
      return error('invalid-value', message('schema.empty', { place: placeName(path, parsed.value), keys }), valueRange);
    }
    case 'minItems':
      // Every `minItems` of the shipped schemas is 1 (schema-shape.test.mjs): the list is empty.
      return error('invalid-value', message('schema.empty-list', { place: placeName(path, parsed.value), noun: itemNoun(schema, kind) }), valueRange);
    default:
      // ajv's own English, for a keyword the shipped schemas cannot bring here (schema-shape.test.mjs
      // lists them): `minimum` stands only in amounts, factors and b-values, whose readers report a
      // negative one first and claim it; the `false` schemas of a rule with only `preferred` fail
      // inside its oneOf, which folds them away.
      return error('invalid-value', message('schema.invalid', { place: placeName(path, parsed.value), detail: e.message ?? 'is not valid' }), valueRange);
  }
}

/** What a list holds, in every language, as the finding on an empty one names it: ` modality` (English, after "one"), `检查方式`. */
function itemNoun(list: SchemaNode | undefined, kind: FileKind): MessageParam {
  let item = (list as { items?: SchemaNode } | undefined)?.items;
  if (item?.$ref) item = defOf(kind, item.$ref);
  if (!item?.title) return '';
  return schemaWords(kind, item, 'title', item.title, (t, locale) => (locale === 'en' ? ` ${t.replace(/^an? /, '')}` : t));
}

function alternativesOf(schema: (SchemaNode & { anyOf?: SchemaNode[]; oneOf?: SchemaNode[] }) | undefined, kind: FileKind): MessageParam {
  const branches = schema?.anyOf ?? schema?.oneOf ?? [];
  // Alike by their English words, as before they were data.
  const seen = new Set<string>();
  const words = branches
    .map((b) => expectedOf(b, kind, true))
    .filter((w) => {
      const key = englishOf(w);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return words.length ? message('type.alternatives', { alternatives: words }) : expectedOf(schema, kind);
}

function oneOfDiagnostic(e: ErrorObject, path: Array<string | number>, data: unknown, keyRange: TextRange, valueRange: TextRange, kind: FileKind): Diagnostic {
  const schema = e.parentSchema as SchemaNode & { oneOf?: Array<SchemaNode & { required?: string[] }> };
  const keys = (schema.oneOf ?? []).flatMap((b) => b.required ?? []);
  if (keys.length) {
    const passing = (e.params as { passingSchemas?: number[] | null }).passingSchemas;
    return error(
      'invalid-rule',
      passing
        ? message('schema.more-than-one', { place: placeName(path, data), keys: keys.map((k) => `\`${k}\``) })
        : message('schema.needs-one-of', { place: placeName(path, data), keys: keys.map((k) => `\`${k}\``) }),
      keyRange,
    );
  }
  return error('wrong-type', message('schema.must-be', { place: placeName(path, data), expected: alternativesOf(schema, kind) }), valueRange);
}

function firstLineOf(range: TextRange, text: string): TextRange {
  const newline = text.indexOf('\n', range.start);
  return { start: range.start, end: newline < 0 || newline > range.end ? range.end : newline };
}

// ---- the "Add `key`" fix of missing-key ------------------------------------------------------
