import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Council, Membership, StaffingReport } from '@/api/types';
import { todayIso } from '@/lib/format';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders } from '@/testing/test-utils';
import { SeatsSection } from './SeatsSection';

const councilId = '01900000-0000-7000-8000-0000000000c1';
const seatId = '01900000-0000-7000-8000-0000000000s1';
const anna = '01900000-0000-7000-8000-0000000000p1';
const bo = '01900000-0000-7000-8000-0000000000p2';
const cecilia = '01900000-0000-7000-8000-0000000000p3';

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

const term = (id: string, person: string, name: string, over: Partial<Membership>): Membership => ({
  id,
  council_id: councilId,
  person_id: person,
  seat_id: seatId,
  role: 'member',
  on_behalf_of_id: null,
  start_date: '2026-01-01',
  end_date: null,
  current: true,
  confirmed: true,
  confirmed_at: '2026-01-01T00:00:00Z',
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: { [person]: name },
  allowed_actions: ['update'],
  ...over,
});

const confirmedTerm = term('m1', anna, 'Anna Ek', {});
// Seated by the chair: waits for a coordinator, who may confirm it.
const unconfirmedTerm = term('m2', bo, 'Bo Lind', { confirmed: false, confirmed_at: null, allowed_actions: ['update', 'confirm'] });
const withoutSeat = term('m3', cecilia, 'Cecilia Ås', { seat_id: null, role: 'observer', confirmed: false, confirmed_at: null, allowed_actions: ['update', 'confirm'] });

const holder = (m: Membership, name: string) => ({
  membership_id: m.id,
  person_id: m.person_id,
  person_name: name,
  role: m.role,
  start_date: m.start_date,
  end_date: null,
  on_behalf_of_id: null,
  ending_soon: false,
  wrong_organization: false,
  confirmed: true,
});

const report = (): StaffingReport => ({
  at: todayIso(),
  councils: [
    {
      council_id: councilId,
      council_name: council.name,
      allowed_actions: council.allowed_actions,
      ending_soon_membership_ids: [],
      mismatched_seat_ids: [],
      vacant_required_seat_ids: [],
      names: {},
      seats: [
        {
          seat_id: seatId,
          label: 'Ledamot',
          role: 'member',
          organization_id: null,
          required: false,
          max_holders: 3,
          vacant: false,
          holders: [holder(confirmedTerm, 'Anna Ek'), holder(unconfirmedTerm, 'Bo Lind')],
        },
      ],
    },
  ],
});

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

function serve(memberships: Membership[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/reports/staffing') return json(report());
      if (path === `/api/v1/councils/${councilId}/memberships`) return json({ items: memberships, next_cursor: null, allowed_actions: ['create'] });
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    }),
  );
}

describe('the council page’s seats and members', () => {
  it('marks unconfirmed terms "Ej bekräftad" and offers "Bekräfta" where the term allows confirm', async () => {
    serve([confirmedTerm, unconfirmedTerm, withoutSeat]);
    renderWithProviders(<SeatsSection council={council} />);
    const table = await screen.findByRole('table');
    const anna = (await within(table).findByRole('link', { name: 'Anna Ek' })).closest('li')!;
    const bo = within(table).getByRole('link', { name: 'Bo Lind' }).closest('li')!;
    await within(bo).findByText('Ej bekräftad');
    expect(within(bo).getByRole('button', { name: 'Bekräfta uppdraget för Bo Lind' })).toBeInTheDocument();
    expect(within(anna).queryByText('Ej bekräftad')).toBeNull();
    expect(within(anna).queryByRole('button')).toBeNull();
    // A member without a seat, too.
    const cecilia = screen.getByRole('link', { name: 'Cecilia Ås' }).closest('li')!;
    expect(within(cecilia).getByText('Ej bekräftad')).toBeInTheDocument();
    expect(within(cecilia).getByRole('button', { name: 'Bekräfta uppdraget för Cecilia Ås' })).toBeInTheDocument();
  });

  it('shows a chair the badge without the button (their terms do not allow confirm)', async () => {
    serve([confirmedTerm, { ...unconfirmedTerm, allowed_actions: ['update'] }]);
    renderWithProviders(<SeatsSection council={{ ...council, allowed_actions: ['update', 'manage_seats', 'manage_memberships'] }} />);
    const table = await screen.findByRole('table');
    const bo = (await within(table).findByRole('link', { name: 'Bo Lind' })).closest('li')!;
    await within(bo).findByText('Ej bekräftad');
    expect(screen.queryByRole('button', { name: /^Bekräfta/ })).toBeNull();
  });
});
