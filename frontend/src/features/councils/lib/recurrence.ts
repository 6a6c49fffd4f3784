/**
 * The cadence builder's rules and a small expander for them, in Europe/Stockholm local time.
 *
 * The builder writes only these RRULEs (the server accepts any RFC 5545 rule; others are edited as
 * raw text under "Avancerat"):
 *   weekly          FREQ=WEEKLY[;INTERVAL=n];BYDAY=TU
 *   monthly_weekday FREQ=MONTHLY;BYDAY=2TU   (1..4, or -1 for the last)
 *   monthly_day     FREQ=MONTHLY;BYMONTHDAY=15
 * The series starts (DTSTART) on the council's founding date, or the day it was created, as on the
 * server: that fixes which weeks "every other week" falls on.
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const ORDINALS = [1, 2, 3, 4, -1] as const;
export type Ordinal = (typeof ORDINALS)[number];

export type CadencePattern =
  | { kind: 'weekly'; interval: number; weekday: Weekday }
  | { kind: 'monthly_weekday'; ordinal: Ordinal; weekday: Weekday }
  | { kind: 'monthly_day'; day: number };

export const MAX_WEEK_INTERVAL = 52;

export function patternToRrule(p: CadencePattern): string {
  switch (p.kind) {
    case 'weekly':
      return p.interval > 1 ? `FREQ=WEEKLY;INTERVAL=${p.interval};BYDAY=${p.weekday}` : `FREQ=WEEKLY;BYDAY=${p.weekday}`;
    case 'monthly_weekday':
      return `FREQ=MONTHLY;BYDAY=${p.ordinal}${p.weekday}`;
    case 'monthly_day':
      return `FREQ=MONTHLY;BYMONTHDAY=${p.day}`;
  }
}

const isWeekday = (v: string): v is Weekday => (WEEKDAYS as readonly string[]).includes(v);

/** The builder's pattern for a rule, or null when the builder cannot show it exactly (→ "Avancerat"). */
export function rruleToPattern(rrule: string): CadencePattern | null {
  const parts = new Map<string, string>();
  for (const piece of rrule.trim().replace(/^RRULE:/i, '').split(';')) {
    if (!piece) continue;
    const m = /^([A-Za-z]+)=([^=]+)$/.exec(piece.trim());
    if (!m) return null;
    const key = m[1].toUpperCase();
    if (parts.has(key)) return null;
    parts.set(key, m[2].trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1) return null;
  const byday = parts.get('BYDAY');
  const allowed = (keys: string[]) => [...parts.keys()].every((k) => keys.includes(k));

  if (freq === 'WEEKLY' && byday && allowed(['FREQ', 'INTERVAL', 'BYDAY'])) {
    if (!isWeekday(byday) || interval > MAX_WEEK_INTERVAL) return null;
    return { kind: 'weekly', interval, weekday: byday };
  }
  if (freq === 'MONTHLY' && interval === 1 && byday && allowed(['FREQ', 'INTERVAL', 'BYDAY'])) {
    const m = /^([+-]?\d)([A-Z]{2})$/.exec(byday);
    if (!m || !isWeekday(m[2])) return null;
    const n = Number(m[1]);
    if (!(ORDINALS as readonly number[]).includes(n)) return null;
    return { kind: 'monthly_weekday', ordinal: n as Ordinal, weekday: m[2] };
  }
  const bymonthday = parts.get('BYMONTHDAY');
  if (freq === 'MONTHLY' && interval === 1 && bymonthday && allowed(['FREQ', 'INTERVAL', 'BYMONTHDAY'])) {
    if (!/^\d{1,2}$/.test(bymonthday)) return null;
    const day = Number(bymonthday);
    if (day < 1 || day > 31) return null;
    return { kind: 'monthly_day', day };
  }
  return null;
}

// Calendar dates are handled as UTC midnights, so no time zone shifts them.
const DAY = 86_400_000;
const weekdayIndex = (d: Date) => (d.getUTCDay() + 6) % 7; // Monday = 0
const daysInMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();

function parseIsoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function matches(p: CadencePattern, date: Date, start: Date): boolean {
  switch (p.kind) {
    case 'weekly': {
      if (weekdayIndex(date) !== WEEKDAYS.indexOf(p.weekday)) return false;
      const mondayOf = (d: Date) => d.getTime() - weekdayIndex(d) * DAY;
      const weeks = Math.round((mondayOf(date) - mondayOf(start)) / (7 * DAY));
      return weeks % p.interval === 0;
    }
    case 'monthly_weekday': {
      if (weekdayIndex(date) !== WEEKDAYS.indexOf(p.weekday)) return false;
      const day = date.getUTCDate();
      return p.ordinal === -1 ? day + 7 > daysInMonth(date) : Math.ceil(day / 7) === p.ordinal;
    }
    case 'monthly_day':
      return date.getUTCDate() === p.day;
  }
}

const partsFormat = new Map<string, Intl.DateTimeFormat>();
function zoneParts(instant: Date, timeZone: string) {
  let f = partsFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormat.set(timeZone, f);
  }
  const get = (type: string) => Number(f.formatToParts(instant).find((x) => x.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), mi: get('minute') };
}

/** The zone's offset from UTC at an instant, in minutes (Stockholm: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone = 'Europe/Stockholm'): number {
  const p = zoneParts(instant, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant of a local wall-clock time in the zone (the earlier one when ambiguous, shifted forward when skipped). */
export function zonedInstant(date: Date, hh: number, mm: number, timeZone = 'Europe/Stockholm'): Date {
  const local = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hh, mm);
  let guess = local - offsetMinutes(new Date(local), timeZone) * 60_000;
  guess = local - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

export interface OccurrenceOptions {
  /** "HH:MM", local time. */
  startTime: string;
  /** The series' first day (DTSTART's date), "YYYY-MM-DD". */
  startsOn: string;
  /** Only meetings after this instant. */
  after: Date;
  count: number;
  timeZone?: string;
}

/** The next meetings of a builder pattern, as instants. Empty for an invalid time or start. */
export function occurrences(p: CadencePattern, o: OccurrenceOptions): Date[] {
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(o.startTime);
  const start = parseIsoDate(o.startsOn);
  if (!time || !start) return [];
  const tz = o.timeZone ?? 'Europe/Stockholm';
  const now = zoneParts(o.after, tz);
  const today = Date.UTC(now.y, now.m - 1, now.d);
  let day = new Date(Math.max(start.getTime(), today));
  const out: Date[] = [];
  // Ten years is far more than five meetings of any builder rule need (a 31st, every 52nd week).
  for (let i = 0; i < 3700 && out.length < o.count; i++, day = new Date(day.getTime() + DAY)) {
    if (!matches(p, day, start)) continue;
    const instant = zonedInstant(day, Number(time[1]), Number(time[2]), tz);
    if (instant.getTime() > o.after.getTime()) out.push(instant);
  }
  return out;
}

/** An instant as RFC 3339 with the zone's offset ("2026-03-10T18:00:00+01:00"). */
export function toZonedIso(instant: Date, timeZone = 'Europe/Stockholm'): string {
  const p = zoneParts(instant, timeZone);
  const off = offsetMinutes(instant, timeZone);
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const sign = off < 0 ? '-' : '+';
  return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:00${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}
