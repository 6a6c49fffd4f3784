/**
 * A route's response target: an ISO 8601 duration as the API takes it (`PT4H`, `P2D`, `P1W`,
 * `P1DT12H`), the form's number and unit, and the same in words ("2 dagar", "4 timmar").
 */

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks';
export const DURATION_UNITS: readonly DurationUnit[] = ['minutes', 'hours', 'days', 'weeks'];

export interface DurationParts {
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN = /^P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/;

/** The parts of an ISO 8601 duration as the API writes them (weeks alone, or days and a time); null if not one. */
export function parseDuration(iso: string | null | undefined): DurationParts | null {
  if (!iso) return null;
  const m = PATTERN.exec(iso.trim());
  if (!m || iso.trim() === 'P' || iso.trim().endsWith('T')) return null;
  const n = (s: string | undefined) => (s ? Number(s) : 0);
  return { weeks: n(m[1]), days: n(m[2]), hours: n(m[3]), minutes: n(m[4]), seconds: n(m[5]) };
}

const SECONDS: Record<DurationUnit, number> = { minutes: 60, hours: 3600, days: 86_400, weeks: 604_800 };

const totalSeconds = (p: DurationParts) => p.weeks * SECONDS.weeks + p.days * SECONDS.days + p.hours * SECONDS.hours + p.minutes * SECONDS.minutes + p.seconds;

/** A number of a unit as ISO 8601: 2 days → `P2D`, 4 hours → `PT4H`, 1 week → `P1W`, 30 minutes → `PT30M`. */
export function toIsoDuration(amount: number, unit: DurationUnit): string {
  switch (unit) {
    case 'weeks':
      return `P${amount}W`;
    case 'days':
      return `P${amount}D`;
    case 'hours':
      return `PT${amount}H`;
    case 'minutes':
      return `PT${amount}M`;
  }
}

/** The form's number and unit. */
export interface DurationInput {
  amount: string;
  unit: DurationUnit;
}

/**
 * A stored target as the form's number and unit: a target of one unit keeps it (`P7D` stays 7 days);
 * one of several (`P1DT12H`) becomes the largest unit it is a whole number of (36 hours).
 * Nothing (or a value the form cannot hold) is an empty number in days.
 */
export function durationToInput(iso: string | null | undefined): DurationInput {
  const p = parseDuration(iso);
  if (!p) return { amount: '', unit: 'days' };
  const used = (['weeks', 'days', 'hours', 'minutes'] as const).filter((u) => p[u] > 0);
  if (used.length === 1 && p.seconds === 0) return { amount: String(p[used[0]]), unit: used[0] };
  const total = totalSeconds(p);
  for (const unit of ['weeks', 'days', 'hours', 'minutes'] as const) {
    if (total > 0 && total % SECONDS[unit] === 0) return { amount: String(total / SECONDS[unit]), unit };
  }
  return { amount: String(Math.max(1, Math.ceil(total / 60))), unit: 'minutes' };
}

/** The API's limit: more than none, at most a year (366 days). */
export const MAX_DURATION_SECONDS = 366 * SECONDS.days;

/**
 * The form's number and unit as the request's `response_target`: null when left empty, `{ error }`
 * when it is not a whole number above zero or longer than a year.
 */
export function inputToDuration(input: DurationInput): { value: string | null } | { error: 'invalid' | 'too_long' } {
  const text = input.amount.trim();
  if (!text) return { value: null };
  if (!/^\d+$/.test(text) || Number(text) < 1) return { error: 'invalid' };
  const amount = Number(text);
  if (amount * SECONDS[input.unit] > MAX_DURATION_SECONDS) return { error: 'too_long' };
  return { value: toIsoDuration(amount, input.unit) };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A duration in words in the UI language: `P2D` → "2 dagar", `PT4H` → "4 timmar", `P1W` → "1 vecka",
 * `P1DT12H` → "1 dag och 12 timmar". A value that is not a duration is shown as it is.
 */
export function durationWords(iso: string, t: Translate): string {
  const p = parseDuration(iso);
  if (!p) return iso;
  const parts = (['weeks', 'days', 'hours', 'minutes', 'seconds'] as const)
    .filter((u) => p[u] > 0)
    .map((u) => t(`contactRoutes.duration.${u}`, { count: p[u] }));
  if (parts.length === 0) return iso;
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} ${t('contactRoutes.duration.and')} ${parts[parts.length - 1]}`;
}
