import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { NewOrganization, Organization, OrganizationKind, OrganizationPatch } from '@/api/types';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

type OrganizationQuery = NonNullable<paths['/api/v1/organizations']['get']['parameters']['query']>;

export const ORGANIZATION_KINDS: OrganizationKind[] = [
  'municipality',
  'administration',
  'municipal_company',
  'police',
  'police_unit',
  'property_owner',
  'business',
  'school',
  'civil_society',
  'faith_community',
  'transport',
  'rescue_service',
  'other',
];

export interface OrganizationFilters {
  q: string;
  kind: OrganizationKind | null;
}

export async function listOrganizations(query: OrganizationQuery) {
  return unwrap(await api.GET('/api/v1/organizations', { params: { query } }));
}

export const organizationsInfiniteQueryOptions = (filters: OrganizationFilters) =>
  infiniteQueryOptions({
    queryKey: ['organizations', 'list', filters],
    queryFn: ({ pageParam }) =>
      listOrganizations({
        ...(filters.q ? { q: filters.q } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
        limit: 50,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });

export const useOrganizations = (filters: OrganizationFilters) =>
  useInfiniteQuery(organizationsInfiniteQueryOptions(filters));

/** All organizations (every page), for the parent select and for parent names. */
export async function listAllOrganizations(): Promise<Organization[]> {
  const items: Organization[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listOrganizations({ limit: 200, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (!page.next_cursor) return items;
    cursor = page.next_cursor;
  }
}

export const useAllOrganizations = () =>
  useQuery({ queryKey: ['organizations', 'all'], queryFn: listAllOrganizations });

export async function getOrganization(id: string) {
  return unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }));
}

export const organizationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['organizations', 'detail', id], queryFn: () => getOrganization(id) });

export const useOrganization = (id: string) => useQuery(organizationQueryOptions(id));

export async function createOrganization(body: NewOrganization, idempotencyKey: string) {
  return unwrap(
    await api.POST('/api/v1/organizations', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** The ETag / If-Match value for a version: the quoted version number. */
export const etagFor = (version: number) => `"${version}"`;

export async function updateOrganization(id: string, version: number, patch: OrganizationPatch) {
  return unwrap(
    await api.PATCH('/api/v1/organizations/{id}', {
      params: { path: { id }, header: { 'If-Match': etagFor(version) } },
      body: patch,
    }),
  );
}

export function useCreateOrganization() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NewOrganization; idempotencyKey: string }) =>
      createOrganization(body, idempotencyKey),
    onSuccess: (org) => {
      qc.setQueryData(organizationQueryOptions(org.id).queryKey, org);
      void qc.invalidateQueries({ queryKey: ['organizations', 'list'] });
      void qc.invalidateQueries({ queryKey: ['organizations', 'all'] });
    },
  });
}

export function useUpdateOrganization(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, patch }: { version: number; patch: OrganizationPatch }) =>
      updateOrganization(id, version, patch),
    onSuccess: (org) => {
      qc.setQueryData(organizationQueryOptions(org.id).queryKey, org);
      void qc.invalidateQueries({ queryKey: ['organizations', 'list'] });
      void qc.invalidateQueries({ queryKey: ['organizations', 'all'] });
    },
  });
}
