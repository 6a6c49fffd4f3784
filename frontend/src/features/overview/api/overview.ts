import { useQueries, useQuery } from '@tanstack/react-query';
import type { Me, Meeting, Role } from '@/api/types';
import { api } from '@/lib/api-client';
import { useAuth } from '@/lib/auth-context';
import { todayIso } from '@/lib/format';
import { allows } from '@/lib/permissions';
import { unwrap } from '@/lib/problem';
import { everyPage, pageQuery } from '@/components/list/useKeysetList';
import { collectionPageQuery, coverageQuery, listInquiries, listMeetings, staffingQuery, type Collection } from '@/lib/resources';

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

/**
 * Whose meetings the start page lists: every council's for those who run them all (admins and
 * coordinators), else only those of the caller's own councils (members and viewers). Not a
 * permission (the API lets everyone read every meeting): what is worth showing first.
 */
export const upcomingScope = (role: Role): 'all' | 'mine' => (role === 'admin' || role === 'coordinator' ? 'all' : 'mine');

export interface UpcomingMeetings {
  scope: 'all' | 'mine';
  items: Meeting[];
  /** `mine`: how many councils the caller sits on (0: none, or the login is no person). */
  councils: number;
}

/**
 * How many councils the person sits on today, from their terms (`GET /people/{id}/memberships`: a
 * person has few; every page is read): none means the start page says so.
 */
async function currentCouncilCount(personId: string): Promise<number> {
  const terms = await everyPage(async (cursor) =>
    unwrap(await api.GET('/api/v1/people/{id}/memberships', { params: { path: { id: personId }, query: pageQuery(cursor, 100) } })),
  );
  return new Set(terms.filter((m) => m.current).map((m) => m.council_id)).size;
}

/** The next meetings from today: any council's for admins and coordinators, else the caller's own councils' (`mine=true`). */
export async function upcomingMeetings(user: Pick<Me, 'role' | 'person_id'>, from: string, limit = UPCOMING_MEETINGS): Promise<UpcomingMeetings> {
  if (upcomingScope(user.role) === 'all') return { scope: 'all', items: (await listMeetings({ from, limit })).items, councils: 0 };
  if (!user.person_id) return { scope: 'mine', items: [], councils: 0 };
  const [councils, page] = await Promise.all([currentCouncilCount(user.person_id), listMeetings({ mine: true, from, limit })]);
  return { scope: 'mine', items: page.items, councils };
}

/** The start page's "Kommande möten" (`upcomingMeetings` for the logged-in user). */
export const useUpcomingMeetings = () => {
  const { user } = useAuth();
  const from = todayIso();
  const who = user ? { role: user.role, person_id: user.person_id ?? null } : null;
  return useQuery({
    queryKey: ['meetings', 'list', 'upcoming', who?.role, who?.person_id, from, UPCOMING_MEETINGS],
    queryFn: () => upcomingMeetings(who!, from),
    enabled: !!who,
  });
};

/** How many late inquiries the start page reads (it shows the first `SHORT_LIST`, and says when there are more). */
export const LATE_INQUIRIES = 50;

/**
 * The open inquiries past their response target that the caller sees (their organisation's; every
 * one for coordinators and admins), newest first. Under `['inquiries', 'list', …]`: every write to
 * an inquiry refreshes it.
 */
export const useLateInquiries = (enabled: boolean) =>
  useQuery({
    queryKey: ['inquiries', 'list', 'overview-late'],
    queryFn: () => listInquiries({ open: true, breached: true, limit: LATE_INQUIRIES }),
    enabled,
  });
