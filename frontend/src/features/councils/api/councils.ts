import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CouncilKind,
  CouncilPatch,
  CouncilRole,
  CouncilStatus,
  GenerateRequest,
  Membership,
  MembershipPatch,
  NewCouncil,
  NewMembership,
  NewSeat,
  Seat,
} from '@/api/types';
import { api } from '@/lib/api-client';
import { membershipEffects } from '@/lib/memberships';
import { collectionEffects, useCreateMutation, useUpdateMutation, useVersionedMutation, type WriteEffects } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import type { Names } from '@/lib/names';
import { areaQuery, centralSteeringGroupQuery, councilQuery, listAgreements, listCouncils, listMeetings } from '@/lib/resources';
import { pageQuery, useFilteredList, useKeysetList, type KeysetPage } from '@/components/list/useKeysetList';

export const COUNCIL_KINDS: CouncilKind[] = [
  'central_steering_group',
  'local_steering_group',
  'safety_council',
  'working_group',
  'operative_group',
];
export const COUNCIL_STATUSES: CouncilStatus[] = ['proposed', 'active', 'dissolved'];
export const COUNCIL_ROLES: CouncilRole[] = ['chair', 'vice_chair', 'secretary', 'member', 'adjunct', 'observer'];

export interface CouncilFilters {
  q: string;
  kind: CouncilKind | null;
  status: CouncilStatus | null;
}

export const useCouncils = (f: CouncilFilters) => useFilteredList('councils', listCouncils, f);

export const useCouncil = (id: string) => useQuery(councilQuery(id));

/**
 * The names of the ids a create form was opened with from its URL (`?area_id=…&parent_id=…`, e.g. the
 * coverage report's "create a local steering group here"): a URL carries ids only and no resource's
 * `names` has them, so this is the one place the web app reads details just for names.
 */
export function usePrefillNames(prefill: { area_ids?: string[]; parent_id?: string }): Names {
  const queries = useQueries({
    queries: [...(prefill.area_ids ?? []).map((id) => areaQuery(id)), ...(prefill.parent_id ? [councilQuery(prefill.parent_id)] : [])],
  });
  const names: Record<string, string> = {};
  for (const q of queries) if (q.data) names[q.data.id] = q.data.name;
  return names;
}
export const useCentralSteeringGroup = (enabled = true) => useQuery({ ...centralSteeringGroupQuery(), enabled });

export const useChildCouncils = (id: string) =>
  useKeysetList(['councils', 'list', 'children', id], (cursor) => listCouncils({ parent_id: id, ...pageQuery(cursor) }));

export const useCouncilAgreements = (id: string) =>
  useKeysetList(['agreements', 'list', { council_id: id }], (cursor) => listAgreements({ council_id: id, ...pageQuery(cursor) }));

/** How many of a council's next meetings its page shows at a time ("Visa fler" for more). */
export const COUNCIL_MEETINGS_PAGE = 5;

/** The council's meetings from `from` (today) on, in time order, a few at a time. */
export const useCouncilMeetings = (id: string, from: string) =>
  useKeysetList(['meetings', 'list', { council_id: id, from, page: COUNCIL_MEETINGS_PAGE }], (cursor) =>
    listMeetings({ council_id: id, from, ...pageQuery(cursor, COUNCIL_MEETINGS_PAGE) }),
  );

/**
 * `POST /councils/{id}/meetings:generate {from, to}`: the cadence's meetings in the period, never one
 * that exists (so it takes no Idempotency-Key: running it again creates nothing new). The meeting
 * lists and the council (its `next_meetings`) refetch.
 */
export function useGenerateMeetings(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: GenerateRequest) =>
      unwrap(await api.POST('/api/v1/councils/{id}/meetings:generate', { params: { path: { id } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['meetings', 'list'] });
      void qc.invalidateQueries({ queryKey: councilQuery(id).queryKey });
    },
  });
}

const effects = collectionEffects('councils', councilQuery, ['reports']);

export const useCreateCouncil = () =>
  useCreateMutation((body: NewCouncil, header) => api.POST('/api/v1/councils', { params: { header }, body }), effects);

/**
 * Takes the edit form's patch (`councilPatch`): every field for a caller whose council allows `govern`,
 * otherwise only what a chair or secretary may change (name, description, cadence).
 */
export const useUpdateCouncil = (id: string) =>
  useUpdateMutation((body: CouncilPatch, header) => api.PATCH('/api/v1/councils/{id}', { params: { path: { id }, header }, body }), effects);

// Seats and memberships. The nested lists are not paged yet (they will take `limit`/`cursor`);
// the list primitive already treats them as pages, so paging slots in by passing the cursor on.

export const useSeats = (councilId: string) =>
  useKeysetList(['councils', 'seats', councilId], async (_cursor): Promise<KeysetPage<Seat>> =>
    unwrap(await api.GET('/api/v1/councils/{id}/seats', { params: { path: { id: councilId } } })),
  );

export const useSeat = (councilId: string, seatId: string) =>
  useQuery({
    queryKey: ['councils', 'seats', councilId, seatId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/councils/{id}/seats/{seat_id}', { params: { path: { id: councilId, seat_id: seatId } } })),
  });

export const useMemberships = (councilId: string) =>
  useKeysetList(['councils', 'memberships', councilId], async (_cursor): Promise<KeysetPage<Membership>> =>
    unwrap(await api.GET('/api/v1/councils/{id}/memberships', { params: { path: { id: councilId } } })),
  );

export const useMembership = (councilId: string, membershipId: string) =>
  useQuery({
    queryKey: ['councils', 'memberships', councilId, membershipId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/councils/{id}/memberships/{membership_id}', {
          params: { path: { id: councilId, membership_id: membershipId } },
        }),
      ),
  });

const seatEffects = (councilId: string): WriteEffects<unknown> => ({ invalidate: [['councils', 'seats', councilId], ['reports']] });

export const useCreateSeat = (councilId: string) =>
  useCreateMutation(
    (body: NewSeat, header) => api.POST('/api/v1/councils/{id}/seats', { params: { path: { id: councilId }, header }, body }),
    seatEffects(councilId),
  );

/** Takes the form's whole seat; a patch has no null role or maximum (null would not mean "clear"). */
export const useUpdateSeat = (councilId: string, seatId: string) =>
  useUpdateMutation(
    (body: NewSeat, header) =>
      api.PATCH('/api/v1/councils/{id}/seats/{seat_id}', {
        params: { path: { id: councilId, seat_id: seatId }, header },
        body: { ...body, role: body.role ?? undefined, max_holders: body.max_holders ?? undefined },
      }),
    seatEffects(councilId),
  );

export const useDeleteSeat = (councilId: string, seatId: string) =>
  useVersionedMutation(
    (header) => api.DELETE('/api/v1/councils/{id}/seats/{seat_id}', { params: { path: { id: councilId, seat_id: seatId }, header } }),
    seatEffects(councilId),
  );

export const useCreateMembership = (councilId: string) =>
  useCreateMutation(
    (body: NewMembership, header) => api.POST('/api/v1/councils/{id}/memberships', { params: { path: { id: councilId }, header }, body }),
    membershipEffects(councilId),
  );

export const useUpdateMembership = (councilId: string, membershipId: string) =>
  useUpdateMutation(
    (body: MembershipPatch, header) =>
      api.PATCH('/api/v1/councils/{id}/memberships/{membership_id}', {
        params: { path: { id: councilId, membership_id: membershipId }, header },
        body,
      }),
    membershipEffects(councilId),
  );
