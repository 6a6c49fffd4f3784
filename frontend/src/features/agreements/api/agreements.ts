import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { Agreement, AgreementPatch, AgreementPhase, NewAgreement } from '@/api/types';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import { etagFor } from '@/features/organizations/api/organizations';

type AgreementQuery = NonNullable<paths['/api/v1/agreements']['get']['parameters']['query']>;

export const AGREEMENT_PHASES: AgreementPhase[] = [
  'initiate',
  'own_preparation',
  'joint_preparation',
  'implementation',
  'follow_up',
];

export async function listAllAgreements(query: Omit<AgreementQuery, 'cursor' | 'limit'> = {}): Promise<Agreement[]> {
  const items: Agreement[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = unwrap(
      await api.GET('/api/v1/agreements', { params: { query: { ...query, limit: 200, ...(cursor ? { cursor } : {}) } } }),
    );
    items.push(...page.items);
    if (!page.next_cursor) return items;
    cursor = page.next_cursor;
  }
}

export const useAgreements = (query: Omit<AgreementQuery, 'cursor' | 'limit'>) =>
  useQuery({ queryKey: ['agreements', 'list', query], queryFn: () => listAllAgreements(query) });

export const agreementQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['agreements', 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/agreements/{id}', { params: { path: { id } } })),
  });
export const useAgreement = (id: string) => useQuery({ ...agreementQueryOptions(id), enabled: !!id });

export function useCreateAgreement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewAgreement; idempotencyKey: string }) =>
      unwrap(await api.POST('/api/v1/agreements', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (a) => {
      qc.setQueryData(agreementQueryOptions(a.id).queryKey, a);
      void qc.invalidateQueries({ queryKey: ['agreements', 'list'] });
    },
  });
}

export function useUpdateAgreement(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, patch }: { version: number; patch: AgreementPatch }) =>
      unwrap(
        await api.PATCH('/api/v1/agreements/{id}', {
          params: { path: { id }, header: { 'If-Match': etagFor(version) } },
          body: patch,
        }),
      ),
    onSuccess: (a) => {
      qc.setQueryData(agreementQueryOptions(a.id).queryKey, a);
      void qc.invalidateQueries({ queryKey: ['agreements', 'list'] });
    },
  });
}
