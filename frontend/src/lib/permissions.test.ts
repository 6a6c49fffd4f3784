import { describe, expect, it } from 'vitest';
import { allows } from './permissions';

describe('allows', () => {
  it('reads the allowed_actions of a resource or list page, and allows nothing before it is loaded', () => {
    expect(allows('update', { allowed_actions: ['update', 'manage_seats'] })).toBe(true);
    expect(allows('delete', { allowed_actions: ['update'] })).toBe(false);
    expect(allows('create', { allowed_actions: [] })).toBe(false);
    expect(allows('create', undefined)).toBe(false);
    expect(allows('create', null)).toBe(false);
  });
});
