import { describe, expect, it } from 'vitest';
import { openSummary } from './action-items';

describe('the start page’s task summary', () => {
  it('counts the open tasks and the overdue ones among them', () => {
    expect(openSummary({ items: [{ overdue: true }, { overdue: false }, { overdue: true }], next_cursor: null })).toEqual({ open: 3, more: false, overdue: 2 });
  });

  it('says when there are more than one page holds', () => {
    expect(openSummary({ items: [{ overdue: false }], next_cursor: 'abc' })).toEqual({ open: 1, more: true, overdue: 0 });
    expect(openSummary({ items: [] })).toEqual({ open: 0, more: false, overdue: 0 });
  });
});
