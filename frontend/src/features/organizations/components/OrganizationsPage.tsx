import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organization } from '@/api/types';
import type { Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SearchForm, SelectFilter } from '@/components/list/SearchForm';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { ORGANIZATION_KINDS, useOrganizations, type OrganizationFilters } from '../api/organizations';

const parseFilters = (p: URLSearchParams): OrganizationFilters => ({
  q: p.get('q') ?? '',
  kind: oneOf(p.get('kind'), ORGANIZATION_KINDS),
});

export function OrganizationsPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseFilters);
  const columns: Column<Organization>[] = [
    { id: 'name', header: t('organizations.table.name'), rowHeader: true, cell: (o) => <Link to={`/organizations/${o.id}`}>{o.name}</Link> },
    { id: 'kind', header: t('organizations.table.kind'), cell: (o) => t(`organizations.kinds.${o.kind}`) },
    { id: 'number', header: t('organizations.table.organizationNumber'), cell: (o) => o.organization_number ?? t('common.none') },
  ];
  return (
    <ListPage
      title={t('organizations.title')}
      list={useOrganizations(filters)}
      create={{ to: '/organizations/new', label: t('organizations.new') }}
      columns={columns}
      caption={t('organizations.table.caption')}
      filters={
        <>
          <SearchForm label={t('organizations.searchLabel')} value={filters.q} onSearch={(q) => update({ q })} />
          <SelectFilter
            label={t('organizations.kindFilter')}
            value={filters.kind}
            options={ORGANIZATION_KINDS}
            allLabel={t('organizations.allKinds')}
            optionLabel={(k) => t(`organizations.kinds.${k}`)}
            onChange={(kind) => update({ kind })}
          />
        </>
      }
    />
  );
}
