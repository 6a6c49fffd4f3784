import { useQuery } from '@tanstack/react-query';
import type { Action as ApiAction } from '@/api/types';
import { useAuth } from './auth-context';
import { collectionPageQuery, type Collection } from './resources';

/**
 * The one place that decides whether the web app offers a write action.
 *
 * The API says it: every resource (Area, Organization, Council, Seat, Membership, Person, Agreement)
 * and every list page (`Page_*`, with `create`) carries `allowed_actions`, the actions its caller
 * may take. `can(action, resource)` reads that list and nothing else; a resource not loaded yet
 * allows nothing. The server still checks every write (403).
 *
 * The reports are the exception: `StaffingReport` (its `CouncilStaffing`) and `CoverageReport`
 * carry no `allowed_actions`. Filling a seat from the staffing report asks `useRoleMayFillSeats`,
 * which decides by the role (see there). Creating a council from a report asks the councils list
 * page (`useCollectionCan`).
 */
export type Action = ApiAction;

/** Anything the API returns with `allowed_actions`: a resource or a list page. */
export interface WithActions {
  readonly allowed_actions: readonly ApiAction[];
}

export function allows(action: Action, resource: WithActions | null | undefined): boolean {
  return !!resource && resource.allowed_actions.includes(action);
}

/** `can(action, resource)`: whether to offer a write action on a loaded resource or list page. */
export function useCan() {
  return allows;
}

/**
 * Whether the caller may `create` in a collection, from its list page's `allowed_actions` (one item,
 * shared cache): `undefined` while the page loads, then true or false. For pages that are not the list
 * itself: the create forms, the start page, the reports.
 */
export function useCollectionCan(collection: Collection): boolean | undefined {
  const page = useQuery(collectionPageQuery(collection));
  if (page.isPending) return undefined;
  return allows('create', page.data);
}

/**
 * Role fallback, only for the staffing report, whose councils carry no `allowed_actions`: admins and
 * coordinators may fill any seat; a member may chair or be secretary of some council, so the link is
 * offered on every council and the server decides (403, which the add-member form explains). Viewers
 * get no link. (Backend gap: `CouncilStaffing` could carry the council's `allowed_actions`.)
 */
export function useRoleMayFillSeats(): boolean {
  const role = useAuth().user?.role;
  return role === 'admin' || role === 'coordinator' || role === 'member';
}
