import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Membership, Person } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders } from '@/testing/test-utils';
import { PersonDetailPage } from './PersonDetailPage';

const personId = '01900000-0000-7000-8000-0000000000p1';
const person: Person = {
  id: personId,
  name: 'Bo Lind',
  title: null,
  email: null,
  phone: null,
  organization_id: null,
  erased: false,
  contact_hidden: true,
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  allowed_actions: [],
};
const term = (id: string, councilId: string, council: string, over: Partial<Membership>): Membership => ({
  id,
  council_id: councilId,
  person_id: personId,
  seat_id: null,
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
  names: { [councilId]: council },
  allowed_actions: [],
  ...over,
});

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('a person’s terms', () => {
  it('shows which are confirmed, and "Bekräfta" on those the caller may confirm', async () => {
    const terms = [
      term('m1', 'c1', 'Lokal styrgrupp Järva', {}),
      term('m2', 'c2', 'Lokal styrgrupp Södermalm', { confirmed: false, confirmed_at: null, allowed_actions: ['update', 'confirm'] }),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const req = input instanceof Request ? input : new Request(input, init);
        const path = new URL(req.url).pathname;
        if (path === `/api/v1/people/${personId}`) return json(person);
        if (path === `/api/v1/people/${personId}/memberships`) return json({ items: terms, next_cursor: null, allowed_actions: [] });
        return json({ items: [], next_cursor: null, allowed_actions: [] });
      }),
    );
    renderWithProviders(<PersonDetailPage />, { route: `/people/${personId}`, path: '/people/:id' });
    const table = await screen.findByRole('table', { name: 'Uppdrag' });
    expect(within(table).getByRole('columnheader', { name: 'Bekräftelse' })).toBeInTheDocument();
    const jarva = within(table).getByRole('rowheader', { name: 'Lokal styrgrupp Järva' }).closest('tr')!;
    expect(jarva).toHaveTextContent('Bekräftad');
    expect(within(jarva).queryByRole('button')).toBeNull();
    const sodermalm = within(table).getByRole('rowheader', { name: 'Lokal styrgrupp Södermalm' }).closest('tr')!;
    expect(within(sodermalm).getByText('Ej bekräftad')).toBeInTheDocument();
    expect(within(sodermalm).getByRole('button', { name: 'Bekräfta uppdraget i Lokal styrgrupp Södermalm' })).toBeInTheDocument();
  });
});
