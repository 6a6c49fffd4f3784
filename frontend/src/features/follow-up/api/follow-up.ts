import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FollowUpReport } from '@/api/types';
import { api } from '@/lib/api-client';
import { downloadBlob, fileNameFromDisposition } from '@/lib/download';
import { unwrap } from '@/lib/problem';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/**
 * The follow-up report of an area and a year, under `['reports', …]`: writes that change what it
 * shows (a situation picture adopted, an indicator imported) refetch it with the other reports.
 */
export const followUpQuery = (areaId: string, year: number) =>
  queryOptions({
    queryKey: ['reports', 'follow-up', areaId, year],
    // The operation answers JSON or CSV, so its type is both; without `Accept: text/csv` it is JSON.
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/follow-up', { params: { query: { area_id: areaId, year } } })) as FollowUpReport,
  });

export const useFollowUp = (areaId: string | null, year: number) => useQuery({ ...followUpQuery(areaId ?? '', year), enabled: !!areaId });

/**
 * The same report as CSV (`Accept: text/csv`), fetched with the bearer token like a document (a link
 * would go without it) and saved under the name `Content-Disposition` gives. Resolves to that name.
 */
export async function downloadFollowUpCsv(areaId: string, year: number): Promise<string> {
  const result = await api.GET('/api/v1/reports/follow-up', {
    params: { query: { area_id: areaId, year } },
    headers: { Accept: 'text/csv' },
    parseAs: 'blob',
  });
  const blob = unwrap(result);
  const name = fileNameFromDisposition(result.response.headers.get('Content-Disposition')) ?? `uppfoljning-${year}.csv`;
  downloadBlob(name, blob);
  return name;
}
