import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests, testMeeting } from '@/testing/test-utils';
import type { Attendance } from '../api/attendance';
import { AttendanceSection, presenceOpen } from './AttendanceSection';

const MEETING = testMeeting({ allowed_actions: ['update', 'cancel', 'publish_agenda'] });
const ID = MEETING.id;
const path = (req: Request) => new URL(req.url).pathname;
/** Before the meeting (12 January 2027 18:00) and after it began. */
const BEFORE = Date.parse('2027-01-01T12:00:00Z');
const DURING = Date.parse('2027-01-12T17:30:00Z');

function entry(n: number, name: string, overrides: Partial<Attendance> = {}): Attendance {
  const person = `01900000-0000-7000-8000-0000000003${String(n).padStart(2, '0')}`;
  return {
    id: `01900000-0000-7000-8000-0000000004${String(n).padStart(2, '0')}`,
    meeting_id: ID,
    person_id: person,
    membership_id: `01900000-0000-7000-8000-0000000005${String(n).padStart(2, '0')}`,
    substitute_for_membership_id: null,
    guest_name: null,
    guest_organization: null,
    rsvp: 'invited',
    presence: 'unknown',
    version: 2,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    names: { [person]: name },
    allowed_actions: [],
    ...overrides,
  };
}

function serveAttendance(start: Attendance[], pageActions: string[] = [], status = 200) {
  let items = start;
  return serveRequests(async (req) => {
    const p = path(req);
    if (req.method === 'GET' && p === `/api/v1/meetings/${ID}/attendance`) {
      if (status === 403) return json({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' }, 403);
      return json({ items, next_cursor: null, allowed_actions: pageActions });
    }
    if (req.method === 'PATCH' && p.startsWith(`/api/v1/meetings/${ID}/attendance/`)) {
      const id = p.split('/').pop();
      const patch = (await req.clone().json()) as Partial<Attendance>;
      items = items.map((a) => (a.id === id ? { ...a, ...patch, version: a.version + 1 } : a));
      return json(items.find((a) => a.id === id));
    }
    if (req.method === 'POST' && p === `/api/v1/meetings/${ID}/attendance`) {
      const body = (await req.clone().json()) as Partial<Attendance>;
      const added = entry(items.length + 1, '', { ...body, person_id: body.person_id ?? null, membership_id: null, rsvp: 'accepted', names: {} });
      items = [...items, added];
      return json(added, 201);
    }
    return json({ items: [], next_cursor: null, allowed_actions: [] });
  });
}

const renderSection = (meeting: Meeting = MEETING, now = BEFORE) => renderWithProviders(<AttendanceSection meeting={meeting} now={now} />);

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('attendance section', () => {
  it('is not shown to someone the API does not show the list to (403)', async () => {
    const requests = serveAttendance([], [], 403);
    const { container } = renderSection(testMeeting());
    await waitFor(() => expect(requests).toHaveLength(1));
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it('lists invitees, deputies and guests with their answers, and offers a member only their own answer', async () => {
    serveAttendance([
      entry(1, 'Anna Berg', { rsvp: 'accepted' }),
      entry(2, 'Bo Ek', { allowed_actions: ['rsvp'] }),
      entry(3, 'Cia Dahl', { membership_id: null, substitute_for_membership_id: '01900000-0000-7000-8000-000000000501', names: { '01900000-0000-7000-8000-000000000303': 'Cia Dahl', '01900000-0000-7000-8000-000000000501': 'Anna Berg' } }),
      entry(4, '', { person_id: null, membership_id: null, guest_name: 'Gustav Gäst', guest_organization: 'Bostadsbolaget', rsvp: 'accepted' }),
    ]);
    renderSection(MEETING, DURING);
    const table = await screen.findByRole('table', { name: 'Inbjudna, ersättare och gäster' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Anna Berg')).toHaveTextContent('LedamotKommer');
    expect(row('Cia Dahl')).toHaveTextContent('Ersättare för Anna Berg');
    expect(row('Gustav Gäst')).toHaveTextContent('Gäst, Bostadsbolaget');
    expect(screen.getByText('4 på listan: 2 kommer, 0 kanske, 0 kommer inte, 2 har inte svarat.')).toBeInTheDocument();
    // No presence buttons and no add forms without `update` and `create`, even during the meeting.
    expect(within(table).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('group', { name: 'Ditt svar' })).toHaveTextContent('Du är inbjuden och har inte svarat ännu.');
  });

  it('sends the caller’s own answer with If-Match and shows it', async () => {
    const own = entry(2, 'Bo Ek', { allowed_actions: ['rsvp'] });
    const requests = serveAttendance([entry(1, 'Anna Berg'), own]);
    const user = userEvent.setup();
    renderSection();
    const group = await screen.findByRole('group', { name: 'Ditt svar' });
    await user.click(within(group).getByRole('button', { name: 'Kanske' }));
    await waitFor(() => expect(within(group).getByRole('button', { name: 'Kanske' })).toHaveAttribute('aria-pressed', 'true'));
    expect(group).toHaveTextContent('Du har svarat: Kanske.');
    expect(screen.getByRole('status')).toHaveTextContent('Ditt svar är sparat: Kanske.');
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(path(patch)).toBe(`/api/v1/meetings/${ID}/attendance/${own.id}`);
    expect(patch.headers.get('If-Match')).toBe('"2"');
    expect(await patch.json()).toEqual({ rsvp: 'tentative' });
  });

  it('lets those who run the council mark presence once the meeting has begun, not before', async () => {
    const anna = entry(1, 'Anna Berg', { allowed_actions: ['update'] });
    serveAttendance([anna], ['create']);
    const first = renderSection(MEETING, BEFORE);
    const table = await screen.findByRole('table');
    expect(within(table).queryByRole('button')).toBeNull();
    expect(screen.getByText('Närvaro markeras när mötet har börjat.')).toBeInTheDocument();
    first.unmount();

    const requests = serveAttendance([anna], ['create']);
    const user = userEvent.setup();
    renderSection(MEETING, DURING);
    const present = await screen.findByRole('button', { name: 'Närvarande' });
    expect(present).toHaveAccessibleDescription('Anna Berg');
    await user.click(present);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Närvarande' })).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByRole('status')).toHaveTextContent('Anna Berg är markerad som närvarande.');
    expect(await requests.find((r) => r.method === 'PATCH')!.json()).toEqual({ presence: 'attended' });
  });

  it('adds a guest by name and organization, with an Idempotency-Key, and then an empty form for the next', async () => {
    const requests = serveAttendance([entry(1, 'Anna Berg', { allowed_actions: ['update'] })], ['create']);
    const user = userEvent.setup();
    renderSection();
    const form = await screen.findByRole('form', { name: 'Gäst' });
    await user.click(within(form).getByRole('button', { name: 'Lägg till gäst' }));
    expect(within(form).getByLabelText('Gästens namn (obligatoriskt)')).toHaveAccessibleDescription(/Ange gästens namn/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    await user.type(within(form).getByLabelText('Gästens namn (obligatoriskt)'), 'Gustav Gäst');
    await user.type(within(form).getByLabelText('Organisation'), 'Bostadsbolaget');
    await user.click(within(form).getByRole('button', { name: 'Lägg till gäst' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Gustav Gäst har lagts till som gäst.'));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ guest_name: 'Gustav Gäst', guest_organization: 'Bostadsbolaget' });
    const fresh = screen.getByLabelText('Gästens namn (obligatoriskt)');
    expect(fresh).toHaveValue('');
    expect(fresh).toHaveFocus();
    // The deputy form lists the invited members to stand in for.
    const deputy = screen.getByRole('form', { name: 'Ersättare' });
    expect(within(deputy).getByRole('option', { name: 'Anna Berg' })).toBeInTheDocument();
  });

  it('marks presence only on meetings that have begun and are not cancelled', () => {
    expect(presenceOpen(MEETING, BEFORE)).toBe(false);
    expect(presenceOpen(MEETING, DURING)).toBe(true);
    expect(presenceOpen({ ...MEETING, status: 'held' }, BEFORE)).toBe(true);
    expect(presenceOpen({ ...MEETING, status: 'cancelled' }, DURING)).toBe(false);
  });
});
