import { useQuery } from '@tanstack/react-query';
import type { CouncilKind } from '@/api/types';
import { coverageQuery, staffingQuery } from '@/lib/resources';

export { useCityGeometry, type CityGeometry } from '@/lib/city-geometry';

export const useCoverage = (at: string, kind: CouncilKind) => useQuery(coverageQuery(at, kind));

export const useStaffing = (councilId: string | null, at: string) => useQuery(staffingQuery(councilId, at));
