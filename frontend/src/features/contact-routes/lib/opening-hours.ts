/**
 * A route's opening hours (Europe/Stockholm): the weekly schedule as a table and in short words
 * ("mån–fre 08:00–16:30"), the dated exceptions, and the form's rows to and from the API's shape.
 */
import type { OpeningHours, Weekday } from '@/api/types';
import type { Errors } from '@/components/ui/form';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Interval {
  opens: string;
  closes: string;
}

/** "08:00–16:30" (an en dash, no spaces). */
export const intervalText = ({ opens, closes }: Interval) => `${opens}–${closes}`;

/** One row per weekday, Monday first, each with its intervals in the order they open (none: closed). */
export function weeklyTable(hours: OpeningHours | null | undefined): { day: Weekday; intervals: Interval[] }[] {
  return WEEKDAYS.map((day) => ({
    day,
    intervals: (hours?.weekly ?? [])
      .filter((w) => w.day === day)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }));
}

const sameIntervals = (a: Interval[], b: Interval[]) =>
  a.length === b.length && a.every((x, i) => x.opens === b[i].opens && x.closes === b[i].closes);

/**
 * The weekly schedule in short words: consecutive days with the same hours together, closed days
 * left out. "mån–fre 08:00–16:30, lör 10:00–14:00"; "" when there is no weekly schedule.
 */
export function weeklySummary(hours: OpeningHours | null | undefined, t: Translate): string {
  const rows = weeklyTable(hours);
  const groups: { from: Weekday; to: Weekday; intervals: Interval[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (row.intervals.length === 0) {
      groups.push({ from: row.day, to: row.day, intervals: [] });
      continue;
    }
    if (last && last.intervals.length > 0 && sameIntervals(last.intervals, row.intervals)) last.to = row.day;
    else groups.push({ from: row.day, to: row.day, intervals: row.intervals });
  }
  const short = (d: Weekday) => t(`contactRoutes.weekdaysShort.${d}`);
  return groups
    .filter((g) => g.intervals.length > 0)
    .map((g) => {
      const days = g.from === g.to ? short(g.from) : `${short(g.from)}–${short(g.to)}`;
      return `${days} ${g.intervals.map(intervalText).join(', ')}`;
    })
    .join('; ');
}

export type OpeningException = NonNullable<OpeningHours['exceptions']>[number];

/** The dated exceptions by date. */
export function sortedExceptions(hours: OpeningHours | null | undefined): OpeningException[] {
  return [...(hours?.exceptions ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

/** Whether there are any opening hours to show. */
export const hasOpeningHours = (hours: OpeningHours | null | undefined) => !!hours && ((hours.weekly?.length ?? 0) > 0 || (hours.exceptions?.length ?? 0) > 0);

// ---- The form's rows ----

let rowKey = 0;
const nextKey = () => ++rowKey;

export interface WeeklyRow {
  key: number;
  day: Weekday;
  opens: string;
  closes: string;
}

export interface ExceptionRow {
  key: number;
  date: string;
  opens: string;
  closes: string;
  note: string;
}

export const newWeeklyRow = (day: Weekday = 'mon', opens = '', closes = ''): WeeklyRow => ({ key: nextKey(), day, opens, closes });
export const newExceptionRow = (date = '', opens = '', closes = '', note = ''): ExceptionRow => ({ key: nextKey(), date, opens, closes, note });

/**
 * A time input cannot say 24:00: the form shows midnight at the end of the day as 00:00 in "Stänger"
 * and sends it as 24:00 (a route is never open past midnight, so 00:00 can mean nothing else there).
 */
const closesToInput = (closes: string | null | undefined) => (closes === '24:00' ? '00:00' : (closes ?? ''));
const closesToApi = (closes: string) => (closes === '00:00' ? '24:00' : closes);

export function weeklyRows(hours: OpeningHours | null | undefined): WeeklyRow[] {
  return (hours?.weekly ?? []).map((w) => newWeeklyRow(w.day, w.opens, closesToInput(w.closes)));
}

export function exceptionRows(hours: OpeningHours | null | undefined): ExceptionRow[] {
  return sortedExceptions(hours).map((e) => newExceptionRow(e.date, e.opens ?? '', closesToInput(e.closes), e.note ?? ''));
}

/** Adds the working week (Monday to Friday) with the same hours, after the rows there are. */
export function workingWeek(rows: WeeklyRow[], opens = '08:00', closes = '16:30'): WeeklyRow[] {
  return [...rows, ...WEEKDAYS.slice(0, 5).map((d) => newWeeklyRow(d, opens, closes))];
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * The rows as the request's `opening_hours` (null for none), or their errors in `errors` by API field
 * name (`opening_hours.weekly[1].closes`). A weekly row needs both times; an exception with neither
 * time is closed all day, one with only one of them is incomplete. Rows stay in the form's order, so
 * the server's errors point at the same rows.
 */
export function openingHoursBody(weekly: WeeklyRow[], exceptions: ExceptionRow[], t: Translate, errors: Errors): OpeningHours | null {
  weekly.forEach((w, i) => {
    const base = `opening_hours.weekly[${i}]`;
    if (!w.opens) errors[`${base}.opens`] = t('contactRoutes.form.timeRequired');
    else if (!TIME.test(w.opens)) errors[`${base}.opens`] = t('contactRoutes.form.timeInvalid');
    if (!w.closes) errors[`${base}.closes`] = t('contactRoutes.form.timeRequired');
    else if (!TIME.test(w.closes)) errors[`${base}.closes`] = t('contactRoutes.form.timeInvalid');
    else if (TIME.test(w.opens) && closesToApi(w.closes) <= w.opens) errors[`${base}.closes`] = t('contactRoutes.form.closesBeforeOpens');
  });
  exceptions.forEach((e, i) => {
    const base = `opening_hours.exceptions[${i}]`;
    if (!e.date) errors[`${base}.date`] = t('contactRoutes.form.dateRequired');
    if (!!e.opens !== !!e.closes) errors[`${base}.${e.opens ? 'closes' : 'opens'}`] = t('contactRoutes.form.bothTimesOrNone');
    else if (e.opens && e.closes) {
      if (!TIME.test(e.opens)) errors[`${base}.opens`] = t('contactRoutes.form.timeInvalid');
      else if (!TIME.test(e.closes)) errors[`${base}.closes`] = t('contactRoutes.form.timeInvalid');
      else if (closesToApi(e.closes) <= e.opens) errors[`${base}.closes`] = t('contactRoutes.form.closesBeforeOpens');
    }
  });
  if (weekly.length === 0 && exceptions.length === 0) return null;
  return {
    weekly: weekly.map((w) => ({ day: w.day, opens: w.opens, closes: closesToApi(w.closes) })),
    exceptions: exceptions.map((e) => ({
      date: e.date,
      opens: e.opens || null,
      closes: e.closes ? closesToApi(e.closes) : null,
      note: e.note.trim() || null,
    })),
  };
}
