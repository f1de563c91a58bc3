// Dates as each language writes them (2026-04-10 · 2026年4月10日). The date itself is unchanged:
// business days and holidays are counted before a date is written.
import { format, parseISO } from 'date-fns';
import type { Catalogue } from './catalogue';

/** `iso` (YYYY-MM-DD) written the catalogue's way; anything else is returned as it is. */
export function formatDateIn(iso: string, catalogue: Catalogue): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return format(parseISO(iso), catalogue.t('date.format'));
}
