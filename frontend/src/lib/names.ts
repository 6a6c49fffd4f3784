/**
 * The one place that resolves a referenced resource's display name.
 *
 * The API is adding `names: {[id]: name}` to every resource (the names of everything it refers to).
 * A page passes the resource it shows (`namesOf(resource)`); when the map has the id, no request is
 * made. Until then the name comes from the referenced resource's detail query (cached, shared with
 * its own page, one request per distinct id).
 */
import { useQuery } from '@tanstack/react-query';
import { agreementQuery, areaQuery, councilQuery, organizationQuery, personQuery } from './resources';

export type EntityKind = 'area' | 'organization' | 'council' | 'person' | 'agreement';
export type Names = Readonly<Record<string, string>>;

/** The `names` map of a resource, when the API sends one. */
export function namesOf(resource: unknown): Names | undefined {
  if (resource && typeof resource === 'object' && 'names' in resource) {
    const names = (resource as { names?: unknown }).names;
    if (names && typeof names === 'object') return names as Names;
  }
  return undefined;
}

export const ENTITY_PATHS: Record<EntityKind, string> = {
  area: '/areas',
  organization: '/organizations',
  council: '/councils',
  person: '/people',
  agreement: '/agreements',
};

function detailQuery(kind: EntityKind, id: string) {
  switch (kind) {
    case 'area':
      return areaQuery(id);
    case 'organization':
      return organizationQuery(id);
    case 'council':
      return councilQuery(id);
    case 'person':
      return personQuery(id);
    case 'agreement':
      return agreementQuery(id);
  }
}

/** The display name of a referenced resource; `undefined` while it loads or when it cannot be read. */
export function useEntityName(kind: EntityKind, id: string | null | undefined, names?: Names, known?: string): string | undefined {
  const given = known ?? (id ? names?.[id] : undefined);
  const q = detailQuery(kind, id ?? '');
  const query = useQuery({
    queryKey: q.queryKey as readonly unknown[],
    queryFn: q.queryFn as unknown as () => Promise<{ name: string }>,
    enabled: !!id && given === undefined,
    staleTime: 5 * 60_000,
    select: (r: { name: string }) => r.name,
  });
  return given ?? query.data;
}
