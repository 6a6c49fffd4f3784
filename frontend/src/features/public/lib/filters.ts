import { addDaysIso } from '@/lib/format';
import { oneOf } from '@/components/list/useUrlFilters';
import type { PublicMeetingFilters } from '../api/public';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Upcoming meetings (from today, the default) or past ones (the last year, up to yesterday). */
export const PERIODS = ['upcoming', 'past'] as const;
export type Period = (typeof PERIODS)[number];

export interface PublicMeetingsPageFilters {
  council: string | null;
  period: Period;
}

/** The page's filters from the URL (`?council=…&period=past`); invalid values are ignored. */
export function parsePublicMeetingFilters(p: URLSearchParams): PublicMeetingsPageFilters {
  const council = p.get('council');
  return { council: council && UUID.test(council) ? council : null, period: oneOf(p.get('period'), PERIODS) ?? 'upcoming' };
}

/** How far back the past meetings go (the calendar feeds go a year back too). */
export const PAST_DAYS = 365;

/** The request for the page's filters: upcoming from today (earliest first), or past from a year ago to yesterday (latest first). */
export function publicMeetingQueryFor(f: PublicMeetingsPageFilters, today: string): PublicMeetingFilters {
  return f.period === 'past'
    ? { council_id: f.council, from: addDaysIso(today, -PAST_DAYS), to: addDaysIso(today, -1), order: 'latest_first' }
    : { council_id: f.council, from: today, to: null, order: null };
}

export interface CouncilOption {
  id: string;
  name: string;
  dissolved: boolean;
}

/**
 * The public councils to filter the meetings by, by name (Swedish order): for upcoming meetings
 * those that still meet, for past ones the dissolved too; the chosen one always.
 */
export function councilOptions(
  councils: readonly { id: string; name: string; status: string }[],
  period: Period,
  chosen: string | null,
): CouncilOption[] {
  return councils
    .filter((c) => period === 'past' || c.status !== 'dissolved' || c.id === chosen)
    .map((c) => ({ id: c.id, name: c.name, dissolved: c.status === 'dissolved' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export interface PublicCitizenPromisesPageFilters {
  area: string | null;
  year: number | null;
}

/** How many years back the year filter offers (and one ahead, for promises made for next year). */
export const YEARS_BACK = 5;

/** The years to choose among, newest first: next year, this year and `YEARS_BACK` before. */
export function promiseYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: YEARS_BACK + 2 }, (_, i) => year + 1 - i);
}

/** The citizen promises page's filters from the URL (`?area=…&year=2026`); invalid values are ignored. */
export function parsePublicCitizenPromiseFilters(p: URLSearchParams): PublicCitizenPromisesPageFilters {
  const area = p.get('area');
  const year = p.get('year');
  return {
    area: area && UUID.test(area) ? area : null,
    year: year && /^\d{4}$/.test(year) ? Number(year) : null,
  };
}

export interface AreaOption {
  id: string;
  name: string;
}

/**
 * The areas to filter by: those the loaded promises name (there is no public list of areas), plus
 * the chosen one, by name.
 */
export function promiseAreaOptions(promises: readonly { area_ids: string[]; area_names: string[] }[], chosen?: AreaOption | null): AreaOption[] {
  const byId = new Map<string, string>();
  for (const p of promises) p.area_ids.forEach((id, i) => byId.set(id, p.area_names[i] ?? id));
  if (chosen) byId.set(chosen.id, chosen.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export interface PublicCouncilsPageFilters {
  area: string | null;
}

/** The councils page's filter from the URL (`?area=…`); an invalid id is ignored. */
export function parsePublicCouncilFilters(p: URLSearchParams): PublicCouncilsPageFilters {
  const area = p.get('area');
  return { area: area && UUID.test(area) ? area : null };
}

interface CouncilWithAreas {
  areas: readonly { id: string; name: string }[];
}

/** Every area some council covers, once, by name (Swedish order): to find one's council by. */
export function councilAreaOptions(councils: readonly CouncilWithAreas[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const c of councils) for (const a of c.areas) byId.set(a.id, a.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The councils that cover `area` (all of them when none is chosen), in the order given. */
export function councilsIn<C extends CouncilWithAreas>(councils: readonly C[], area: string | null): C[] {
  return area ? councils.filter((c) => c.areas.some((a) => a.id === area)) : [...councils];
}
