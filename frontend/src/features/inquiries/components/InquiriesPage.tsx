import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/lib/auth-context';
import { todayIso } from '@/lib/format';
import { formatShortInstant, INQUIRY_SOURCES, INQUIRY_STATUSES } from '@/lib/inquiry-time';
import { entityName, namesOf } from '@/lib/names';
import { searchAreas, searchOrganizations, searchPeople } from '@/lib/options';
import { areaQuery, organizationQuery, personQuery } from '@/lib/resources';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SelectFilter } from '@/components/list/SearchForm';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { topicLabel, useTopicName, useTopicOptions } from '@/lib/topics';
import { useInquiries, type Inquiry } from '../api/inquiries';
import { parseInquiryFilters } from '../lib/filters';
import { BreachedBadge, InquiryClock, InquiryStatusBadge } from './InquiryBadges';
import './inquiries.css';

const YES_NO = ['true', 'false'] as const;

/**
 * `/arenden`, "Ärenden": the inquiries the caller may read (all for coordinators and admins; else
 * those their organisation handles and those they filed), newest first, by status, open or not,
 * topic, area, organisation, assignee, breached and source; each with its clock against the target.
 */
export function InquiriesPage() {
  const { t, i18n } = useTranslation();
  const { filters, update } = useUrlFilters(parseInquiryFilters);
  const list = useInquiries(filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const me = useAuth().user;
  const today = todayIso();
  const [now] = useState(() => Date.now());
  const topics = useTopicOptions();
  const topicOf = useTopicName();
  const topicId = useId();
  // The chosen area's, organisation's and assignee's names: from the listed inquiries' `names`; when
  // none of them names it (an empty list), from the resource itself.
  const known = (id: string | null | undefined) => (id ? items.map((i) => entityName(id, namesOf(i))).find(Boolean) : undefined);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const remember = (id: string, label?: string) => label && setChosen((c) => ({ ...c, [id]: label }));
  const nameOf = (id: string | null | undefined, fetched?: string) => (id ? chosen[id] || known(id) || fetched : undefined);
  const area = useQuery({ ...areaQuery(filters.area_id ?? ''), enabled: !!filters.area_id && !known(filters.area_id) && !list.isPending });
  const organization = useQuery({
    ...organizationQuery(filters.organization_id ?? ''),
    enabled: !!filters.organization_id && !known(filters.organization_id) && !list.isPending,
  });
  const assignee = useQuery({
    ...personQuery(filters.assignee_person_id ?? ''),
    enabled: !!filters.assignee_person_id && !known(filters.assignee_person_id) && !list.isPending,
  });

  const columns: Column<Inquiry>[] = [
    {
      id: 'reference',
      header: t('inquiries.fields.reference'),
      rowHeader: true,
      cell: (i) => (
        <Link to={`/arenden/${i.id}`} className="inquiry-reference">
          {i.reference}
        </Link>
      ),
    },
    { id: 'topic', header: t('inquiries.fields.topic'), cell: (i) => topicOf(i.topic_id, namesOf(i)) },
    { id: 'area', header: t('inquiries.fields.area'), cell: (i) => (i.area_id ? (entityName(i.area_id, namesOf(i)) ?? t('common.nameMissing')) : t('common.none')) },
    { id: 'status', header: t('inquiries.fields.status'), cell: (i) => <InquiryStatusBadge status={i.status} /> },
    { id: 'received', header: t('inquiries.fields.received'), cell: (i) => <time dateTime={i.received_at}>{formatShortInstant(i.received_at, i18n.language, now)}</time> },
    { id: 'clock', header: t('inquiries.fields.clock'), cell: (i) => <InquiryClock inquiry={i} now={now} /> },
    { id: 'breached', header: t('inquiries.fields.breached'), cell: (i) => (i.breached ? <BreachedBadge breached /> : t('common.no')) },
    { id: 'supporters', header: t('inquiries.fields.supporters'), label: t('inquiries.fields.supportersShort'), cell: (i) => i.supporters },
  ];

  return (
    <ListPage
      title={t('inquiries.title')}
      list={list}
      create={{ to: '/arenden/nytt', label: t('inquiries.new') }}
      filters={
        <>
          <p className="filters-intro">{t('inquiries.intro')}</p>
          <SelectFilter
            label={t('inquiries.filters.open')}
            value={filters.open === null || filters.open === undefined ? null : String(filters.open) as 'true' | 'false'}
            options={YES_NO}
            allLabel={t('inquiries.filters.openAll')}
            optionLabel={(v) => t(v === 'true' ? 'inquiries.filters.openOnly' : 'inquiries.filters.closedOnly')}
            onChange={(open) => update({ open })}
          />
          <SelectFilter
            label={t('inquiries.filters.status')}
            value={filters.status ?? null}
            options={INQUIRY_STATUSES}
            allLabel={t('inquiries.filters.allStatuses')}
            optionLabel={(s) => t(`inquiries.statuses.${s}`)}
            onChange={(status) => update({ status })}
          />
          <div className="field">
            <label htmlFor={topicId}>{t('inquiries.filters.topic')}</label>
            <select id={topicId} value={filters.topic_id ?? ''} onChange={(e) => update({ topic: e.target.value || null })}>
              <option value="">{t('inquiries.filters.allTopics')}</option>
              {(topics.data?.pages.flatMap((p) => p.items) ?? []).map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {topicLabel(tp, i18n.language)}
                </option>
              ))}
            </select>
          </div>
          <EntityCombobox
            id="inquiries-area"
            label={t('inquiries.filters.area')}
            value={filters.area_id ?? ''}
            valueLabel={nameOf(filters.area_id, area.data?.name)}
            onChange={(id, option) => {
              remember(id, option?.label);
              update({ area: id || null });
            }}
            search={(q) => searchAreas(q, today, (a) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`)}
            cacheKey={`areas-${today}`}
          />
          <EntityCombobox
            id="inquiries-organization"
            label={t('inquiries.filters.organization')}
            value={filters.organization_id ?? ''}
            valueLabel={nameOf(filters.organization_id, organization.data?.name)}
            onChange={(id, option) => {
              remember(id, option?.label);
              update({ organization: id || null });
            }}
            search={searchOrganizations}
            cacheKey="organizations"
          />
          <EntityCombobox
            id="inquiries-assignee"
            label={t('inquiries.filters.assignee')}
            value={filters.assignee_person_id ?? ''}
            valueLabel={nameOf(filters.assignee_person_id, assignee.data?.name)}
            onChange={(id, option) => {
              remember(id, option?.label);
              update({ assignee: id || null });
            }}
            search={searchPeople}
            cacheKey="people"
          />
          <SelectFilter
            label={t('inquiries.filters.breached')}
            value={filters.breached === null || filters.breached === undefined ? null : String(filters.breached) as 'true' | 'false'}
            options={YES_NO}
            allLabel={t('inquiries.filters.breachedAll')}
            optionLabel={(v) => t(v === 'true' ? 'inquiries.filters.breachedOnly' : 'inquiries.filters.notBreached')}
            onChange={(breached) => update({ breached })}
          />
          <SelectFilter
            label={t('inquiries.filters.source')}
            value={filters.source ?? null}
            options={INQUIRY_SOURCES}
            allLabel={t('inquiries.filters.allSources')}
            optionLabel={(s) => t(`inquiries.sources.${s}`)}
            onChange={(source) => update({ source })}
          />
          {me?.person_id && filters.assignee_person_id !== me.person_id && (
            <p className="filters-intro">
              <Link to={`/arenden?open=true&assignee=${me.person_id}`}>{t('inquiries.filters.mine')}</Link>
            </p>
          )}
        </>
      }
    >
      {(rows) => <DataTable caption={t('inquiries.caption')} columns={columns} rows={rows} rowKey={(i) => i.id} stacked />}
    </ListPage>
  );
}
