import type { FromAudience, RouteAudience } from '@/api/types';
import { oneOf } from '@/components/list/useUrlFilters';
import { FROM_AUDIENCES, ROUTE_AUDIENCES, type ContactRouteFilters } from '../api/contactRoutes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (v: string | null) => (v && UUID.test(v) ? v : null);

/** The list's filters from the URL (`?topic=…&organization=…&area=…&audience=…&from=…&stale=true`); invalid values are ignored. */
export function parseRouteFilters(p: URLSearchParams): ContactRouteFilters {
  const stale = p.get('stale');
  return {
    topic_id: uuidOrNull(p.get('topic')),
    organization_id: uuidOrNull(p.get('organization')),
    area_id: uuidOrNull(p.get('area')),
    audience: oneOf<RouteAudience>(p.get('audience'), ROUTE_AUDIENCES),
    from_audience: oneOf<FromAudience>(p.get('from'), FROM_AUDIENCES),
    stale: stale === 'true' ? true : stale === 'false' ? false : null,
  };
}
