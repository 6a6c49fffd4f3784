import { useQuery } from '@tanstack/react-query';
import type { Membership as MembershipItem, NewPerson, PersonPatch } from '@/api/types';
import { api } from '@/lib/api-client';
import { collectionEffects, useCreateMutation, useUpdateMutation, useVersionedMutation } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { listPeople, personQuery } from '@/lib/resources';
import { useFilteredList, useKeysetList, type KeysetPage } from '@/components/list/useKeysetList';

export interface PeopleFilters {
  q: string;
}

export const usePeople = (f: PeopleFilters) => useFilteredList('people', listPeople, f);

export const usePerson = (id: string) => useQuery({ ...personQuery(id), enabled: !!id });

/**
 * A person's terms. The endpoint is not paged yet (it will take `limit`/`cursor`); the list
 * primitive already treats it as pages, so paging slots in by passing the cursor on.
 */
export const usePersonMemberships = (id: string) =>
  useKeysetList(['people', 'memberships', id], async (_cursor): Promise<KeysetPage<MembershipItem>> =>
    unwrap(await api.GET('/api/v1/people/{id}/memberships', { params: { path: { id } } })),
  );

const effects = collectionEffects('people', personQuery);
// A person's name and organisation show in the reports.
const withReports = collectionEffects('people', personQuery, ['reports']);

export const useCreatePerson = () =>
  useCreateMutation((body: NewPerson, header) => api.POST('/api/v1/people', { params: { header }, body }), effects);

export const useUpdatePerson = (id: string) =>
  useUpdateMutation((body: PersonPatch, header) => api.PATCH('/api/v1/people/{id}', { params: { path: { id }, header }, body }), withReports);

export const useErasePerson = (id: string) =>
  useVersionedMutation((header) => api.POST('/api/v1/people/{id}/erase', { params: { path: { id }, header } }), withReports);

export async function exportPerson(id: string) {
  return unwrap(await api.GET('/api/v1/people/{id}/export', { params: { path: { id } } }));
}
