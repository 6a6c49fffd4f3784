import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementPatch, AgreementPhase, NewAgreement } from '@/api/types';
import { api } from '@/lib/api-client';
import { etagFor } from '@/lib/etag';
import { unwrap } from '@/lib/problem';
import { agreementQuery, listAgreements, type AgreementQuery } from '@/lib/resources';
import { pageQuery, useKeysetList } from '@/components/list/useKeysetList';

export const AGREEMENT_PHASES: AgreementPhase[] = ['initiate', 'own_preparation', 'joint_preparation', 'implementation', 'follow_up'];

export type AgreementFilters = Omit<AgreementQuery, 'cursor' | 'limit'>;

export const useAgreements = (filters: AgreementFilters) =>
  useKeysetList(['agreements', 'list', filters], (cursor) => listAgreements({ ...filters, ...pageQuery(cursor) }));

export const useAgreement = (id: string) => useQuery({ ...agreementQuery(id), enabled: !!id });

export function useCreateAgreement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewAgreement; idempotencyKey: string }) =>
      unwrap(await api.POST('/api/v1/agreements', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (a) => {
      qc.setQueryData(agreementQuery(a.id).queryKey, a);
      void qc.invalidateQueries({ queryKey: ['agreements', 'list'] });
      void qc.invalidateQueries({ queryKey: ['combobox', 'agreements'] });
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
      qc.setQueryData(agreementQuery(a.id).queryKey, a);
      void qc.invalidateQueries({ queryKey: ['agreements', 'list'] });
      void qc.invalidateQueries({ queryKey: ['combobox', 'agreements'] });
    },
  });
}
