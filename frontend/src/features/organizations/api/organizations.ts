import { useQuery } from '@tanstack/react-query';
import type { NewOrganization, OrganizationKind, OrganizationPatch } from '@/api/types';
import { api } from '@/lib/api-client';
import { collectionEffects, useCreateMutation, useUpdateMutation } from '@/lib/mutations';
import { listOrganizations, organizationQuery } from '@/lib/resources';
import { useFilteredList } from '@/components/list/useKeysetList';

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

export const useOrganizations = (f: OrganizationFilters) => useFilteredList('organizations', listOrganizations, f);

export const useOrganization = (id: string) => useQuery(organizationQuery(id));

const effects = collectionEffects('organizations', organizationQuery);

export const useCreateOrganization = () =>
  useCreateMutation((body: NewOrganization, header) => api.POST('/api/v1/organizations', { params: { header }, body }), effects);

export const useUpdateOrganization = (id: string) =>
  useUpdateMutation(
    (body: OrganizationPatch, header) => api.PATCH('/api/v1/organizations/{id}', { params: { path: { id }, header }, body }),
    effects,
  );
