import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Council } from '@/api/types';
import { todayIso } from '@/lib/format';
import { addMonthsIso } from '@/lib/stockholm-time';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests, testMeeting } from '@/testing/test-utils';
import { MeetingsSection } from './MeetingsSection';

const council: Council = {
  id: '01900000-0000-7000-8000-0000000000c1',
  name: 'Lokal styrgrupp Södermalm',
  kind: 'local_steering_group',
  parent_id: null,
  area_ids: [],
  status: 'active',
  founded_on: '2020-01-01',
  dissolved_on: null,
  cadence: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start_time: '18:00', duration_minutes: 90, time_zone: 'Europe/Stockholm' },
  next_meetings: [],
  mandate: null,
  description: null,
  is_public: true,
  version: 4,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  // The chair's view: they run the council.
  allowed_actions: ['update', 'manage_seats', 'manage_memberships'],
};

const path = (req: Request) => new URL(req.url).pathname;

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('the council page’s meetings', () => {
  it('lists the council’s meetings from today with links, and the way to all of them', async () => {
    const requests = serveRequests(() => json({ items: [testMeeting()], next_cursor: null, allowed_actions: [] }));
    renderWithProviders(<MeetingsSection council={{ ...council, allowed_actions: [] }} />);
    const list = await screen.findByRole('list', { name: 'Möten' });
    expect(within(list).getByRole('link', { name: 'Lokal styrgrupp Södermalm' })).toHaveAttribute('href', `/meetings/${testMeeting().id}`);
    expect(list).toHaveTextContent('tis 12 jan 2027 18:00–19:30');
    expect(screen.getByRole('link', { name: 'Alla möten i Lokal styrgrupp Södermalm' })).toHaveAttribute('href', `/meetings?council=${council.id}`);
    const q = new URL(requests[0].url).searchParams;
    expect(q.get('council_id')).toBe(council.id);
    expect(q.get('from')).toBe(todayIso());

    // Not one who runs the council: neither a new meeting nor the generate form.
    expect(screen.queryByRole('link', { name: /^Nytt möte/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Skapa möten från mötesrytmen' })).toBeNull();
  });

  it('has no generate form for a council without a cadence', async () => {
    serveRequests(() => json({ items: [], next_cursor: null, allowed_actions: [] }));
    renderWithProviders(<MeetingsSection council={{ ...council, cadence: null }} />);
    expect(await screen.findByText('Inga kommande möten.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nytt möte i Lokal styrgrupp Södermalm' })).toHaveAttribute('href', `/meetings/new?council_id=${council.id}`);
    expect(screen.queryByRole('region', { name: 'Skapa möten från mötesrytmen' })).toBeNull();
  });

  it('generates a period’s meetings (today to a year ahead by default) and says how many were created and how many existed', async () => {
    const requests = serveRequests(async (req) => {
      if (req.method === 'POST' && path(req) === `/api/v1/councils/${council.id}/meetings:generate`) {
        return json({ created: [testMeeting(), testMeeting({ id: '01900000-0000-7000-8000-0000000000e2' }), testMeeting({ id: '01900000-0000-7000-8000-0000000000e3' })], skipped: 10 });
      }
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    const user = userEvent.setup();
    renderWithProviders(<MeetingsSection council={council} />);
    const form = await screen.findByRole('region', { name: 'Skapa möten från mötesrytmen' });
    const from = within(form).getByLabelText('Från och med (obligatoriskt)');
    const to = within(form).getByLabelText('Till och med (obligatoriskt)');
    expect(from).toHaveValue(todayIso());
    expect(to).toHaveValue(addMonthsIso(todayIso(), 12));
    fireEvent.change(from, { target: { value: '2028-01-01' } });
    fireEvent.change(to, { target: { value: '2028-03-31' } });
    await user.click(within(form).getByRole('button', { name: 'Skapa möten' }));

    expect(await within(form).findByText('3 möten skapades, 10 fanns redan.')).toBeInTheDocument();
    expect(within(form).getByRole('status')).toHaveTextContent('3 möten skapades, 10 fanns redan.');
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    // The council's meetings are asked for again.
    await waitFor(() => expect(requests.filter((r) => r.method === 'GET' && path(r) === '/api/v1/meetings')).toHaveLength(2));
  });

  it('checks the period before sending, and shows the API’s reasons', async () => {
    const requests = serveRequests((req) => {
      if (req.method === 'POST') return json({ type: 'about:blank', title: 'Conflict', status: 409, code: 'council_not_meeting' }, 409);
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    const user = userEvent.setup();
    renderWithProviders(<MeetingsSection council={council} />);
    const form = await screen.findByRole('region', { name: 'Skapa möten från mötesrytmen' });
    fireEvent.change(within(form).getByLabelText('Till och med (obligatoriskt)'), { target: { value: '2000-01-01' } });
    await user.click(within(form).getByRole('button', { name: 'Skapa möten' }));
    expect(within(form).getByLabelText('Till och med (obligatoriskt)')).toHaveAccessibleDescription(/Sista dagen får inte vara före den första/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Till och med (obligatoriskt)'), { target: { value: addMonthsIso(todayIso(), 1) } });
    await user.click(within(form).getByRole('button', { name: 'Skapa möten' }));
    expect(await within(form).findByText('Rådet är upplöst och håller inga möten.')).toBeInTheDocument();
  });
});
