import type { ActionItem, ActionStatus } from '@/lib/action-items';
import { listActionItems, type ActionItemQuery } from '@/lib/action-items';
import { api } from '@/lib/api-client';
import { useUpdateMutation, type WriteEffects } from '@/lib/mutations';
import { useFilteredList } from '@/components/list/useKeysetList';

/** A page of action items by the page's request filters (`owner=me`, `status`, `overdue`, `council_id`). */
export const useActionItems = (query: ActionItemQuery) => useFilteredList('action-items', listActionItems, query);

/** A status change: the lists refetch (an item done leaves the open list), the start page's count too. */
const effects: WriteEffects<ActionItem> = {
  detail: (a) => ['action-items', 'detail', a.id],
  invalidate: [['action-items', 'list']],
};

/**
 * `PATCH /action-items/{id} {status}` with If-Match, for any item of a list:
 * `mutateAsync({ version, patch: { id, status } })`. Its owner may send only the status.
 */
export const useSetActionItemStatus = () =>
  useUpdateMutation(
    ({ id, status }: { id: string; status: ActionStatus }, header) =>
      api.PATCH('/api/v1/action-items/{id}', { params: { path: { id }, header }, body: { status } }),
    effects,
  );
