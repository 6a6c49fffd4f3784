/**
 * The follow-up report in words: how an indicator changed ("Minskade med 1,2 procentenheter – åt rätt
 * håll."), whether a target is met and why, and whether a citizen promise was kept. The API gives the
 * numbers and a reason code (`Met.explanation` is English, for API users); the words are made here.
 */
import type { TFunction } from 'i18next';
import type { BetterDirection, IndicatorChange, ReportValue, TargetMet } from '@/api/types';
import { decimalsFor, formatIndicatorNumber } from '@/lib/indicators';

export interface ChangeInput {
  unit: string;
  better_direction: BetterDirection;
  latest?: ReportValue | null;
  previous?: ReportValue | null;
  change?: IndicatorChange | null;
  /** Every value of the series: the change is shown with as many decimals as they are. */
  values?: readonly ReportValue[];
}

/**
 * The change from the previous value to the latest, in words, with which way is better:
 * "Minskade med 1,2 procentenheter – åt rätt håll." A change of a percentage is in percentage points;
 * other units say the number only (the values beside it carry the unit). Without two values to
 * compare, says which one is missing.
 */
export function changeText(t: TFunction, lang: string, s: ChangeInput): string {
  if (!s.latest) return t('followUp.change.noLatest');
  if (!s.previous || !s.change) return t('followUp.change.noPrevious');
  const decimals = decimalsFor([s.latest.value, s.previous.value, ...(s.values ?? []).map((v) => v.value)]);
  const size = Math.abs(s.change.delta);
  const amount = formatIndicatorNumber(size, lang, decimals);
  // Rounded to what is shown: a difference too small to show is no change.
  if (Number(size.toFixed(decimals)) === 0) return t('followUp.change.unchanged');
  const quantity = s.unit.trim() === '%' ? t('followUp.change.points', { count: decimals === 0 && size === 1 ? 1 : 2, amount }) : amount;
  const key = `${s.change.delta < 0 ? 'decreased' : 'increased'}${s.change.improved ? 'Better' : 'Worse'}` as const;
  return t(`followUp.change.${key}`, { amount: quantity });
}

/** Whether a target is met: "Uppfyllt", "Inte uppfyllt", or "Kan inte bedömas ännu". */
export function metStatus(t: TFunction, met: TargetMet): string {
  return t(`followUp.met.${met.met === true ? 'yes' : met.met === false ? 'no' : 'unknown'}`);
}

/** Whether a citizen promise was kept: "Hållet", "Inte hållet", or "Kan inte bedömas ännu". */
export function keptStatus(t: TFunction, met: TargetMet): string {
  return t(`followUp.kept.${met.met === true ? 'yes' : met.met === false ? 'no' : 'unknown'}`);
}

/**
 * Why, from the reason and the numbers: "44 av målet 40.", "Indikatorn är 14,4 %; målet är 14,0 %.",
 * "Inget är rapporterat ännu." `format` writes a number with the decimals given (both numbers get as
 * many as either needs) and the indicator's unit where it is known.
 */
export function metReason(t: TFunction, met: TargetMet, format: (value: number, decimals: number) => string): string {
  const decimals = decimalsFor([met.current, met.target].filter((v): v is number => v != null));
  const current = met.current == null ? t('common.none') : format(met.current, decimals);
  const target = met.target == null ? t('common.none') : format(met.target, decimals);
  return t(`followUp.reasons.${met.reason}`, { current, target });
}
