import { useQueries, useQuery } from '@tanstack/react-query';
import { todayIso } from '@/lib/format';
import { coverageQuery, listAgreements, listCouncils, listOrganizations, listPeople, staffingQuery } from '@/lib/resources';

/** Today's staffing report for every council that is not dissolved (vacancies, ending terms). */
export const useStaffingToday = () => useQuery(staffingQuery(null, todayIso()));

/** Today's coverage by local steering groups (the areas without one). */
export const useLocalCoverageToday = () => useQuery(coverageQuery(todayIso(), 'local_steering_group'));

export type Collection = 'councils' | 'people' | 'organizations' | 'agreements';
const FIRST_PAGE: Record<Collection, () => Promise<{ allowed_actions: string[] }>> = {
  councils: () => listCouncils({ limit: 1 }),
  people: () => listPeople({ limit: 1 }),
  organizations: () => listOrganizations({ limit: 1 }),
  agreements: () => listAgreements({ limit: 1 }),
};
export const COLLECTIONS = Object.keys(FIRST_PAGE) as Collection[];

/**
 * One item of each list, for its page's `allowed_actions` (whether the caller may create there): the
 * API says that only on list pages. Under `[collection, 'list', …]`, so a create invalidates it.
 */
export const useCollectionPages = () =>
  useQueries({
    queries: COLLECTIONS.map((c) => ({ queryKey: [c, 'list', 'first-item'], queryFn: FIRST_PAGE[c], staleTime: 5 * 60_000 })),
  });
