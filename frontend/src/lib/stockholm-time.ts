/**
 * Wall-clock time in Stockholm. The API stores instants in UTC (`starts_at: "2027-01-12T17:00:00Z"`);
 * people read and type them as Stockholm local time, which is UTC+1 in winter and UTC+2 in summer.
 *
 * - `fromStockholmLocal('2027-01-12T18:00')` → `'2027-01-12T18:00:00+01:00'` (RFC 3339 with the offset
 *   that holds then), what a `datetime-local` input's value becomes in a request.
 * - `toStockholmLocal('2027-01-12T17:00:00Z')` → `'2027-01-12T18:00'`, the input's value for an instant.
 * - `stockholmDate(instant)` → the instant's date in Stockholm (`'2027-01-12'`), for grouping by day.
 *
 * Across the changes: a time that does not exist (the hour skipped in late March, 02:00–02:59) is
 * refused (null); a time that exists twice (the hour repeated in late October) is the first of the two,
 * summer time (the same choice the API makes for a cadence).
 */
export const STOCKHOLM = 'Europe/Stockholm';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const wallClock = new Map<string, Intl.DateTimeFormat>();
function wallClockFormat(zone: string) {
  let f = wallClock.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    wallClock.set(zone, f);
  }
  return f;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `zone` at the instant `ms` (milliseconds since the epoch). */
function wallAt(ms: number, zone: string): Wall {
  const parts = wallClockFormat(zone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

const wallAsUtc = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The zone's offset from UTC at the instant `ms`, in minutes (60 in Stockholm's winter, 120 in summer). */
export function offsetMinutesAt(ms: number, zone = STOCKHOLM): number {
  const second = Math.floor(ms / 1000) * 1000;
  return Math.round((wallAsUtc(wallAt(second, zone)) - second) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A local date and time in `zone` (`YYYY-MM-DDTHH:MM`, optionally `:SS`, as a `datetime-local` input
 * gives it) as RFC 3339 with that moment's offset; null when it is malformed or does not exist there
 * (the hour skipped when summer time starts). A time that occurs twice is the earlier one.
 */
export function fromStockholmLocal(local: string, zone = STOCKHOLM): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const w: Wall = { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: m[6] ? +m[6] : 0 };
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour > 23 || w.minute > 59 || w.second > 59) return null;
  const asUtc = wallAsUtc(w);
  // Reject 2027-02-30 and the like (Date.UTC rolls them over).
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== w.year || check.getUTCMonth() + 1 !== w.month || check.getUTCDate() !== w.day) return null;
  // The offsets in force around that day; the larger offset gives the earlier instant.
  const day = 24 * 60 * 60_000;
  const candidates = [...new Set([offsetMinutesAt(asUtc - day, zone), offsetMinutesAt(asUtc, zone), offsetMinutesAt(asUtc + day, zone)])].sort(
    (a, b) => b - a,
  );
  for (const offset of candidates) {
    const instant = asUtc - offset * 60_000;
    if (wallAsUtc(wallAt(instant, zone)) === asUtc) {
      return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offset)}`;
    }
  }
  return null;
}

/** An instant (RFC 3339) as the local date and time in `zone`, `YYYY-MM-DDTHH:MM` (a `datetime-local` value); '' when invalid. */
export function toStockholmLocal(instant: string | null | undefined, zone = STOCKHOLM): string {
  if (!instant) return '';
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const w = wallAt(ms, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The date (`YYYY-MM-DD`) of an instant in `zone`; '' when invalid. */
export function stockholmDate(instant: string | null | undefined, zone = STOCKHOLM): string {
  return toStockholmLocal(instant, zone).slice(0, 10);
}

/** The ISO date `months` calendar months after `iso` (the last day of a shorter month: 2027-01-31 + 1 → 2027-02-28). */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, weekday: 'short' | 'long', month: 'short' | 'long', zone: string) {
  const key = `${locale}|${weekday}|${month}|${zone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday, day: 'numeric', month, year: 'numeric' });
    dateFormats.set(key, f);
  }
  return f;
}

const localeOf = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'sv-SE');

/** "tis 12 jan 2027" / "Tue 12 Jan 2027" (short) or "tisdag 12 januari 2027" / "Tuesday 12 January 2027" (long), in `zone`. */
export function formatStockholmDay(instant: string, lang: string, style: 'short' | 'long' = 'short', zone = STOCKHOLM): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const parts = dateFormat(localeOf(lang), style, style, zone).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Without the abbreviation's full stop ("jan." → "jan"), as Swedish calendars write it.
  return `${get('weekday')} ${get('day')} ${get('month').replace(/\.$/, '')} ${get('year')}`;
}

/** The time of day (HH:MM) of an instant in `zone`. */
export function formatStockholmClock(instant: string, zone = STOCKHOLM): string {
  return toStockholmLocal(instant, zone).slice(11, 16);
}

/**
 * A meeting's time in Stockholm: "tis 12 jan 2027 18:00–19:30"; long: "tisdag 12 januari 2027 kl. 18:00–19:30"
 * ("Tuesday 12 January 2027, 18:00–19:30"). A meeting that ends on a later day names both days.
 */
export function formatMeetingTime(startsAt: string, endsAt: string | null | undefined, lang: string, style: 'short' | 'long' = 'short'): string {
  if (Number.isNaN(Date.parse(startsAt))) return startsAt;
  const en = lang.startsWith('en');
  const at = style === 'long' ? (en ? ', ' : ' kl. ') : ' ';
  const start = `${formatStockholmDay(startsAt, lang, style)}${at}${formatStockholmClock(startsAt)}`;
  if (!endsAt || Number.isNaN(Date.parse(endsAt))) return start;
  if (stockholmDate(endsAt) === stockholmDate(startsAt)) return `${start}–${formatStockholmClock(endsAt)}`;
  return `${start} – ${formatStockholmDay(endsAt, lang, style)}${at}${formatStockholmClock(endsAt)}`;
}
