// Dates as each language writes them (2026-04-10 · 2026年4月10日). The date itself is unchanged:
// business days and holidays are counted before a date is written.
import { format, parseISO } from 'date-fns';
import type { Catalogue } from './catalogue';

/** `iso` (YYYY-MM-DD) written the catalogue's way; anything else is returned as it is. */
export function formatDateIn(iso: string, catalogue: Catalogue): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return format(parseISO(iso), catalogue.t('date.format'));
}

/** `iso` (YYYY-MM-DD) with its weekday, for hovers: "Friday, 10 April 2026" · "2026年4月10日（星期五）". */
export function formatLongDateIn(iso: string, catalogue: Catalogue): string {
  const date = parseISO(iso);
  const weekday = new Intl.DateTimeFormat(catalogue.locale, { weekday: 'long' }).format(date);
  return catalogue.t('date.long', { weekday, date: format(date, catalogue.t('date.long-format')) });
}
