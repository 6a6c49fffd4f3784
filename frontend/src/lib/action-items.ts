/**
 * Action items (tasks decided at meetings): the read two features need. The "Mina uppgifter" page
 * (features/action-items) lists them; the start page counts the caller's open ones. Both keyed under
 * `['action-items', 'list', …]`, so a status change refreshes both.
 */
import { queryOptions } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import { api } from './api-client';
import { unwrap } from './problem';

export type ActionItem = components['schemas']['ActionItem'];
export type ActionStatus = components['schemas']['ActionStatus'];
export type ActionItemQuery = NonNullable<paths['/api/v1/action-items']['get']['parameters']['query']>;

export const ACTION_STATUSES: ActionStatus[] = ['open', 'done', 'cancelled'];

export const listActionItems = async (query: ActionItemQuery) =>
  unwrap(await api.GET('/api/v1/action-items', { params: { query } }));

/** How many of the caller's open tasks the start page reads at most (one request); beyond it, "fler än". */
export const MY_OPEN_LIMIT = 100;

/** The caller's open tasks, one page (`owner=me&status=open`): the start page's count and how many are overdue. */
export const myOpenActionItemsQuery = () =>
  queryOptions({
    queryKey: ['action-items', 'list', 'mine-open', MY_OPEN_LIMIT],
    queryFn: () => listActionItems({ owner: 'me', status: 'open', limit: MY_OPEN_LIMIT }),
  });

/** The start page's summary of a page of open tasks: how many, whether there are more, how many overdue. */
export function openSummary(page: { items: readonly Pick<ActionItem, 'overdue'>[]; next_cursor?: string | null }) {
  return { open: page.items.length, more: !!page.next_cursor, overdue: page.items.filter((i) => i.overdue).length };
}
