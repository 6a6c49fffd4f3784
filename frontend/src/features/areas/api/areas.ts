import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { Area, AreaKind } from '@/api/types';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

type AreaQuery = NonNullable<paths['/api/v1/areas']['get']['parameters']['query']>;

export const AREA_KINDS: AreaKind[] = [
  'municipality',
  'district',
  'neighbourhood',
  'police_region',
  'police_district',
  'local_police_area',
];

export interface AreaFilters {
  kind: AreaKind;
  validAt: string | null;
  q: string;
}

export async function listAreas(query: AreaQuery) {
  return unwrap(await api.GET('/api/v1/areas', { params: { query } }));
}

/** Follows next_cursor until every page is loaded. */
export async function listAllAreas(query: Omit<AreaQuery, 'cursor' | 'limit'> = {}): Promise<Area[]> {
  const items: Area[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listAreas({ ...query, limit: 200, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (!page.next_cursor) return items;
    cursor = page.next_cursor;
  }
}

export const areasInfiniteQueryOptions = (filters: AreaFilters) =>
  infiniteQueryOptions({
    queryKey: ['areas', 'list', filters],
    queryFn: ({ pageParam }) =>
      listAreas({
        kind: filters.kind,
        ...(filters.validAt ? { valid_at: filters.validAt } : {}),
        ...(filters.q ? { q: filters.q } : {}),
        limit: 100,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });

export const useAreas = (filters: AreaFilters) => useInfiniteQuery(areasInfiniteQueryOptions(filters));

/** Every area (all kinds, historical too), to resolve parent/predecessor/successor names. */
export const allAreasQueryOptions = () =>
  queryOptions({
    queryKey: ['areas', 'all'],
    queryFn: () => listAllAreas(),
    staleTime: 10 * 60_000,
    select: (areas) => new Map(areas.map((a) => [a.id, a])),
  });

export const useAreaLookup = () => useQuery(allAreasQueryOptions());

export async function getArea(id: string) {
  return unwrap(await api.GET('/api/v1/areas/{id}', { params: { path: { id } } }));
}

export const areaQueryOptions = (id: string) => queryOptions({ queryKey: ['areas', 'detail', id], queryFn: () => getArea(id) });
export const useArea = (id: string) => useQuery(areaQueryOptions(id));

export async function getAreaOverlaps(id: string) {
  return unwrap(await api.GET('/api/v1/areas/{id}/overlaps', { params: { path: { id } } })).items;
}

export const useAreaOverlaps = (id: string) =>
  useQuery({ queryKey: ['areas', 'overlaps', id], queryFn: () => getAreaOverlaps(id) });

export const useAreaChildren = (id: string) =>
  useQuery({ queryKey: ['areas', 'children', id], queryFn: () => listAllAreas({ parent_id: id }) });
