import { describe, expect, it } from 'vitest';
import { addDaysIso, formatDate, formatDateTime, formatFileSize, MAX_UPLOAD_BYTES, todayIso } from './format';

describe('formatDate', () => {
  it('formats dates as ISO 8601 in both languages, without time zone shifts', () => {
    expect(formatDate('2023-07-01', 'sv')).toBe('2023-07-01');
    expect(formatDate('2023-07-01', 'en')).toBe('2023-07-01');
    expect(formatDate('2023-12-31T23:30:00Z', 'en')).toBe('2023-12-31');
    expect(formatDate(null, 'sv')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('todayIso is YYYY-MM-DD', () => {
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('formatDateTime', () => {
  it('formats instants as "YYYY-MM-DD HH:MM" in Stockholm time in both languages', () => {
    // Winter (UTC+1) and summer (UTC+2) time.
    expect(formatDateTime('2023-01-05T13:00:00Z', 'sv')).toBe('2023-01-05 14:00');
    expect(formatDateTime('2023-07-01T12:00:00Z', 'en')).toBe('2023-07-01 14:00');
    expect(formatDateTime('2023-07-01T14:00:00+02:00', 'sv')).toBe('2023-07-01 14:00');
  });

  it('uses the Stockholm date across midnight and a 24-hour clock', () => {
    expect(formatDateTime('2023-12-31T23:30:00Z', 'en')).toBe('2024-01-01 00:30');
    expect(formatDateTime('2023-06-30T22:05:00Z', 'en')).toBe('2023-07-01 00:05');
  });

  it('passes through empty and unparseable values', () => {
    expect(formatDateTime(null, 'sv')).toBe('');
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });
});

describe('addDaysIso', () => {
  it('adds days across months, years and the DST change', () => {
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2026-01-10', -10)).toBe('2025-12-31');
  });
});

describe('formatFileSize', () => {
  const nb = '\u00a0';
  it('says bytes, kB and MB in the language’s number format', () => {
    expect(formatFileSize(0, 'sv')).toBe(`0${nb}byte`);
    expect(formatFileSize(512, 'sv')).toBe(`512${nb}byte`);
    expect(formatFileSize(512, 'en')).toBe(`512${nb}bytes`);
    expect(formatFileSize(1, 'en')).toBe(`1${nb}byte`);
    expect(formatFileSize(1536, 'sv')).toBe(`1,5${nb}kB`);
    expect(formatFileSize(1536, 'en')).toBe(`1.5${nb}kB`);
    expect(formatFileSize(348_160, 'sv')).toBe(`340${nb}kB`);
    expect(formatFileSize(2_516_582, 'sv')).toBe(`2,4${nb}MB`);
    expect(formatFileSize(2_516_582, 'en')).toBe(`2.4${nb}MB`);
    expect(formatFileSize(MAX_UPLOAD_BYTES, 'sv')).toBe(`20${nb}MB`);
  });
});
