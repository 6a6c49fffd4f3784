import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { durationText, monthText, percentText } from '@/lib/inquiry-time';
import { DataTable, type Column } from '@/components/list/DataTable';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { usePublicAccountability, type Accountability, type AccountabilityRow } from '../api/inquiries';
import { accountabilityChoices, accountabilityRows, parseAccountabilityFilters, periodMonths, shownMonth } from '../lib/accountability';
import { PublicQuery } from './PublicQuery';
import './contact.css';

/**
 * `/offentligt/ansvar`: how fast residents' concerns (the public form and Open311) were answered, per
 * month, organisation and topic over the last twelve months: how many, the median time to the first
 * answer, and the share answered within the time promised. Groups smaller than the threshold are
 * shown as such, without figures, so no one can be singled out.
 */
export function PublicAccountabilityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accountability.title'));
  const query = usePublicAccountability(null, null);
  return (
    <>
      <h1>{t('accountability.title')}</h1>
      <p>{t('accountability.intro')}</p>
      <PublicQuery query={query}>{(data) => <AccountabilityView data={data} />}</PublicQuery>
    </>
  );
}

function AccountabilityView({ data }: { data: Accountability }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { filters, update } = useUrlFilters(parseAccountabilityFilters);
  const orgId = useId();
  const topicId = useId();
  const monthId = useId();
  const unassigned = t('accountability.unassigned');
  const choices = accountabilityChoices(data.rows, lang, unassigned);
  const month = shownMonth(filters, data);
  const rows = accountabilityRows(data.rows, filters, month, lang);
  const en = lang.startsWith('en');
  const hidden = t('accountability.suppressedShort');

  const columns: Column<AccountabilityRow>[] = [
    { id: 'month', header: t('accountability.month'), rowHeader: true, cell: (r) => monthText(r.month, lang) },
    { id: 'organization', header: t('accountability.organization'), cell: (r) => r.organization_name ?? unassigned },
    { id: 'topic', header: t('accountability.topic'), cell: (r) => (en ? r.topic_name_en : r.topic_name_sv) },
    {
      id: 'count',
      header: t('accountability.count'),
      cell: (r) =>
        r.suppressed || !r.figures ? <span className="accountability-suppressed">{t('accountability.suppressed', { count: data.threshold })}</span> : r.figures.count,
    },
    {
      id: 'median',
      header: t('accountability.median'),
      cell: (r) =>
        !r.figures
          ? hidden
          : r.figures.median_first_response_seconds == null
            ? t('accountability.noAnswerYet')
            : durationText(r.figures.median_first_response_seconds, t, lang),
    },
    {
      id: 'within',
      header: t('accountability.withinTarget'),
      cell: (r) => (!r.figures ? hidden : (percentText(r.figures.share_within_target, lang) ?? t('accountability.noTarget'))),
    },
  ];

  return (
    <>
      <p>{t('accountability.period', { from: monthText(data.from.slice(0, 7), lang), to: monthText(data.to.slice(0, 7), lang) })}</p>
      <p className="hint">{t('accountability.threshold', { count: data.threshold })}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={monthId}>{t('accountability.month')}</label>
          <select id={monthId} value={month} onChange={(e) => update({ month: e.target.value })}>
            <option value="all">{t('accountability.allMonths')}</option>
            {periodMonths(data).map((m) => (
              <option key={m} value={m}>
                {monthText(m, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={orgId}>{t('accountability.organization')}</label>
          <select id={orgId} value={filters.organization ?? ''} onChange={(e) => update({ organization: e.target.value || null })}>
            <option value="">{t('accountability.allOrganizations')}</option>
            {choices.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={topicId}>{t('accountability.topic')}</label>
          <select id={topicId} value={filters.topic ?? ''} onChange={(e) => update({ topic: e.target.value || null })}>
            <option value="">{t('accountability.allTopics')}</option>
            {choices.topics.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="result-count" aria-live="polite">
        {t('common.showingCount', { count: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p>{t('accountability.empty')}</p>
      ) : (
        <DataTable caption={month === 'all' ? t('accountability.caption') : t('accountability.captionMonth', { month: monthText(month, lang) })} columns={columns} rows={rows} rowKey={(r) => `${r.month}|${r.organization_id ?? ''}|${r.topic_id}`} stacked />
      )}
      <p className="hint">{t('accountability.explain')}</p>
    </>
  );
}
