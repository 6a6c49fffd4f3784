import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import type { PublicCitizenPromise } from '../api/public';
import { PublicCitizenPromisesPage } from './PublicCitizenPromisesPage';

const JARVA = '01900000-0000-7000-8000-0000000000a1';
const SODER = '01900000-0000-7000-8000-0000000000a2';

const kept: PublicCitizenPromise = {
  id: '01900000-0000-7000-8000-0000000000b1',
  title: 'Nattvandring varje helg i Tensta och Rinkeby',
  description: 'Vi lovar att vuxna nattvandrar.',
  council_id: '01900000-0000-7000-8000-0000000000c1',
  council_name: 'Lokal styrgrupp Järva',
  area_ids: [JARVA],
  area_names: ['Järva'],
  status: 'completed',
  starts_on: '2026-01-01',
  ends_on: '2026-12-31',
  target: { type: 'count', target: 40, per: 52, unit: 'helger med nattvandring' },
  met: { met: true, reason: 'count_reached', current: 44, target: 40, explanation: '44 helger med nattvandring reached the target of 40.' },
  percent: 100,
  latest_narrative: 'Löftet är uppfyllt.',
  latest_reported_on: '2026-11-30',
};
const lighting: PublicCitizenPromise = {
  ...kept,
  id: '01900000-0000-7000-8000-0000000000b2',
  title: 'Ljusare Medborgarplats',
  council_name: 'Lokal styrgrupp Södermalm',
  area_ids: [SODER],
  area_names: ['Södermalm'],
  status: 'in_progress',
  target: { type: 'indicator', indicator_id: '01900000-0000-7000-8000-0000000000f1', baseline_value: 30, baseline_period: '2024', target_value: 25, target_period: '2026' },
  met: { met: null, reason: 'no_measurement', current: null, target: 25, explanation: 'No value measured' },
  percent: null,
  latest_narrative: null,
  latest_reported_on: null,
};

const path = (req: Request) => new URL(req.url).pathname;

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('a-token-that-must-not-be-sent');
});

describe('public citizen promises', () => {
  it('shows each promise in words, kept or not decided, with its latest public report; never sends the token', async () => {
    const requests = serveRequests((req) => {
      const area = new URL(req.url).searchParams.get('area_id');
      if (path(req) === '/api/v1/public/citizen-promises') {
        return json({ items: area === SODER ? [lighting] : area ? [] : [kept, lighting], next_cursor: null, allowed_actions: [] });
      }
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<PublicCitizenPromisesPage />, { route: '/offentligt/medborgarloften', path: '/offentligt/medborgarloften', user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Medborgarlöften' })).toBeInTheDocument();

    const first = await screen.findByRole('article', { name: kept.title });
    expect(first).toHaveTextContent('Lokal styrgrupp Järva · Järva');
    expect(first).toHaveTextContent('minst 40 av 52 helger med nattvandring');
    expect(first).toHaveTextContent('Hållet');
    expect(first).toHaveTextContent('44 helger med nattvandring – målet på minst 40 är nått.');
    expect(first).not.toHaveTextContent('reached');
    expect(first).toHaveTextContent('Senaste rapport, 2026-11-30');
    expect(first).toHaveTextContent('Löftet är uppfyllt.');
    expect(within(first).getByRole('progressbar')).toHaveAttribute('value', '100');

    const second = screen.getByRole('article', { name: lighting.title });
    // The public resource does not name the indicator.
    expect(second).toHaveTextContent('Indikatorn ska sjunka från 30 (2024) till 25 (2026)');
    expect(second).toHaveTextContent('Inte avgjort än');
    expect(second).toHaveTextContent('Inget mätvärde för målperioden än. Utgångsvärdet är 30 och målet 25.');
    expect(second).toHaveTextContent('Ingen rapport ännu');
    expect(second).toHaveTextContent('Inget rapporterat');

    // The areas come from the promises; choosing one asks for it.
    const areaSelect = screen.getByLabelText('Område');
    expect(within(areaSelect).getAllByRole('option').map((o) => o.textContent)).toEqual(['Alla områden', 'Järva', 'Södermalm']);
    await user.selectOptions(areaSelect, SODER);
    await waitFor(() => expect(screen.queryByRole('article', { name: kept.title })).toBeNull());
    expect(screen.getByRole('article', { name: lighting.title })).toBeInTheDocument();
    const year = String(new Date().getFullYear());
    await user.selectOptions(screen.getByLabelText('År'), year);
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get('year') === year)).toBe(true));

    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });
});
