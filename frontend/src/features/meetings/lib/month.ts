/**
 * The month view's calendar arithmetic, on ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`), in UTC so
 * no time zone shifts a day. Weeks start on Monday, as in Sweden.
 */
import { addDaysIso } from '@/lib/format';
import { addMonthsIso } from '@/lib/stockholm-time';

export const isIsoDate = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
export const isIsoMonth = (s: string | null | undefined): s is string => !!s && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

export const monthOf = (iso: string) => iso.slice(0, 7);
export const firstOfMonth = (month: string) => `${month}-01`;
export const lastOfMonth = (month: string) => addDaysIso(addMonthsIso(firstOfMonth(month), 1), -1);
export const shiftMonth = (month: string, n: number) => monthOf(addMonthsIso(firstOfMonth(month), n));

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The month's weeks, Monday to Sunday; days of the neighbouring months are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const weeks: (string | null)[][] = [];
  let day = addDaysIso(first, -weekdayIndex(first));
  while (day <= last) {
    const week: (string | null)[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(monthOf(day) === month ? day : null);
      day = addDaysIso(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The day a key moves the focus to from `day` in the month grid, or null for another key. */
export function dayForKey(day: string, key: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDaysIso(day, -1);
    case 'ArrowRight':
      return addDaysIso(day, 1);
    case 'ArrowUp':
      return addDaysIso(day, -7);
    case 'ArrowDown':
      return addDaysIso(day, 7);
    case 'Home':
      return addDaysIso(day, -weekdayIndex(day));
    case 'End':
      return addDaysIso(day, 6 - weekdayIndex(day));
    case 'PageUp':
      return addMonthsIso(day, -1);
    case 'PageDown':
      return addMonthsIso(day, 1);
    default:
      return null;
  }
}
