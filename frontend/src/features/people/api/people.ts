import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Membership as MembershipItem, NewPerson, PersonPatch } from '@/api/types';
import { api } from '@/lib/api-client';
import { etagFor } from '@/lib/etag';
import { unwrap } from '@/lib/problem';
import { listPeople, personQuery } from '@/lib/resources';
import { pageQuery, useKeysetList, type KeysetPage } from '@/components/list/useKeysetList';

export const usePeople = (q: string) =>
  useKeysetList(['people', 'list', q], (cursor) => listPeople({ ...(q ? { q } : {}), ...pageQuery(cursor) }));

export const usePerson = (id: string) => useQuery({ ...personQuery(id), enabled: !!id });

/**
 * A person's terms. The endpoint is not paged yet (it will take `limit`/`cursor`); the list
 * primitive already treats it as pages, so paging slots in by passing the cursor on.
 */
export const usePersonMemberships = (id: string) =>
  useKeysetList(['people', 'memberships', id], async (_cursor): Promise<KeysetPage<MembershipItem>> =>
    unwrap(await api.GET('/api/v1/people/{id}/memberships', { params: { path: { id } } })),
  );


const invalidatePeople = (qc: ReturnType<typeof useQueryClient>) => {
  void qc.invalidateQueries({ queryKey: ['people', 'list'] });
  void qc.invalidateQueries({ queryKey: ['combobox', 'people'] });
};

export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewPerson; idempotencyKey: string }) =>
      unwrap(await api.POST('/api/v1/people', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (p) => {
      qc.setQueryData(personQuery(p.id).queryKey, p);
      invalidatePeople(qc);
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
      qc.setQueryData(personQuery(p.id).queryKey, p);
      invalidatePeople(qc);
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

export function useErasePerson(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version }: { version: number }) =>
      unwrap(await api.POST('/api/v1/people/{id}/erase', { params: { path: { id }, header: { 'If-Match': etagFor(version) } } })),
    onSuccess: (p) => {
      qc.setQueryData(personQuery(p.id).queryKey, p);
      invalidatePeople(qc);
      void qc.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

export async function exportPerson(id: string) {
  return unwrap(await api.GET('/api/v1/people/{id}/export', { params: { path: { id } } }));
}
