import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, testUser } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import type { Council, Person, Seat } from '@/api/types';
import { NewMemberPage } from './NewMemberPage';
import { NewSeatPage } from './NewSeatPage';
import { EditSeatPage } from './EditSeatPage';

const councilId = '01900000-0000-7000-8000-0000000000c1';
const person: Person = {
  id: '01900000-0000-7000-8000-0000000000p1',
  name: 'Elin Sandberg',
  title: 'Lokalpolisområdeschef',
  email: null,
  phone: null,
  organization_id: null,
  erased: false,
  contact_hidden: false,
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  allowed_actions: [],
};
const seat: Seat = {
  id: '01900000-0000-7000-8000-0000000000s1',
  council_id: councilId,
  label: 'Lokalpolisområdeschef',
  role: 'member',
  organization_id: null,
  required: true,
  max_holders: 1,
  restricted_access: false,
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  allowed_actions: [],
};

/** The council as a coordinator sees it (`govern`); its chair sees `chairsCouncil`. */
const council: Council = {
  id: councilId,
  name: 'Lokal styrgrupp Södermalm',
  kind: 'local_steering_group',
  parent_id: null,
  area_ids: [],
  status: 'active',
  founded_on: null,
  dissolved_on: null,
  cadence: null,
  mandate: null,
  description: null,
  is_public: false,
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  allowed_actions: ['update', 'manage_seats', 'manage_memberships', 'govern'],
};
const chairsCouncil: Council = { ...council, allowed_actions: ['update', 'manage_seats', 'manage_memberships'] };

/** Answers the council's GET with `view`, everything else with `handler`. */
function serve(handler: (req: Request) => Response, view: Council = council) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      requests.push(req.clone());
      if (req.method === 'GET' && new URL(req.url).pathname === `/api/v1/councils/${councilId}`) return json(view);
      return handler(req);
    }),
  );
  return requests;
}
const path = (req: Request) => new URL(req.url).pathname;

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('member form', () => {
  it('explains a full seat (409 seat_full) in the error summary', async () => {
    const requests = serve((req) => {
      if (path(req) === '/api/v1/people') return json({ items: [person], next_cursor: null });
      if (path(req) === `/api/v1/councils/${councilId}/seats`) return json({ items: [seat], next_cursor: null });
      if (req.method === 'POST' && path(req) === `/api/v1/councils/${councilId}/memberships`) {
        return json({ type: 'urn:samverkan:problem:seat_full', title: 'Conflict', status: 409, code: 'seat_full', detail: 'full' }, 409);
      }
      return json({ items: [], next_cursor: null });
    });
    const user = userEvent.setup();
    renderWithProviders(<NewMemberPage />, { route: `/councils/${councilId}/members/new`, path: '/councils/:id/members/new' });
    // The person is chosen in a combobox that searches the API (q), not a list of everyone.
    const personBox = screen.getByRole('combobox', { name: 'Välj person' });
    await user.click(personBox);
    await user.type(personBox, 'Elin');
    await waitFor(() => expect(requests.some((r) => path(r) === '/api/v1/people' && new URL(r.url).searchParams.get('q') === 'Elin')).toBe(true));
    await user.click(await screen.findByRole('option', { name: 'Elin Sandberg (Lokalpolisområdeschef)' }));
    expect(personBox).toHaveValue('Elin Sandberg (Lokalpolisområdeschef)');
    await screen.findByRole('option', { name: 'Lokalpolisområdeschef' });
    await user.selectOptions(screen.getByLabelText('Plats'), seat.id);
    await user.click(screen.getByRole('button', { name: 'Lägg till ledamot' }));

    const summary = await screen.findByRole('group', { name: 'Formuläret innehåller fel' });
    expect(summary).toHaveTextContent('Platsen är redan fullsatt');
    await waitFor(() => expect(summary).toHaveFocus());
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toMatchObject({ person_id: person.id, seat_id: seat.id, role: null, end_date: null });
  });

  it('asks for a person before calling the server', async () => {
    const requests = serve(() => json({ items: [], next_cursor: null }));
    const user = userEvent.setup();
    renderWithProviders(<NewMemberPage />, { route: `/councils/${councilId}/members/new`, path: '/councils/:id/members/new' });
    await user.click(screen.getByRole('button', { name: 'Lägg till ledamot' }));
    expect(screen.getByLabelText('Välj person')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Välj person')).toHaveAccessibleDescription(/Välj en person/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});

describe('seat form', () => {
  it('shows a server field error at the label', async () => {
    serve((req) =>
      req.method === 'POST'
        ? json(
            { type: 'x', title: 'Validation failed', status: 422, code: 'validation_failed', errors: [{ field: 'label', code: 'too_long', message: 'long' }] },
            422,
          )
        : json({ items: [], next_cursor: null }),
    );
    const user = userEvent.setup();
    renderWithProviders(<NewSeatPage />, { route: `/councils/${councilId}/seats/new`, path: '/councils/:id/seats/new' });
    await user.type(screen.getByLabelText('Plats'), 'Trygghetssamordnare');
    await user.click(screen.getByRole('button', { name: 'Lägg till plats' }));
    const label = screen.getByLabelText('Plats');
    await waitFor(() => expect(label).toHaveAttribute('aria-invalid', 'true'));
    expect(label).toHaveAccessibleDescription(/Texten är för lång/);
  });
});

describe('seat form defaults and 403', () => {
  it('does not tick "required" by default', () => {
    serve(() => json({ items: [], next_cursor: null }));
    renderWithProviders(<NewSeatPage />, { route: `/councils/${councilId}/seats/new`, path: '/councils/:id/seats/new' });
    expect(screen.getByLabelText('Obligatorisk plats (rådet vill ha den tillsatt)')).not.toBeChecked();
  });

  it('reads a 403 as "your role may not do this", not as a form error', async () => {
    serve((req) =>
      req.method === 'POST'
        ? json({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'Only the chair or secretary may change seats.' }, 403)
        : json({ items: [], next_cursor: null }),
    );
    const user = userEvent.setup();
    renderWithProviders(<NewSeatPage />, { route: `/councils/${councilId}/seats/new`, path: '/councils/:id/seats/new', user: testUser({ role: 'member' }) });
    await user.type(screen.getByLabelText('Plats'), 'Sekreterare');
    await user.click(screen.getByRole('button', { name: 'Lägg till plats' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du får inte göra detta');
    expect(alert).toHaveTextContent('Din roll (Medlem) tillåter inte ändringen');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.queryByRole('group', { name: 'Formuläret innehåller fel' })).toBeNull();
    expect(screen.getByLabelText('Plats')).not.toHaveAttribute('aria-invalid');
  });
});

describe('member form with a preselected seat', () => {
  it('opens with the seat from ?seat= chosen', async () => {
    serve((req) => (path(req) === `/api/v1/councils/${councilId}/seats` ? json({ items: [seat], next_cursor: null }) : json({ items: [], next_cursor: null })));
    renderWithProviders(<NewMemberPage />, { route: `/councils/${councilId}/members/new?seat=${seat.id}`, path: '/councils/:id/members/new' });
    await screen.findByRole('option', { name: 'Lokalpolisområdeschef' });
    expect(screen.getByLabelText('Plats')).toHaveValue(seat.id);
  });
});

describe('restricted access is a coordinator’s to give', () => {
  const created = () => json({ ...seat, allowed_actions: ['update'] }, 201);

  it('hides the checkbox from a chair (no govern) and never sends restricted_access', async () => {
    const requests = serve((req) => (req.method === 'POST' ? created() : json({ items: [], next_cursor: null })), chairsCouncil);
    const user = userEvent.setup();
    renderWithProviders(<NewSeatPage />, { route: `/councils/${councilId}/seats/new`, path: '/councils/:id/seats/new', user: testUser({ role: 'member' }) });
    await screen.findByText('I Lokal styrgrupp Södermalm.');
    expect(screen.queryByLabelText('Innehavarna får läsa begränsat material')).toBeNull();
    await user.type(screen.getByLabelText('Plats'), 'Sekreterare');
    await user.click(screen.getByRole('button', { name: 'Lägg till plats' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = await requests.find((r) => r.method === 'POST')!.json();
    expect(body).toMatchObject({ label: 'Sekreterare', role: 'member' });
    expect(body).not.toHaveProperty('restricted_access');
  });

  it('offers it to a coordinator (govern) and sends it', async () => {
    const requests = serve((req) => (req.method === 'POST' ? created() : json({ items: [], next_cursor: null })));
    const user = userEvent.setup();
    renderWithProviders(<NewSeatPage />, { route: `/councils/${councilId}/seats/new`, path: '/councils/:id/seats/new' });
    await user.click(await screen.findByLabelText('Innehavarna får läsa begränsat material'));
    await user.type(screen.getByLabelText('Plats'), 'Sekreterare');
    await user.click(screen.getByRole('button', { name: 'Lägg till plats' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await requests.find((r) => r.method === 'POST')!.json()).toMatchObject({ restricted_access: true });
  });

  it('shows a chair the seat’s restricted access read-only and leaves it out of the PATCH', async () => {
    const restricted = { ...seat, restricted_access: true, version: 3, allowed_actions: ['update' as const] };
    const requests = serve((req) => {
      if (path(req) === `/api/v1/councils/${councilId}/seats/${seat.id}`) return json(restricted);
      return json({ items: [], next_cursor: null });
    }, chairsCouncil);
    const user = userEvent.setup();
    renderWithProviders(<EditSeatPage />, {
      route: `/councils/${councilId}/seats/${seat.id}/edit`,
      path: '/councils/:id/seats/:seatId/edit',
      user: testUser({ role: 'member' }),
    });
    expect(await screen.findByText('Tillgång till sekretessklassat: Ja. Ändras av samordnare.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Innehavarna får läsa begränsat material')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    const body = await patch.json();
    expect(body).toMatchObject({ label: seat.label, required: true });
    expect(body).not.toHaveProperty('restricted_access');
  });
});

describe('member form and confirmation', () => {
  it('tells a chair (no govern) that the term waits for a coordinator’s confirmation', async () => {
    serve(() => json({ items: [], next_cursor: null }), chairsCouncil);
    renderWithProviders(<NewMemberPage />, { route: `/councils/${councilId}/members/new`, path: '/councils/:id/members/new', user: testUser({ role: 'member' }) });
    expect(await screen.findByText(/väntar på att en samordnare bekräftar det/)).toBeInTheDocument();
  });

  it('says nothing of it to a coordinator, whose terms are confirmed as they are made', async () => {
    serve(() => json({ items: [], next_cursor: null }));
    renderWithProviders(<NewMemberPage />, { route: `/councils/${councilId}/members/new`, path: '/councils/:id/members/new' });
    await screen.findByText('I Lokal styrgrupp Södermalm.');
    expect(screen.queryByText(/väntar på att en samordnare bekräftar det/)).toBeNull();
  });
});
