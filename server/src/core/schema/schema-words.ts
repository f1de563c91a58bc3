// Where each object of the shipped schemas stands (its JSON pointer), so that a schema text can be
// said in the reader's language: the English is the schema's own, the others come from the tables
// keyed by place (i18n/schema-texts.ts). Hover and completion ask for one language; a finding
// carries the text in every language, since the core builds it before anyone reads it.
import type { ProfileText } from '../i18n/catalogue';
import { LOCALES, type Locale } from '../i18n/locale';
import { pointerStep, schemaTextIn } from '../i18n/schema-texts';
import type { FileKind } from '../file-kind';
import caseSchema from '../../../../schemas/case.schema.json';
import protocolSchema from '../../../../schemas/protocol.schema.json';

const ROOTS: Readonly<Record<FileKind, object>> = { protocol: protocolSchema, case: caseSchema };

const pointers = new Map<FileKind, WeakMap<object, string>>();

function pointersOf(root: object): WeakMap<object, string> {
  const out = new WeakMap<object, string>();
  const walk = (node: unknown, pointer: string): void => {
    if (typeof node !== 'object' || node === null) return;
    out.set(node, pointer);
    for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${pointerStep(key)}`);
  };
  walk(root, '');
  return out;
}

/** The place of a text of `owner` (an object of the `kind` schema): `case#/$defs/study/title`; undefined for an object not of it. */
export function schemaPlace(kind: FileKind, owner: object, keyword: string): string | undefined {
  let table = pointers.get(kind);
  if (!table) pointers.set(kind, (table = pointersOf(ROOTS[kind])));
  const pointer = table.get(owner);
  return pointer === undefined ? undefined : `${kind}#${pointer}/${pointerStep(keyword)}`;
}

/** A schema text in `locale`: the English as written, else its translation. */
export function schemaTextOf(kind: FileKind, owner: object, keyword: string, english: string, locale: Locale): string {
  const place = schemaPlace(kind, owner, keyword);
  return place === undefined ? english : schemaTextIn(locale, place, english);
}

/** A schema text in every shipped language, for a finding's parameters; `shape` makes each language's text into what the message shows. */
export function schemaWords(
  kind: FileKind,
  owner: object,
  keyword: string,
  english: string,
  shape: (text: string, locale: Locale) => string = (t) => t,
): ProfileText {
  const texts: Record<string, string> = {};
  for (const locale of LOCALES) texts[locale] = shape(schemaTextOf(kind, owner, keyword, english, locale), locale);
  return { texts, language: 'en' };
}
