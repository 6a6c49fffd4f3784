import { useQuery } from '@tanstack/react-query';
import type { Action as ApiAction, Role as ApiRole } from '@/api/types';
import { collectionPageQuery, type Collection } from './resources';

/**
 * The one place that decides whether the web app offers a write action.
 *
 * The API says it: every resource (Area, Organization, Council, Seat, Membership, Person, Agreement)
 * and every list page (`Page_*`, with `create`) carries `allowed_actions`, the actions its caller
 * may take. `can(action, resource)` reads that list and nothing else; a resource not loaded yet
 * allows nothing. The server still checks every write (403).
 *
 * The staffing report's councils (`CouncilStaffing`) carry theirs too: filling a seat from the
 * report or the start page asks `allows('manage_memberships', council)`. The coverage report has
 * none: creating a council from it asks the councils list page (`useCollectionCan`).
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
 * Whether to offer the link to the API keys (`/api-nycklar`): admins only. The key list's
 * `allowed_actions` would say it, but anyone else is refused the list itself (403), so the link asks
 * the role instead of making a request bound to fail; the page and the API still decide.
 */
export function mayManageApiKeys(role: ApiRole | undefined): boolean {
  return role === 'admin';
}
