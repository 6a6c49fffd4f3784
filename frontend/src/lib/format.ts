export function localeFor(lang: string): string {
  return lang.startsWith('en') ? 'en-GB' : 'sv-SE';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Formats a date as ISO 8601 (YYYY-MM-DD) in every language: unambiguous, and what Swedes write anyway.
 * Takes a date or a date-time; only the date part is used, without shifting it through a time zone.
 * `lang` is accepted for symmetry with the other formatters; the output does not depend on it.
 */
export function formatDate(value: string | null | undefined, _lang?: string): string {
  if (!value) return '';
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return value;
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const stockholmParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Formats an instant as "YYYY-MM-DD HH:MM" in Stockholm time, in every language. */
export function formatDateTime(value: string | null | undefined, _lang?: string): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const part = (type: Intl.DateTimeFormatPartTypes) => stockholmParts.formatToParts(d).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Today's date in Stockholm as YYYY-MM-DD. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

/** The ISO date `days` days after (or before, when negative) an ISO date. */
export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The largest file the API takes (`SAMVERKAN_MAX_UPLOAD_MB`, default 20): 20 MB as the server counts, 20 × 1024². */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * A file's size for people, in the language's number format: "512 byte", "1,5 kB", "340 kB",
 * "2,4 MB" (en: "512 bytes", "1.5 kB", "2.4 MB"). kB and MB are 1024 and 1024², as the upload limit
 * is counted; one decimal below 10, none above. A no-break space keeps number and unit together.
 */
export function formatFileSize(bytes: number, lang: string): string {
  const locale = localeFor(lang);
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n);
  if (bytes < 1024) return `${new Intl.NumberFormat(locale).format(bytes)}\u00a0${lang.startsWith('en') ? (bytes === 1 ? 'byte' : 'bytes') : 'byte'}`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)}\u00a0kB`;
  return `${number(bytes / (1024 * 1024))}\u00a0MB`;
}
