import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Initiative } from '@/api/types';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import { IndicatorTargetChart } from './IndicatorTargetChart';

const AREA = '01900000-0000-7000-8000-0000000000a1';
const INDICATOR = '01900000-0000-7000-8000-0000000000f1';

const measure = {
  id: '01900000-0000-7000-8000-0000000000b2',
  title: 'Bättre belysning i Tensta centrum',
  area_ids: [AREA],
  target: { type: 'indicator', indicator_id: INDICATOR, baseline_value: 16, baseline_period: '2024', target_value: 14, target_period: '2026' },
  names: { [AREA]: 'Järva', [INDICATOR]: 'Otrygg ute ensam sent en kväll' },
} as unknown as Initiative;

const value = (period: string, v: number, group: string | null = null) => ({
  id: `v-${period}-${group}`, indicator_id: INDICATOR, area_id: AREA, period, group, value: v, n: 1800, note: null, names: {},
});

describe('IndicatorTargetChart', () => {
  it('charts the target indicator in the initiative’s area, with its table', async () => {
    const asked: URLSearchParams[] = [];
    serveRequests((req) => {
      const url = new URL(req.url);
      if (url.pathname === `/api/v1/indicators/${INDICATOR}`)
        return json({ id: INDICATOR, code: 'SST_OTRYGG_KVALL', name: 'Otrygg ute ensam sent en kväll', unit: '%', better_direction: 'lower', source: 'city_safety_survey', description: null, version: 1, allowed_actions: [] });
      if (url.pathname === '/api/v1/indicator-values') {
        asked.push(url.searchParams);
        return json({ items: [value('2024', 16), value('2025', 15.2), value('2026', 14.4)], next_cursor: null, allowed_actions: [] });
      }
      return json({}, 404);
    });
    renderWithProviders(<IndicatorTargetChart initiative={measure} />);
    const section = await screen.findByRole('region', { name: 'Otrygg ute ensam sent en kväll i Järva' });
    expect(within(section).getByRole('img')).toBeInTheDocument();
    const table = within(section).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2024', '2025', '2026']);
    expect(rows[2]).toHaveTextContent('14,4');
    expect(asked[0].get('indicator_id')).toBe(INDICATOR);
    expect(asked[0].get('area_id')).toBe(AREA);
  });

  it('shows nothing for a count target', () => {
    const { container } = renderWithProviders(<IndicatorTargetChart initiative={{ ...measure, target: { type: 'count', target: 40, unit: 'helger' } } as Initiative} />);
    expect(container.textContent).toBe('');
  });
});
