import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { FromAudience, NewContactRoute, RouteAudience } from '@/api/types';
import { api } from '@/lib/api-client';
import { useCreateMutation, useUpdateMutation, useVersionedMutation, type WriteEffects } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { areaQuery, contactRouteQuery, listContactRoutes, organizationQuery } from '@/lib/resources';
import { pageQuery, useFilteredList, useKeysetList } from '@/components/list/useKeysetList';

export const FROM_AUDIENCES: readonly FromAudience[] = ['city_staff', 'police', 'housing_company', 'school', 'business', 'resident', 'any'];
export const ROUTE_AUDIENCES: readonly RouteAudience[] = ['public', 'internal'];

/** The list's request filters (`GET /contact-routes`). */
export interface ContactRouteFilters {
  topic_id: string | null;
  organization_id: string | null;
  area_id: string | null;
  audience: RouteAudience | null;
  from_audience: FromAudience | null;
  stale: boolean | null;
}

export const useContactRoutes = (f: ContactRouteFilters) => useFilteredList('contact-routes', listContactRoutes, f);

export const useContactRoute = (id: string) => useQuery(contactRouteQuery(id));

/** The stale-route report's first page: the list page's reminder ("3 kontaktvägar är inaktuella"). */
export const useStaleRoutes = (enabled: boolean) =>
  useQuery({
    queryKey: ['contact-routes', 'list', 'stale-reminder'],
    queryFn: () => listContactRoutes({ stale: true, limit: 50 }),
    enabled,
  });

/** A list filter's area or organization, for its name when no listed route names it (an empty list). */
export const usePrefillArea = (id: string | null) => useQuery({ ...areaQuery(id ?? ''), enabled: !!id });
export const usePrefillOrganization = (id: string | null) => useQuery({ ...organizationQuery(id ?? ''), enabled: !!id });

/** The routes a backup or escalation may name (the API has no search by function): 200 at a time, more on demand. */
export const useRouteOptions = () =>
  useKeysetList(['contact-routes', 'list', 'options'], (cursor) => listContactRoutes(pageQuery(cursor, 200)));

/** Where to look: an area, or a point (placed in its neighbourhood by the API). */
export type LookupPlace = { area_id: string } | { lat: number; lon: number };

export interface LookupParams {
  /** The topic's code. */
  topic: string;
  from: FromAudience | null;
  place: LookupPlace;
}

/** `GET /contact-routes/lookup`: the routes for a topic in a place, best first, with 112 and 114 14. */
export const useContactLookup = (params: LookupParams | null) =>
  useQuery({
    queryKey: ['contact-routes', 'lookup', params],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/contact-routes/lookup', {
          params: { query: { topic: params!.topic, ...(params!.from ? { from: params!.from } : {}), ...params!.place } },
        }),
      ),
    enabled: params !== null,
  });

/** A route's writes: the response becomes its page; every route list, picker and lookup refetches. */
const effects: WriteEffects<{ id: string }> = {
  detail: (saved) => contactRouteQuery(saved.id).queryKey,
  invalidate: [['contact-routes', 'list'], ['contact-routes', 'lookup'], ['combobox', 'contact-routes']],
};

export const useCreateContactRoute = () =>
  useCreateMutation(
    (body: NewContactRoute, header) =>
      api.POST('/api/v1/contact-routes', {
        params: { header },
        // The generated type of `channels` cannot be built (see NewContactRoute in api/types.ts).
        body: body as unknown as components['schemas']['NewContactRoute'],
      }),
    effects,
  );

/** Takes the form's whole route; a patch has no null audience. */
export const useUpdateContactRoute = (id: string) =>
  useUpdateMutation(
    ({ audience, ...body }: NewContactRoute, header) =>
      api.PATCH('/api/v1/contact-routes/{id}', { params: { path: { id }, header }, body: { ...body, audience: audience ?? undefined } }),
    effects,
  );

export const useDeleteContactRoute = (id: string) =>
  useVersionedMutation((header) => api.DELETE('/api/v1/contact-routes/{id}', { params: { path: { id }, header } }), {
    invalidate: [['contact-routes', 'list'], ['contact-routes', 'lookup'], ['combobox', 'contact-routes']],
  });

/** `POST /contact-routes/{id}:verify` with If-Match: the route is right as it stands (fresh again). */
export const useVerifyContactRoute = (id: string) =>
  useVersionedMutation((header) => api.POST('/api/v1/contact-routes/{id}:verify', { params: { path: { id }, header } }), effects);
