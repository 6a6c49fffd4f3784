import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FollowUpReport } from '@/api/types';
import { downloadBlob } from '@/lib/download';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import { FollowUpPage } from './FollowUpPage';

vi.mock('@/lib/download', async (original) => ({ ...(await original<typeof import('@/lib/download')>()), downloadBlob: vi.fn() }));

const AREA = '01900000-0000-7000-8000-0000000000a1';
const report: FollowUpReport = {
  area_id: AREA,
  area_name: 'Järva',
  year: 2026,
  indicators: [
    {
      indicator_id: 'i1',
      code: 'SST_OTRYGG',
      name: 'Otrygg ute sent',
      unit: '%',
      better_direction: 'lower',
      source: 'city_safety_survey',
      values: [
        { period: '2025', group: null, value: 15.2, n: 1800 },
        { period: '2026', group: null, value: 14.4, n: 1800 },
      ],
      latest: { period: '2026', group: null, value: 14.4, n: 1800 },
      previous: { period: '2025', group: null, value: 15.2, n: 1800 },
      change: { delta: -0.8, improved: true },
      targets: [
        {
          initiative_id: 'b1',
          initiative_title: 'Bättre belysning',
          baseline_value: 16,
          baseline_period: '2024',
          target_value: 14,
          target_period: '2026',
          met: { met: false, reason: 'indicator_short', current: 14.4, target: 14, explanation: 'x' },
        },
      ],
    },
  ],
  initiatives: [],
  citizen_promises: [
    {
      id: 'p1',
      title: 'Nattvandring varje helg',
      kind: 'citizen_promise',
      status: 'completed',
      is_public: true,
      lead_organization: 'Järva stadsdelsförvaltning',
      starts_on: '2026-01-01',
      ends_on: '2026-12-31',
      progress: { percent: 100, rolled_up: false, missing_final_report: false, met: { met: true, reason: 'count_reached', current: 44, target: 40, explanation: 'x' } },
    },
  ],
  situation_pictures: [{ id: 's1', title: 'Lägesbild Järva 2025–2026', period_start: '2025-01-01', period_end: '2026-12-31', status: 'adopted', replaces_id: null }],
};

// jsdom lays nothing out: give the charts a size.
const sizes = ['clientWidth', 'clientHeight'] as const;
const saved = sizes.map((s) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, s));
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 240 });
});
afterAll(() => sizes.forEach((s, i) => saved[i] && Object.defineProperty(HTMLElement.prototype, s, saved[i]!)));

beforeEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(downloadBlob).mockReset();
  tokenStore.set('token');
});

describe('follow-up page', () => {
  it('asks for an area first', () => {
    serveRequests(() => json({ items: [], next_cursor: null }));
    renderWithProviders(<FollowUpPage />, { route: '/follow-up' });
    expect(screen.getByRole('heading', { level: 1, name: 'Uppföljning' })).toBeInTheDocument();
    expect(screen.getByText('Välj ett område för att se dess uppföljning.')).toBeInTheDocument();
  });

  it('shows each indicator’s change in words with its chart and table, the promises kept, the situation pictures, and downloads the CSV with the token', async () => {
    const requests = serveRequests((req) => {
      const url = new URL(req.url);
      if (url.pathname !== '/api/v1/reports/follow-up') return json({ items: [], next_cursor: null });
      if (req.headers.get('Accept') === 'text/csv')
        return new Response('\ufeffdel;namn\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="uppfoljning-jarva-2026.csv"' } });
      return json(report);
    });
    const user = userEvent.setup();
    renderWithProviders(<FollowUpPage />, { route: `/follow-up?area_id=${AREA}&year=2026` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uppföljning 2026 – Järva' })).toBeInTheDocument();
    const query = new URL(requests.find((r) => new URL(r.url).pathname === '/api/v1/reports/follow-up')!.url).searchParams;
    expect([query.get('area_id'), query.get('year')]).toEqual([AREA, '2026']);

    const indicator = screen.getByRole('region', { name: 'Otrygg ute sent' });
    expect(indicator).toHaveTextContent('Minskade med 0,8 procentenheter – åt rätt håll.');
    expect(indicator).toHaveTextContent('14,4 % (2026)');
    expect(indicator).toHaveTextContent('Bättre belysning: från 16,0 % (2024) till 14,0 % (2026). Inte uppfyllt – Indikatorn är 14,4 %; målet är 14,0 %.');
    expect(within(indicator).getByRole('figure', { name: 'Otrygg ute sent – Järva' })).toBeInTheDocument();
    expect(within(indicator).getByRole('table', { name: 'Otrygg ute sent – Järva: värden per period' })).toBeInTheDocument();

    const promises = screen.getByRole('table', { name: 'Medborgarlöften i Järva 2026' });
    expect(within(promises).getByRole('row', { name: /Nattvandring varje helg/ })).toHaveTextContent('Hållet');
    expect(screen.getByRole('link', { name: 'Lägesbild Järva 2025–2026' })).toHaveAttribute('href', '/situation-pictures/s1');
    expect(screen.getByText('Inga insatser i området under 2026.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ladda ner CSV' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    const csv = requests.find((r) => r.headers.get('Accept') === 'text/csv')!;
    expect(csv.headers.get('Authorization')).toBe('Bearer token');
    expect(vi.mocked(downloadBlob).mock.calls[0][0]).toBe('uppfoljning-jarva-2026.csv');
    expect(await screen.findByText('uppfoljning-jarva-2026.csv är nedladdad.')).toBeInTheDocument();
  });
});
