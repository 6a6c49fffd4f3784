import type { InitiativeKind, InitiativeStatus } from '@/api/types';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from '@/lib/initiatives';
import { oneOf } from '@/components/list/useUrlFilters';
import type { InitiativeFilters } from '../api/initiatives';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (v: string | null) => (v && UUID.test(v) ? v : null);

/** The list's filters from the URL (`?area=…&priority=…&status=…&kind=…&organization=…`); invalid values are ignored. */
export function parseInitiativeFilters(p: URLSearchParams): InitiativeFilters {
  return {
    area_id: uuidOrNull(p.get('area')),
    priority_area: (p.get('priority') ?? '').trim(),
    status: oneOf<InitiativeStatus>(p.get('status'), INITIATIVE_STATUSES),
    kind: oneOf<InitiativeKind>(p.get('kind'), INITIATIVE_KINDS),
    organization_id: uuidOrNull(p.get('organization')),
  };
}

/** `?parent_id=…` of a create form opened from an initiative's page ("Ny delinsats"). */
export function prefillParent(p: URLSearchParams): string | null {
  return uuidOrNull(p.get('parent_id'));
}
