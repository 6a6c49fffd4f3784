import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import { INITIATIVE, PICTURE, testPicture } from '../testing';
import { SituationPictureDetailPage } from './SituationPictureDetailPage';

const path = (r: Request) => new URL(r.url).pathname;
const route = { route: `/situation-pictures/${PICTURE}`, path: '/situation-pictures/:id' };

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('situation picture page', () => {
  it('shows the parts under the law’s headings, a withheld one explained, the problems by priority and the snapshot', async () => {
    serveRequests((req) => (path(req) === `/api/v1/situation-pictures/${PICTURE}` ? json(testPicture()) : json({}, 404)));
    renderWithProviders(<SituationPictureDetailPage />, route);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lägesbild Järva 2024–2025' })).toBeInTheDocument();
    expect(screen.getByText(/2026-03-02 10:00 av Kim Samordnare\./).closest('p')).toHaveTextContent(/^Fastställd 2026-03-02 10:00 av Kim Samordnare\.$/);
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Ny version' })).toHaveAttribute('href', `/situation-pictures/new?replaces_id=${PICTURE}`);

    const mapping = screen.getByRole('region', { name: 'Kartläggning av brottsligheten och dess konsekvenser' });
    expect(mapping).toHaveTextContent('Vem får läsa: Begränsad');
    expect(mapping).toHaveTextContent('Innehållet är begränsat – du har inte behörighet att läsa det.');
    expect(screen.getByRole('region', { name: 'Annan relevant information' })).toHaveTextContent('Var femte känner sig otrygg.');
    expect(screen.getByRole('region', { name: 'Analys' })).toHaveTextContent('Vem får läsa: Offentlig');

    const problems = screen.getByRole('region', { name: 'Identifierade problem' });
    expect(within(problems).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Otrygga gångvägar', 'Nedskräpning']);
    expect(within(problems).getByRole('link', { name: 'Trygg i Järva' })).toHaveAttribute('href', `/initiatives/${INITIATIVE}`);

    const snapshot = screen.getByRole('table', { name: 'Indikatorvärden i Lägesbild Järva 2024–2025' });
    expect(within(snapshot).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Indikator', 'Grupp', '2024', '2025']);
    expect(within(snapshot).getByRole('row', { name: /Otrygg ute sent/ })).toHaveTextContent('16,0 %');
  });

  it('adopts a draft behind a confirmation that says it locks, then offers a new version', async () => {
    const draft = testPicture({ status: 'draft', adopted_at: null, adopted_by_name: null, indicator_snapshot: null, version: 4, allowed_actions: ['update', 'delete', 'adopt'] });
    const requests = serveRequests((req) => {
      if (req.method === 'POST' && path(req) === `/api/v1/situation-pictures/${PICTURE}:adopt`) return json(testPicture({ version: 5 }));
      if (path(req) === `/api/v1/situation-pictures/${PICTURE}`) return json(draft);
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<SituationPictureDetailPage />, route);
    expect(await screen.findByText('Utkast – inte fastställt.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Redigera' })).toHaveAttribute('href', `/situation-pictures/${PICTURE}/edit`);
    expect(screen.getByText('Områdets indikatorvärden för perioden sparas med lägesbilden när den fastställs.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Fastställ' }));
    const dialog = screen.getByRole('dialog', { name: 'Fastställa Lägesbild Järva 2024–2025?' });
    expect(dialog).toHaveAccessibleDescription(/låst: den kan inte ändras eller tas bort/);
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Fastställ' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')!.headers.get('If-Match')).toBe('"4"');
    expect(await screen.findByText('Lägesbilden är låst och kan inte ändras. Ändringar görs i en ny version.')).toBeInTheDocument();
    expect(screen.getByText(/2026-03-02 10:00 av Kim Samordnare\./).closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Fastställ' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Ny version' })).toBeInTheDocument();
  });
});
