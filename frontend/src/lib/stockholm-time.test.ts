import { describe, expect, it } from 'vitest';
import { addMonthsIso, formatMeetingTime, fromStockholmLocal, offsetMinutesAt, stockholmDate, toStockholmLocal } from './stockholm-time';

describe('Stockholm local time ↔ UTC', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(fromStockholmLocal('2027-01-12T18:00')).toBe('2027-01-12T18:00:00+01:00');
    expect(fromStockholmLocal('2027-07-13T18:00')).toBe('2027-07-13T18:00:00+02:00');
    expect(toStockholmLocal('2027-01-12T17:00:00Z')).toBe('2027-01-12T18:00');
    expect(toStockholmLocal('2027-07-13T16:00:00Z')).toBe('2027-07-13T18:00');
  });

  it('refuses the hour skipped when summer time starts (28 March 2027, 02:00 → 03:00)', () => {
    expect(fromStockholmLocal('2027-03-28T01:59')).toBe('2027-03-28T01:59:00+01:00');
    expect(fromStockholmLocal('2027-03-28T02:00')).toBeNull();
    expect(fromStockholmLocal('2027-03-28T02:30')).toBeNull();
    expect(fromStockholmLocal('2027-03-28T03:00')).toBe('2027-03-28T03:00:00+02:00');
    // The evening of the change is summer time; the evening before is winter time.
    expect(fromStockholmLocal('2027-03-27T18:00')).toBe('2027-03-27T18:00:00+01:00');
    expect(fromStockholmLocal('2027-03-28T18:00')).toBe('2027-03-28T18:00:00+02:00');
    expect(toStockholmLocal('2027-03-28T00:59:00Z')).toBe('2027-03-28T01:59');
    expect(toStockholmLocal('2027-03-28T01:00:00Z')).toBe('2027-03-28T03:00');
  });

  it('takes the first of the hour repeated when summer time ends (31 October 2027, 03:00 → 02:00)', () => {
    expect(fromStockholmLocal('2027-10-31T01:59')).toBe('2027-10-31T01:59:00+02:00');
    expect(fromStockholmLocal('2027-10-31T02:30')).toBe('2027-10-31T02:30:00+02:00');
    expect(fromStockholmLocal('2027-10-31T03:00')).toBe('2027-10-31T03:00:00+01:00');
    expect(fromStockholmLocal('2027-10-30T18:00')).toBe('2027-10-30T18:00:00+02:00');
    expect(fromStockholmLocal('2027-10-31T18:00')).toBe('2027-10-31T18:00:00+01:00');
    // Both instants of the repeated hour read as 02:30.
    expect(toStockholmLocal('2027-10-31T00:30:00Z')).toBe('2027-10-31T02:30');
    expect(toStockholmLocal('2027-10-31T01:30:00Z')).toBe('2027-10-31T02:30');
  });

  it('round-trips every hour of a year, the repeated hour going to its first occurrence', () => {
    const start = Date.UTC(2027, 0, 1);
    for (let ms = start; ms < Date.UTC(2028, 0, 1); ms += 60 * 60_000) {
      const instant = new Date(ms).toISOString();
      const back = fromStockholmLocal(toStockholmLocal(instant));
      expect(back, instant).not.toBeNull();
      const diff = Date.parse(back!) - ms;
      // Only the second 02:xx of 31 October comes back an hour earlier.
      if (instant === '2027-10-31T01:00:00.000Z') expect(diff).toBe(-60 * 60_000);
      else expect(diff, instant).toBe(0);
    }
  });

  it('knows the offset at an instant', () => {
    expect(offsetMinutesAt(Date.parse('2027-01-01T12:00:00Z'))).toBe(60);
    expect(offsetMinutesAt(Date.parse('2027-06-01T12:00:00Z'))).toBe(120);
  });

  it('refuses malformed and impossible dates', () => {
    expect(fromStockholmLocal('')).toBeNull();
    expect(fromStockholmLocal('2027-01-12')).toBeNull();
    expect(fromStockholmLocal('2027-02-30T10:00')).toBeNull();
    expect(fromStockholmLocal('2027-13-01T10:00')).toBeNull();
    expect(fromStockholmLocal('2027-01-12T24:00')).toBeNull();
    expect(toStockholmLocal('nonsense')).toBe('');
    expect(toStockholmLocal(null)).toBe('');
  });

  it('gives the Stockholm date of an instant (late UTC evening is the next day)', () => {
    expect(stockholmDate('2027-01-12T22:59:00Z')).toBe('2027-01-12');
    expect(stockholmDate('2027-01-12T23:00:00Z')).toBe('2027-01-13');
    expect(stockholmDate('2027-07-12T22:00:00Z')).toBe('2027-07-13');
  });

  it('adds calendar months', () => {
    expect(addMonthsIso('2027-01-15', 12)).toBe('2028-01-15');
    expect(addMonthsIso('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsIso('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonthsIso('2027-03-10', -3)).toBe('2026-12-10');
  });
});

describe('meeting times', () => {
  it('reads as Swedish calendars write them, in Stockholm time', () => {
    expect(formatMeetingTime('2027-01-12T17:00:00Z', '2027-01-12T18:30:00Z', 'sv')).toBe('tis 12 jan 2027 18:00–19:30');
    expect(formatMeetingTime('2027-06-08T16:00:00Z', '2027-06-08T17:30:00Z', 'sv')).toBe('tis 8 juni 2027 18:00–19:30');
    expect(formatMeetingTime('2027-01-12T17:00:00Z', '2027-01-12T18:30:00Z', 'sv', 'long')).toBe('tisdag 12 januari 2027 kl. 18:00–19:30');
  });

  it('in English too', () => {
    expect(formatMeetingTime('2027-01-12T17:00:00Z', '2027-01-12T18:30:00Z', 'en')).toBe('Tue 12 Jan 2027 18:00–19:30');
    expect(formatMeetingTime('2027-01-12T17:00:00Z', '2027-01-12T18:30:00Z', 'en', 'long')).toBe('Tuesday 12 January 2027, 18:00–19:30');
  });

  it('names both days when a meeting runs past midnight', () => {
    expect(formatMeetingTime('2027-01-12T21:00:00Z', '2027-01-13T01:00:00Z', 'sv')).toBe('tis 12 jan 2027 22:00 – ons 13 jan 2027 02:00');
  });
});
