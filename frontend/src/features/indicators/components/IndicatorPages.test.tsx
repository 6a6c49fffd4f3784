import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, serveRequests, testUser } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import type { Indicator, IndicatorValue } from '@/api/types';
import { IndicatorsPage } from './IndicatorsPage';
import { IndicatorDetailPage } from './IndicatorDetailPage';
import { CreateIndicatorPage } from './CreateIndicatorPage';

const indicator: Indicator = {
  id: '01900000-0000-7000-8000-0000000000d1',
  code: 'SST_OTRYGG_KVALL',
  name: 'Otrygg ute sent',
  unit: '%',
  better_direction: 'lower',
  source: 'city_safety_survey',
  description: 'Andel som känner sig otrygga.',
  version: 2,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  allowed_actions: ['update', 'delete'],
};

const JARVA = '01900000-0000-7000-8000-0000000000a1';
const SODER = '01900000-0000-7000-8000-0000000000a2';
let valueId = 0;
const value = (area: string, period: string, v: number, group: string | null = null): IndicatorValue => ({
  id: `01900000-0000-7000-8000-${String(++valueId).padStart(12, '0')}`,
  indicator_id: indicator.id,
  area_id: area,
  period,
  group,
  value: v,
  n: null,
  note: null,
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: { [JARVA]: 'Järva', [SODER]: 'Södermalm', [indicator.id]: indicator.name },
  allowed_actions: [],
});

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('indicators list', () => {
  it('offers create and import to an editor, and filters by source in the request', async () => {
    const requests = serveRequests((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/indicators') return json({ items: [indicator], next_cursor: null, allowed_actions: ['create'] });
      if (path === '/api/v1/indicator-values') return json({ items: [], next_cursor: null, allowed_actions: ['create'] });
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<IndicatorsPage />);
    const row = (await screen.findByRole('rowheader', { name: 'Otrygg ute sent' })).closest('tr')!;
    expect(row).toHaveTextContent('SST_OTRYGG_KVALL');
    expect(row).toHaveTextContent('Stadens trygghetsundersökning');
    expect(row).toHaveTextContent('Lägre är bättre.');
    expect(screen.getByRole('link', { name: 'Ny indikator' })).toHaveAttribute('href', '/indicators/new');
    expect(await screen.findByRole('link', { name: 'Importera värden' })).toHaveAttribute('href', '/indicators/import');
    await user.selectOptions(screen.getByLabelText('Källa'), 'ntu');
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get('source') === 'ntu')).toBe(true));
  });

  it('offers neither to a viewer', async () => {
    serveRequests(() => json({ items: [{ ...indicator, allowed_actions: [] }], next_cursor: null, allowed_actions: [] }));
    renderWithProviders(<IndicatorsPage />, { user: testUser({ role: 'viewer' }) });
    await screen.findByRole('rowheader', { name: 'Otrygg ute sent' });
    expect(screen.queryByRole('link', { name: 'Ny indikator' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Importera värden' })).toBeNull();
  });
});

describe('indicator page', () => {
  it('shows the definition and a chart and table per area, with a series per group', async () => {
    const values = [value(SODER, '2024', 8.2), value(JARVA, '2024', 15.2), value(JARVA, '2023', 16), value(JARVA, '2023', 24, 'kvinnor'), value(SODER, '2023', 9)];
    const requests = serveRequests((req) => {
      const url = new URL(req.url);
      if (url.pathname === `/api/v1/indicators/${indicator.id}`) return json(indicator);
      if (url.pathname === '/api/v1/indicator-values') return json({ items: values, next_cursor: null, allowed_actions: ['create'] });
      return json({}, 404);
    });
    renderWithProviders(<IndicatorDetailPage />, { route: `/indicators/${indicator.id}`, path: '/indicators/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Otrygg ute sent' })).toBeInTheDocument();
    expect(screen.getByText('Lägre är bättre.', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Redigera' })).toHaveAttribute('href', `/indicators/${indicator.id}/edit`);

    const areas = await screen.findAllByRole('heading', { level: 3 });
    expect(areas.map((h) => h.textContent)).toEqual(['Järva', 'Södermalm']);
    const jarva = screen.getByRole('region', { name: 'Järva' });
    const table = within(jarva).getByRole('table', { name: 'Otrygg ute sent – Järva: värden per period' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Period', 'Alla (%)', 'kvinnor (%)']);
    expect(within(jarva).getByRole('figure', { name: 'Otrygg ute sent – Järva' })).toBeInTheDocument();
    expect(new URL(requests.find((r) => new URL(r.url).pathname === '/api/v1/indicator-values')!.url).searchParams.get('indicator_id')).toBe(indicator.id);

    // It has values: removing it is explained, not offered.
    expect(screen.getByRole('region', { name: 'Ta bort indikatorn' })).toHaveTextContent('Indikatorn har värden och kan därför inte tas bort.');
    expect(screen.queryByRole('button', { name: 'Ta bort indikatorn' })).toBeNull();
  });
});

describe('indicator form', () => {
  it('checks the code and the choices before sending, then sends the indicator', async () => {
    const requests = serveRequests((req) => {
      const path = new URL(req.url).pathname;
      if (req.method === 'GET' && path === '/api/v1/indicators') return json({ items: [], next_cursor: null, allowed_actions: ['create'] });
      if (req.method === 'POST' && path === '/api/v1/indicators') return json({ ...indicator, code: 'NY_KOD' }, 201);
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateIndicatorPage />);
    await screen.findByRole('button', { name: 'Skapa indikator' });
    await user.type(screen.getByLabelText('Kod (obligatoriskt)'), '_fel kod');
    await user.click(screen.getByRole('button', { name: 'Skapa indikator' }));
    expect(screen.getByLabelText('Kod (obligatoriskt)')).toHaveAccessibleDescription(/får bara innehålla/);
    expect(screen.getByLabelText('Vad är bättre (obligatoriskt)')).toHaveAccessibleDescription(/Välj om högre eller lägre är bättre\./);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.clear(screen.getByLabelText('Kod (obligatoriskt)'));
    await user.type(screen.getByLabelText('Kod (obligatoriskt)'), 'NY_KOD');
    await user.type(screen.getByLabelText('Namn (obligatoriskt)'), 'Ny indikator');
    await user.selectOptions(screen.getByLabelText('Vad är bättre (obligatoriskt)'), 'higher');
    await user.selectOptions(screen.getByLabelText('Källa (obligatoriskt)'), 'observations');
    await user.click(screen.getByRole('button', { name: 'Skapa indikator' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ code: 'NY_KOD', name: 'Ny indikator', unit: '', better_direction: 'higher', source: 'observations', description: null });
  });
});
