/**
 * Indicator values as trends: periods (`2025`, `2025-H1`, `2025-Q3`, `2025-03`) in time order, the
 * values of one area split into series by group (everyone first), and their numbers for people.
 * Shared by the indicator pages and the follow-up report (`components/indicators/IndicatorTrend`).
 */
import type { TFunction } from 'i18next';
import type { BetterDirection, IndicatorSource } from '@/api/types';
import { localeFor } from './format';

export const INDICATOR_SOURCES: IndicatorSource[] = ['city_safety_survey', 'police_survey', 'ntu', 'reported_crime', 'observations', 'other'];
export const BETTER_DIRECTIONS: BetterDirection[] = ['lower', 'higher'];

/** The largest import file the API takes: 8 MB (counted as 8 × 1024²). */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** The columns of an import file, in the order the template has them; the first four are required. */
export const IMPORT_COLUMNS = ['indicator_code', 'area_id', 'period', 'group', 'value', 'n', 'note'] as const;
export const REQUIRED_IMPORT_COLUMNS = ['indicator_code', 'area_id', 'period', 'value'] as const;

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface ParsedPeriod {
  year: number;
  kind: PeriodKind;
  /** 1-based: the half, quarter or month; 0 for a year. */
  part: number;
}

const PERIOD = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** A period as the API writes it, or null when it is not one. */
export function parsePeriod(period: string): ParsedPeriod | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, kind: 'half', part: Number(m[2]) };
  if (m[3]) return { year, kind: 'quarter', part: Number(m[3]) };
  if (m[4]) return { year, kind: 'month', part: Number(m[4]) };
  return { year, kind: 'year', part: 0 };
}

const SPAN_MONTHS: Record<PeriodKind, number> = { year: 12, half: 6, quarter: 3, month: 1 };

/** The period's first month counted from year 0 (2025-Q3 → 2025 × 12 + 6). */
function startMonth(p: ParsedPeriod): number {
  const offset = p.kind === 'half' ? (p.part - 1) * 6 : p.kind === 'quarter' ? (p.part - 1) * 3 : p.kind === 'month' ? p.part - 1 : 0;
  return p.year * 12 + offset;
}

/** Orders periods in time: by where they start, the longer first (2025, 2025-H1, 2025-Q1, 2025-01). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return startMonth(pa) - startMonth(pb) || SPAN_MONTHS[pb.kind] - SPAN_MONTHS[pa.kind];
}

/** A period for people: "2025", "första halvåret 2025", "tredje kvartalet 2025", "mars 2025". */
export function periodLabel(t: TFunction, period: string, lang: string): string {
  const p = parsePeriod(period);
  if (!p || p.kind === 'year') return period;
  if (p.kind === 'month') {
    return new Intl.DateTimeFormat(localeFor(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(p.year, p.part - 1, 1));
  }
  return t(`indicatorTrend.periods.${p.kind}`, { year: p.year, part: p.part, ordinal: t(`indicatorTrend.ordinals.${p.part}`) });
}

/** What "better" means for an indicator, in words: "Lägre är bättre." */
export const betterDirectionText = (t: TFunction, direction: BetterDirection) => t(`indicatorTrend.better.${direction}`);

/** One value of a trend: what the API's `IndicatorValue` carries (and a report's rows). */
export interface TrendPoint {
  period: string;
  /** The group it is for (`kvinnor`, `16–24`); null or absent for everyone. */
  group?: string | null;
  value: number;
  /** The sample size. */
  n?: number | null;
  note?: string | null;
}

export interface TrendSeries {
  /** null: everyone. */
  group: string | null;
  byPeriod: Readonly<Record<string, TrendPoint>>;
}

export interface Trend {
  /** Every period any series has, in time order. */
  periods: string[];
  /** Everyone first, then the groups in alphabetical order. */
  series: TrendSeries[];
  /** The decimals every value is shown with (the most any value needs, at most 3). */
  decimals: number;
}

/** The decimals a set of values is shown with: the most any of them needs, at most 3. */
export function decimalsFor(values: readonly number[]): number {
  return values.reduce((d, v) => Math.max(d, decimalsOf(v)), 0);
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 3;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(3, text.length - dot - 1);
}

/** The points of one area (one indicator) as a trend: periods in order, one series per group. */
export function buildTrend(points: readonly TrendPoint[]): Trend {
  const groups = new Map<string | null, Record<string, TrendPoint>>();
  const periods = new Set<string>();
  let decimals = 0;
  for (const point of points) {
    const group = point.group ?? null;
    let byPeriod = groups.get(group);
    if (!byPeriod) groups.set(group, (byPeriod = {}));
    byPeriod[point.period] = point;
    periods.add(point.period);
    decimals = Math.max(decimals, decimalsOf(point.value));
  }
  const series = [...groups.entries()]
    .map(([group, byPeriod]) => ({ group, byPeriod }))
    .sort((a, b) => (a.group === null ? -1 : b.group === null ? 1 : a.group.localeCompare(b.group, 'sv')));
  return { periods: [...periods].sort(comparePeriods), series, decimals };
}

/** A number in the language's format ("14,4"): with exactly `decimals` decimals, or as few as it needs (at most 2). */
export function formatIndicatorNumber(value: number, lang: string, decimals?: number): string {
  const digits = decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return new Intl.NumberFormat(localeFor(lang), digits).format(value);
}

/** A value with its unit where the unit reads after a number: "14,4 %" (sv), "14.4%" (en); else the number. */
export function formatIndicatorValue(value: number, unit: string, lang: string, decimals = 0): string {
  const number = formatIndicatorNumber(value, lang, decimals);
  if (unit.trim() === '%') return lang.startsWith('en') ? `${number}%` : `${number}\u00a0%`;
  return number;
}

/** Values grouped by area, the areas in name order (`names` of the values). */
export function groupByArea<V extends TrendPoint & { area_id: string }>(
  values: readonly V[],
  names: (areaId: string) => string | undefined,
): { areaId: string; name: string | undefined; values: V[] }[] {
  const byArea = new Map<string, V[]>();
  for (const v of values) {
    const list = byArea.get(v.area_id);
    if (list) list.push(v);
    else byArea.set(v.area_id, [v]);
  }
  return [...byArea.entries()]
    .map(([areaId, list]) => ({ areaId, name: names(areaId), values: list }))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'sv'));
}
