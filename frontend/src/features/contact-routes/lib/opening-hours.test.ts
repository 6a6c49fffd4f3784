import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import type { OpeningHours } from '@/api/types';
import type { Errors } from '@/components/ui/form';
import {
  exceptionRows,
  newExceptionRow,
  newWeeklyRow,
  openingHoursBody,
  sortedExceptions,
  weeklyRows,
  weeklySummary,
  weeklyTable,
  workingWeek,
} from './opening-hours';

const sv = i18n.getFixedT('sv');
const en = i18n.getFixedT('en');

const office: OpeningHours = {
  weekly: [
    { day: 'tue', opens: '08:00', closes: '16:30' },
    { day: 'mon', opens: '08:00', closes: '16:30' },
    { day: 'wed', opens: '08:00', closes: '16:30' },
    { day: 'thu', opens: '13:00', closes: '16:30' },
    { day: 'thu', opens: '08:00', closes: '12:00' },
    { day: 'fri', opens: '08:00', closes: '15:00' },
    { day: 'sat', opens: '10:00', closes: '14:00' },
  ],
  exceptions: [
    { date: '2026-12-31', opens: '08:00', closes: '12:00', note: 'Nyårsafton' },
    { date: '2026-12-24', opens: null, closes: null, note: 'Julafton' },
  ],
};

describe('opening hours to read', () => {
  it('is a week, Monday first, each day with its intervals in order (none: closed)', () => {
    const week = weeklyTable(office);
    expect(week.map((d) => d.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(week[3].intervals).toEqual([
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '16:30' },
    ]);
    expect(week[6].intervals).toEqual([]);
    expect(weeklyTable(null).every((d) => d.intervals.length === 0)).toBe(true);
  });

  it('says the week in short: consecutive days with the same hours together, closed days left out', () => {
    expect(weeklySummary(office, sv)).toBe('mån–ons 08:00–16:30; tors 08:00–12:00, 13:00–16:30; fre 08:00–15:00; lör 10:00–14:00');
    expect(weeklySummary(office, en)).toBe('Mon–Wed 08:00–16:30; Thu 08:00–12:00, 13:00–16:30; Fri 08:00–15:00; Sat 10:00–14:00');
    const weekdays: OpeningHours = { weekly: workingWeek([]).map(({ day, opens, closes }) => ({ day, opens, closes })) };
    expect(weeklySummary(weekdays, sv)).toBe('mån–fre 08:00–16:30');
    // A closed day in between splits the days with the same hours.
    const split: OpeningHours = { weekly: [{ day: 'mon', opens: '09:00', closes: '12:00' }, { day: 'wed', opens: '09:00', closes: '12:00' }] };
    expect(weeklySummary(split, sv)).toBe('mån 09:00–12:00; ons 09:00–12:00');
    expect(weeklySummary({ weekly: [{ day: 'sun', opens: '00:00', closes: '24:00' }] }, sv)).toBe('sön 00:00–24:00');
    expect(weeklySummary(null, sv)).toBe('');
  });

  it('lists the exceptions by date', () => {
    expect(sortedExceptions(office).map((e) => e.date)).toEqual(['2026-12-24', '2026-12-31']);
  });
});

describe('opening hours in the form', () => {
  it('reads the stored hours into rows; midnight at the end of the day is 00:00 in the time input', () => {
    const rows = weeklyRows({ weekly: [{ day: 'fri', opens: '18:00', closes: '24:00' }] });
    expect(rows).toEqual([expect.objectContaining({ day: 'fri', opens: '18:00', closes: '00:00' })]);
    expect(exceptionRows(office)).toEqual([
      expect.objectContaining({ date: '2026-12-24', opens: '', closes: '', note: 'Julafton' }),
      expect.objectContaining({ date: '2026-12-31', opens: '08:00', closes: '12:00', note: 'Nyårsafton' }),
    ]);
  });

  it('builds the request: weekly rows as they are, an exception without times closed all day, 00:00 closing as 24:00', () => {
    const errors: Errors = {};
    const body = openingHoursBody(
      [newWeeklyRow('mon', '08:00', '16:30'), newWeeklyRow('fri', '18:00', '00:00')],
      [newExceptionRow('2026-12-24', '', '', ' Julafton '), newExceptionRow('2026-12-31', '08:00', '12:00')],
      sv,
      errors,
    );
    expect(errors).toEqual({});
    expect(body).toEqual({
      weekly: [
        { day: 'mon', opens: '08:00', closes: '16:30' },
        { day: 'fri', opens: '18:00', closes: '24:00' },
      ],
      exceptions: [
        { date: '2026-12-24', opens: null, closes: null, note: 'Julafton' },
        { date: '2026-12-31', opens: '08:00', closes: '12:00', note: null },
      ],
    });
  });

  it('is null with no rows', () => {
    expect(openingHoursBody([], [], sv, {})).toBeNull();
  });

  it('names each incomplete or wrong row by its API field', () => {
    const errors: Errors = {};
    openingHoursBody(
      [newWeeklyRow('mon', '', '16:00'), newWeeklyRow('tue', '17:00', '16:00'), newWeeklyRow('wed', '09:00', '')],
      [newExceptionRow('', '10:00', ''), newExceptionRow('2026-12-24', '', '12:00'), newExceptionRow('2026-12-25', '12:00', '10:00')],
      sv,
      errors,
    );
    expect(errors).toEqual({
      'opening_hours.weekly[0].opens': 'Ange en tid.',
      'opening_hours.weekly[1].closes': 'Stänger före den öppnar.',
      'opening_hours.weekly[2].closes': 'Ange en tid.',
      'opening_hours.exceptions[0].date': 'Ange ett datum.',
      'opening_hours.exceptions[0].closes': 'Ange både öppnar och stänger, eller ingen tid (stängt hela dagen).',
      'opening_hours.exceptions[1].opens': 'Ange både öppnar och stänger, eller ingen tid (stängt hela dagen).',
      'opening_hours.exceptions[2].closes': 'Stänger före den öppnar.',
    });
  });
});
