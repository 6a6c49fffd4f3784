import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiKey } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests, testUser } from '@/testing/test-utils';
import { ApiKeysPage } from './ApiKeysPage';

const path = (req: Request) => new URL(req.url).pathname;

const key = (overrides: Partial<ApiKey> = {}): ApiKey => ({
  id: '01900000-0000-7000-8000-0000000000f1',
  name: 'FixMyStreet Sverige',
  prefix: 'sv_lJFhe',
  created_by_name: 'Alva Admin',
  created_at: '2026-12-03T10:00:00Z',
  updated_at: '2026-12-03T10:00:00Z',
  last_used_at: null,
  revoked_at: null,
  version: 1,
  allowed_actions: ['revoke'],
  ...overrides,
});

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
  // jsdom has no <dialog> methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

describe('API keys', () => {
  it('issues a key, shows it once with a warning, and revokes one behind a confirmation', async () => {
    let keys: ApiKey[] = [];
    const requests = serveRequests((req) => {
      if (req.method === 'GET' && path(req) === '/api/v1/api-keys') return json({ items: keys, next_cursor: null, allowed_actions: ['create'] });
      if (req.method === 'POST' && path(req) === '/api/v1/api-keys') {
        keys = [key()];
        return json({ api_key: key(), key: 'sv_lJFhe2zS_secret' }, 201);
      }
      if (req.method === 'POST' && path(req).endsWith(':revoke')) {
        keys = [key({ revoked_at: '2026-12-03T11:00:00Z', version: 2, allowed_actions: [] })];
        return json(keys[0]);
      }
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<ApiKeysPage />, { user: testUser({ role: 'admin' }) });
    expect(await screen.findByText('Inga nycklar har utfärdats.')).toBeInTheDocument();
    expect(screen.getByText(/\/open311\/v2\/requests\.json/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Utfärda nyckel' }));
    expect(screen.getByLabelText('Klientens namn (obligatoriskt)')).toHaveAccessibleDescription(/Ange klientens namn/);
    await user.type(screen.getByLabelText('Klientens namn (obligatoriskt)'), 'FixMyStreet Sverige');
    await user.click(screen.getByRole('button', { name: 'Utfärda nyckel' }));

    const issued = await screen.findByRole('region', { name: 'Ny nyckel för FixMyStreet Sverige' });
    expect(within(issued).getByLabelText('API-nyckel')).toHaveValue('sv_lJFhe2zS_secret');
    expect(issued).toHaveTextContent('Nyckeln visas bara nu.');
    await waitFor(() => expect(within(issued).getByRole('heading', { level: 2 })).toHaveFocus());
    expect(await requests.find((r) => r.method === 'POST')!.json()).toEqual({ name: 'FixMyStreet Sverige' });
    // The form starts afresh for the next key.
    expect(screen.getByLabelText('Klientens namn (obligatoriskt)')).toHaveValue('');

    const table = await screen.findByRole('table', { name: 'Utfärdade nycklar' });
    expect(within(table).getByText('sv_lJFhe…')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Återkalla FixMyStreet Sverige' }));
    const dialog = screen.getByRole('dialog', { name: 'Återkalla nyckeln för FixMyStreet Sverige?' });
    await user.click(within(dialog).getByRole('button', { name: 'Återkalla' }));
    expect(await screen.findByText('Nyckeln för FixMyStreet Sverige är återkallad.')).toBeInTheDocument();
    const revoke = requests.find((r) => path(r).endsWith(':revoke'))!;
    expect(revoke.headers.get('If-Match')).toBe('"1"');
    expect(await within(table).findByText(/Återkallad 2026-12-03/)).toBeInTheDocument();

    await user.click(within(issued).getByRole('button', { name: 'Jag har kopierat nyckeln' }));
    expect(screen.queryByDisplayValue('sv_lJFhe2zS_secret')).toBeNull();
  });

  it('tells anyone but an admin that admins manage the keys', async () => {
    serveRequests(() => json({ type: 'urn:samverkan:problem:forbidden', title: 'Forbidden', status: 403, code: 'forbidden', request_id: 'r' }, 403));
    renderWithProviders(<ApiKeysPage />);
    expect(await screen.findByText('Bara administratörer hanterar API-nycklar.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Utfärda nyckel' })).toBeNull();
  });
});
