import type { ActionItemQuery } from '@/lib/action-items';
import { oneOf } from '@/components/list/useUrlFilters';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which tasks: the open ones (the default), the overdue ones, or all whatever their status. */
export const SHOWS = ['open', 'overdue', 'all'] as const;
export type Show = (typeof SHOWS)[number];

/** Whose tasks: the caller's own (the default), or everyone's (offered to those who run a council). */
export const SCOPES = ['mine', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ActionItemsPageFilters {
  scope: Scope;
  show: Show;
  /** Everyone's tasks only: one council's. */
  council: string | null;
}

/** The page's filters from the URL (`?scope=all&show=overdue&council=…`); invalid values are ignored. */
export function parseActionItemFilters(p: URLSearchParams): ActionItemsPageFilters {
  const scope = oneOf(p.get('scope'), SCOPES) ?? 'mine';
  const council = p.get('council');
  return {
    scope,
    show: oneOf(p.get('show'), SHOWS) ?? 'open',
    council: scope === 'all' && council && UUID.test(council) ? council : null,
  };
}

/** The list request (`GET /action-items`) for the page's filters. */
export function actionItemQueryFor(f: ActionItemsPageFilters): ActionItemQuery {
  return {
    ...(f.scope === 'mine' ? { owner: 'me' as const } : {}),
    ...(f.council ? { council_id: f.council } : {}),
    ...(f.show === 'open' ? { status: 'open' as const } : {}),
    ...(f.show === 'overdue' ? { overdue: true } : {}),
  };
}

/** The status changes offered on a task: done and back to open for its owner, cancelling too for those who run its council. */
export type StatusChange = 'done' | 'cancelled' | 'open';

export function statusChanges(item: { status: string; allowed_actions: readonly string[] }): StatusChange[] {
  const manages = item.allowed_actions.includes('update');
  const owns = manages || item.allowed_actions.includes('update_status');
  if (!owns) return [];
  if (item.status === 'open') return manages ? ['done', 'cancelled'] : ['done'];
  return ['open'];
}
