/**
 * Inquiries (ärenden) in words, shared by the staff pages (`features/inquiries`) and the public pages
 * (`features/public`): the statuses, a response target (`P3D`) in words, a number of seconds in words
 * (the reports' medians), and the clock against the target ("svar senast 5 dec 14:00", "2 dagar kvar",
 * "försenat 3 h"). Instants are UTC in the API and Stockholm time on screen (`lib/stockholm-time`).
 */
import type { TFunction } from 'i18next';
import type { components } from '@/api/schema';
// The texts of the pages that use this module, loaded with them (not in the app shell).
import '@/i18n/inquiries';
import { localeFor } from './format';
import { STOCKHOLM, formatStockholmClock } from './stockholm-time';

type Schemas = components['schemas'];
export type InquiryStatus = Schemas['InquiryStatus'];
export type InquirySource = Schemas['InquirySource'];
export type FromAudience = Schemas['FromAudience'];

export const INQUIRY_STATUSES = ['received', 'assigned', 'in_progress', 'answered', 'closed', 'referred', 'duplicate'] as const satisfies readonly InquiryStatus[];
/** The statuses of an inquiry still waiting to be dealt with (the API's `open=true`). */
export const OPEN_STATUSES: readonly InquiryStatus[] = ['received', 'assigned', 'in_progress'];
export const INQUIRY_SOURCES = ['public', 'partner', 'open311'] as const satisfies readonly InquirySource[];
/** Who may be asking (a route's `from_audience` also has `any`, which no one asking is). */
export const ASKERS = ['resident', 'city_staff', 'police', 'housing_company', 'school', 'business'] as const satisfies readonly FromAudience[];

export const isOpenStatus = (s: InquiryStatus) => OPEN_STATUSES.includes(s);

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** An ISO 8601 duration (`P3D`, `PT4H`, `P1DT12H`, `P2W`) in its parts; null when it is not one (or empty: `P`, `PT`). */
export function parseIsoDuration(text: string | null | undefined): DurationParts | null {
  if (!text) return null;
  const m = ISO_DURATION.exec(text.trim().toUpperCase());
  if (!m || text.trim().toUpperCase().endsWith('T') || m.slice(1).every((v) => v === undefined)) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** A response target in words: "3 dagar", "4 timmar", "1 dag och 12 timmar", "2 veckor"; null when none (or unreadable). */
export function isoDurationText(text: string | null | undefined, t: TFunction): string | null {
  const p = parseIsoDuration(text);
  if (!p) return null;
  const parts: string[] = [];
  const add = (count: number, unit: string) => count > 0 && parts.push(t(`inquiries.time.units.${unit}`, { count }));
  add(p.years, 'years');
  add(p.months, 'months');
  add(p.weeks, 'weeks');
  add(p.days, 'days');
  add(p.hours, 'hours');
  add(p.minutes, 'minutes');
  add(p.seconds, 'seconds');
  if (parts.length === 0) return t('inquiries.time.units.minutes', { count: 0 });
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} ${t('inquiries.time.and')} ${parts[parts.length - 1]}`;
}

/**
 * A span of seconds in words, rounded as a person would say it: "45 minuter", "5 timmar", "3,5 dagar",
 * "12 dagar" (en "3.5 days"). Under an hour in minutes, under two days in hours, else in days (one
 * decimal under ten days).
 */
export function durationText(seconds: number, t: TFunction, lang: string): string {
  const s = Math.max(0, seconds);
  const number = (v: number, decimals: number) => new Intl.NumberFormat(localeFor(lang), { maximumFractionDigits: decimals }).format(v);
  if (s < HOUR) {
    const count = Math.max(1, Math.round(s / MINUTE));
    return t('inquiries.time.units.minutes', { count });
  }
  if (s < 2 * DAY) {
    const count = Math.round(s / HOUR);
    return t('inquiries.time.units.hours', { count });
  }
  const days = s / DAY;
  const rounded = days < 10 ? Math.round(days * 10) / 10 : Math.round(days);
  return t('inquiries.time.units.daysDecimal', { count: rounded, value: number(rounded, 1) });
}

/** A short span for a clock: "45 min", "3 h", "2 dagar" (rounded down, at least one minute). */
export function shortDuration(seconds: number, t: TFunction): string {
  const s = Math.max(0, seconds);
  if (s < HOUR) return t('inquiries.time.short.minutes', { count: Math.max(1, Math.floor(s / MINUTE)) });
  if (s < 2 * DAY) return t('inquiries.time.short.hours', { count: Math.floor(s / HOUR) });
  return t('inquiries.time.short.days', { count: Math.floor(s / DAY) });
}

const dayMonth = new Map<string, Intl.DateTimeFormat>();
function dayMonthFormat(locale: string, withYear: boolean) {
  const key = `${locale}|${withYear}`;
  let f = dayMonth.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: STOCKHOLM, day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) });
    dayMonth.set(key, f);
  }
  return f;
}

/**
 * An instant as a person reads it in a list: "5 dec 14:00" (Stockholm time), with the year when it is
 * not the year of `now`: "5 dec 2025 14:00" (en "5 Dec 14:00").
 */
export function formatShortInstant(instant: string, lang: string, now: number = Date.now()): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const year = (ms: number) => new Intl.DateTimeFormat('en', { timeZone: STOCKHOLM, year: 'numeric' }).format(new Date(ms));
  const parts = dayMonthFormat(localeFor(lang), year(d.getTime()) !== year(now)).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = [get('day'), get('month').replace(/\.$/, ''), get('year')].filter(Boolean).join(' ');
  return `${date} ${formatStockholmClock(instant)}`;
}

/** Where an inquiry is against its response target. */
export type Clock =
  /** No target: the route promises no time (or it is not routed yet). */
  | { kind: 'none' }
  /** Not answered yet, still within the target. */
  | { kind: 'due'; expectedAt: string; leftSeconds: number }
  /** Not answered, past the target. */
  | { kind: 'late'; expectedAt: string; lateSeconds: number }
  /** Answered (the first response came) in time, or `lateSeconds` after the target. */
  | { kind: 'answered'; expectedAt: string | null; answeredAt: string; lateSeconds: number };

/** The clock of an inquiry at `now` (milliseconds), from `expected_at` and `first_response_at`. */
export function inquiryClock(i: { expected_at?: string | null; first_response_at?: string | null }, now: number = Date.now()): Clock {
  const expected = i.expected_at ? Date.parse(i.expected_at) : NaN;
  if (i.first_response_at) {
    const answered = Date.parse(i.first_response_at);
    return {
      kind: 'answered',
      expectedAt: i.expected_at ?? null,
      answeredAt: i.first_response_at,
      lateSeconds: Number.isNaN(expected) ? 0 : Math.max(0, Math.round((answered - expected) / 1000)),
    };
  }
  if (!i.expected_at || Number.isNaN(expected)) return { kind: 'none' };
  if (now < expected) return { kind: 'due', expectedAt: i.expected_at, leftSeconds: Math.round((expected - now) / 1000) };
  return { kind: 'late', expectedAt: i.expected_at, lateSeconds: Math.round((now - expected) / 1000) };
}

/**
 * The clock in words, two lines: what the target is ("svar senast 5 dec 14:00", "besvarat 4 dec
 * 10:00") and where it stands ("2 dagar kvar", "försenat 3 h", "i tid", "5 h för sent"); `late`
 * says whether the second line is bad news.
 */
export function clockText(clock: Clock, t: TFunction, lang: string, now: number = Date.now()): { target: string; state: string; late: boolean } {
  const at = (instant: string) => formatShortInstant(instant, lang, now);
  switch (clock.kind) {
    case 'none':
      return { target: t('inquiries.clock.noTarget'), state: '', late: false };
    case 'due':
      return { target: t('inquiries.clock.dueBy', { when: at(clock.expectedAt) }), state: t('inquiries.clock.left', { time: shortDuration(clock.leftSeconds, t) }), late: false };
    case 'late':
      return { target: t('inquiries.clock.dueBy', { when: at(clock.expectedAt) }), state: t('inquiries.clock.late', { time: shortDuration(clock.lateSeconds, t) }), late: true };
    case 'answered':
      return {
        target: t('inquiries.clock.answeredAt', { when: at(clock.answeredAt) }),
        state: !clock.expectedAt ? '' : clock.lateSeconds > 0 ? t('inquiries.clock.answeredLate', { time: shortDuration(clock.lateSeconds, t) }) : t('inquiries.clock.answeredInTime'),
        late: clock.lateSeconds > 0,
      };
  }
}

/** A share 0–1 as a whole per cent in the language's format: "84 %" (en "84%"); null for none. */
export function percentText(share: number | null | undefined, lang: string): string | null {
  if (share === null || share === undefined || Number.isNaN(share)) return null;
  return new Intl.NumberFormat(localeFor(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** `YYYY-MM` as a month in words: "december 2026" (en "December 2026"). */
export function monthText(month: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(localeFor(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(+m[1], +m[2] - 1, 1)));
}
