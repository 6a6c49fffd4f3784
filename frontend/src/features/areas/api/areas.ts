import { useQuery } from '@tanstack/react-query';
import type { AreaKind } from '@/api/types';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import { areaQuery, listAreas, listCouncils } from '@/lib/resources';
import { pageQuery, useKeysetList } from '@/components/list/useKeysetList';

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

export const useAreas = (f: AreaFilters) =>
  useKeysetList(['areas', 'list', f], (cursor) =>
    listAreas({ kind: f.kind, ...(f.validAt ? { valid_at: f.validAt } : {}), ...(f.q ? { q: f.q } : {}), ...pageQuery(cursor, 100) }),
  );

export const useArea = (id: string) => useQuery(areaQuery(id));

export const useAreaChildren = (id: string) =>
  useKeysetList(['areas', 'list', 'children', id], (cursor) => listAreas({ parent_id: id, ...pageQuery(cursor, 100) }));

export const useAreaOverlaps = (id: string) =>
  useQuery({
    queryKey: ['areas', 'overlaps', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/areas/{id}/overlaps', { params: { path: { id } } })).items,
  });

/** The councils that name the area. */
export const useAreaCouncils = (id: string) =>
  useKeysetList(['councils', 'list', 'area', id], (cursor) => listCouncils({ area_id: id, ...pageQuery(cursor) }));
