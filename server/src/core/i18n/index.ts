// Localization: the shipped languages, their catalogues, and display widths for terminals.
export * from './locale';
export * from './catalogue';
export { displayWidth, padToWidth } from './display-width';
export { formatDateIn } from './dates';
export { SCHEMA_TRANSLATIONS, schemaTextIn, pointerStep } from './schema-texts';
