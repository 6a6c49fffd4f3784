import { useQuery } from '@tanstack/react-query';
import type { AgreementPhase, NewAgreement } from '@/api/types';
import { api } from '@/lib/api-client';
import { collectionEffects, useCreateMutation, useUpdateMutation } from '@/lib/mutations';
import { agreementQuery, listAgreements, type AgreementQuery } from '@/lib/resources';
import { useFilteredList, type ListFilters } from '@/components/list/useKeysetList';

export const AGREEMENT_PHASES: AgreementPhase[] = ['initiate', 'own_preparation', 'joint_preparation', 'implementation', 'follow_up'];

export type AgreementFilters = ListFilters<AgreementQuery>;

export const useAgreements = (f: AgreementFilters) => useFilteredList('agreements', listAgreements, f);

export const useAgreement = (id: string) => useQuery({ ...agreementQuery(id), enabled: !!id });

const effects = collectionEffects('agreements', agreementQuery);

export const useCreateAgreement = () =>
  useCreateMutation((body: NewAgreement, header) => api.POST('/api/v1/agreements', { params: { header }, body }), effects);

/** Takes the form's whole agreement; a patch has no null phase (null would not mean "clear"). */
export const useUpdateAgreement = (id: string) =>
  useUpdateMutation(
    (body: NewAgreement, header) =>
      api.PATCH('/api/v1/agreements/{id}', { params: { path: { id }, header }, body: { ...body, phase: body.phase ?? undefined } }),
    effects,
  );
