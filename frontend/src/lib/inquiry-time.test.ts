import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import {
  clockText,
  durationText,
  formatShortInstant,
  inquiryClock,
  isoDurationText,
  monthText,
  parseIsoDuration,
  percentText,
  shortDuration,
} from './inquiry-time';

const sv = i18n.getFixedT('sv');
const en = i18n.getFixedT('en');
const HOUR = 3600;
const DAY = 24 * HOUR;

describe('response targets (ISO 8601 durations) in words', () => {
  it('reads the parts', () => {
    expect(parseIsoDuration('P3D')).toMatchObject({ days: 3, hours: 0 });
    expect(parseIsoDuration('P1DT12H')).toMatchObject({ days: 1, hours: 12 });
    expect(parseIsoDuration('pt4h')).toMatchObject({ hours: 4 });
    expect(parseIsoDuration('P2W')).toMatchObject({ weeks: 2 });
    for (const bad of ['', 'P', 'PT', '3D', 'P3DT', 'P1.5D', 'PT4H5', null, undefined]) expect(parseIsoDuration(bad)).toBeNull();
  });

  it('says them as a person would', () => {
    expect(isoDurationText('P3D', sv)).toBe('3 dagar');
    expect(isoDurationText('P1D', sv)).toBe('1 dag');
    expect(isoDurationText('PT4H', sv)).toBe('4 timmar');
    expect(isoDurationText('P1DT12H', sv)).toBe('1 dag och 12 timmar');
    expect(isoDurationText('P1DT2H30M', sv)).toBe('1 dag, 2 timmar och 30 minuter');
    expect(isoDurationText('P2W', sv)).toBe('2 veckor');
    expect(isoDurationText('P1M', sv)).toBe('1 månad');
    expect(isoDurationText('P1DT12H', en)).toBe('1 day and 12 hours');
    expect(isoDurationText(null, sv)).toBeNull();
    expect(isoDurationText('soon', sv)).toBeNull();
  });
});

describe('seconds in words (the reports)', () => {
  it('minutes under an hour, hours under two days, then days with one decimal under ten', () => {
    expect(durationText(0, sv, 'sv')).toBe('1 minut');
    expect(durationText(45 * 60, sv, 'sv')).toBe('45 minuter');
    expect(durationText(HOUR, sv, 'sv')).toBe('1 timme');
    expect(durationText(5.4 * HOUR, sv, 'sv')).toBe('5 timmar');
    expect(durationText(47 * HOUR, sv, 'sv')).toBe('47 timmar');
    expect(durationText(183_600, sv, 'sv')).toBe('2,1 dagar');
    expect(durationText(3.5 * DAY, sv, 'sv')).toBe('3,5 dagar');
    expect(durationText(3.5 * DAY, en, 'en')).toBe('3.5 days');
    expect(durationText(2 * DAY, sv, 'sv')).toBe('2 dagar');
    expect(durationText(15.6 * DAY, sv, 'sv')).toBe('16 dagar');
  });

  it('short spans for a clock, rounded down', () => {
    expect(shortDuration(30, sv)).toBe('1 min');
    expect(shortDuration(59 * 60, sv)).toBe('59 min');
    expect(shortDuration(3 * HOUR + 40 * 60, sv)).toBe('3 h');
    expect(shortDuration(47 * HOUR, sv)).toBe('47 h');
    expect(shortDuration(2 * DAY + 20 * HOUR, sv)).toBe('2 dagar');
    expect(shortDuration(DAY * 1, en)).toBe('24 h');
    expect(shortDuration(DAY * 3, en)).toBe('3 days');
  });
});

describe('an instant in a list', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  it('is day, month and Stockholm time, with the year only when it is another year', () => {
    expect(formatShortInstant('2026-12-05T13:00:00Z', 'sv', now)).toBe('5 dec 14:00');
    expect(formatShortInstant('2026-07-05T13:00:00Z', 'sv', now)).toBe('5 juli 15:00');
    expect(formatShortInstant('2025-12-05T13:00:00Z', 'sv', now)).toBe('5 dec 2025 14:00');
    expect(formatShortInstant('2026-12-05T13:00:00Z', 'en', now)).toBe('5 Dec 14:00');
    // New Year's Eve in UTC is already the next year in Stockholm.
    expect(formatShortInstant('2026-12-31T23:30:00Z', 'sv', now)).toBe('1 jan 2027 00:30');
  });
});

describe('the clock against the target', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  const text = (i: Parameters<typeof inquiryClock>[0], t = sv, lang = 'sv') => clockText(inquiryClock(i, now), t, lang, now);

  it('due: when, and how long is left', () => {
    expect(inquiryClock({ expected_at: '2026-12-05T13:00:00Z' }, now)).toEqual({ kind: 'due', expectedAt: '2026-12-05T13:00:00Z', leftSeconds: 2 * DAY + HOUR });
    expect(text({ expected_at: '2026-12-05T13:00:00Z' })).toEqual({ target: 'svar senast 5 dec 14:00', state: '2 dagar kvar', late: false });
    expect(text({ expected_at: '2026-12-03T17:00:00Z' })).toEqual({ target: 'svar senast 3 dec 18:00', state: '5 h kvar', late: false });
    expect(text({ expected_at: '2026-12-05T13:00:00Z' }, en, 'en')).toEqual({ target: 'answer due 5 Dec 14:00', state: '2 days left', late: false });
  });

  it('late: past the target without an answer', () => {
    expect(text({ expected_at: '2026-12-03T09:00:00Z', first_response_at: null })).toEqual({ target: 'svar senast 3 dec 10:00', state: 'försenat 3 h', late: true });
    expect(text({ expected_at: '2026-11-29T12:00:00Z' })).toMatchObject({ state: 'försenat 4 dagar', late: true });
  });

  it('answered: in time, or how late', () => {
    expect(text({ expected_at: '2026-12-03T09:00:00Z', first_response_at: '2026-12-02T09:00:00Z' })).toEqual({ target: 'besvarat 2 dec 10:00', state: 'i tid', late: false });
    expect(text({ expected_at: '2026-12-02T09:00:00Z', first_response_at: '2026-12-02T14:00:00Z' })).toEqual({ target: 'besvarat 2 dec 15:00', state: '5 h för sent', late: true });
    expect(text({ expected_at: null, first_response_at: '2026-12-02T14:00:00Z' })).toEqual({ target: 'besvarat 2 dec 15:00', state: '', late: false });
  });

  it('no target: the route promises no time, or it is not routed', () => {
    expect(text({ expected_at: null })).toEqual({ target: 'inget svarsmål', state: '', late: false });
  });
});

describe('numbers and months', () => {
  it('says shares as whole per cent and months in words', () => {
    expect(percentText(0.838, 'sv')).toBe('84\u00a0%');
    expect(percentText(0.838, 'en')).toBe('84%');
    expect(percentText(null, 'sv')).toBeNull();
    expect(monthText('2026-12', 'sv')).toBe('december 2026');
    expect(monthText('2026-01', 'en')).toBe('January 2026');
    expect(monthText('2026', 'sv')).toBe('2026');
  });
});
