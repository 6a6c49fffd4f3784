import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BetterDirection } from '@/api/types';
import { TableWrap } from '@/components/list/TableWrap';
import {
  betterDirectionText,
  buildTrend,
  formatIndicatorNumber,
  formatIndicatorValue,
  periodLabel,
  type Trend,
  type TrendPoint,
  type TrendSeries,
} from '@/lib/indicators';
import './indicator-trend.css';

/** Line styles told apart by more than colour (WCAG 1.4.1): each colour has 3:1 on white, each dash its own. */
const SERIES_STYLES = [
  { color: '#1d4f91', dash: undefined },
  { color: '#a14600', dash: '8 4' },
  { color: '#2e6b30', dash: '2 3' },
  { color: '#6a1b9a', dash: '10 3 2 3' },
  { color: '#4e342e', dash: '1 5' },
] as const;
const styleOf = (i: number) => SERIES_STYLES[i % SERIES_STYLES.length];

export interface IndicatorTrendProps {
  /** Names the figure, the chart and the table: "Järva", or "Otrygg ute sent – Järva". */
  caption: string;
  /** What the values measure: the unit and which way is better. */
  indicator: { unit: string; better_direction: BetterDirection };
  /** The values of one area (one indicator), any order; a group other than null makes a series of its own. */
  points: readonly TrendPoint[];
  /** The chart's height in pixels; its width is the container's. */
  height?: number;
  /** false: the caption only for screen readers (a heading beside the figure already says it). */
  showCaption?: boolean;
}

/**
 * One indicator's values in one area over the periods: a line chart (SVG, `role="img"` with a
 * `<title>` and a `<desc>` that says the trend in words) and the same values as a table (a
 * `<caption>`, a row per period, a column per series). Everyone is one series; each group another,
 * drawn with its own colour and dash. Which way is better is said in words.
 */
export function IndicatorTrend({ caption, indicator, points, height = 240, showCaption = true }: IndicatorTrendProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const captionId = useId();
  const descId = useId();
  const tableCaptionId = useId();
  const trend = buildTrend(points);
  const seriesName = (s: TrendSeries) => s.group ?? t('indicatorTrend.everyone');
  const number = (v: number) => formatIndicatorNumber(v, lang, trend.decimals);
  const unit = indicator.unit.trim();
  const unitNote = unit && unit !== '%' ? t('indicatorTrend.unit', { unit }) : '';
  const better = betterDirectionText(t, indicator.better_direction);

  const rows = trend.periods.map((period) => {
    const row: Record<string, string | number | null> = { period };
    trend.series.forEach((s, i) => {
      row[`s${i}`] = s.byPeriod[period]?.value ?? null;
    });
    return row;
  });
  const description = describeTrend(trend, { t, lang, unit: indicator.unit, better, unitNote });
  const values = points.map((p) => p.value);
  const min = Math.min(...values);

  return (
    <figure className="indicator-trend" aria-labelledby={captionId}>
      <figcaption id={captionId} className={showCaption ? undefined : 'visually-hidden'}>
        {caption}
      </figcaption>
      <p className="indicator-trend-note">
        {better}
        {unitNote && ` ${unitNote}`}
      </p>
      {trend.periods.length > 0 && (
        <div className="indicator-trend-chart">
          <LineChart
            responsive
            style={{ width: '100%', height }}
            data={rows}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            accessibilityLayer={false}
            role="img"
            title={caption}
            desc={description}
            aria-describedby={descId}
          >
            <CartesianGrid stroke="#d0d5dd" strokeDasharray="3 3" />
            <XAxis dataKey="period" tick={{ fill: '#333' }} stroke="#555" padding={{ left: 24, right: 24 }} />
            <YAxis
              width={52}
              tick={{ fill: '#333' }}
              stroke="#555"
              domain={min >= 0 ? [0, 'auto'] : ['auto', 'auto']}
              tickFormatter={(v: number) => formatIndicatorNumber(v, lang)}
              allowDecimals
            />
            <Tooltip
              formatter={(v) => (typeof v === 'number' ? formatIndicatorValue(v, indicator.unit, lang, trend.decimals) : String(v))}
              labelFormatter={(p) => periodLabel(t, String(p), lang)}
            />
            {trend.series.map((s, i) => (
              <Line
                key={s.group ?? ''}
                type="linear"
                dataKey={`s${i}`}
                name={seriesName(s)}
                stroke={styleOf(i).color}
                strokeWidth={2}
                strokeDasharray={styleOf(i).dash}
                dot={{ r: 3, fill: styleOf(i).color }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
          {/* The description again, referenced by id: not every screen reader reads an SVG's <desc>. */}
          <p id={descId} hidden>
            {description}
          </p>
          {trend.series.length > 1 && (
            // The series' names are in the chart's description and the table's headers: the key is for the eye.
            <ul className="indicator-trend-legend" aria-hidden="true">
              {trend.series.map((s, i) => (
                <li key={s.group ?? ''}>
                  <svg width="32" height="10" focusable="false">
                    <line x1="0" y1="5" x2="32" y2="5" stroke={styleOf(i).color} strokeWidth="2" strokeDasharray={styleOf(i).dash} />
                  </svg>{' '}
                  {seriesName(s)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <TableWrap captionId={tableCaptionId}>
        <table className="indicator-trend-table">
          <caption id={tableCaptionId}>{t('indicatorTrend.tableCaption', { caption })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicatorTrend.period')}</th>
              {trend.series.map((s) => (
                <th key={s.group ?? ''} scope="col">
                  {seriesName(s)}
                  {unit && (
                    <>
                      {' '}
                      <span className="indicator-trend-unit">({unit})</span>
                    </>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.periods.map((period) => (
              <tr key={period}>
                <th scope="row">{periodLabel(t, period, lang)}</th>
                {trend.series.map((s) => {
                  const point = s.byPeriod[period];
                  return (
                    <td key={s.group ?? ''}>
                      {point ? (
                        <>
                          {number(point.value)}
                          {point.n != null && <span className="indicator-trend-n"> {t('indicatorTrend.n', { n: formatIndicatorNumber(point.n, lang) })}</span>}
                          {point.note && <span className="indicator-trend-note"> {point.note}</span>}
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('indicatorTrend.noValue')}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </figure>
  );
}

/**
 * The chart in words: "Linjediagram från 2023 till 2025. Alla: 16,0 % år 2023, 14,4 % år 2025.
 * Kvinnor: … Lägre är bättre."
 */
export function describeTrend(
  trend: Trend,
  { t, lang, unit, better, unitNote }: { t: TFunction; lang: string; unit: string; better: string; unitNote: string },
): string {
  const first = trend.periods[0];
  const last = trend.periods[trend.periods.length - 1];
  if (!first) return t('indicatorTrend.noValues');
  const value = (p: TrendPoint) => formatIndicatorValue(p.value, unit, lang, trend.decimals);
  const when = (period: string) => periodLabel(t, period, lang);
  const parts = [first === last ? t('indicatorTrend.describeOne', { period: when(first) }) : t('indicatorTrend.describe', { from: when(first), to: when(last) })];
  for (const s of trend.series) {
    const points = trend.periods.map((p) => s.byPeriod[p]).filter((p): p is TrendPoint => !!p);
    const name = s.group ?? t('indicatorTrend.everyone');
    const a = points[0];
    const b = points[points.length - 1];
    parts.push(
      a === b
        ? t('indicatorTrend.describeSeriesOne', { name, value: value(a), period: when(a.period) })
        : t('indicatorTrend.describeSeries', { name, first: value(a), firstPeriod: when(a.period), last: value(b), lastPeriod: when(b.period) }),
    );
  }
  if (unitNote) parts.push(unitNote);
  parts.push(better);
  return parts.join(' ');
}
