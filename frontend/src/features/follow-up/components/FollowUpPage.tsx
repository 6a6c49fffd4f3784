import { useCallback, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/format';
import { searchAreas } from '@/lib/options';
import { areaQuery } from '@/lib/resources';
import { parseYear, thisYear, yearChoices } from '@/lib/years';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFollowUp } from '../api/follow-up';
import { FollowUpReportView } from './FollowUpReportView';
import './follow-up.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FollowUpFilters {
  area: string | null;
  year: number;
}

/** `?area_id=…&year=…`; no year (or an invalid one) is this year. */
export const parseFollowUpFilters = (p: URLSearchParams): FollowUpFilters => {
  const area = p.get('area_id');
  return { area: area && UUID.test(area) ? area : null, year: parseYear(p.get('year')) ?? thisYear() };
};

/**
 * `/follow-up?area_id=…&year=…`: the yearly follow-up of an area. How each indicator moved (a chart
 * with its table, the change in words, the targets set on it), the initiatives and how far they have
 * come, the year's citizen promises kept or not, and the situation pictures of the period. As CSV
 * ("Ladda ner CSV") and on paper ("Skriv ut": `follow-up.css` lays it out as a report).
 */
export function FollowUpPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseFollowUpFilters);
  const [today] = useState(todayIso);
  const yearId = useId();
  const report = useFollowUp(filters.area, filters.year);
  const title = report.data ? t('followUp.reportTitle', { area: report.data.area_name, year: report.data.year }) : t('followUp.title');
  useDocumentTitle(title);
  const areaLabel = useCallback((a: { name: string; kind: string }) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`, [t]);
  // The chosen area as the picker labels its options ("Järva (Stadsdelsområde)"): the report has its
  // name but not its kind, and a label that differs from the option chosen would reopen the list.
  const area = useQuery({ ...areaQuery(filters.area ?? ''), enabled: !!filters.area });

  return (
    <>
      <h1>{title}</h1>
      <p className="no-print">{t('followUp.intro')}</p>
      <div className="filters no-print">
        <EntityCombobox
          id="follow-up-area"
          label={t('followUp.area')}
          hint={t('followUp.areaHint')}
          value={filters.area ?? ''}
          valueLabel={area.data ? areaLabel(area.data) : undefined}
          onChange={(id) => update({ area_id: id || null })}
          search={(q) => searchAreas(q, today, areaLabel)}
          cacheKey={`areas-${today}`}
        />
        <div className="field">
          <label htmlFor={yearId}>{t('followUp.year')}</label>
          <select id={yearId} value={filters.year} onChange={(e) => update({ year: e.target.value })}>
            {yearChoices(thisYear(), filters.year).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!filters.area ? (
        <p>{t('followUp.chooseArea')}</p>
      ) : report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <FollowUpReportView report={report.data} printedOn={today} />
      )}
    </>
  );
}
