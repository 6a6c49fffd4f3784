import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Council, CouncilKind, CouncilStatus } from '@/api/types';
import { namesOf } from '@/lib/names';
import { CouncilStatusBadge } from '@/components/ui/CouncilStatusBadge';
import { EntityLink } from '@/components/EntityLink';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SearchForm, SelectFilter } from '@/components/list/SearchForm';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { COUNCIL_KINDS, COUNCIL_STATUSES, useCouncils, type CouncilFilters } from '../api/councils';
import { buildCouncilTree, CouncilTreeList } from './CouncilTree';

export { buildCouncilTree } from './CouncilTree';

const parseFilters = (p: URLSearchParams): CouncilFilters & { view: 'table' | 'tree' } => ({
  q: p.get('q') ?? '',
  kind: oneOf<CouncilKind>(p.get('kind'), COUNCIL_KINDS),
  status: oneOf<CouncilStatus>(p.get('status'), COUNCIL_STATUSES),
  view: p.get('view') === 'tree' ? 'tree' : 'table',
});

export function CouncilsPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseFilters);
  const { view, ...query } = filters;
  return (
    <ListPage
      title={t('councils.title')}
      list={useCouncils(query)}
      create={{ to: '/councils/new', label: t('councils.new') }}
      filters={
        <>
          <SearchForm label={t('councils.searchLabel')} value={filters.q} onSearch={(q) => update({ q })} />
          <SelectFilter
            label={t('councils.kindFilter')}
            value={filters.kind}
            options={COUNCIL_KINDS}
            allLabel={t('councils.allKinds')}
            optionLabel={(k) => t(`councils.kinds.${k}`)}
            onChange={(kind) => update({ kind })}
          />
          <SelectFilter
            label={t('councils.statusFilter')}
            value={filters.status}
            options={COUNCIL_STATUSES}
            allLabel={t('councils.allStatuses')}
            optionLabel={(s) => t(`councils.statuses.${s}`)}
            onChange={(status) => update({ status })}
          />
        </>
      }
      beforeList={
        <div className="view-switch" role="group" aria-label={t('councils.viewLabel')}>
          <button type="button" className="button button-small" aria-pressed={view === 'table'} onClick={() => update({ view: null })}>
            {t('councils.viewTable')}
          </button>
          <button type="button" className="button button-small" aria-pressed={view === 'tree'} onClick={() => update({ view: 'tree' })}>
            {t('councils.viewTree')}
          </button>
        </div>
      }
    >
      {(items) => (view === 'tree' ? <CouncilTreeView items={items} /> : <CouncilTable items={items} />)}
    </ListPage>
  );
}

function CouncilTreeView({ items }: { items: Council[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="council-tree-heading">
      <h2 id="council-tree-heading">{t('councils.treeHeading')}</h2>
      <p className="hint">{t('councils.treeHint')}</p>
      <CouncilTreeList nodes={buildCouncilTree(items)} />
    </section>
  );
}

function CouncilTable({ items }: { items: Council[] }) {
  const { t } = useTranslation();
  // A parent in the loaded list needs no request for its name.
  const byId = new Map(items.map((c) => [c.id, c.name]));
  const columns: Column<Council>[] = [
    { id: 'name', header: t('councils.fields.name'), rowHeader: true, cell: (c) => <Link to={`/councils/${c.id}`}>{c.name}</Link> },
    { id: 'kind', header: t('councils.fields.kind'), cell: (c) => t(`councils.kinds.${c.kind}`) },
    { id: 'status', header: t('councils.fields.status'), cell: (c) => <CouncilStatusBadge status={c.status} /> },
    {
      id: 'parent',
      header: t('councils.fields.parent'),
      cell: (c) => <EntityLink kind="council" id={c.parent_id} names={namesOf(c)} name={c.parent_id ? byId.get(c.parent_id) : undefined} />,
    },
  ];
  return <DataTable caption={t('councils.title')} columns={columns} rows={items} rowKey={(c) => c.id} />;
}
