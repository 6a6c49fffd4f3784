import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewOrganization, OrganizationKind, OrganizationPatch } from '@/api/types';
import { api } from '@/lib/api-client';
import { etagFor } from '@/lib/etag';
import { unwrap } from '@/lib/problem';
import { listOrganizations, organizationQuery } from '@/lib/resources';
import { pageQuery, useKeysetList } from '@/components/list/useKeysetList';

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

export const useOrganizations = (f: OrganizationFilters) =>
  useKeysetList(['organizations', 'list', f], (cursor) =>
    listOrganizations({ ...(f.q ? { q: f.q } : {}), ...(f.kind ? { kind: f.kind } : {}), ...pageQuery(cursor) }),
  );

export const useOrganization = (id: string) => useQuery(organizationQuery(id));

export function useCreateOrganization() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewOrganization; idempotencyKey: string }) =>
      unwrap(await api.POST('/api/v1/organizations', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (org) => {
      qc.setQueryData(organizationQuery(org.id).queryKey, org);
      void qc.invalidateQueries({ queryKey: ['organizations', 'list'] });
      void qc.invalidateQueries({ queryKey: ['combobox', 'organizations'] });
    },
  });
}

export function useUpdateOrganization(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, patch }: { version: number; patch: OrganizationPatch }) =>
      unwrap(
        await api.PATCH('/api/v1/organizations/{id}', {
          params: { path: { id }, header: { 'If-Match': etagFor(version) } },
          body: patch,
        }),
      ),
    onSuccess: (org) => {
      qc.setQueryData(organizationQuery(org.id).queryKey, org);
      void qc.invalidateQueries({ queryKey: ['organizations', 'list'] });
      void qc.invalidateQueries({ queryKey: ['combobox', 'organizations'] });
    },
  });
}
