/**
 * The one place that resolves a referenced resource's display name.
 *
 * Every resource and report the API returns carries `names: {[id]: name}` for everything it refers
 * to (parents, areas, organizations, people, seats, councils, who decided a mandate). A page passes
 * the `names` of the resource that holds the reference (`namesOf(resource)`, `report.names`) and no
 * request is made. There is no per-id fallback: an id no `names` carries shows "…" (loading) rather
 * than costing a request. The one place ids arrive without names, a create form prefilled from its
 * URL (`/councils/new?area_id=…`), resolves them itself (councils' `usePrefillNames`).
 */
export type EntityKind = 'area' | 'organization' | 'council' | 'person' | 'agreement' | 'meeting' | 'initiative';
export type Names = Readonly<Record<string, string>>;

/** The `names` map of a resource or report. */
export function namesOf(resource: { names?: Names } | null | undefined): Names | undefined {
  return resource?.names;
}

export const ENTITY_PATHS: Record<EntityKind, string> = {
  area: '/areas',
  organization: '/organizations',
  council: '/councils',
  person: '/people',
  agreement: '/agreements',
  meeting: '/meetings',
  initiative: '/initiatives',
};

/** The display name of a referenced resource: `known` (a name the page has), else from `names`. */
export function entityName(id: string | null | undefined, names?: Names, known?: string): string | undefined {
  return known ?? (id ? names?.[id] : undefined);
}
