import type { FromAudience } from '@/api/types';
import { oneOf } from '@/components/list/useUrlFilters';
import { FROM_AUDIENCES, type LookupParams } from '../api/contactRoutes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOPIC_CODE = /^[a-z0-9-]{1,50}$/;

export interface LookupUrl {
  topic: string;
  from: FromAudience | null;
  area_id: string | null;
  lat: number | null;
  lon: number | null;
}

const coordinate = (v: string | null, limit: number) => {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
};

/** The directory's question from the URL (`?topic=ordningsstorning&from=housing_company&area=…` or `&lat=…&lon=…`). */
export function parseLookupUrl(p: URLSearchParams): LookupUrl {
  const topic = (p.get('topic') ?? '').trim();
  const area = p.get('area');
  const lat = coordinate(p.get('lat'), 90);
  const lon = coordinate(p.get('lon'), 180);
  return {
    topic: TOPIC_CODE.test(topic) ? topic : '',
    from: oneOf<FromAudience>(p.get('from'), FROM_AUDIENCES),
    area_id: area && UUID.test(area) ? area : null,
    lat: lat !== null && lon !== null ? lat : null,
    lon: lat !== null && lon !== null ? lon : null,
  };
}

/** The lookup to make, once the URL names a topic and a place (an area wins over a point); else null. */
export function lookupParams(u: LookupUrl): LookupParams | null {
  if (!u.topic) return null;
  if (u.area_id) return { topic: u.topic, from: u.from, place: { area_id: u.area_id } };
  if (u.lat !== null && u.lon !== null) return { topic: u.topic, from: u.from, place: { lat: u.lat, lon: u.lon } };
  return null;
}
