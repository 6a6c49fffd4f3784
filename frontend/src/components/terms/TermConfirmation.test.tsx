import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Membership } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders } from '@/testing/test-utils';
import { FlashRegion } from '@/components/ui/Flash';
import { TermConfirmation } from './TermConfirmation';

const councilId = '01900000-0000-7000-8000-0000000000c1';
const term: Membership = {
  id: '01900000-0000-7000-8000-0000000000m1',
  council_id: councilId,
  person_id: '01900000-0000-7000-8000-0000000000p1',
  seat_id: null,
  role: 'member',
  on_behalf_of_id: null,
  start_date: '2026-01-01',
  end_date: null,
  current: true,
  confirmed: false,
  confirmed_at: null,
  version: 2,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  allowed_actions: ['update'],
};

function serve(handler: (req: Request) => Response) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      requests.push(req.clone());
      return handler(req);
    }),
  );
  return requests;
}

function renderTerm(m: Membership) {
  return renderWithProviders(
    <>
      <FlashRegion />
      <p>
        Elin Sandberg
        <TermConfirmation membership={m} what="uppdraget för Elin Sandberg" />
      </p>
    </>,
  );
}

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('a term’s confirmation', () => {
  it('marks an unconfirmed term "Ej bekräftad", without a button when the term does not allow confirm', () => {
    serve(() => json({}));
    renderTerm(term);
    expect(screen.getByText('Ej bekräftad')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bekräfta/ })).toBeNull();
  });

  it('shows nothing for a confirmed term', () => {
    serve(() => json({}));
    renderTerm({ ...term, confirmed: true, confirmed_at: '2026-01-02T00:00:00Z', allowed_actions: ['update'] });
    expect(screen.queryByText('Ej bekräftad')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('confirms with If-Match when the term allows confirm, then says so', async () => {
    const requests = serve((req) => (req.method === 'PATCH' ? json({ ...term, confirmed: true, version: 3, allowed_actions: ['update'] }) : json({})));
    const user = userEvent.setup();
    renderTerm({ ...term, allowed_actions: ['update', 'confirm'] });
    await user.click(screen.getByRole('button', { name: 'Bekräfta uppdraget för Elin Sandberg' }));
    expect(await screen.findByText('Uppdraget har bekräftats.')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe(`/api/v1/councils/${councilId}/memberships/${term.id}`);
    expect(patch.headers.get('If-Match')).toBe('"2"');
    expect(await patch.json()).toEqual({ confirmed: true });
  });

  it('explains a failure beside the button (412: changed by someone else)', async () => {
    serve((req) =>
      req.method === 'PATCH' ? json({ type: 'about:blank', title: 'Precondition Failed', status: 412, code: 'version_mismatch' }, 412) : json({}),
    );
    const user = userEvent.setup();
    renderTerm({ ...term, allowed_actions: ['confirm'] });
    await user.click(screen.getByRole('button', { name: 'Bekräfta uppdraget för Elin Sandberg' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Någon annan har ändrat/));
    expect(screen.queryByText('Uppdraget har bekräftats.')).toBeNull();
  });
});
