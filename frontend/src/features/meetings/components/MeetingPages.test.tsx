import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests, testMeeting, testUser } from '@/testing/test-utils';
import { CreateMeetingPage } from './CreateMeetingPage';
import { EditMeetingPage } from './EditMeetingPage';
import { MeetingDetailPage } from './MeetingDetailPage';

const meeting = testMeeting({
  location: 'Medborgarplatsen 3, sal 2',
  online_url: 'https://meet.example.test/sodermalm',
  mode: 'hybrid',
  description: 'Lägesbild inför våren.',
});
const ID = meeting.id;
const path = (req: Request) => new URL(req.url).pathname;

/** The meeting page's requests: the meeting (as `current()` is), its cancel, and nothing else. */
function serveMeeting(current: () => Meeting, onCancel?: (req: Request) => Response | Promise<Response>) {
  return serveRequests((req) => {
    if (req.method === 'GET' && path(req) === `/api/v1/meetings/${ID}`) return json(current(), 200, { ETag: `"${current().version}"` });
    if (req.method === 'POST' && path(req) === `/api/v1/meetings/${ID}:cancel` && onCancel) return onCancel(req);
    return json({ items: [], next_cursor: null, allowed_actions: [] });
  });
}

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

const renderPage = (user = testUser()) => renderWithProviders(<MeetingDetailPage />, { route: `/meetings/${ID}`, path: '/meetings/:id', user });

describe('meeting page', () => {
  it('shows when (Stockholm, with the weekday), where, how and the council', async () => {
    serveMeeting(() => meeting);
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Lokal styrgrupp Södermalm, tis 12 jan 2027' })).toBeInTheDocument();
    expect(screen.getByText('tisdag 12 januari 2027 kl. 18:00–19:30')).toHaveAttribute('datetime', '2027-01-12T17:00:00Z');
    expect(screen.getByRole('link', { name: 'Lokal styrgrupp Södermalm' })).toHaveAttribute('href', `/councils/${meeting.council_id}`);
    expect(screen.getByText('Medborgarplatsen 3, sal 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://meet.example.test/sodermalm' })).toHaveAttribute('href', 'https://meet.example.test/sodermalm');
    expect(screen.getByText('På plats och digitalt')).toBeInTheDocument();
    expect(screen.getByText('Planerat')).toBeInTheDocument();
    expect(screen.getByText('Lägesbild inför våren.')).toBeInTheDocument();
  });

  it('offers "Redigera" and "Ställ in mötet" only as the meeting’s allowed_actions say', async () => {
    serveMeeting(() => ({ ...meeting, allowed_actions: ['update', 'cancel'] }));
    const { unmount } = renderPage();
    expect(await screen.findByRole('link', { name: 'Redigera' })).toHaveAttribute('href', `/meetings/${ID}/edit`);
    expect(screen.getByRole('button', { name: 'Ställ in mötet' })).toBeInTheDocument();
    unmount();

    serveMeeting(() => ({ ...meeting, allowed_actions: ['update'] }));
    const second = renderPage();
    expect(await screen.findByRole('link', { name: 'Redigera' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ställ in mötet' })).toBeNull();
    second.unmount();

    serveMeeting(() => meeting);
    renderPage(testUser({ role: 'viewer' }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ställ in mötet' })).toBeNull();
  });

  it('cancels with a required reason in a dialog, sending If-Match, and then shows "Inställt" and the reason', async () => {
    let current: Meeting = { ...meeting, allowed_actions: ['update', 'cancel'] };
    const requests = serveMeeting(
      () => current,
      async (req) => {
        const { reason } = (await req.clone().json()) as { reason: string };
        current = { ...current, status: 'cancelled', cancel_reason: reason, cancelled_at: '2026-12-01T09:00:00Z', version: 4, allowed_actions: [] };
        return json(current, 200, { ETag: '"4"' });
      },
    );
    const user = userEvent.setup();
    renderPage();
    const open = await screen.findByRole('button', { name: 'Ställ in mötet' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Ställ in Lokal styrgrupp Södermalm?' });
    expect(dialog).toHaveAccessibleDescription('Mötet tis 12 jan 2027 18:00–19:30 ställs in. Det går inte att ångra.');
    const reason = within(dialog).getByRole('textbox', { name: 'Orsak' });
    expect(reason).toHaveFocus();
    expect(reason).toBeRequired();

    // No reason: asked for at the field, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: 'Ställ in mötet' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/Ange varför mötet ställs in/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    // "Behåll mötet" closes the dialog and gives the focus back.
    await user.click(within(dialog).getByRole('button', { name: 'Behåll mötet' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(open).toHaveFocus();

    await user.click(open);
    await user.type(reason, 'Lokalen är inte tillgänglig.');
    await user.click(within(dialog).getByRole('button', { name: 'Ställ in mötet' }));

    const notice = await screen.findByText('Orsak: Lokalen är inte tillgänglig.');
    expect(notice.closest('div')).toHaveTextContent('Inställt');
    await waitFor(() => expect(notice.closest('div')).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Ställ in mötet' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();

    const post = requests.find((r) => r.method === 'POST')!;
    expect(path(post)).toBe(`/api/v1/meetings/${ID}:cancel`);
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ reason: 'Lokalen är inte tillgänglig.' });
  });

  it('explains in the dialog why a meeting cannot be cancelled (409 not_cancellable)', async () => {
    serveMeeting(
      () => ({ ...meeting, allowed_actions: ['cancel'] }),
      () => json({ type: 'about:blank', title: 'Conflict', status: 409, code: 'not_cancellable' }, 409),
    );
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Ställ in mötet' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Orsak' }), 'Sjukdom');
    await user.click(within(dialog).getByRole('button', { name: 'Ställ in mötet' }));
    expect(await within(dialog).findByText('Mötet har redan hållits och kan inte ställas in.')).toBeInTheDocument();
    expect(dialog).toHaveAttribute('open');
  });

  it('shows a cancelled meeting as "Inställt" with its reason', async () => {
    serveMeeting(() => ({ ...meeting, status: 'cancelled', cancel_reason: 'Krockar med valet.', cancelled_at: '2026-12-01T09:00:00Z' }));
    renderPage();
    expect(await screen.findByText('Orsak: Krockar med valet.')).toBeInTheDocument();
    expect(screen.getAllByText('Inställt').length).toBeGreaterThanOrEqual(2); // the notice and the status badge
  });
});

describe('meeting form', () => {
  function serveEdit(onPatch: (req: Request) => Response | Promise<Response>) {
    return serveRequests((req) => {
      if (req.method === 'GET' && path(req) === `/api/v1/meetings/${ID}`) return json({ ...meeting, allowed_actions: ['update', 'cancel'] });
      if (req.method === 'PATCH') return onPatch(req);
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
  }

  it('shows Stockholm time and sends RFC 3339 with the offset of the day (summer time too), with If-Match', async () => {
    const requests = serveEdit(async (req) => json({ ...meeting, ...((await req.clone().json()) as object), version: 4 }));
    const user = userEvent.setup();
    renderWithProviders(<EditMeetingPage />, { route: `/meetings/${ID}/edit`, path: '/meetings/:id/edit' });
    const starts = await screen.findByLabelText('Börjar (obligatoriskt)');
    expect(starts).toHaveValue('2027-01-12T18:00');
    expect(screen.getByLabelText('Slutar (obligatoriskt)')).toHaveValue('2027-01-12T19:30');

    // Moving the start to a summer evening moves the end with it (same length).
    fireEvent.change(starts, { target: { value: '2027-06-08T18:00' } });
    expect(screen.getByLabelText('Slutar (obligatoriskt)')).toHaveValue('2027-06-08T19:30');
    const place = screen.getByLabelText('Plats');
    await user.clear(place);
    await user.type(place, 'Götgatan 1');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    expect(await patch.json()).toEqual({
      title: 'Lokal styrgrupp Södermalm',
      starts_at: '2027-06-08T18:00:00+02:00',
      ends_at: '2027-06-08T19:30:00+02:00',
      location: 'Götgatan 1',
      online_url: 'https://meet.example.test/sodermalm',
      mode: 'hybrid',
      description: 'Lägesbild inför våren.',
    });
  });

  it('refuses a time the spring change skips and an end before the start, before calling the server', async () => {
    const requests = serveEdit(() => json({}, 500));
    const user = userEvent.setup();
    renderWithProviders(<EditMeetingPage />, { route: `/meetings/${ID}/edit`, path: '/meetings/:id/edit' });
    const starts = await screen.findByLabelText('Börjar (obligatoriskt)');
    fireEvent.change(starts, { target: { value: '2027-03-28T02:30' } });
    fireEvent.change(screen.getByLabelText('Slutar (obligatoriskt)'), { target: { value: '2027-03-28T01:00' } });
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(starts).toHaveAccessibleDescription(/Den tiden finns inte i svensk tid/);
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);

    fireEvent.change(starts, { target: { value: '2027-03-28T03:30' } });
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByLabelText('Slutar (obligatoriskt)')).toHaveAccessibleDescription(/Mötet måste sluta efter att det har börjat/);
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('explains an overlapping meeting (409 meeting_overlaps)', async () => {
    serveEdit(() => json({ type: 'about:blank', title: 'Conflict', status: 409, code: 'meeting_overlaps' }, 409));
    const user = userEvent.setup();
    renderWithProviders(<EditMeetingPage />, { route: `/meetings/${ID}/edit`, path: '/meetings/:id/edit' });
    await screen.findByLabelText('Börjar (obligatoriskt)');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Rådet har redan ett möte som överlappar den tiden. Välj en annan tid.')).toBeInTheDocument();
  });

  it('creates a meeting for the council in the URL, with an Idempotency-Key', async () => {
    const requests = serveRequests(async (req) => {
      if (req.method === 'GET' && path(req) === `/api/v1/councils/${meeting.council_id}`) return json({ id: meeting.council_id, name: 'Lokal styrgrupp Södermalm' });
      if (req.method === 'GET' && path(req) === '/api/v1/meetings') return json({ items: [], next_cursor: null, allowed_actions: ['create'] });
      if (req.method === 'POST' && path(req) === '/api/v1/meetings') return json({ ...meeting, ...((await req.clone().json()) as object) }, 201);
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateMeetingPage />, { route: `/meetings/new?council_id=${meeting.council_id}`, path: '/meetings/new' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Råd eller grupp' })).toHaveValue('Lokal styrgrupp Södermalm'));
    await user.type(screen.getByLabelText('Rubrik (obligatoriskt)'), 'Extra möte');
    fireEvent.change(screen.getByLabelText('Börjar (obligatoriskt)'), { target: { value: '2027-10-31T02:30' } });
    // No end yet: 90 minutes.
    expect(screen.getByLabelText('Slutar (obligatoriskt)')).toHaveValue('2027-10-31T04:00');
    await user.click(screen.getByRole('button', { name: 'Skapa möte' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({
      council_id: meeting.council_id,
      title: 'Extra möte',
      // The repeated hour: its first occurrence (summer time).
      starts_at: '2027-10-31T02:30:00+02:00',
      ends_at: '2027-10-31T04:00:00+01:00',
      location: null,
      online_url: null,
      mode: 'in_person',
      description: null,
    });
  });
});
