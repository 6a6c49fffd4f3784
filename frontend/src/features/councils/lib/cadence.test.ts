import { afterEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import type { Cadence } from '@/api/types';
import { describeCadence, formatMeeting, parseRrule } from './cadence';

const cadence = (rrule: string, start_time = '18:00', duration_minutes = 90): Cadence => ({
  rrule,
  start_time,
  duration_minutes,
  time_zone: 'Europe/Stockholm',
});

afterEach(async () => {
  await i18n.changeLanguage('sv');
});

describe('cadence in words', () => {
  const sv = (rrule: string, start?: string, minutes?: number) => describeCadence(cadence(rrule, start, minutes), i18n.t, 'sv');

  it('parses an RRULE into parts', () => {
    expect(parseRrule('RRULE:FREQ=monthly;BYDAY=2TU')).toEqual({ FREQ: 'MONTHLY', BYDAY: '2TU' });
  });

  it('describes the usual council rules in Swedish', () => {
    expect(sv('FREQ=MONTHLY;BYDAY=2TU')).toBe('Varje månad, andra tisdagen, kl. 18:00 (90 minuter)');
    expect(sv('FREQ=MONTHLY;BYDAY=-1FR', '09:30', 60)).toBe('Varje månad, sista fredagen, kl. 09:30 (60 minuter)');
    expect(sv('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', '10:00', 60)).toBe('Med 2 veckors mellanrum, torsdag, kl. 10:00 (60 minuter)');
    expect(sv('FREQ=WEEKLY;BYDAY=MO,WE')).toBe('Varje vecka, måndag och onsdag, kl. 18:00 (90 minuter)');
    expect(sv('FREQ=MONTHLY;BYMONTHDAY=15', '08:00', 1)).toBe('Varje månad, den 15:e, kl. 08:00 (1 minut)');
    expect(sv('FREQ=YEARLY;BYMONTH=3,9;BYDAY=1MO;COUNT=4')).toBe(
      'Varje år, i mars och september, första måndagen, 4 gånger, kl. 18:00 (90 minuter)',
    );
  });

  it('describes them in English', async () => {
    await i18n.changeLanguage('en');
    expect(describeCadence(cadence('FREQ=MONTHLY;BYDAY=2TU'), i18n.t, 'en')).toBe(
      'Every month, on the second Tuesday, at 18:00 (90 minutes)',
    );
  });

  it('falls back to the raw rule for what it does not understand', () => {
    expect(sv('FREQ=HOURLY')).toBe('FREQ=HOURLY, kl. 18:00 (90 minuter)');
    expect(sv('FREQ=MONTHLY;BYDAY=2XX')).toBe('FREQ=MONTHLY;BYDAY=2XX, kl. 18:00 (90 minuter)');
  });

  it('shows meeting times in Stockholm time whatever the offset they come with', () => {
    expect(formatMeeting('2026-12-08T18:00:00+01:00', 'sv')).toBe('tisdag 8 december 2026 kl. 18:00');
    // The same instant, given in UTC.
    expect(formatMeeting('2026-12-08T17:00:00Z', 'sv')).toBe('tisdag 8 december 2026 kl. 18:00');
    // Summer time.
    expect(formatMeeting('2027-04-13T18:00:00+02:00', 'sv')).toContain('18:00');
  });
});
