import { describe, expect, it } from 'vitest';
import { dayForKey, lastOfMonth, monthWeeks, shiftMonth, weekdayIndex } from './month';

describe('month grid arithmetic', () => {
  it('lays a month out in weeks from Monday', () => {
    // January 2027 starts on a Friday and ends on a Sunday.
    const weeks = monthWeeks('2027-01');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, null, '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(weeks[4]).toEqual(['2027-01-25', '2027-01-26', '2027-01-27', '2027-01-28', '2027-01-29', '2027-01-30', '2027-01-31']);
    // February 2027 is exactly four weeks from a Monday.
    expect(monthWeeks('2027-02')).toHaveLength(4);
    expect(lastOfMonth('2028-02')).toBe('2028-02-29');
  });

  it('moves by day, week, week edge and month', () => {
    expect(weekdayIndex('2027-01-12')).toBe(1);
    expect(dayForKey('2027-01-12', 'ArrowRight')).toBe('2027-01-13');
    expect(dayForKey('2027-01-01', 'ArrowLeft')).toBe('2026-12-31');
    expect(dayForKey('2027-01-12', 'ArrowDown')).toBe('2027-01-19');
    expect(dayForKey('2027-01-12', 'ArrowUp')).toBe('2027-01-05');
    expect(dayForKey('2027-01-12', 'Home')).toBe('2027-01-11');
    expect(dayForKey('2027-01-12', 'End')).toBe('2027-01-17');
    expect(dayForKey('2027-01-31', 'PageDown')).toBe('2027-02-28');
    expect(dayForKey('2027-01-12', 'Enter')).toBeNull();
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });
});
