// The key order of the canonical format, read from the JSON Schemas (the single source of
// truth) rather than kept as lists here: a map that describes one thing — its schema lists
// `required` keys — gets its `properties` order; maps of names or settings keep the author's.
import caseSchema from '../../../../schemas/case.schema.json';
import protocolSchema from '../../../../schemas/protocol.schema.json';
import type { FileKind } from '../schema/validate-schema';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

/** A position in one of the schemas: the root it belongs to and the subschema there (if known). */
export interface SchemaAt {
  readonly root: SchemaNode;
  readonly node: SchemaNode | null;
}

const ROOTS: Record<FileKind, SchemaNode> = {
  protocol: protocolSchema as unknown as SchemaNode,
  case: caseSchema as unknown as SchemaNode,
};

export const NO_SCHEMA: SchemaAt = { root: {}, node: null };

export function schemaRoot(kind: FileKind | null | undefined): SchemaAt {
  return kind ? { root: ROOTS[kind], node: ROOTS[kind] } : NO_SCHEMA;
}

/** The subschema itself and every branch it combines, `$ref`s followed (local `#/$defs/…` only). */
function branches(root: SchemaNode, node: SchemaNode | null | undefined, depth = 0): SchemaNode[] {
  if (!node || depth > 16) return [];
  let resolved: SchemaNode | undefined = node;
  if (node.$ref) {
    const m = /^#\/\$defs\/([^/]+)$/.exec(node.$ref);
    resolved = m ? root.$defs?.[m[1]] : undefined;
    if (!resolved) return [];
  }
  const out = [resolved];
  for (const list of [resolved.allOf, resolved.anyOf, resolved.oneOf]) {
    for (const branch of list ?? []) out.push(...branches(root, branch, depth + 1));
  }
  return out;
}

/** `$defs` whose maps are written on one line in flow style when short: a study's series, a series requirement. */
const ONE_LINE_DEFS = ['series', 'seriesRequirement'];

/** Whether `at` is one of the `$defs` whose short maps the formatter writes on one line. */
export function isOneLineDef(at: SchemaAt): boolean {
  const defs = ONE_LINE_DEFS.map((name) => at.root.$defs?.[name]).filter(Boolean);
  return branches(at.root, at.node).some((b) => defs.includes(b));
}

/** The schema of the value under `key` in a map described by `at`. */
export function schemaOfKey(at: SchemaAt, key: string): SchemaAt {
  for (const b of branches(at.root, at.node)) {
    const own = b.properties && Object.prototype.hasOwnProperty.call(b.properties, key) ? b.properties[key] : undefined;
    if (own) return { root: at.root, node: own };
  }
  for (const b of branches(at.root, at.node)) {
    if (b.additionalProperties && typeof b.additionalProperties === 'object') return { root: at.root, node: b.additionalProperties };
  }
  return { root: at.root, node: null };
}

/** The schema of the items of a list described by `at`. */
export function schemaOfItems(at: SchemaAt): SchemaAt {
  for (const b of branches(at.root, at.node)) {
    if (b.items) return { root: at.root, node: b.items };
  }
  return { root: at.root, node: null };
}

/**
 * The canonical order of the known keys of a map described by `at`, or null when the author's
 * order is kept: maps without required keys hold names the author chose (validity contexts,
 * timelines, costs, impact, expect) or a set of settings (hospital, when, require). A series
 * and a series requirement describe one thing without a required key: they are ordered too.
 */
export function keyOrder(at: SchemaAt): readonly string[] | null {
  const oneLine = isOneLineDef(at);
  for (const b of branches(at.root, at.node)) {
    if (b.properties && ((b.required && b.required.length > 0) || oneLine)) return Object.keys(b.properties);
  }
  return null;
}
