/**
 * The public side of contact and inquiries (`/api/v1/public/*`, through `publicApi`: no token): the
 * contact directory, the topics, the inquiry form with similar open inquiries and "Instäm", the
 * status page by reference and token, and the accountability figures. Keyed under `['public-…']`.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import { publicApi } from '@/lib/api-client';
import { ApiError, unwrap } from '@/lib/problem';
import { everyPage, pageQuery, useFilteredList } from '@/components/list/useKeysetList';

type Schemas = components['schemas'];
export type PublicTopic = Schemas['PublicTopic'];
export type PublicContactRoute = Schemas['PublicContactRoute'];
export type PublicInquiry = Schemas['PublicInquiry'];
export type SimilarInquiry = Schemas['SimilarInquiry'];
export type InquiryReceipt = Schemas['InquiryReceipt'];
export type NewPublicInquiry = Schemas['NewPublicInquiry'];
export type Accountability = Schemas['Accountability'];
export type PublicArea = Schemas['PublicArea'];
export type AccountabilityRow = Schemas['AccountabilityRow'];
type PublicContactRouteQuery = NonNullable<paths['/api/v1/public/contact-routes']['get']['parameters']['query']>;

const PAGE = 200;

/** The topics residents may raise a concern about, by code. */
export const usePublicTopics = () =>
  useQuery({
    queryKey: ['public-topics'],
    queryFn: () => everyPage(async (cursor) => unwrap(await publicApi.GET('/api/v1/public/topics', { params: { query: pageQuery(cursor, PAGE) } }))),
    staleTime: 10 * 60_000,
  });

export const listPublicContactRoutes = async (query: PublicContactRouteQuery) =>
  unwrap(await publicApi.GET('/api/v1/public/contact-routes', { params: { query } }));

/** The directory's filters: a topic and an area. */
export interface PublicContactFilters {
  topic_id: string | null;
  area_id: string | null;
}

export const usePublicContactRoutes = (f: PublicContactFilters) => useFilteredList('public-contact-routes', listPublicContactRoutes, f);

export interface PlaceOption {
  id: string;
  name: string;
}

/** The areas the public directory's routes serve, by name: to filter the directory by. Reads the whole directory, which is small (the public routes valid today). */
export const useDirectoryAreas = () =>
  useQuery({
    queryKey: ['public-contact-routes', 'areas'],
    queryFn: async () => {
      const routes = await everyPage((cursor) => listPublicContactRoutes(pageQuery(cursor, PAGE)));
      return routeAreas(routes);
    },
    staleTime: 10 * 60_000,
  });

const publicAreas = (kind: PublicArea['kind']) =>
  everyPage(async (cursor) => unwrap(await publicApi.GET('/api/v1/public/areas', { params: { query: { kind, ...pageQuery(cursor, PAGE) } } })));

/** Neighbourhoods under their district: one group per district, and one with no district (`id` ''). */
export interface PlaceGroup {
  id: string;
  name: string;
  places: PlaceOption[];
}

/** Where a concern can be: every neighbourhood valid today, grouped under its district, both by name. */
export const usePublicNeighbourhoods = () =>
  useQuery({
    queryKey: ['public-areas', 'neighbourhoods'],
    queryFn: async () => {
      const [districts, neighbourhoods] = await Promise.all([publicAreas('district'), publicAreas('neighbourhood')]);
      return placeGroups(districts, neighbourhoods);
    },
    staleTime: 10 * 60_000,
  });

const bySwedishName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/** `neighbourhoods` grouped under their district among `districts` (Swedish order); those under no known district last. */
export function placeGroups(districts: readonly PublicArea[], neighbourhoods: readonly PublicArea[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>([...districts].sort(bySwedishName).map((d) => [d.id, { id: d.id, name: d.name, places: [] }]));
  const rest: PlaceGroup = { id: '', name: '', places: [] };
  for (const n of [...neighbourhoods].sort(bySwedishName)) {
    (groups.get(n.parent_id ?? '') ?? rest).places.push({ id: n.id, name: n.name });
  }
  return [...groups.values(), rest].filter((g) => g.places.length > 0);
}

/** The distinct areas of the routes, sorted by name (Swedish order). */
export function routeAreas(routes: readonly { area_ids: string[]; area_names: string[] }[]): PlaceOption[] {
  const byId = new Map<string, string>();
  for (const r of routes) r.area_ids.forEach((id, i) => byId.set(id, r.area_names[i] ?? id));
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Where the concern is: an area, or a point (the resident's position). */
export type Place = { area_id: string } | { lat: number; lon: number };

/** Open inquiries on the same topic in the same place from the last 30 days (at most 10), before sending. */
export const useSimilarInquiries = (topic: string, place: Place | null) =>
  useQuery({
    queryKey: ['public-inquiries', 'similar', topic, place],
    queryFn: async () =>
      unwrap(await publicApi.GET('/api/v1/public/inquiries/similar', { params: { query: { topic, ...(place ?? {}) } } })).items,
    enabled: !!topic && !!place,
  });

/** "Instäm": one voice per address; answers the inquiry's number of supporters (409 `inquiry_closed` when it is no longer open). */
export const useSupportInquiry = () =>
  useMutation({
    mutationFn: async (reference: string) =>
      unwrap(await publicApi.POST('/api/v1/public/inquiries/{reference}:support', { params: { path: { reference } } })).supporters,
  });

/** A 429 from the form: too many inquiries from this address; `retryAfter` seconds to wait (null when not said). */
export class RateLimitedError extends ApiError {
  readonly retryAfter: number | null;
  constructor(error: ApiError, retryAfter: number | null) {
    super(error.status, error.problem);
    this.retryAfter = retryAfter;
  }
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

/** Sends the form: the receipt (reference, status token, expected answer), or a `RateLimitedError` for a 429. */
export async function createPublicInquiry(body: NewPublicInquiry): Promise<InquiryReceipt> {
  const result = await publicApi.POST('/api/v1/public/inquiries', { body });
  try {
    return unwrap(result);
  } catch (err) {
    if (result.response.status === 429 && err instanceof ApiError) {
      throw new RateLimitedError(err, retryAfterSeconds(result.response.headers.get('Retry-After')));
    }
    throw err;
  }
}

/** Sends the form; the similar inquiries asked before refetch (the new one is among them now). */
export const useCreatePublicInquiry = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createPublicInquiry, onSuccess: () => void qc.invalidateQueries({ queryKey: ['public-inquiries', 'similar'] }) });
};

/** The status page's read: the reference and the token (404 for a wrong pair). */
export const usePublicInquiry = (reference: string, token: string) =>
  useQuery({
    queryKey: ['public-inquiries', 'status', reference, token],
    queryFn: async () =>
      unwrap(await publicApi.GET('/api/v1/public/inquiries/{reference}', { params: { path: { reference }, query: { token } } })),
    enabled: !!reference && !!token,
  });

/** The accountability figures (months of the period; default the twelve months up to today). */
export const usePublicAccountability = (from: string | null, to: string | null) =>
  useQuery({
    queryKey: ['public-accountability', from, to],
    queryFn: async () =>
      unwrap(await publicApi.GET('/api/v1/public/accountability', { params: { query: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } })),
  });
