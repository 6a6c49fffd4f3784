import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Initiative } from '@/api/types';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from '@/lib/initiatives';
import { todayIso } from '@/lib/format';
import { entityName, namesOf } from '@/lib/names';
import { searchAreas, searchOrganizations } from '@/lib/options';
import { EntityLink } from '@/components/EntityLink';
import { InitiativeStatusBadge, MetBadge, MissingFinalReportBadge } from '@/components/initiatives/MetBadge';
import { ProgressMeter } from '@/components/initiatives/ProgressMeter';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SearchForm, SelectFilter } from '@/components/list/SearchForm';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { useInitiatives, usePrefillArea, usePrefillOrganization } from '../api/initiatives';
import { parseInitiativeFilters } from '../lib/filters';

/**
 * `/initiatives`, "Insatser": joint actions, citizen promises and preventive measures, by area,
 * priority area, status, kind and organization (lead or partner), each with its progress, whether
 * its target is met, and "Slutrapport saknas" when its period ended without a final report.
 */
export function InitiativesPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseInitiativeFilters);
  const list = useInitiatives(filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const today = todayIso();
  // The chosen area's and organization's names: from the listed initiatives' `names`; when none of
  // them names it (an empty list), from the resource itself, as a form prefilled from its URL does.
  const knownArea = filters.area_id ? items.map((i) => entityName(filters.area_id, namesOf(i))).find(Boolean) : undefined;
  const knownOrganization = filters.organization_id ? items.map((i) => entityName(filters.organization_id, namesOf(i))).find(Boolean) : undefined;
  const area = usePrefillArea(filters.area_id && !knownArea && !list.isPending ? filters.area_id : null);
  const organization = usePrefillOrganization(filters.organization_id && !knownOrganization && !list.isPending ? filters.organization_id : null);
  // The label of an option chosen here stays (an area's names the kind too: "Järva (Stadsdelsområde)").
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const areaName = (filters.area_id && chosen[filters.area_id]) || knownArea || area.data?.name;
  const organizationName = (filters.organization_id && chosen[filters.organization_id]) || knownOrganization || organization.data?.name;
  const remember = (id: string, label?: string) => label && setChosen((c) => ({ ...c, [id]: label }));

  const columns: Column<Initiative>[] = [
    { id: 'title', header: t('initiatives.fields.title'), rowHeader: true, cell: (i) => <Link to={`/initiatives/${i.id}`}>{i.title}</Link> },
    { id: 'kind', header: t('initiatives.fields.kind'), cell: (i) => t(`initiatives.kinds.${i.kind}`) },
    { id: 'council', header: t('initiatives.fields.council'), cell: (i) => <EntityLink kind="council" id={i.council_id} names={namesOf(i)} /> },
    {
      id: 'status',
      header: t('initiatives.fields.status'),
      cell: (i) => (
        <span className="badge-row">
          <InitiativeStatusBadge status={i.status} />
          {i.progress.missing_final_report && <MissingFinalReportBadge />}
        </span>
      ),
    },
    {
      id: 'progress',
      header: t('initiatives.fields.progress'),
      cell: (i) => <ProgressMeter percent={i.progress.percent} rolledUp={i.progress.rolled_up} label={t('initiatives.progress.labelFor', { title: i.title })} />,
    },
    { id: 'met', header: t('initiatives.fields.met'), cell: (i) => <MetBadge met={i.progress.met} /> },
  ];

  return (
    <ListPage
      title={t('initiatives.title')}
      list={list}
      create={{ to: '/initiatives/new', label: t('initiatives.new') }}
      filters={
        <>
          <EntityCombobox
            id="initiatives-area"
            label={t('initiatives.filters.area')}
            hint={t('initiatives.filters.areaHint')}
            value={filters.area_id ?? ''}
            valueLabel={areaName}
            onChange={(id, option) => {
              remember(id, option?.label);
              update({ area: id || null });
            }}
            search={(q) => searchAreas(q, today, (a) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`)}
            cacheKey={`areas-${today}`}
          />
          <SearchForm label={t('initiatives.filters.priorityArea')} value={filters.priority_area} onSearch={(priority) => update({ priority })} />
          <SelectFilter
            label={t('initiatives.filters.status')}
            value={filters.status}
            options={INITIATIVE_STATUSES}
            allLabel={t('initiatives.filters.allStatuses')}
            optionLabel={(s) => t(`initiatives.statuses.${s}`)}
            onChange={(status) => update({ status })}
          />
          <SelectFilter
            label={t('initiatives.filters.kind')}
            value={filters.kind}
            options={INITIATIVE_KINDS}
            allLabel={t('initiatives.filters.allKinds')}
            optionLabel={(k) => t(`initiatives.kinds.${k}`)}
            onChange={(kind) => update({ kind })}
          />
          <EntityCombobox
            id="initiatives-organization"
            label={t('initiatives.filters.organization')}
            hint={t('initiatives.filters.organizationHint')}
            value={filters.organization_id ?? ''}
            valueLabel={organizationName}
            onChange={(id, option) => {
              remember(id, option?.label);
              update({ organization: id || null });
            }}
            search={searchOrganizations}
            cacheKey="organizations"
          />
        </>
      }
    >
      {(rows) => <DataTable caption={t('initiatives.caption')} columns={columns} rows={rows} rowKey={(i) => i.id} stacked />}
    </ListPage>
  );
}

