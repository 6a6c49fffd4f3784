import { useQuery } from '@tanstack/react-query';
import type { Area, CouncilKind } from '@/api/types';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import { listAllAreas } from '@/features/areas/api/areas';

export const useCoverage = (at: string, kind: CouncilKind) =>
  useQuery({
    queryKey: ['reports', 'coverage', at, kind],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/coverage', { params: { query: { at, kind } } })),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(at),
  });

export const useStaffing = (councilId: string | null, at: string) =>
  useQuery({
    queryKey: ['reports', 'staffing', councilId, at],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/reports/staffing', {
          params: { query: { ...(councilId ? { council_id: councilId } : {}), ...(at ? { at } : {}) } },
        }),
      ),
    enabled: !at || /^\d{4}-\d{2}-\d{2}$/.test(at),
  });

/** The neighbourhoods with their boundaries (~230 kB): fetched once per session. */
export const useNeighbourhoodGeometry = () =>
  useQuery({
    queryKey: ['areas', 'neighbourhoods', 'geometry'],
    queryFn: (): Promise<Area[]> => listAllAreas({ kind: 'neighbourhood', include_geometry: true }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
