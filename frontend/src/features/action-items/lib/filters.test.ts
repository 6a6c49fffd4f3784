import { describe, expect, it } from 'vitest';
import { actionItemQueryFor, parseActionItemFilters, statusChanges } from './filters';

const COUNCIL = '01900000-0000-7000-8000-0000000000c1';
const parse = (q: string) => parseActionItemFilters(new URLSearchParams(q));

describe('action item filters', () => {
  it('defaults to the caller’s open tasks and ignores what it does not know', () => {
    expect(parse('')).toEqual({ scope: 'mine', show: 'open', council: null });
    expect(parse('scope=theirs&show=late&council=x')).toEqual({ scope: 'mine', show: 'open', council: null });
  });

  it('takes a council only for everyone’s tasks', () => {
    expect(parse(`council=${COUNCIL}`).council).toBeNull();
    expect(parse(`scope=all&council=${COUNCIL}&show=all`)).toEqual({ scope: 'all', show: 'all', council: COUNCIL });
  });

  it('asks the API for owner=me, status=open or overdue=true', () => {
    expect(actionItemQueryFor(parse(''))).toEqual({ owner: 'me', status: 'open' });
    expect(actionItemQueryFor(parse('show=overdue'))).toEqual({ owner: 'me', overdue: true });
    expect(actionItemQueryFor(parse('show=all'))).toEqual({ owner: 'me' });
    expect(actionItemQueryFor(parse(`scope=all&council=${COUNCIL}&show=overdue`))).toEqual({ council_id: COUNCIL, overdue: true });
  });
});

describe('status changes', () => {
  it('lets the owner mark an open task done and reopen it, not cancel it', () => {
    expect(statusChanges({ status: 'open', allowed_actions: ['update_status'] })).toEqual(['done']);
    expect(statusChanges({ status: 'done', allowed_actions: ['update_status'] })).toEqual(['open']);
  });

  it('lets those who run the council cancel too', () => {
    expect(statusChanges({ status: 'open', allowed_actions: ['update'] })).toEqual(['done', 'cancelled']);
    expect(statusChanges({ status: 'cancelled', allowed_actions: ['update'] })).toEqual(['open']);
  });

  it('offers nothing to others', () => {
    expect(statusChanges({ status: 'open', allowed_actions: [] })).toEqual([]);
  });
});
