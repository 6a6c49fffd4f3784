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
