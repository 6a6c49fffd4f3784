import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Council, Organization } from '@/api/types';
import { useAllOrganizations } from '@/features/organizations/api/organizations';
import { usePerson } from '@/features/people/api/people';
import { useAllCouncils } from '../api/councils';

export function useOrganizationLookup(): Map<string, Organization> {
  const orgs = useAllOrganizations();
  return useMemo(() => new Map((orgs.data ?? []).map((o) => [o.id, o])), [orgs.data]);
}

export function useCouncilLookup(): Map<string, Council> {
  const councils = useAllCouncils();
  return useMemo(() => new Map((councils.data ?? []).map((c) => [c.id, c])), [councils.data]);
}

export function OrganizationLink({ id, lookup }: { id: string | null | undefined; lookup: Map<string, Organization> }) {
  const { t } = useTranslation();
  if (!id) return <>{t('common.none')}</>;
  return <Link to={`/organizations/${id}`}>{lookup.get(id)?.name ?? id.slice(0, 8)}</Link>;
}

export function CouncilLink({ id, lookup }: { id: string | null | undefined; lookup: Map<string, Council> }) {
  const { t } = useTranslation();
  if (!id) return <>{t('common.none')}</>;
  return <Link to={`/councils/${id}`}>{lookup.get(id)?.name ?? id.slice(0, 8)}</Link>;
}

/** A link to a person, loading the name on demand (cached per person). */
export function PersonLink({ id, name }: { id: string; name?: string }) {
  const person = usePerson(name ? '' : id);
  return <Link to={`/people/${id}`}>{name ?? person.data?.name ?? id.slice(0, 8)}</Link>;
}
