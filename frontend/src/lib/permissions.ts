import type { Role } from '@/api/types';
import { useAuth } from './auth-context';

/**
 * The one place that decides whether the web app offers a write action.
 *
 * The API is adding `allowed_actions: string[]` to every resource (and `["create"]` to list pages).
 * When a resource or page carries it, that list decides; until then the signed-in user's role does.
 * Pages call `useCan()` and never look at roles themselves, so the switch happens here only.
 */
export type Action =
  | 'create'
  | 'update'
  | 'delete'
  | 'manage_seats'
  | 'manage_memberships'
  | 'export'
  | 'erase';

export type ResourceType = 'area' | 'organization' | 'council' | 'person' | 'agreement';

/** The server's decision carried by a resource or a list page (`allowed_actions`), if it has one. */
export function allowedActionsOf(resource: unknown): readonly string[] | undefined {
  if (resource && typeof resource === 'object' && 'allowed_actions' in resource) {
    const listed = (resource as { allowed_actions?: unknown }).allowed_actions;
    if (Array.isArray(listed)) return listed as string[];
  }
  return undefined;
}

const WRITERS: readonly Role[] = ['admin', 'coordinator'];

/** The role-based fallback: what a role may do to a type of resource (the server still decides). */
export function roleAllows(role: Role | null | undefined, type: ResourceType, action: Action): boolean {
  if (!role) return false;
  if (WRITERS.includes(role)) return type !== 'area' || action !== 'erase';
  // A member may be a council's chair or secretary: the server decides per council (403 otherwise).
  if (role === 'member' && type === 'council') return action === 'update' || action === 'manage_seats' || action === 'manage_memberships';
  return false;
}

export function allows(
  role: Role | null | undefined,
  type: ResourceType,
  action: Action,
  resource?: object | null,
): boolean {
  const listed = allowedActionsOf(resource);
  if (listed) return listed.includes(action);
  return roleAllows(role, type, action);
}

/** `can(action, type, resource?)`: whether to show a write action. */
export function useCan() {
  const role = useAuth().user?.role;
  return (action: Action, type: ResourceType, resource?: object | null) => allows(role, type, action, resource);
}
