import { describe, expect, it } from 'vitest';
import { occurrences, patternToRrule, rruleToPattern, toZonedIso, type CadencePattern } from './recurrence';

describe('RRULE ↔ builder', () => {
  const cases: [CadencePattern, string][] = [
    [{ kind: 'weekly', interval: 1, weekday: 'MO' }, 'FREQ=WEEKLY;BYDAY=MO'],
    [{ kind: 'weekly', interval: 2, weekday: 'TU' }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
    [{ kind: 'weekly', interval: 3, weekday: 'FR' }, 'FREQ=WEEKLY;INTERVAL=3;BYDAY=FR'],
    [{ kind: 'monthly_weekday', ordinal: 2, weekday: 'TU' }, 'FREQ=MONTHLY;BYDAY=2TU'],
    [{ kind: 'monthly_weekday', ordinal: -1, weekday: 'TH' }, 'FREQ=MONTHLY;BYDAY=-1TH'],
    [{ kind: 'monthly_day', day: 15 }, 'FREQ=MONTHLY;BYMONTHDAY=15'],
  ];

  it.each(cases)('writes %j as %s and reads it back', (pattern, rule) => {
    expect(patternToRrule(pattern)).toBe(rule);
    expect(rruleToPattern(rule)).toEqual(pattern);
  });

  it('reads equivalent spellings', () => {
    expect(rruleToPattern('RRULE:freq=monthly;byday=+2tu')).toEqual({ kind: 'monthly_weekday', ordinal: 2, weekday: 'TU' });
    expect(rruleToPattern('BYDAY=WE;FREQ=WEEKLY;INTERVAL=1')).toEqual({ kind: 'weekly', interval: 1, weekday: 'WE' });
  });

  it('leaves what the builder cannot show to the advanced field', () => {
    for (const rule of [
      'FREQ=WEEKLY;BYDAY=MO,WE',
      'FREQ=MONTHLY;BYDAY=5TU',
      'FREQ=MONTHLY;BYDAY=-2FR',
      'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU',
      'FREQ=MONTHLY;BYDAY=2TU;COUNT=4',
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      'FREQ=MONTHLY;BYMONTHDAY=32',
      'FREQ=YEARLY;BYMONTH=3;BYDAY=1MO',
      'FREQ=DAILY',
      'FREQ=MONTHLY;BYDAY=XX',
      'nonsense',
      '',
    ]) {
      expect(rruleToPattern(rule), rule).toBeNull();
    }
  });
});

describe('preview of the next meetings (Europe/Stockholm)', () => {
  const iso = (p: CadencePattern, after: string, startsOn = '2026-01-01', startTime = '18:00', count = 5) =>
    occurrences(p, { startTime, startsOn, after: new Date(after), count }).map((d) => toZonedIso(d));

  it('matches the server for the second Tuesday across the change to summer time', () => {
    // The same dates as the backend's own test of FREQ=MONTHLY;BYDAY=2TU.
    expect(iso({ kind: 'monthly_weekday', ordinal: 2, weekday: 'TU' }, '2026-02-01T00:00:00Z')).toEqual([
      '2026-02-10T18:00:00+01:00',
      '2026-03-10T18:00:00+01:00',
      '2026-04-14T18:00:00+02:00',
      '2026-05-12T18:00:00+02:00',
      '2026-06-09T18:00:00+02:00',
    ]);
  });

  it('keeps the local time across the change back to winter time', () => {
    expect(iso({ kind: 'weekly', interval: 1, weekday: 'MO' }, '2026-10-19T00:00:00Z', '2026-01-01', '09:30', 3)).toEqual([
      '2026-10-19T09:30:00+02:00',
      '2026-10-26T09:30:00+01:00',
      '2026-11-02T09:30:00+01:00',
    ]);
  });

  it('counts "every other week" from the week the series starts', () => {
    // 2026-01-01 is a Thursday: its week's Tuesday (Dec 30) is before the start, so Jan 13, 27 …
    expect(iso({ kind: 'weekly', interval: 2, weekday: 'TU' }, '2026-01-01T00:00:00Z', '2026-01-01', '18:00', 3)).toEqual([
      '2026-01-13T18:00:00+01:00',
      '2026-01-27T18:00:00+01:00',
      '2026-02-10T18:00:00+01:00',
    ]);
  });

  it('finds the last Thursday and skips months without the 31st', () => {
    expect(iso({ kind: 'monthly_weekday', ordinal: -1, weekday: 'TH' }, '2026-01-01T00:00:00Z', '2026-01-01', '18:00', 3)).toEqual([
      '2026-01-29T18:00:00+01:00',
      '2026-02-26T18:00:00+01:00',
      '2026-03-26T18:00:00+01:00',
    ]);
    expect(iso({ kind: 'monthly_day', day: 31 }, '2026-01-01T00:00:00Z', '2026-01-01', '18:00', 3)).toEqual([
      '2026-01-31T18:00:00+01:00',
      '2026-03-31T18:00:00+02:00',
      '2026-05-31T18:00:00+02:00',
    ]);
  });

  it('does not show a meeting that has already started today, nor any before the start', () => {
    expect(iso({ kind: 'monthly_day', day: 15 }, '2026-01-15T17:30:00Z', '2026-01-01', '18:00', 1)).toEqual(['2026-02-15T18:00:00+01:00']);
    expect(iso({ kind: 'monthly_day', day: 15 }, '2026-01-01T00:00:00Z', '2026-03-01', '18:00', 1)).toEqual(['2026-03-15T18:00:00+01:00']);
  });

  it('gives nothing for an invalid time', () => {
    expect(iso({ kind: 'monthly_day', day: 15 }, '2026-01-01T00:00:00Z', '2026-01-01', '25:00')).toEqual([]);
  });
});
