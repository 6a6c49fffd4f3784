import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactRoute } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { entityName, namesOf } from '@/lib/names';
import { searchAreas, searchOrganizations } from '@/lib/options';
import { useAuth } from '@/lib/auth-context';
import { mayManageApiKeys, useCan } from '@/lib/permissions';
import { EntityLink } from '@/components/EntityLink';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SelectFilter } from '@/components/list/SearchForm';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import {
  FROM_AUDIENCES,
  ROUTE_AUDIENCES,
  useContactRoutes,
  usePrefillArea,
  usePrefillOrganization,
  useStaleRoutes,
} from '../api/contactRoutes';
import { parseRouteFilters } from '../lib/filters';
import { OpenNowBadge, StaleBadge } from './RouteParts';
import { topicLabel, useTopicName, useTopicOptions } from '@/lib/topics';
import './contact-routes.css';

const STALE_OPTIONS = ['true', 'false'] as const;

/**
 * `/kontaktvagar`: every contact route, by topic, organisation, area, audience and who asks, and
 * whether it is stale. `?stale=true` is "Inaktuella kontaktvägar" (the stale-route report); those
 * who may change routes are reminded of stale ones on the whole list.
 */
export function ContactRoutesPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { filters, update } = useUrlFilters(parseRouteFilters);
  const list = useContactRoutes(filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const mayChange = can('create', list.data?.pages[0]);
  const staleOnly = filters.stale === true;
  const stale = useStaleRoutes(mayChange && !staleOnly);
  const staleCount = stale.data?.items.length ?? 0;
  const apiKeys = mayManageApiKeys(useAuth().user?.role);
  const topics = useTopicOptions();
  const topicList = topics.data?.pages.flatMap((p) => p.items) ?? [];
  const topicName = useTopicName();
  const today = todayIso();
  const areaLabel = (a: { name: string; kind: string }) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`;

  // The chosen area's and organization's names: from the listed routes' `names`, else from the resource.
  const knownArea = filters.area_id ? items.map((r) => entityName(filters.area_id, namesOf(r))).find(Boolean) : undefined;
  const knownOrganization = filters.organization_id ? items.map((r) => entityName(filters.organization_id, namesOf(r))).find(Boolean) : undefined;
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const area = usePrefillArea(filters.area_id && !chosen[filters.area_id] && !list.isPending ? filters.area_id : null);
  const organization = usePrefillOrganization(filters.organization_id && !knownOrganization && !list.isPending ? filters.organization_id : null);
  const areaName = (filters.area_id && chosen[filters.area_id]) || (area.data ? areaLabel(area.data) : knownArea);
  const organizationName = (filters.organization_id && chosen[filters.organization_id]) || knownOrganization || organization.data?.name;
  const remember = (id: string, label?: string) => label && setChosen((c) => ({ ...c, [id]: label }));

  const columns: Column<ContactRoute>[] = [
    { id: 'function', header: t('contactRoutes.fields.function'), rowHeader: true, cell: (r) => <Link to={`/kontaktvagar/${r.id}`}>{r.function}</Link> },
    { id: 'topic', header: t('contactRoutes.fields.topic'), cell: (r) => topicName(r.topic_id, r.names) },
    { id: 'organization', header: t('contactRoutes.fields.organization'), cell: (r) => <EntityLink kind="organization" id={r.organization_id} names={namesOf(r)} /> },
    { id: 'from', header: t('contactRoutes.fields.from'), cell: (r) => t(`contactRoutes.fromAudiences.${r.from_audience}`) },
    {
      id: 'areas',
      header: t('contactRoutes.fields.areas'),
      cell: (r) => (r.area_ids.length === 0 ? t('contactRoutes.everywhere') : r.area_ids.map((id) => r.names[id] ?? t('common.nameMissing')).join(', ')),
    },
    { id: 'audience', header: t('contactRoutes.fields.audience'), cell: (r) => t(`contactRoutes.audiences.${r.audience}`) },
    {
      id: 'status',
      header: t('contactRoutes.fields.status'),
      cell: (r) => (
        <span className="badge-row">
          <OpenNowBadge openNow={r.open_now} />
          {r.stale ? <StaleBadge lastVerifiedAt={r.last_verified_at} /> : <span className="muted nowrap">{t('contactRoutes.verifiedOn', { date: formatDate(r.last_verified_at) })}</span>}
        </span>
      ),
    },
  ];

  return (
    <ListPage
      title={staleOnly ? t('contactRoutes.staleTitle') : t('contactRoutes.title')}
      list={list}
      create={{ to: '/kontaktvagar/ny', label: t('contactRoutes.new') }}
      actions={
        <>
          <Link to="/kontaktvagar/sok" className="button">
            {t('contactRoutes.lookup.short')}
          </Link>
          <Link to="/amnen" className="button">
            {t('topics.title')}
          </Link>
          {apiKeys && (
            <Link to="/api-nycklar" className="button">
              {t('apiKeys.title')}
            </Link>
          )}
        </>
      }
      beforeList={
        <>
          {staleOnly && <p>{t('contactRoutes.staleIntro')}</p>}
          {!staleOnly && staleCount > 0 && (
            <div className="alert alert-warning" role="note">
              <p>
                <strong>
                  {stale.data?.next_cursor ? t('contactRoutes.staleReminderMany', { count: staleCount }) : t('contactRoutes.staleReminder', { count: staleCount })}
                </strong>{' '}
                {t('contactRoutes.staleReminderText')}
              </p>
              <p>
                <Link to="/kontaktvagar?stale=true">{t('contactRoutes.showStale')}</Link>
              </p>
            </div>
          )}
        </>
      }
      filters={
        <>
          <SelectFilter
            label={t('contactRoutes.fields.topic')}
            value={filters.topic_id}
            options={topicList.map((tp) => tp.id)}
            allLabel={t('contactRoutes.filters.allTopics')}
            optionLabel={(id) => {
              const tp = topicList.find((x) => x.id === id);
              return tp ? topicLabel(tp, i18n.language) : id;
            }}
            onChange={(topic) => update({ topic })}
          />
          <EntityCombobox
            id="routes-organization"
            label={t('contactRoutes.fields.organization')}
            value={filters.organization_id ?? ''}
            valueLabel={organizationName}
            onChange={(id, option) => {
              remember(id, option?.label);
              update({ organization: id || null });
            }}
            search={searchOrganizations}
            cacheKey="organizations"
          />
          <EntityCombobox
            id="routes-area"
            label={t('contactRoutes.filters.area')}
            hint={t('contactRoutes.filters.areaHint')}
            value={filters.area_id ?? ''}
            valueLabel={areaName}
            onChange={(id, option) => {
              remember(id, option?.label);
              update({ area: id || null });
            }}
            search={(q) => searchAreas(q, today, areaLabel)}
            cacheKey={`areas-${today}`}
          />
          <SelectFilter
            label={t('contactRoutes.fields.from')}
            value={filters.from_audience}
            options={FROM_AUDIENCES}
            allLabel={t('contactRoutes.filters.allFrom')}
            optionLabel={(f) => t(`contactRoutes.fromAudiences.${f}`)}
            onChange={(from) => update({ from })}
          />
          <SelectFilter
            label={t('contactRoutes.fields.audience')}
            value={filters.audience}
            options={ROUTE_AUDIENCES}
            allLabel={t('contactRoutes.filters.allAudiences')}
            optionLabel={(a) => t(`contactRoutes.audiences.${a}`)}
            onChange={(audience) => update({ audience })}
          />
          <SelectFilter
            label={t('contactRoutes.filters.stale')}
            value={filters.stale === null ? null : filters.stale ? 'true' : 'false'}
            options={STALE_OPTIONS}
            allLabel={t('contactRoutes.filters.staleAll')}
            optionLabel={(v) => t(`contactRoutes.filters.stale_${v}`)}
            onChange={(stale) => update({ stale })}
          />
        </>
      }
    >
      {(rows) => <DataTable caption={staleOnly ? t('contactRoutes.staleTitle') : t('contactRoutes.title')} columns={columns} rows={rows} rowKey={(r) => r.id} stacked />}
    </ListPage>
  );
}
