import type { TFunction } from 'i18next';
import type { Cadence } from '@/api/types';
import { localeFor } from '@/lib/format';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
type Freq = (typeof FREQS)[number];

/** Splits an RRULE value ("FREQ=MONTHLY;BYDAY=2TU") into its parts (upper-cased keys). */
export function parseRrule(rrule: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const piece of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [k, v] = piece.split('=');
    if (k && v !== undefined) parts[k.trim().toUpperCase()] = v.trim().toUpperCase();
  }
  return parts;
}

function joinList(items: string[], lang: string): string {
  if (items.length <= 1) return items.join('');
  try {
    return new Intl.ListFormat(localeFor(lang), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function monthName(month: number, lang: string): string {
  return new Intl.DateTimeFormat(localeFor(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/**
 * Describes a cadence in words, e.g. "Varje månad, andra tisdagen, kl. 18:00 (90 minuter)".
 * Falls back to the raw rule for anything it does not understand.
 */
export function describeCadence(cadence: Cadence, t: TFunction, lang: string): string {
  const parts = parseRrule(cadence.rrule);
  const freq = parts.FREQ as Freq | undefined;
  const tail = [
    t('cadence.at', { time: cadence.start_time }),
    `(${t('cadence.duration', { count: cadence.duration_minutes })})`,
  ].join(' ');
  if (!freq || !FREQS.includes(freq)) return `${cadence.rrule}, ${tail}`;

  const interval = Number(parts.INTERVAL ?? '1');
  const out: string[] = [];
  out.push(interval > 1 ? t(`cadence.everyN.${freq}`, { n: interval }) : t(`cadence.every.${freq}`));

  if (parts.BYMONTH) {
    const months = parts.BYMONTH.split(',').map(Number);
    if (months.some((m) => !(m >= 1 && m <= 12))) return `${cadence.rrule}, ${tail}`;
    out.push(t('cadence.inMonths', { months: joinList(months.map((m) => monthName(m, lang)), lang) }));
  }

  if (parts.BYDAY) {
    const days: string[] = [];
    for (const token of parts.BYDAY.split(',')) {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
      if (!m) return `${cadence.rrule}, ${tail}`;
      const day = t(`cadence.weekdays.${m[2]}`);
      if (m[1]) {
        const n = Number(m[1]);
        const key = `cadence.ordinals.${n < 0 ? `minus${-n}` : n}`;
        const ordinal = t(key, { defaultValue: String(n) });
        days.push(t('cadence.ordinalDay', { ordinal, day }));
      } else {
        days.push(day);
      }
    }
    // Every weekday of the week, in words.
    if (!parts.BYDAY.match(/\d/) && WEEKDAYS.every((d) => parts.BYDAY.split(',').includes(d))) {
      out.push(t('cadence.allDays'));
    } else {
      out.push(t('cadence.onDays', { days: joinList(days, lang) }));
    }
  }

  if (parts.BYMONTHDAY) {
    const days = parts.BYMONTHDAY.split(',').map(Number);
    if (days.some((d) => Number.isNaN(d) || d === 0)) return `${cadence.rrule}, ${tail}`;
    out.push(
      t('cadence.onMonthDays', {
        days: joinList(
          days.map((d) => (d < 0 ? t('cadence.lastMonthDay', { n: -d }) : t('cadence.monthDay', { n: d }))),
          lang,
        ),
      }),
    );
  }

  if (parts.COUNT) out.push(t('cadence.count', { count: Number(parts.COUNT) }));
  if (parts.UNTIL && /^\d{8}/.test(parts.UNTIL)) {
    const u = parts.UNTIL;
    out.push(t('cadence.until', { date: `${u.slice(0, 4)}-${u.slice(4, 6)}-${u.slice(6, 8)}` }));
  }

  out.push(tail);
  return out.join(', ');
}

/** A meeting time (RFC 3339 with offset) in Stockholm local time, with the weekday. */
export function formatMeeting(value: string, lang: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(localeFor(lang), {
    timeZone: 'Europe/Stockholm',
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}
