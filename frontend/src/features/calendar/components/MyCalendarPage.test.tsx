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
  it('says since when there is a link, and offers a new one or removing it', async () => {
    serveRequests(() => json({ created_at: '2027-01-12T09:00:00Z' }));
    renderWithProviders(<MyCalendarPage />, { route: '/calendar', path: '/calendar' });
    expect(await screen.findByText('Du har en kalenderlänk sedan 2027-01-12 10:00.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skapa ny länk' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ta bort länken' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skapa kalenderlänk' })).toBeNull();
  });

  it('creates the link and shows it once, with the warning; a new one replaces it; removing it hides it', async () => {
    const user = userEvent.setup();
    let created = 0;
    let since: string | null = null;
    const requests = serveRequests((req) => {
      if (req.method === 'GET') return since ? json({ created_at: since }) : json({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }, 404);
      if (req.method === 'POST') {
        since = created === 0 ? '2027-01-12T09:00:00Z' : '2027-01-13T09:30:00Z';
        return json({ url: ++created === 1 ? URL1 : URL2, token: 'x' }, 201);
      }
      if (req.method === 'DELETE') {
        since = null;
        return new Response(null, { status: 204 });
      }
      return json({}, 404);
    });
    renderWithProviders(<MyCalendarPage />, { route: '/calendar', path: '/calendar' });

    expect(await screen.findByText('Du har ingen kalenderlänk.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ta bort länken' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Skapa kalenderlänk' }));
    const address = await screen.findByRole('textbox', { name: 'Kalenderadress' });
    expect(address).toHaveValue(URL1);
    expect(address).toHaveAttribute('readonly');
    expect(screen.getByText('Länken visas bara nu.')).toBeInTheDocument();
    expect(screen.getByText(/Den fungerar som ett lösenord/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Öppna i kalenderappen' })).toHaveAttribute('href', URL1.replace('https://', 'webcal://'));
    expect(await screen.findByText('Du har en kalenderlänk sedan 2027-01-12 10:00.')).toBeInTheDocument();
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);

    await user.click(screen.getByRole('button', { name: 'Skapa ny länk' }));
    await user.click(screen.getAllByRole('button', { name: 'Skapa ny länk' })[1]);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Kalenderadress' })).toHaveValue(URL2));
    expect(screen.getByText(/Den gamla fungerar inte längre/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ta bort länken' }));
    await user.click(screen.getAllByRole('button', { name: 'Ta bort länken' })[1]);
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Kalenderadress' })).toBeNull());
    expect(screen.getByText('Kalenderlänken är borttagen. Den fungerar inte längre.')).toBeInTheDocument();
    expect(screen.getByText('Du har ingen kalenderlänk.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skapa kalenderlänk' })).toBeInTheDocument();
    const revoke = requests.find((r) => r.method === 'DELETE');
    expect(revoke?.headers.get('Authorization')).toBe('Bearer token');
  });
});
