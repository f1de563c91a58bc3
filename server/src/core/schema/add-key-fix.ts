// The quick fix of a missing key: `key: placeholder` inserted at the key's canonical place in
// the map (the schema's order), in the map's own style; the placeholder is the schema's example,
// first choice or an empty shape, quoted by the core's one quoting rule (format/scalars.ts).
import type { ErrorObject } from 'ajv/dist/2020';
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { fixOf, type Fix } from '../diagnostics';
import { yamlScalar } from '../format/scalars';
import { message } from '../i18n/catalogue';
import type { ParsedYaml } from '../parse/parse-yaml';
import { primitiveText } from '../text';

/** What the schema checks read of a JSON Schema node. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  type?: string | string[];
}

export type RootSchema = SchemaNode & { $defs?: Record<string, SchemaNode> };
type PlaceholderSchema = SchemaNode & { default?: unknown; anyOf?: PlaceholderSchema[]; oneOf?: PlaceholderSchema[] };

/**
 * The schema of the object a key is missing from, with its full `properties`: a `required` in
 * an `if`/`else` branch sits beside placeholder `true` properties, so look up the enclosing $def.
 */
export function objectSchemaOf(e: ErrorObject, key: string, root: RootSchema): SchemaNode | undefined {
  const parent = e.parentSchema as SchemaNode | undefined;
  if (!parent || (parent.properties && typeof parent.properties[key] === 'object')) return parent;
  // ajv inlines small $defs, so the schema path does not name the def: find it by identity.
  const contains = (node: unknown, depth: number): boolean => {
    if (node === parent) return true;
    if (!node || typeof node !== 'object' || depth > 3) return false;
    const n = node as Record<string, unknown>;
    return (
      ['if', 'then', 'else'].some((k) => contains(n[k], depth + 1)) ||
      ['allOf', 'anyOf', 'oneOf'].some((k) => Array.isArray(n[k]) && (n[k] as unknown[]).some((b) => contains(b, depth + 1)))
    );
  };
  return [root, ...Object.values(root.$defs ?? {})].find((d) => d.properties && contains(d, 0)) ?? parent;
}

/** A value to start from for a missing key: the schema's example, first choice, or an empty shape. */
function placeholderOf(schema: PlaceholderSchema | undefined, root: RootSchema, depth = 0): string {
  if (!schema || depth > 8) return "''";
  const example = primitiveText(schema.default ?? schema.examples?.[0] ?? schema.enum?.[0]);
  if (example !== undefined) return yamlScalar(example);
  if (schema.$ref) return placeholderOf(root.$defs?.[schema.$ref.replace('#/$defs/', '')], root, depth + 1);
  const branch = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (branch) return placeholderOf(branch, root, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return '{}';
    case 'array':
      return '[]';
    case 'boolean':
      return 'false';
    case 'number':
    case 'integer':
      return '0';
    default:
      return "''";
  }
}

/**
 * Inserts `key: placeholder` into the map at its canonical place (after the last key that comes
 * before it in the schema's order, else first), in the map's own style and indentation.
 */
export function addKeyFix(parsed: ParsedYaml, node: Node | null, key: string, schema: SchemaNode | undefined, root: RootSchema): Fix | undefined {
  if (!isMap(node) || !node.range) return undefined;
  const text = parsed.text;
  const entry = `${key}: ${placeholderOf(schema?.properties?.[key], root)}`;
  const title = message('fix.add-key', { key });
  const pairs = node.items.filter((p) => isScalar(p.key) && (p.key as Node).range);
  const order = Object.keys(schema?.properties ?? {});
  const rank = (name: string) => (order.indexOf(name) < 0 ? order.length : order.indexOf(name));
  let after: Pair | null = null;
  for (const p of pairs) if (rank(String((p.key as { value: unknown }).value)) < rank(key)) after = p;
  const insert = (at: number, inserted: string): Fix => fixOf(title, [{ range: { start: at, end: at }, text: inserted }]);

  if (node.flow) {
    if (pairs.length === 0) {
      const [start, end] = node.range;
      return fixOf(title, [{ range: { start, end }, text: `{ ${entry} }` }]);
    }
    if (!after) return insert((pairs[0].key as Node).range![0], `${entry}, `);
    return insert(pairEnd(after), `, ${entry}`);
  }
  if (pairs.length === 0) return undefined;
  const firstKey = (pairs[0].key as Node).range![0];
  const lineStart = text.lastIndexOf('\n', firstKey - 1) + 1;
  const indent = ' '.repeat(firstKey - lineStart);
  if (!after) return insert(firstKey, `${entry}\n${indent}`);
  // After the last line of the pair before it, keeping a comment at that line's end.
  let end = pairEnd(after);
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const newline = text.indexOf('\n', end);
  return insert(newline < 0 ? text.length : newline, `\n${indent}${entry}`);
}

function pairEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range ? value.range[1] : (pair.key as Node).range![1];
}
