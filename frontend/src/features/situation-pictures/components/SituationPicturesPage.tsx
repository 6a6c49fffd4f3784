import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SituationPicture } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { searchAreas } from '@/lib/options';
import { areaQuery } from '@/lib/resources';
import { parseYear, thisYear, yearChoices } from '@/lib/years';
import { EntityLink } from '@/components/EntityLink';
import type { Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SelectFilter } from '@/components/list/SearchForm';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { SITUATION_STATUSES, useSituationPictures, type SituationPictureFilters } from '../api/situation-pictures';
import { SituationStatusBadge } from './SituationParts';
import './situation-pictures.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?area_id=…&status=…&year=…`; invalid values are ignored. */
export const parseSituationFilters = (p: URLSearchParams): SituationPictureFilters => {
  const area = p.get('area_id');
  return { area_id: area && UUID.test(area) ? area : null, status: oneOf(p.get('status'), SITUATION_STATUSES), year: parseYear(p.get('year')) };
};

/** `/situation-pictures`: the situation pictures, by the start of their period, filtered by area, status and year. */
export function SituationPicturesPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseSituationFilters);
  const [today] = useState(todayIso);
  const list = useSituationPictures(filters);
  // The chosen area as the picker labels its options ("Järva (Stadsdelsområde)"), from the area itself:
  // the pictures' `names` have no kind, and a label unlike the option chosen would reopen the list.
  const area = useQuery({ ...areaQuery(filters.area_id ?? ''), enabled: !!filters.area_id });
  const areaLabel = (a: { name: string; kind: string }) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`;
  const columns: Column<SituationPicture>[] = [
    { id: 'title', header: t('situations.table.title'), rowHeader: true, cell: (s) => <Link to={`/situation-pictures/${s.id}`}>{s.title}</Link> },
    { id: 'area', header: t('situations.table.area'), cell: (s) => <EntityLink kind="area" id={s.area_id} names={namesOf(s)} /> },
    {
      id: 'period',
      header: t('situations.table.period'),
      cell: (s) => t('situations.periodRange', { from: formatDate(s.period_start), to: formatDate(s.period_end) }),
    },
    {
      id: 'status',
      header: t('situations.table.status'),
      cell: (s) => (
        <>
          <SituationStatusBadge status={s.status} />
          {s.replaced_by_id && <span className="situation-cell-note">{t('situations.table.replaced')}</span>}
        </>
      ),
    },
    { id: 'council', header: t('situations.table.council'), cell: (s) => <EntityLink kind="council" id={s.council_id} names={namesOf(s)} /> },
  ];
  return (
    <ListPage
      title={t('situations.title')}
      list={list}
      create={{ to: filters.area_id ? `/situation-pictures/new?area_id=${filters.area_id}` : '/situation-pictures/new', label: t('situations.new') }}
      columns={columns}
      caption={t('situations.table.caption')}
      beforeList={<p>{t('situations.intro')}</p>}
      filters={
        <>
          <EntityCombobox
            id="situations-area"
            label={t('situations.filters.area')}
            hint={t('situations.filters.areaHint')}
            value={filters.area_id ?? ''}
            valueLabel={area.data ? areaLabel(area.data) : undefined}
            onChange={(id) => update({ area_id: id || null })}
            search={(q) => searchAreas(q, today, areaLabel)}
            cacheKey={`areas-${today}`}
          />
          <SelectFilter
            label={t('situations.filters.status')}
            value={filters.status ?? null}
            options={SITUATION_STATUSES}
            allLabel={t('situations.filters.allStatuses')}
            optionLabel={(s) => t(`situations.statuses.${s}`)}
            onChange={(status) => update({ status })}
          />
          <SelectFilter
            label={t('situations.filters.year')}
            value={filters.year ? String(filters.year) : null}
            options={yearChoices(thisYear(), filters.year).map(String)}
            allLabel={t('situations.filters.allYears')}
            optionLabel={(y) => y}
            onChange={(year) => update({ year })}
          />
        </>
      }
    />
  );
}
