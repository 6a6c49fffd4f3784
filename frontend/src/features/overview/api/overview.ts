import { useQueries, useQuery } from '@tanstack/react-query';
import { todayIso } from '@/lib/format';
import { allows } from '@/lib/permissions';
import { collectionPageQuery, coverageQuery, listMeetings, staffingQuery, type Collection } from '@/lib/resources';

/** Today's staffing report for every council that is not dissolved (vacancies, ending terms). */
export const useStaffingToday = () => useQuery(staffingQuery(null, todayIso()));

/** Today's coverage by local steering groups (the areas without one). */
export const useLocalCoverageToday = () => useQuery(coverageQuery(todayIso(), 'local_steering_group'));

export const SHORTCUTS = ['councils', 'people', 'organizations', 'agreements'] as const satisfies readonly Collection[];
export type Shortcut = (typeof SHORTCUTS)[number];

/** The collections whose list page allows `create` (none while they load). */
export function useCreatableCollections(): Shortcut[] {
  const pages = useQueries({ queries: SHORTCUTS.map((c) => collectionPageQuery(c)) });
  return SHORTCUTS.filter((_, i) => allows('create', pages[i].data));
}

/** How many upcoming meetings the start page lists (the meetings page has them all). */
export const UPCOMING_MEETINGS = 5;

/** The next meetings of any council the caller can see, from today (`GET /meetings?from=<today>&limit=5`). */
export const useUpcomingMeetings = () => {
  const from = todayIso();
  return useQuery({
    queryKey: ['meetings', 'list', 'upcoming', from, UPCOMING_MEETINGS],
    queryFn: () => listMeetings({ from, limit: UPCOMING_MEETINGS }),
  });
};
