/**
 * Initiatives in words: a target ("minst 40 av 52 helger med nattvandring"), an indicator period
 * ("första halvåret 2025"), and whether the target is met, worded from the API's `reason` and its
 * numbers (the API's `explanation` is English and is never shown in Swedish). The initiative pages and
 * the public citizen promises both use these.
 */
import type { TFunction } from 'i18next';
import type { InitiativeKind, InitiativeStatus, InitiativeTarget, Met } from '@/api/types';
import { localeFor } from './format';

export const INITIATIVE_KINDS: readonly InitiativeKind[] = ['joint_action', 'citizen_promise', 'preventive_measure'];
export const INITIATIVE_STATUSES: readonly InitiativeStatus[] = ['proposed', 'approved', 'in_progress', 'completed', 'cancelled', 'evaluated'];

/** A number in the language's format: "14,4" (sv), "14.4" (en); at most two decimals. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(localeFor(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A percentage for people: "93,3 %" (sv), "93.3%" (en). */
export function formatPercent(value: number, lang: string): string {
  const n = new Intl.NumberFormat(localeFor(lang), { maximumFractionDigits: 1 }).format(value);
  return lang.startsWith('en') ? `${n}%` : `${n}\u00a0%`;
}

const PERIOD = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/;

/**
 * An indicator period in words: "2025", "första halvåret 2025", "tredje kvartalet 2025", "mars 2025"
 * (en: "first half of 2025", "third quarter of 2025", "March 2025"). Anything else as it is.
 */
export function formatPeriod(period: string, t: TFunction, lang: string): string {
  const m = PERIOD.exec(period);
  if (!m) return period;
  const [, year, part] = m;
  if (!part) return year;
  if (part.startsWith('H') || part.startsWith('Q')) return t(`initiatives.periods.${part}`, { year });
  const month = Number(part);
  if (month < 1 || month > 12) return period;
  return new Intl.DateTimeFormat(localeFor(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), month - 1, 1)),
  );
}

/**
 * A target in words. Count: "minst 40 av 52 helger med nattvandring" (without `per`: "minst 40 …").
 * Indicator: "Otrygg ute … ska sjunka från 16 (2024) till 14 (2026)"; the direction is the one from
 * the baseline to the target value. `indicatorName` from the initiative's `names`; without it (the
 * public pages: the public resource does not name the indicator) "Indikatorn".
 */
export function targetText(target: InitiativeTarget, t: TFunction, lang: string, indicatorName?: string): string {
  if (target.type === 'count') {
    const values = { target: formatNumber(target.target, lang), per: target.per ? formatNumber(target.per, lang) : '', unit: target.unit.trim() };
    return t(target.per ? 'initiatives.target.countOf' : 'initiatives.target.count', values).trim();
  }
  const direction = target.target_value < target.baseline_value ? 'down' : target.target_value > target.baseline_value ? 'up' : 'same';
  return t(`initiatives.target.indicator_${direction}`, {
    indicator: indicatorName ?? t('initiatives.target.theIndicator'),
    baseline: formatNumber(target.baseline_value, lang),
    baselinePeriod: formatPeriod(target.baseline_period, t, lang),
    target: formatNumber(target.target_value, lang),
    targetPeriod: formatPeriod(target.target_period, t, lang),
  });
}

/** Met, not met, not judged yet, or nothing to judge (no target). */
export type MetState = 'met' | 'not_met' | 'undecided' | 'no_target';

export function metState(met: Met): MetState {
  if (met.met === true) return 'met';
  if (met.met === false) return 'not_met';
  return met.reason === 'no_target' ? 'no_target' : 'undecided';
}

/**
 * Why the target is met or not, in the user's language, from `reason` and the numbers: "44 helger med
 * nattvandring – målet på minst 40 är nått." The unit comes from a count target, the baseline from an
 * indicator target.
 */
export function metText(met: Met, target: InitiativeTarget | null | undefined, t: TFunction, lang: string): string {
  const num = (v: number | null | undefined) => (v === null || v === undefined ? t('common.none') : formatNumber(v, lang));
  const unit = target?.type === 'count' ? target.unit.trim() : '';
  const baseline = target?.type === 'indicator' ? num(target.baseline_value) : t('common.none');
  const short = met.target !== null && met.target !== undefined && met.current !== null && met.current !== undefined ? num(met.target - met.current) : t('common.none');
  return t(`initiatives.met.reasons.${met.reason}`, { current: num(met.current), target: num(met.target), unit, baseline, short })
    .replace(/\s+([–.;:,])/g, (_, p: string) => (p === '–' ? ` ${p}` : p))
    .replace(/\s{2,}/g, ' ')
    .trim();
}
