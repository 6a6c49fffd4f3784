import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '@/api/types';
import { namesOf } from '@/lib/names';
import { EntityLink } from '@/components/EntityLink';
import type { Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SearchForm } from '@/components/list/SearchForm';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { usePeople, type PeopleFilters } from '../api/people';

const parseFilters = (p: URLSearchParams): PeopleFilters => ({ q: p.get('q') ?? '' });

export function PeoplePage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseFilters);
  const columns: Column<Person>[] = [
    { id: 'name', header: t('people.fields.name'), rowHeader: true, cell: (p) => <Link to={`/people/${p.id}`}>{p.name}</Link> },
    { id: 'title', header: t('people.fields.title'), cell: (p) => p.title || t('common.none') },
    { id: 'org', header: t('people.fields.organization'), cell: (p) => <EntityLink kind="organization" id={p.organization_id} names={namesOf(p)} /> },
  ];
  return (
    <ListPage
      title={t('people.title')}
      list={usePeople(filters)}
      create={{ to: '/people/new', label: t('people.new') }}
      columns={columns}
      filters={<SearchForm label={t('people.searchLabel')} value={filters.q} onSearch={(q) => update({ q })} />}
    />
  );
}
