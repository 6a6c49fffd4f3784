import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '@/api/types';
import { namesOf } from '@/lib/names';
import { useCan } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { EntityLink } from '@/components/EntityLink';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { SearchForm } from '@/components/list/SearchForm';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { usePeople } from '../api/people';

const parseFilters = (p: URLSearchParams) => ({ q: p.get('q') ?? '' });

export function PeoplePage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, update } = useUrlFilters(parseFilters);
  const people = usePeople(filters.q);
  useDocumentTitle(t('people.title'));

  const columns: Column<Person>[] = [
    { id: 'name', header: t('people.fields.name'), rowHeader: true, cell: (p) => <Link to={`/people/${p.id}`}>{p.name}</Link> },
    { id: 'title', header: t('people.fields.title'), cell: (p) => p.title || t('common.none') },
    { id: 'org', header: t('people.fields.organization'), cell: (p) => <EntityLink kind="organization" id={p.organization_id} names={namesOf(p)} /> },
  ];

  return (
    <>
      <div className="page-heading">
        <h1>{t('people.title')}</h1>
        {can('create', people.data?.pages[0]) && (
          <Link to="/people/new" className="button button-primary">
            {t('people.new')}
          </Link>
        )}
      </div>
      <div className="filters">
        <SearchForm label={t('people.searchLabel')} value={filters.q} onSearch={(q) => update({ q })} />
      </div>
      <ListView list={people}>
        {(items) => <DataTable caption={t('people.title')} columns={columns} rows={items} rowKey={(p) => p.id} />}
      </ListView>
    </>
  );
}
