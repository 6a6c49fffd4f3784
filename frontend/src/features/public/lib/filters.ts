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

/** The request for the page's filters: upcoming from today, or past from a year ago to yesterday (oldest first, as the API sorts). */
export function publicMeetingQueryFor(f: PublicMeetingsPageFilters, today: string): PublicMeetingFilters {
  return f.period === 'past'
    ? { council_id: f.council, from: addDaysIso(today, -PAST_DAYS), to: addDaysIso(today, -1) }
    : { council_id: f.council, from: today, to: null };
}

export interface CouncilOption {
  id: string;
  name: string;
}

/**
 * The councils to filter by: those the loaded meetings name (there is no public list of councils),
 * plus the chosen one, by name.
 */
export function councilOptions(meetings: readonly { council_id: string; council_name: string }[], chosen?: CouncilOption | null): CouncilOption[] {
  const byId = new Map<string, string>();
  for (const m of meetings) byId.set(m.council_id, m.council_name);
  if (chosen) byId.set(chosen.id, chosen.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
