import { describe, expect, it } from 'vitest';
import type { Membership } from '@/api/types';
import type { Attendance, Minutes, Paragraph, Review } from '../api/minutes';
import {
  addDays,
  adjusterState,
  attendees,
  decisionLabel,
  defaultAdjustBy,
  latestComments,
  mayAdjustNow,
  minutesAbilities,
  minutesPatch,
  paragraphLocked,
  paragraphPatch,
  paragraphValues,
  absentLines,
  presentLines,
  rounds,
  secretaryName,
  unrecordedNames,
} from './minutes';

const AT = '2026-11-10T13:00:00Z';
const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';
const ITEM = '01900000-0000-7000-8000-0000000000a1';

const paragraph = (over: Partial<Paragraph> = {}): Paragraph => ({
  id: ITEM,
  meeting_id: 'm',
  number: 3,
  title: 'Trygghetsvandring',
  kind: 'decision',
  classification: 'public',
  minutes_text: null,
  decision: null,
  decision_number: null,
  decision_year: null,
  result: null,
  adjusted_at: null,
  version: 1,
  created_at: AT,
  updated_at: AT,
  names: {},
  allowed_actions: ['update', 'adjust_now'],
  ...over,
});

const minutes = (over: Partial<Minutes> = {}): Minutes => ({
  id: 'x',
  meeting_id: 'm',
  council_id: 'c',
  status: 'draft',
  revision: 0,
  adjust_by: null,
  other_business: null,
  submitted_at: null,
  adjusted_at: null,
  adjusters: [],
  paragraphs: [paragraph()],
  reviews: [],
  corrections: [],
  version: 1,
  created_at: AT,
  updated_at: AT,
  names: {},
  allowed_actions: [],
  ...over,
});

const review = (over: Partial<Review>): Review => ({ revision: 1, person_id: A, verdict: 'commented', comment: 'x', agenda_item_id: null, created_at: AT, ...over });

describe('who may do what (allowed_actions only)', () => {
  it('a secretary writes and submits a draft', () => {
    expect(minutesAbilities(minutes({ allowed_actions: ['update', 'submit'] }))).toEqual({
      edit: true,
      submit: true,
      approve: false,
      comment: false,
      correct: false,
      locked: false,
    });
  });

  it('a member without update only reads a draft', () => {
    expect(minutesAbilities(minutes({ allowed_actions: [] }))).toMatchObject({ edit: false, submit: false });
  });

  it('an adjuster approves or comments while the minutes are submitted, and only then', () => {
    const submitted = minutes({ status: 'submitted', revision: 1, allowed_actions: ['approve', 'comment'] });
    expect(minutesAbilities(submitted)).toMatchObject({ approve: true, comment: true, edit: false, locked: false });
    // The status decides what is shown: an action listed on a draft is not offered as adjusting.
    expect(minutesAbilities(minutes({ allowed_actions: ['approve', 'comment'] }))).toMatchObject({ approve: false, comment: false });
  });

  it('adjusted minutes are locked: no writing, corrections only with `correct`', () => {
    const adjusted = minutes({ status: 'adjusted', allowed_actions: ['correct', 'update'] });
    expect(minutesAbilities(adjusted)).toEqual({ edit: false, submit: false, approve: false, comment: false, correct: true, locked: true });
    expect(minutesAbilities(minutes({ status: 'adjusted', allowed_actions: [] }))).toMatchObject({ correct: false, locked: true });
  });

  it('nothing before the minutes are loaded', () => {
    expect(minutesAbilities(undefined)).toMatchObject({ edit: false, approve: false, locked: false });
  });

  it('a paragraph adjusted at once is locked and not offered for adjusting again', () => {
    expect(paragraphLocked(paragraph())).toBe(false);
    expect(mayAdjustNow(paragraph())).toBe(true);
    const adjusted = paragraph({ adjusted_at: AT, allowed_actions: ['update', 'adjust_now'] });
    expect(paragraphLocked(adjusted)).toBe(true);
    expect(mayAdjustNow(adjusted)).toBe(false);
    expect(paragraphLocked(paragraph({ allowed_actions: [] }))).toBe(true);
    expect(mayAdjustNow(paragraph({ allowed_actions: ['update'] }))).toBe(false);
  });
});

describe('the due date', () => {
  it('defaults to two weeks after the meeting’s day in Stockholm', () => {
    expect(defaultAdjustBy({ adjust_by: null }, '2026-11-10T13:00:00Z')).toBe('2026-11-24');
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    expect(defaultAdjustBy({ adjust_by: null }, '2026-12-31T23:30:00Z')).toBe('2027-01-15');
    expect(defaultAdjustBy({ adjust_by: null }, '2027-02-20T10:00:00Z')).toBe('2027-03-06');
  });

  it('keeps the minutes’ own date, and is empty without a meeting', () => {
    expect(defaultAdjustBy({ adjust_by: '2026-12-01' }, '2026-11-10T13:00:00Z')).toBe('2026-12-01');
    expect(defaultAdjustBy({ adjust_by: null }, undefined)).toBe('');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
    expect(addDays('2027-12-25', 14)).toBe('2028-01-08');
  });
});

describe('what the form sends', () => {
  it('a paragraph: only what changed, blank clears, nothing when unchanged', () => {
    const p = paragraph({ minutes_text: 'Diskuterades.', result: 'noted' });
    expect(paragraphPatch(p, paragraphValues(p))).toBeNull();
    expect(paragraphPatch(p, { minutes_text: 'Diskuterades.', decision: ' Att göra X. ', result: 'decided' })).toEqual({
      decision: 'Att göra X.',
      result: 'decided',
    });
    expect(paragraphPatch(p, { minutes_text: '  ', decision: '', result: '' })).toEqual({ minutes_text: null, result: null });
  });

  it('the minutes: övrigt, due date and the adjusters as a set', () => {
    const m = minutes({ adjust_by: '2026-11-24', adjusters: [{ person_id: A, approved: false }, { person_id: B, approved: false }] });
    expect(minutesPatch(m, { other_business: '', adjust_by: '2026-11-24', adjusters: [B, A] })).toBeNull();
    expect(minutesPatch(m, { other_business: 'Inget.', adjust_by: '2026-11-30', adjusters: [A] })).toEqual({
      other_business: 'Inget.',
      adjust_by: '2026-11-30',
      adjuster_person_ids: [A],
    });
  });

  it('decision numbers read "year:number"', () => {
    expect(decisionLabel({ decision_number: 7, decision_year: 2027 })).toBe('2027:7');
    expect(decisionLabel({ decision_number: null, decision_year: null })).toBeNull();
  });
});

const attendance = (over: Partial<Attendance>): Attendance => ({
  id: `a-${over.person_id ?? over.guest_name}`,
  meeting_id: 'm',
  person_id: null,
  membership_id: null,
  substitute_for_membership_id: null,
  guest_name: null,
  guest_organization: null,
  rsvp: 'accepted',
  presence: 'attended',
  version: 1,
  created_at: AT,
  updated_at: AT,
  names: {},
  allowed_actions: [],
  ...over,
});

const term = (over: Partial<Membership>): Membership =>
  ({ council_id: 'c', role: 'member', start_date: '2020-01-01', current: true, confirmed: true, version: 1, created_at: AT, updated_at: AT, allowed_actions: [], ...over }) as Membership;

describe('attendance', () => {
  const list = [
    attendance({ person_id: A, membership_id: 't1', names: { [A]: 'Ahmed Dahl' } }),
    attendance({ person_id: B, membership_id: 't2', names: { [B]: 'Elin Sandberg' }, presence: 'absent' }),
    attendance({ guest_name: 'Gäst Gästsson', guest_organization: 'Föreningen' }),
  ];
  const terms = [
    term({ id: 't1', person_id: A, role: 'secretary', current: false, on_behalf_of_id: 'o1', names: { o1: 'Södermalms stadsdelsförvaltning', [A]: 'Ahmed Dahl' } }),
    term({ id: 't2', person_id: B, role: 'secretary', current: true, names: { [B]: 'Elin Sandberg' } }),
  ];

  it('adjusters are chosen among people who attended', () => {
    expect(attendees(list)).toEqual([{ personId: A, name: 'Ahmed Dahl' }]);
  });

  it('the protocol lists who attended with their organisation and role, guests with theirs', () => {
    expect(presentLines(list, terms)).toEqual([
      { key: `a-${A}`, name: 'Ahmed Dahl', organization: 'Södermalms stadsdelsförvaltning', role: 'secretary', deputy: false, guest: false },
      { key: 'a-Gäst Gästsson', name: 'Gäst Gästsson', organization: 'Föreningen', role: null, deputy: false, guest: true },
    ]);
  });

  it('the protocol lists who was marked absent, and names the members whose presence nobody marked', () => {
    expect(absentLines(list, terms)).toEqual([
      { key: `a-${B}`, name: 'Elin Sandberg', organization: null, role: 'secretary', deputy: false, guest: false },
    ]);
    const unmarked = attendance({ person_id: 'c', membership_id: 't3', names: { c: 'Cecilia Berg' }, presence: 'unknown' });
    expect(unrecordedNames([...list, unmarked])).toEqual(['Cecilia Berg']);
    // Nothing marked at all: the attendance is not recorded, nobody is singled out.
    expect(unrecordedNames([{ ...unmarked }, { ...list[0], presence: 'unknown' }])).toEqual([]);
    expect(absentLines(undefined, terms)).toEqual([]);
  });

  it('the secretary who attended signs, else the current one', () => {
    expect(secretaryName(list, terms)).toBe('Ahmed Dahl');
    expect(secretaryName([], terms)).toBe('Elin Sandberg');
    expect(secretaryName(list, [])).toBeNull();
  });
});

describe('adjusting', () => {
  it('an adjuster has approved the current revision, an earlier one, or not yet', () => {
    expect(adjusterState({ person_id: A, approved: true, approved_revision: 2, approved_at: AT })).toBe('approved');
    expect(adjusterState({ person_id: A, approved: false, approved_revision: 1, approved_at: AT })).toBe('approvedEarlier');
    expect(adjusterState({ person_id: A, approved: false })).toBe('pending');
  });

  it('the history groups what was said by round, oldest first', () => {
    const r = rounds([
      review({ revision: 2, verdict: 'approved', comment: null, created_at: '2026-11-12T10:00:00Z' }),
      review({ revision: 1, created_at: '2026-11-11T10:00:00Z' }),
      review({ revision: 2, person_id: B, verdict: 'approved', comment: null, created_at: '2026-11-12T09:00:00Z' }),
    ]);
    expect(r.map((x) => x.revision)).toEqual([1, 2]);
    expect(r[1].reviews.map((x) => x.person_id)).toEqual([B, A]);
  });

  it('the comments to act on are the latest round’s, per paragraph or on the whole minutes', () => {
    const list = [
      review({ revision: 1, agenda_item_id: ITEM, comment: 'old' }),
      review({ revision: 2, agenda_item_id: ITEM, comment: 'new' }),
      review({ revision: 2, comment: 'whole' }),
      review({ revision: 3, verdict: 'approved', comment: null }),
    ];
    expect(latestComments(list, ITEM).map((r) => r.comment)).toEqual(['new']);
    expect(latestComments(list, null).map((r) => r.comment)).toEqual(['whole']);
    expect(latestComments(list).length).toBe(2);
    expect(latestComments([review({ verdict: 'approved' })])).toEqual([]);
  });
});
