import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18n from '@/i18n';
import type { TrendPoint } from '@/lib/indicators';
import { IndicatorTrend } from './IndicatorTrend';

const points: TrendPoint[] = [
  { period: '2025', value: 14.4, n: 1800 },
  { period: '2023', value: 16, n: 1800 },
  { period: '2024', value: 15.2, n: 1800 },
  { period: '2023', group: 'kvinnor', value: 24, n: 950 },
  { period: '2025', group: 'kvinnor', value: 21.6, n: 950, note: 'Nytt urval' },
];

const indicator = { unit: '%', better_direction: 'lower' as const };

// jsdom lays nothing out: give the chart's container a size, as a browser would.
const sizes = ['clientWidth', 'clientHeight'] as const;
const saved = sizes.map((p) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, p));
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 240 });
});
afterEach(() => {
  sizes.forEach((p, i) => (saved[i] ? Object.defineProperty(HTMLElement.prototype, p, saved[i]) : delete (HTMLElement.prototype as unknown as Record<string, unknown>)[p]));
});

const renderTrend = (props: Partial<Parameters<typeof IndicatorTrend>[0]> = {}) =>
  render(
    <I18nextProvider i18n={i18n}>
      <IndicatorTrend caption="Otrygg ute sent – Järva" indicator={indicator} points={points} {...props} />
    </I18nextProvider>,
  );

describe('IndicatorTrend', () => {
  it('draws an SVG line chart named by the caption, with the trend in words as its description', () => {
    const { container } = renderTrend();
    const figure = screen.getByRole('figure', { name: 'Otrygg ute sent – Järva' });
    const chart = within(figure).getByRole('img', { name: 'Otrygg ute sent – Järva' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelector('title')).toHaveTextContent('Otrygg ute sent – Järva');
    expect(chart).toHaveAccessibleDescription(
      'Linjediagram från 2023 till 2025. Alla: 16,0 % (2023), 14,4 % (2025). kvinnor: 24,0 % (2023), 21,6 % (2025). Lägre är bättre.'.replace(/ %/g, '\u00a0%'),
    );
    // Not a keyboard trap or an "application": the table is the way to read the values.
    expect(chart).not.toHaveAttribute('tabindex');
    // One line per series, told apart by the dash as well as the colour.
    const lines = container.querySelectorAll('.recharts-line-curve');
    expect(lines).toHaveLength(2);
    expect(lines[0].getAttribute('stroke-dasharray')).not.toBe(lines[1].getAttribute('stroke-dasharray'));
    // The x axis has the periods in time order.
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent);
    expect(ticks).toEqual(['2023', '2024', '2025']);
    // Which way is better, in words, for everyone.
    expect(within(figure).getByText('Lägre är bättre.')).toBeVisible();
  });

  it('has the same values as a table: a row per period, a column per series, a gap said as such', () => {
    renderTrend();
    const table = screen.getByRole('table', { name: 'Otrygg ute sent – Järva: värden per period' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Period', 'Alla (%)', 'kvinnor (%)']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2023', '2024', '2025']);
    expect(rows[0]).toHaveTextContent('16,0 (n = 1 800)');
    expect(rows[0]).toHaveTextContent('24,0 (n = 950)');
    expect(within(rows[1]).getAllByRole('cell')[1]).toHaveTextContent('Inget värde');
    expect(rows[2]).toHaveTextContent('21,6 (n = 950) Nytt urval');
  });

  it('names the unit when it is not a percentage, and shows half-years and months in words', () => {
    renderTrend({
      indicator: { unit: 'index 0–6', better_direction: 'higher' },
      points: [
        { period: '2025-H2', value: 2 },
        { period: '2025-H1', value: 2.25 },
        { period: '2024-12', value: 1.5 },
      ],
    });
    const chart = screen.getByRole('img', { name: 'Otrygg ute sent – Järva' });
    expect(chart).toHaveAccessibleDescription(
      'Linjediagram från december 2024 till andra halvåret 2025. Alla: 1,50 (december 2024), 2,00 (andra halvåret 2025). Enhet: index 0–6. Högre är bättre.',
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['december 2024', 'första halvåret 2025', 'andra halvåret 2025']);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Period', 'Alla (index 0–6)']);
    // The y axis says each tick once, with the decimals it needs.
    const yTicks = [...document.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => t.textContent);
    expect(new Set(yTicks).size).toBe(yTicks.length);
    expect(screen.getByText('Högre är bättre. Enhet: index 0–6.')).toBeInTheDocument();
  });

  it('keeps the caption for screen readers only when asked', () => {
    renderTrend({ showCaption: false });
    const figure = screen.getByRole('figure', { name: 'Otrygg ute sent – Järva' });
    expect(figure.querySelector('figcaption')).toHaveClass('visually-hidden');
  });

  it('lets the keyboard reach the table when it is wider than the screen', () => {
    const scrollWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollWidth');
    Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get: () => 900 });
    try {
      renderTrend();
      const wrap = screen.getByRole('region', { name: 'Otrygg ute sent – Järva: värden per period' });
      expect(wrap).toHaveAttribute('tabindex', '0');
      expect(within(wrap).getByRole('table')).toBeInTheDocument();
    } finally {
      delete (HTMLElement.prototype as unknown as Record<string, unknown>).scrollWidth;
      if (scrollWidth) Object.defineProperty(Element.prototype, 'scrollWidth', scrollWidth);
    }
  });

  it('adds no tab stop to a table that fits', () => {
    renderTrend();
    expect(screen.getByRole('table').parentElement).not.toHaveAttribute('tabindex');
  });
});
