import { useQuery } from '@tanstack/react-query';
import type { InitiativeKind, InitiativeStatus, InitiativeUpdate, NewInitiative, NewInitiativeUpdate } from '@/api/types';
import { api } from '@/lib/api-client';
import { useCreateMutation, useUpdateMutation, useVersionedMutation, type WriteEffects } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { areaQuery, initiativeQuery, listAgreements, listIndicators, listInitiatives, organizationQuery } from '@/lib/resources';
import { everyPage, pageQuery, useFilteredList, useKeysetList } from '@/components/list/useKeysetList';

/** The list's request filters (`GET /initiatives`). */
export interface InitiativeFilters {
  area_id: string | null;
  priority_area: string;
  status: InitiativeStatus | null;
  kind: InitiativeKind | null;
  organization_id: string | null;
}

export const useInitiatives = (f: InitiativeFilters) => useFilteredList('initiatives', listInitiatives, f);

export const useInitiative = (id: string) => useQuery(initiativeQuery(id));

/** A list filter's area or organization, for its name when no listed initiative names it (an empty list). */
export const usePrefillArea = (id: string | null) => useQuery({ ...areaQuery(id ?? ''), enabled: !!id });
export const usePrefillOrganization = (id: string | null) => useQuery({ ...organizationQuery(id ?? ''), enabled: !!id });

/** The initiative of a create form opened under a parent (`/initiatives/new?parent_id=…`): its council and name. */
export const usePrefillParent = (id: string | null) => useQuery({ ...initiativeQuery(id ?? ''), enabled: !!id });

/** The initiatives under one (`?parent_id=`), a page at a time. */
export const useChildInitiatives = (id: string) =>
  useKeysetList(['initiatives', 'list', 'children', id], (cursor) => listInitiatives({ parent_id: id, ...pageQuery(cursor) }));

/** A council's initiatives, to choose a parent among (the API has no search by title). */
export const useCouncilInitiatives = (councilId: string) =>
  useKeysetList(
    ['initiatives', 'list', 'council', councilId],
    (cursor) => listInitiatives({ council_id: councilId, ...pageQuery(cursor, 200) }),
    { enabled: !!councilId },
  );

/** The indicators an indicator target may name (a small reference set; more on demand, never capped). */
export const useIndicatorOptions = (enabled: boolean) =>
  useKeysetList(['indicators', 'list', 'options'], (cursor) => listIndicators(pageQuery(cursor, 200)), { enabled });

/**
 * The priority areas of the agreements the council is party to: suggestions for the form's free-text
 * field (the API has no list of priority areas of its own).
 */
export const usePriorityAreaSuggestions = (councilId: string) =>
  useQuery({
    queryKey: ['agreements', 'list', 'priority-areas', councilId],
    queryFn: async () => {
      const page = await listAgreements({ council_id: councilId, limit: 50 });
      return [...new Set(page.items.flatMap((a) => a.priority_areas))].sort((a, b) => a.localeCompare(b, 'sv'));
    },
    enabled: !!councilId,
    staleTime: 5 * 60_000,
  });

const UPDATES_PAGE = 200;

/**
 * An initiative's progress reports, newest first (by the date reported on, then the order made). The
 * API lists them only in the order made, a page at a time, so the timeline reads every page of this
 * one initiative's reports and sorts them.
 */
export const updatesQueryKey = (id: string) => ['initiatives', 'updates', id] as const;
export const useInitiativeUpdates = (id: string) =>
  useQuery({
    queryKey: updatesQueryKey(id),
    queryFn: async () =>
      newestFirst(
        await everyPage(async (cursor) =>
          unwrap(await api.GET('/api/v1/initiatives/{id}/updates', { params: { path: { id }, query: pageQuery(cursor, UPDATES_PAGE) } })),
        ),
      ),
  });

export function newestFirst(updates: readonly InitiativeUpdate[]): InitiativeUpdate[] {
  return [...updates].sort((a, b) => b.reported_on.localeCompare(a.reported_on) || b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id));
}

/**
 * An initiative's writes: the response becomes its page, and every initiative list refetches (a
 * parent's roll-up and children change with it), and so do the follow-up reports.
 */
const effects: WriteEffects<{ id: string }> = {
  detail: (saved) => initiativeQuery(saved.id).queryKey,
  invalidate: [['initiatives', 'list'], ['combobox', 'initiatives'], ['reports']],
};

export const useCreateInitiative = () =>
  useCreateMutation((body: NewInitiative, header) => api.POST('/api/v1/initiatives', { params: { header }, body }), effects);

/** Takes the form's whole initiative; a patch has no council (an initiative stays with its council) and no null status. */
export const useUpdateInitiative = (id: string) =>
  useUpdateMutation(
    ({ council_id: _council, status, weight, ...body }: NewInitiative, header) =>
      api.PATCH('/api/v1/initiatives/{id}', {
        params: { path: { id }, header },
        body: { ...body, status: status ?? undefined, weight: weight ?? undefined },
      }),
    effects,
  );

export const useDeleteInitiative = (id: string) =>
  useVersionedMutation((header) => api.DELETE('/api/v1/initiatives/{id}', { params: { path: { id }, header } }), {
    invalidate: [['initiatives', 'list'], ['combobox', 'initiatives'], ['reports']],
  });

/**
 * `POST /initiatives/{id}/updates`: a progress report (append-only). The initiative takes its status
 * and its progress changes, so the initiative, its reports and every initiative list refetch.
 */
export const useReportProgress = (id: string) =>
  useCreateMutation(
    (body: NewInitiativeUpdate, header) => api.POST('/api/v1/initiatives/{id}/updates', { params: { path: { id }, header }, body }),
    { invalidate: [['initiatives'], ['reports'], ['public-citizen-promises']] },
  );
