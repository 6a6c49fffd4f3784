import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import { MyCalendarPage } from './MyCalendarPage';

const URL1 = 'https://samverkan.example.se/api/v1/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics';
const URL2 = 'https://samverkan.example.se/api/v1/calendar/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.ics';

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
  // jsdom has no <dialog> methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

describe('my calendar', () => {
  it('creates the link and shows it once, with the warning; a new one replaces it; removing it hides it', async () => {
    const user = userEvent.setup();
    let created = 0;
    const requests = serveRequests((req) => {
      if (req.method === 'POST') return json({ url: ++created === 1 ? URL1 : URL2, token: 'x' }, 201);
      if (req.method === 'DELETE') return new Response(null, { status: 204 });
      return json({}, 404);
    });
    renderWithProviders(<MyCalendarPage />, { route: '/calendar', path: '/calendar' });

    await user.click(screen.getByRole('button', { name: 'Skapa kalenderlänk' }));
    const address = await screen.findByRole('textbox', { name: 'Kalenderadress' });
    expect(address).toHaveValue(URL1);
    expect(address).toHaveAttribute('readonly');
    expect(screen.getByText('Länken visas bara nu.')).toBeInTheDocument();
    expect(screen.getByText(/Den fungerar som ett lösenord/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Öppna i kalenderappen' })).toHaveAttribute('href', URL1.replace('https://', 'webcal://'));
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['POST /api/v1/me/calendar-token']);

    await user.click(screen.getByRole('button', { name: 'Skapa ny länk' }));
    await user.click(screen.getAllByRole('button', { name: 'Skapa ny länk' })[1]);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Kalenderadress' })).toHaveValue(URL2));
    expect(screen.getByText(/Den gamla fungerar inte längre/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ta bort länken' }));
    await user.click(screen.getAllByRole('button', { name: 'Ta bort länken' })[1]);
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Kalenderadress' })).toBeNull());
    expect(screen.getByText('Kalenderlänken är borttagen. Den fungerar inte längre.')).toBeInTheDocument();
    expect(requests.at(-1)?.method).toBe('DELETE');
    expect(requests.at(-1)?.headers.get('Authorization')).toBe('Bearer token');
  });
});
