/**
 * Searches for the pickers (EntityCombobox): one API request with `q`, the first page of matches.
 * Never a whole table.
 */
import { listAgreements, listAreas, listCouncils, listOrganizations, listPeople } from './resources';

export interface Option {
  id: string;
  label: string;
}

const LIMIT = 20;
const withQ = (q: string) => (q ? { q } : {});

export async function searchOrganizations(q: string): Promise<Option[]> {
  return (await listOrganizations({ ...withQ(q), limit: LIMIT })).items.map((o) => ({ id: o.id, label: o.name }));
}

export async function searchCouncils(q: string): Promise<Option[]> {
  return (await listCouncils({ ...withQ(q), limit: LIMIT })).items.map((c) => ({ id: c.id, label: c.name }));
}

export async function searchAgreements(q: string): Promise<Option[]> {
  return (await listAgreements({ ...withQ(q), limit: LIMIT })).items.map((a) => ({ id: a.id, label: a.name }));
}

/** People who are not erased, labelled "Name (title)". */
export async function searchPeople(q: string): Promise<Option[]> {
  return (await listPeople({ ...withQ(q), limit: LIMIT })).items
    .filter((p) => !p.erased)
    .map((p) => ({ id: p.id, label: p.title ? `${p.name} (${p.title})` : p.name }));
}

/** Areas valid on `validAt`, labelled by `label` (e.g. "Järva (Stadsdelsområde)"). */
export async function searchAreas(
  q: string,
  validAt: string,
  label: (a: { name: string; kind: string }) => string,
): Promise<Option[]> {
  return (await listAreas({ ...withQ(q), valid_at: validAt, limit: LIMIT })).items.map((a) => ({ id: a.id, label: label(a) }));
}
