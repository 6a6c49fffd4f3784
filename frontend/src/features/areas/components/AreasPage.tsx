import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { Area, AreaKind } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { EntityLink, EntityLinks } from '@/components/EntityLink';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { SearchForm } from '@/components/list/SearchForm';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { AREA_KINDS, useAreas, type AreaFilters } from '../api/areas';
import { ValidAtFilter } from './ValidAtFilter';

function parseFilters(p: URLSearchParams): AreaFilters {
  // valid_at: absent = today; "all" = no filter (historical too).
  const valid = p.get('valid_at');
  return {
    kind: oneOf(p.get('kind'), AREA_KINDS) ?? 'district',
    validAt: valid === 'all' ? null : (valid ?? todayIso()),
    q: p.get('q') ?? '',
  };
}

export function AreasPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseFilters);
  useDocumentTitle(t('areas.title'));

  return (
    <>
      <h1>{t('areas.title')}</h1>
      <div className="filters">
        <ValidAtFilter validAt={filters.validAt} onChange={(v) => update({ valid_at: v ?? 'all' })} />
        <SearchForm label={t('areas.searchLabel')} value={filters.q} onSearch={(q) => update({ q })} />
      </div>
      <Tabs selectedKey={filters.kind} onSelectionChange={(key: Key) => update({ kind: String(key) })} className="tabs">
        <TabList aria-label={t('areas.kindFilter')} className="tab-list">
          {AREA_KINDS.map((k) => (
            <Tab key={k} id={k} className="tab">
              {t(`areas.kinds.${k}`)}
            </Tab>
          ))}
        </TabList>
        {AREA_KINDS.map((k) => (
          <TabPanel key={k} id={k} className="tab-panel">
            {k === filters.kind && <AreaTable filters={filters} />}
          </TabPanel>
        ))}
      </Tabs>
    </>
  );
}

function AreaTable({ filters }: { filters: AreaFilters }) {
  const { t, i18n } = useTranslation();
  const areas = useAreas(filters);
  const lang = i18n.language;
  const columns: Column<Area>[] = [
    { id: 'name', header: t('areas.table.name'), rowHeader: true, cell: (a) => <Link to={`/areas/${a.id}`}>{a.name}</Link> },
    { id: 'code', header: t('areas.table.code'), cell: (a) => a.code ?? t('common.none') },
    { id: 'parent', header: t('areas.table.parent'), cell: (a) => <EntityLink kind="area" id={a.parent_id} names={namesOf(a)} /> },
    { id: 'from', header: t('areas.table.validFrom'), cell: (a) => formatDate(a.valid_from, lang) || t('common.none') },
    { id: 'to', header: t('areas.table.validTo'), cell: (a) => formatDate(a.valid_to, lang) || t('common.none') },
    { id: 'pred', header: t('areas.table.predecessors'), cell: (a) => <EntityLinks kind="area" ids={a.predecessor_ids} names={namesOf(a)} /> },
    { id: 'succ', header: t('areas.table.successors'), cell: (a) => <EntityLinks kind="area" ids={a.successor_ids} names={namesOf(a)} /> },
  ];
  return (
    <ListView list={areas}>
      {(items) => (
        <DataTable
          caption={t('areas.table.caption', { kind: t(`areas.kinds.${filters.kind satisfies AreaKind}`) })}
          columns={columns}
          rows={items}
          rowKey={(a) => a.id}
        />
      )}
    </ListView>
  );
}
