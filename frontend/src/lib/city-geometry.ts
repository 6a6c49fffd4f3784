/**
 * The city's own neighbourhoods with their boundaries, for the maps (the coverage map, the
 * contact-route directory's point picker): fetched once per session and shared by both.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Area } from '@/api/types';
import { listAreas } from './resources';

/** Every page of an area query: for the map, which must draw all of the city's neighbourhoods. */
async function allAreas(query: Parameters<typeof listAreas>[0]): Promise<Area[]> {
  const items: Area[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await listAreas({ ...query, limit: 200, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return items;
}

export interface CityGeometry {
  /** The municipality's name ("Stockholms stad"), when there is exactly one. */
  municipality: string | null;
  /** The municipality's neighbourhoods with their boundaries. */
  neighbourhoods: Area[];
}

/**
 * The city's own neighbourhoods with their boundaries (~230 kB, fetched once per session): those whose
 * district belongs to the municipality, so the map zooms to the city and not to every area in the
 * database. With no single municipality, every neighbourhood.
 */
export const cityGeometryQuery = () =>
  queryOptions({
    queryKey: ['areas', 'city-geometry'],
    queryFn: async (): Promise<CityGeometry> => {
      const [municipalities, neighbourhoods] = await Promise.all([
        listAreas({ kind: 'municipality', limit: 2 }),
        allAreas({ kind: 'neighbourhood', include_geometry: true }),
      ]);
      if (municipalities.items.length !== 1) return { municipality: null, neighbourhoods };
      const city = municipalities.items[0];
      const districts = new Set((await allAreas({ kind: 'district', parent_id: city.id })).map((d) => d.id));
      return { municipality: city.name, neighbourhoods: neighbourhoods.filter((n) => n.parent_id && districts.has(n.parent_id)) };
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });

export const useCityGeometry = () => useQuery(cityGeometryQuery());
