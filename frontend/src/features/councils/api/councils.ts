import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CouncilKind,
  CouncilPatch,
  CouncilRole,
  CouncilStatus,
  Membership,
  MembershipPatch,
  NewCouncil,
  NewMembership,
  NewSeat,
  Seat,
  SeatPatch,
} from '@/api/types';
import { api } from '@/lib/api-client';
import { etagFor } from '@/lib/etag';
import { unwrap } from '@/lib/problem';
import type { Names } from '@/lib/names';
import { areaQuery, centralSteeringGroupQuery, councilQuery, listAgreements, listCouncils } from '@/lib/resources';
import { pageQuery, useKeysetList, type KeysetPage } from '@/components/list/useKeysetList';

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

export const useCouncils = (f: CouncilFilters) =>
  useKeysetList(['councils', 'list', f], (cursor) =>
    listCouncils({
      ...(f.q ? { q: f.q } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...pageQuery(cursor),
    }),
  );

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

function invalidateCouncils(qc: ReturnType<typeof useQueryClient>) {
  void qc.invalidateQueries({ queryKey: ['councils', 'list'] });
  void qc.invalidateQueries({ queryKey: ['combobox', 'councils'] });
  void qc.invalidateQueries({ queryKey: ['reports'] });
}

export function useCreateCouncil() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewCouncil; idempotencyKey: string }) =>
      unwrap(await api.POST('/api/v1/councils', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (c) => {
      qc.setQueryData(councilQuery(c.id).queryKey, c);
      invalidateCouncils(qc);
    },
  });
}

export function useUpdateCouncil(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, patch }: { version: number; patch: CouncilPatch }) =>
      unwrap(
        await api.PATCH('/api/v1/councils/{id}', {
          params: { path: { id }, header: { 'If-Match': etagFor(version) } },
          body: patch,
        }),
      ),
    onSuccess: (c) => {
      qc.setQueryData(councilQuery(c.id).queryKey, c);
      invalidateCouncils(qc);
    },
  });
}

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

function invalidateSeats(qc: ReturnType<typeof useQueryClient>, councilId: string) {
  void qc.invalidateQueries({ queryKey: ['councils', 'seats', councilId] });
  void qc.invalidateQueries({ queryKey: ['reports'] });
}

export function useCreateSeat(councilId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewSeat; idempotencyKey: string }) =>
      unwrap(
        await api.POST('/api/v1/councils/{id}/seats', {
          params: { path: { id: councilId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => invalidateSeats(qc, councilId),
  });
}

export function useUpdateSeat(councilId: string, seatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, patch }: { version: number; patch: SeatPatch }) =>
      unwrap(
        await api.PATCH('/api/v1/councils/{id}/seats/{seat_id}', {
          params: { path: { id: councilId, seat_id: seatId }, header: { 'If-Match': etagFor(version) } },
          body: patch,
        }),
      ),
    onSuccess: () => invalidateSeats(qc, councilId),
  });
}

export function useDeleteSeat(councilId: string, seatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version }: { version: number }) => {
      const result = await api.DELETE('/api/v1/councils/{id}/seats/{seat_id}', {
        params: { path: { id: councilId, seat_id: seatId }, header: { 'If-Match': etagFor(version) } },
      });
      unwrap(result);
    },
    onSuccess: () => invalidateSeats(qc, councilId),
  });
}

function invalidateMemberships(qc: ReturnType<typeof useQueryClient>, councilId: string, personId: string) {
  void qc.invalidateQueries({ queryKey: ['councils', 'memberships', councilId] });
  void qc.invalidateQueries({ queryKey: ['people', 'memberships', personId] });
  void qc.invalidateQueries({ queryKey: ['reports'] });
}

export function useCreateMembership(councilId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewMembership; idempotencyKey: string }) =>
      unwrap(
        await api.POST('/api/v1/councils/{id}/memberships', {
          params: { path: { id: councilId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: (m) => invalidateMemberships(qc, councilId, m.person_id),
  });
}

export function useUpdateMembership(councilId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: MembershipPatch }) =>
      unwrap(
        await api.PATCH('/api/v1/councils/{id}/memberships/{membership_id}', {
          params: { path: { id: councilId, membership_id: id }, header: { 'If-Match': etagFor(version) } },
          body: patch,
        }),
      ),
    onSuccess: (m) => invalidateMemberships(qc, councilId, m.person_id),
  });
}
