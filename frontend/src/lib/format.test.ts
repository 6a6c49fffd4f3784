import { describe, expect, it } from 'vitest';
import { formatDate, todayIso } from './format';

describe('formatDate', () => {
  it('formats ISO dates in Swedish and British style without time zone shifts', () => {
    expect(formatDate('2023-07-01', 'sv')).toBe('2023-07-01');
    expect(formatDate('2023-07-01', 'en')).toBe('01/07/2023');
    expect(formatDate(null, 'sv')).toBe('');
  });

  it('todayIso is YYYY-MM-DD', () => {
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
