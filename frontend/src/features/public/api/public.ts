/**
 * The public pages' reads (`/api/v1/public/*`), through `publicApi`: no token, no refresh, no
 * redirect to the login page. Keyed under `['public', …]`, apart from the logged-in caches.
 */
import { useQuery } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import { publicApi } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import { everyPage, pageQuery, useFilteredList } from '@/components/list/useKeysetList';

export type PublicMeeting = components['schemas']['PublicMeeting'];
export type PublicCouncil = components['schemas']['PublicCouncil'];
export type PublicMinutes = components['schemas']['PublicMinutes'];
export type PublicParagraph = components['schemas']['PublicParagraph'];
export type PublicMeetingQuery = NonNullable<paths['/api/v1/public/meetings']['get']['parameters']['query']>;
export type PublicCitizenPromise = components['schemas']['PublicCitizenPromise'];
export type PublicCitizenPromiseQuery = NonNullable<paths['/api/v1/public/citizen-promises']['get']['parameters']['query']>;

export const listPublicMeetings = async (query: PublicMeetingQuery) =>
  unwrap(await publicApi.GET('/api/v1/public/meetings', { params: { query } }));

/** The request's filters: a council, the period (Stockholm dates, inclusive) and the order. */
export interface PublicMeetingFilters {
  council_id: string | null;
  from: string | null;
  to: string | null;
  order: PublicMeetingQuery['order'] | null;
}

export const usePublicMeetings = (f: PublicMeetingFilters) => useFilteredList('public-meetings', listPublicMeetings, f);

/** Every public council, by name (a few dozen at most): the public meetings page's council filter. */
export const usePublicCouncils = () =>
  useQuery({
    queryKey: ['public-councils'],
    queryFn: () =>
      everyPage(async (cursor) => unwrap(await publicApi.GET('/api/v1/public/councils', { params: { query: pageQuery(cursor, 200) } }))),
    staleTime: 10 * 60_000,
  });

export const usePublicMeeting = (id: string) =>
  useQuery({
    queryKey: ['public-meetings', 'detail', id],
    queryFn: async () => unwrap(await publicApi.GET('/api/v1/public/meetings/{id}', { params: { path: { id } } })),
  });

export const usePublicMinutes = (id: string) =>
  useQuery({
    queryKey: ['public-meetings', 'minutes', id],
    queryFn: async () => unwrap(await publicApi.GET('/api/v1/public/meetings/{id}/minutes', { params: { path: { id } } })),
  });

export const listPublicCitizenPromises = async (query: PublicCitizenPromiseQuery) =>
  unwrap(await publicApi.GET('/api/v1/public/citizen-promises', { params: { query } }));

/** The request's filters: an area, and a year the promises run some day of. */
export interface PublicCitizenPromiseFilters {
  area_id: string | null;
  year: number | null;
}

export const usePublicCitizenPromises = (f: PublicCitizenPromiseFilters) =>
  useFilteredList('public-citizen-promises', listPublicCitizenPromises, f);
