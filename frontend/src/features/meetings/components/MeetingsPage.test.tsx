import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { todayIso } from '@/lib/format';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests, testMeeting, testUser } from '@/testing/test-utils';
import { MeetingsPage, parseMeetingFilters } from './MeetingsPage';

const COUNCIL = '01900000-0000-7000-8000-0000000000c1';

/** The router's current URL, for checking that the filters are kept in it. */
function Location() {
  const location = useLocation();
  return <span data-testid="location">{location.pathname + location.search}</span>;
}

const meetingsRequests = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === '/api/v1/meetings').map((r) => new URL(r.url).searchParams);

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('meetings list filters', () => {
  it('reads council, period and status from the URL and ignores invalid values', () => {
    expect(parseMeetingFilters(new URLSearchParams(`council=${COUNCIL}&from=2027-01-01&to=2027-01-31&status=cancelled`))).toEqual({
      council: COUNCIL,
      from: '2027-01-01',
      to: '2027-01-31',
      status: 'cancelled',
      view: 'list',
      month: null,
      day: null,
    });
    expect(parseMeetingFilters(new URLSearchParams('council=x&from=2027-13-45&to=igår&status=maybe&view=week&month=2027-13'))).toEqual({
      council: null,
      from: null,
      to: null,
      status: null,
      view: 'list',
      month: null,
      day: null,
    });
  });

  it('sends the URL’s filters, from today when no start is given, and keeps a changed filter in the URL', async () => {
    const requests = serveRequests(() => json({ items: [testMeeting()], next_cursor: null, allowed_actions: [] }));
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <MeetingsPage />
        <Location />
      </>,
      { route: `/meetings?council=${COUNCIL}&to=2027-06-30` },
    );
    // The row: time in Stockholm, council by its name from `names`, title linking to the meeting, mode, status.
    const row = (await screen.findByRole('rowheader', { name: 'Lokal styrgrupp Södermalm' })).closest('tr')!;
    expect(row).toHaveTextContent('tis 12 jan 2027 18:00–19:30');
    const [council, title] = within(row).getAllByRole('link', { name: 'Lokal styrgrupp Södermalm' });
    expect(council).toHaveAttribute('href', `/councils/${COUNCIL}`);
    expect(title).toHaveAttribute('href', '/meetings/01900000-0000-7000-8000-0000000000e1');
    expect(row).toHaveTextContent('På plats');
    expect(row).toHaveTextContent('Planerat');

    const first = meetingsRequests(requests)[0];
    expect(first.get('council_id')).toBe(COUNCIL);
    expect(first.get('from')).toBe(todayIso());
    expect(first.get('to')).toBe('2027-06-30');
    expect(first.get('status')).toBeNull();
    // The council filter shows the chosen council's name (from the meetings' `names`).
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Råd eller grupp' })).toHaveValue('Lokal styrgrupp Södermalm'));

    await user.selectOptions(screen.getByLabelText('Status'), 'cancelled');
    await waitFor(() => expect(meetingsRequests(requests).at(-1)!.get('status')).toBe('cancelled'));
    expect(screen.getByTestId('location')).toHaveTextContent(`/meetings?council=${COUNCIL}&to=2027-06-30&status=cancelled`);

    // A start date goes to the URL and the request.
    const from = screen.getByLabelText('Från och med');
    expect(from).toHaveValue(todayIso());
    fireEvent.change(from, { target: { value: '2027-01-01' } });
    await waitFor(() => expect(meetingsRequests(requests).at(-1)!.get('from')).toBe('2027-01-01'));
    expect(screen.getByTestId('location')).toHaveTextContent('from=2027-01-01');
  });

  it('offers "Nytt möte" only when the list page allows create', async () => {
    serveRequests(() => json({ items: [testMeeting()], next_cursor: null, allowed_actions: ['create'] }));
    renderWithProviders(<MeetingsPage />, { route: '/meetings' });
    expect(await screen.findByRole('link', { name: 'Nytt möte' })).toHaveAttribute('href', '/meetings/new');
  });

  it('hides "Nytt möte" from a viewer (no create on the list page)', async () => {
    serveRequests(() => json({ items: [testMeeting()], next_cursor: null, allowed_actions: [] }));
    renderWithProviders(<MeetingsPage />, { route: '/meetings', user: testUser({ role: 'viewer' }) });
    await screen.findByRole('rowheader', { name: 'Lokal styrgrupp Södermalm' });
    expect(screen.queryByRole('link', { name: 'Nytt möte' })).toBeNull();
  });
});

describe('meetings month view', () => {
  it('asks for the month, moves between days with the arrow keys and shows a day’s meetings on Enter', async () => {
    const second = testMeeting({
      id: '01900000-0000-7000-8000-0000000000e2',
      title: 'Trygghetsråd Södermalm',
      starts_at: '2027-01-13T17:00:00Z',
      ends_at: '2027-01-13T19:00:00Z',
    });
    const requests = serveRequests(() => json({ items: [testMeeting(), second], next_cursor: null, allowed_actions: [] }));
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <MeetingsPage />
        <Location />
      </>,
      { route: '/meetings?view=month&month=2027-01' },
    );
    const grid = await screen.findByRole('grid', { name: 'Januari 2027' });
    const q = meetingsRequests(requests)[0];
    expect(q.get('from')).toBe('2027-01-01');
    expect(q.get('to')).toBe('2027-01-31');

    const tuesday = within(grid).getByRole('gridcell', { name: /^tisdag 12 januari 2027, 1 möte/ });
    expect(within(grid).getByRole('gridcell', { name: /^måndag 11 januari 2027, inga möten/ })).toHaveAttribute('tabindex', '-1');
    // One tab stop: the month's first day (today is not in it).
    expect(within(grid).getByRole('gridcell', { name: /^fredag 1 januari 2027/ })).toHaveAttribute('tabindex', '0');

    // A click chooses the day: its meetings show under the grid, their heading takes the focus.
    await user.click(tuesday);
    expect(tuesday).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Möten tisdag 12 januari 2027' })).toHaveFocus());
    expect(tuesday).toHaveAttribute('tabindex', '0');

    tuesday.focus();
    await user.keyboard('{ArrowRight}');
    const wednesday = within(grid).getByRole('gridcell', { name: /^onsdag 13 januari 2027, 1 möte/ });
    expect(wednesday).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(grid).getByRole('gridcell', { name: /^onsdag 20 januari 2027/ })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(wednesday).toHaveFocus();

    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Möten onsdag 13 januari 2027' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Trygghetsråd Södermalm' })).toHaveAttribute('href', '/meetings/01900000-0000-7000-8000-0000000000e2');
    expect(screen.getByTestId('location')).toHaveTextContent('day=2027-01-13');

    // Page Down: the next month, by the URL (and its request).
    wednesday.focus();
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('month=2027-02'));
    await waitFor(() => expect(meetingsRequests(requests).at(-1)!.get('from')).toBe('2027-02-01'));
    await waitFor(() => expect(screen.getByRole('gridcell', { name: /^lördag 13 februari 2027/ })).toHaveFocus());
  });
});
