import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type {
  Council,
  CouncilKind,
  CouncilPatch,
  CouncilRole,
  CouncilStatus,
  MembershipPatch,
  NewCouncil,
  NewMembership,
  NewSeat,
} from '@/api/types';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import { etagFor } from '@/features/organizations/api/organizations';

type CouncilQuery = NonNullable<paths['/api/v1/councils']['get']['parameters']['query']>;

export const COUNCIL_KINDS: CouncilKind[] = [
  'central_steering_group',
  'local_steering_group',
  'safety_council',
  'working_group',
  'operative_group',
];
export const COUNCIL_STATUSES: CouncilStatus[] = ['proposed', 'active', 'dissolved'];
export const COUNCIL_ROLES: CouncilRole[] = ['chair', 'vice_chair', 'secretary', 'member', 'adjunct', 'observer'];

export async function listCouncils(query: CouncilQuery) {
  return unwrap(await api.GET('/api/v1/councils', { params: { query } }));
}

/** Every council matching the filters (follows next_cursor). */
export async function listAllCouncils(query: Omit<CouncilQuery, 'cursor' | 'limit'> = {}): Promise<Council[]> {
  const items: Council[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listCouncils({ ...query, limit: 200, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (!page.next_cursor) return items;
    cursor = page.next_cursor;
  }
}

export interface CouncilFilters {
  q: string;
  kind: CouncilKind | null;
  status: CouncilStatus | null;
}

export const useCouncils = (filters: CouncilFilters) =>
  useQuery({
    queryKey: ['councils', 'list', filters],
    queryFn: () =>
      listAllCouncils({
        ...(filters.q ? { q: filters.q } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
        ...(filters.status ? { status: filters.status } : {}),
      }),
  });

/** All councils, for selects and name lookups. */
export const useAllCouncils = () =>
  useQuery({ queryKey: ['councils', 'list', 'all'], queryFn: () => listAllCouncils() });

export async function getCouncil(id: string) {
  return unwrap(await api.GET('/api/v1/councils/{id}', { params: { path: { id } } }));
}

export const councilQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['councils', 'detail', id], queryFn: () => getCouncil(id) });
export const useCouncil = (id: string) => useQuery(councilQueryOptions(id));

export const useChildCouncils = (id: string) =>
  useQuery({ queryKey: ['councils', 'list', 'children', id], queryFn: () => listAllCouncils({ parent_id: id }) });

export async function createCouncil(body: NewCouncil, idempotencyKey: string) {
  return unwrap(
    await api.POST('/api/v1/councils', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
  );
}

export async function updateCouncil(id: string, version: number, patch: CouncilPatch) {
  return unwrap(
    await api.PATCH('/api/v1/councils/{id}', {
      params: { path: { id }, header: { 'If-Match': etagFor(version) } },
      body: patch,
    }),
  );
}

export function useCreateCouncil() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NewCouncil; idempotencyKey: string }) => createCouncil(body, idempotencyKey),
    onSuccess: (c) => {
      qc.setQueryData(councilQueryOptions(c.id).queryKey, c);
      void qc.invalidateQueries({ queryKey: ['councils', 'list'] });
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

export function useUpdateCouncil(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: CouncilPatch }) => updateCouncil(id, version, patch),
    onSuccess: (c) => {
      qc.setQueryData(councilQueryOptions(c.id).queryKey, c);
      void qc.invalidateQueries({ queryKey: ['councils', 'list'] });
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

// Seats

export async function listSeats(councilId: string) {
  return unwrap(await api.GET('/api/v1/councils/{id}/seats', { params: { path: { id: councilId } } })).items;
}

export const useSeats = (councilId: string) =>
  useQuery({ queryKey: ['councils', 'seats', councilId], queryFn: () => listSeats(councilId) });

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
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['councils', 'seats', councilId] });
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

// Memberships

export async function listMemberships(councilId: string) {
  return unwrap(await api.GET('/api/v1/councils/{id}/memberships', { params: { path: { id: councilId } } })).items;
}

export const useMemberships = (councilId: string) =>
  useQuery({ queryKey: ['councils', 'memberships', councilId], queryFn: () => listMemberships(councilId) });

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
    onSuccess: (m) => {
      void qc.invalidateQueries({ queryKey: ['councils', 'memberships', councilId] });
      void qc.invalidateQueries({ queryKey: ['people', 'memberships', m.person_id] });
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
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
    onSuccess: (m) => {
      void qc.invalidateQueries({ queryKey: ['councils', 'memberships', councilId] });
      void qc.invalidateQueries({ queryKey: ['people', 'memberships', m.person_id] });
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}
