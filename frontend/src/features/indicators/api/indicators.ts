import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportSummary, IndicatorSource, NewIndicator } from '@/api/types';
import { api, fileBody } from '@/lib/api-client';
import { collectionEffects, useCreateMutation, useUpdateMutation, useVersionedMutation } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { indicatorQuery, listIndicators, listIndicatorValues } from '@/lib/resources';
import { useFilteredList } from '@/components/list/useKeysetList';

export interface IndicatorFilters {
  source: IndicatorSource | null;
}

export interface IndicatorValueFilters {
  indicator_id: string;
}

export const useIndicators = (f: IndicatorFilters) => useFilteredList('indicators', listIndicators, f);

export const useIndicator = (id: string) => useQuery(indicatorQuery(id));

/** An indicator's values (all areas), keyset pages of 50 with "Visa fler". */
export const useIndicatorValues = (f: IndicatorValueFilters) => useFilteredList('indicator-values', listIndicatorValues, f);

const effects = collectionEffects('indicators', indicatorQuery);

export const useCreateIndicator = () =>
  useCreateMutation((body: NewIndicator, header) => api.POST('/api/v1/indicators', { params: { header }, body }), effects);

/** Takes the form's whole indicator: every field of `NewIndicator` may be patched (a blank description clears it). */
export const useUpdateIndicator = (id: string) =>
  useUpdateMutation((body: NewIndicator, header) => api.PATCH('/api/v1/indicators/{id}', { params: { path: { id }, header }, body }), effects);

/** `DELETE` with If-Match (204); refused with 409 `referenced` while the indicator has values. */
export const useDeleteIndicator = (id: string) =>
  useVersionedMutation((header) => api.DELETE('/api/v1/indicators/{id}', { params: { path: { id }, header } }), {
    invalidate: [['indicators', 'list'], ['combobox', 'indicators']],
  });

/** What the import sends: the CSV file (chosen or pasted), and whether only to check it. */
export interface ImportRequest {
  /** A chosen file, or the pasted text. */
  file: Blob | string;
  dryRun: boolean;
}

/**
 * `POST /indicator-values/import?dry_run=…` with the CSV file as the body (`text/csv`): a collection
 * action without a resource, so a plain mutation. A real import refetches the values (and the lists
 * whose `allowed_actions` came with them); a dry run changes nothing.
 */
export function useImportIndicatorValues() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: ImportRequest): Promise<ImportSummary> =>
      unwrap(await api.POST('/api/v1/indicator-values/import', { params: { query: { dry_run: dryRun } }, ...fileBody(file, 'text/csv') })),
    onSuccess: (summary) => {
      if (!summary.dry_run) void qc.invalidateQueries({ queryKey: ['indicator-values'] });
    },
  });
}
