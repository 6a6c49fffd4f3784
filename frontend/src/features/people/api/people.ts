import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { NewPerson, Person, PersonPatch } from '@/api/types';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import { etagFor } from '@/features/organizations/api/organizations';

type PeopleQuery = NonNullable<paths['/api/v1/people']['get']['parameters']['query']>;

export async function listPeople(query: PeopleQuery) {
  return unwrap(await api.GET('/api/v1/people', { params: { query } }));
}

export async function listAllPeople(query: Omit<PeopleQuery, 'cursor' | 'limit'> = {}): Promise<Person[]> {
  const items: Person[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listPeople({ ...query, limit: 200, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (!page.next_cursor) return items;
    cursor = page.next_cursor;
  }
}

/** People matching a search (first 200). */
export const usePeopleSearch = (q: string) =>
  useQuery({
    queryKey: ['people', 'list', q],
    queryFn: async () => (await listPeople({ ...(q ? { q } : {}), limit: 200 })).items,
  });

/** Everyone, for name lookups. */
export const useAllPeople = () => useQuery({ queryKey: ['people', 'list', 'all'], queryFn: () => listAllPeople() });

export async function getPerson(id: string) {
  return unwrap(await api.GET('/api/v1/people/{id}', { params: { path: { id } } }));
}

export const personQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['people', 'detail', id], queryFn: () => getPerson(id) });
export const usePerson = (id: string) => useQuery({ ...personQueryOptions(id), enabled: !!id });

export const usePersonMemberships = (id: string) =>
  useQuery({
    queryKey: ['people', 'memberships', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/people/{id}/memberships', { params: { path: { id } } })).items,
  });

export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewPerson; idempotencyKey: string }) =>
      unwrap(await api.POST('/api/v1/people', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (p) => {
      qc.setQueryData(personQueryOptions(p.id).queryKey, p);
      void qc.invalidateQueries({ queryKey: ['people', 'list'] });
    },
  });
}

export function useUpdatePerson(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, patch }: { version: number; patch: PersonPatch }) =>
      unwrap(
        await api.PATCH('/api/v1/people/{id}', {
          params: { path: { id }, header: { 'If-Match': etagFor(version) } },
          body: patch,
        }),
      ),
    onSuccess: (p) => {
      qc.setQueryData(personQueryOptions(p.id).queryKey, p);
      void qc.invalidateQueries({ queryKey: ['people', 'list'] });
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

export function useErasePerson(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version }: { version: number }) =>
      unwrap(
        await api.POST('/api/v1/people/{id}/erase', {
          params: { path: { id }, header: { 'If-Match': etagFor(version) } },
        }),
      ),
    onSuccess: (p) => {
      qc.setQueryData(personQueryOptions(p.id).queryKey, p);
      void qc.invalidateQueries({ queryKey: ['people', 'list'] });
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

export async function exportPerson(id: string) {
  return unwrap(await api.GET('/api/v1/people/{id}/export', { params: { path: { id } } }));
}
