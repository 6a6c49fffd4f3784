import { useRef } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { Meeting } from '@/api/types';
import { api } from '@/lib/api-client';
import { useCreateMutation, useUpdateMutation, useVersionedMutation, type WriteEffects } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { meetingQuery } from '@/lib/resources';

type Schemas = components['schemas'];
export type AgendaItem = Schemas['AgendaItem'];
export type AgendaPage = Schemas['Page_AgendaItem'];
/** The whole agenda with its `ETag`, which a reorder sends in `If-Match`. */
export type Agenda = AgendaPage & { etag: string | null };
export type NewAgendaItem = Schemas['NewAgendaItem'];
export type AgendaItemKind = Schemas['AgendaItemKind'];
export type Classification = Schemas['Classification'];

export const AGENDA_ITEM_KINDS: AgendaItemKind[] = ['information', 'decision', 'follow_up', 'other'];
export const CLASSIFICATIONS: Classification[] = ['public', 'internal', 'restricted'];

/**
 * An agenda holds at most 100 points (the API's limit), so one request of 200 reads all of it: the
 * reorder request must name every point anyway. Keyed under the meeting, so invalidating the meeting
 * refreshes its agenda too.
 */
const AGENDA_LIMIT = 200;
export const agendaKey = (meetingId: string) => ['meetings', 'detail', meetingId, 'agenda'] as const;
export const agendaQuery = (meetingId: string) =>
  queryOptions({
    queryKey: agendaKey(meetingId),
    queryFn: async (): Promise<Agenda> =>
      withEtag(await api.GET('/api/v1/meetings/{id}/agenda-items', { params: { path: { id: meetingId }, query: { limit: AGENDA_LIMIT } } })),
  });

/** An answer that is the whole agenda, with its `ETag`. */
function withEtag(result: { data?: AgendaPage; error?: unknown; response: Response }): Agenda {
  return { ...unwrap(result), etag: result.response.headers.get('ETag') };
}

export const useAgenda = (meetingId: string) => useQuery(agendaQuery(meetingId));

/** An item's writes: the agenda refetches (numbers of the others may change). */
const itemEffects = (meetingId: string): WriteEffects<unknown> => ({ invalidate: [agendaKey(meetingId)] });

export const useCreateAgendaItem = (meetingId: string) =>
  useCreateMutation(
    (body: NewAgendaItem, header) => api.POST('/api/v1/meetings/{id}/agenda-items', { params: { path: { id: meetingId }, header }, body }),
    itemEffects(meetingId),
  );

/** Takes the form's whole item and its id; a patch has no null `kind` or `classification`. */
export const useUpdateAgendaItem = (meetingId: string) =>
  useUpdateMutation(
    ({ id, kind, classification, ...body }: NewAgendaItem & { id: string }, header) =>
      api.PATCH('/api/v1/meetings/{id}/agenda-items/{item_id}', {
        params: { path: { id: meetingId, item_id: id }, header },
        body: { ...body, kind: kind ?? undefined, classification: classification ?? undefined },
      }),
    itemEffects(meetingId),
  );

export const useDeleteAgendaItem = (meetingId: string, itemId: string) =>
  useVersionedMutation(
    (header) => api.DELETE('/api/v1/meetings/{id}/agenda-items/{item_id}', { params: { path: { id: meetingId, item_id: itemId }, header } }),
    itemEffects(meetingId),
  );

/**
 * `items` with the one at `from` moved to `to` (indexes), numbered as the server will number them:
 * the numbers shown stay where they were (§ 1, § 2 …), the points move through them.
 */
export function moved(items: readonly AgendaItem[], from: number, to: number): AgendaItem[] {
  const numbers = items.map((i) => i.number).sort((a, b) => a - b);
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next.map((i, index) => (i.number === numbers[index] ? i : { ...i, number: numbers[index] }));
}

/**
 * `POST /meetings/{id}/agenda:reorder {item_ids}` with the agenda's `ETag` in `If-Match`:
 * `reorder(items)` shows the new order at once (optimistic, in the cache before the request) and the
 * server's answer to the last reorder replaces it; a failure (412 when someone else changed the
 * agenda meanwhile, 422 for an order that does not name every point once) refetches the agenda as
 * the server has it and rethrows. Reorders run one after the other (`scope`), each with the ETag the
 * one before it answered, so quick moves arrive in the order they were made.
 */
export function useReorderAgenda(meetingId: string) {
  const qc = useQueryClient();
  const key = agendaKey(meetingId);
  const latest = useRef(0);
  const mutation = useMutation({
    scope: { id: `agenda-reorder-${meetingId}` },
    mutationFn: async ({ items }: { items: AgendaItem[]; seq: number }) =>
      withEtag(
        await api.POST('/api/v1/meetings/{id}/agenda:reorder', {
          params: { path: { id: meetingId }, header: { 'If-Match': qc.getQueryData<Agenda>(key)?.etag ?? '' } },
          body: { item_ids: items.map((i) => i.id) },
        }),
      ),
    onSuccess: (agenda, { seq }) => {
      // A later move's order stays on screen until its own answer; the ETag is the newest at once.
      qc.setQueryData<Agenda>(key, (old) => (seq === latest.current || !old ? agenda : { ...old, etag: agenda.etag }));
    },
    onError: () => void qc.invalidateQueries({ queryKey: key, exact: true }),
  });
  async function reorder(items: AgendaItem[]) {
    const seq = ++latest.current;
    void qc.cancelQueries({ queryKey: key, exact: true });
    qc.setQueryData<Agenda>(key, (page) => (page ? { ...page, items } : page));
    await mutation.mutateAsync({ items, seq });
  }
  return { reorder, pending: mutation.isPending };
}

/** The meeting's writes that change its agenda and invitations too (publishing invites members). */
const meetingEffects = (meetingId: string): WriteEffects<Meeting> => ({
  detail: (m) => meetingQuery(m.id).queryKey,
  invalidate: (m) => [agendaKey(meetingId), ['meetings', 'list'], ['councils', 'detail', m.council_id], ['meetings', 'detail', meetingId, 'attendance']],
});

/** `POST /meetings/{id}/agenda:publish` with If-Match: `mutateAsync({ version })`; answers the meeting. */
export const usePublishAgenda = (meetingId: string) =>
  useVersionedMutation(
    (header) => api.POST('/api/v1/meetings/{id}/agenda:publish', { params: { path: { id: meetingId }, header } }),
    meetingEffects(meetingId),
  );

/** `POST /meetings/{id}/agenda:from-previous`: answers the whole agenda, which replaces the cached one. */
export function useDraftAgendaFromPrevious(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => withEtag(await api.POST('/api/v1/meetings/{id}/agenda:from-previous', { params: { path: { id: meetingId } } })),
    onSuccess: (agenda) => qc.setQueryData<Agenda>(agendaKey(meetingId), agenda),
  });
}
