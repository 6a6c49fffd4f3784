import { useTranslation } from 'react-i18next';
import type { OpeningHours } from '@/api/types';
import { formatDate } from '@/lib/format';
import { DataTable, type Column } from '@/components/list/DataTable';
import { intervalText, sortedExceptions, weeklyTable, type OpeningException } from '../lib/opening-hours';

/**
 * A route's opening hours to read: the week as a table (a row per day, Monday first; "Stängt" for a
 * day without hours) and the dated exceptions (closed all day, or other hours) with their notes.
 */
export function OpeningHoursView({ hours }: { hours: OpeningHours | null | undefined }) {
  const { t } = useTranslation();
  if (!hours || ((hours.weekly?.length ?? 0) === 0 && (hours.exceptions?.length ?? 0) === 0)) {
    return <p>{t('contactRoutes.hours.none')}</p>;
  }
  const week = weeklyTable(hours);
  const exceptions = sortedExceptions(hours);
  const exceptionColumns: Column<OpeningException>[] = [
    { id: 'date', header: t('contactRoutes.hours.date'), rowHeader: true, cell: (e) => <time dateTime={e.date}>{formatDate(e.date)}</time> },
    {
      id: 'hours',
      header: t('contactRoutes.hours.open'),
      cell: (e) => (e.opens && e.closes ? intervalText({ opens: e.opens, closes: e.closes }) : t('contactRoutes.hours.closedAllDay')),
    },
    { id: 'note', header: t('contactRoutes.hours.note'), cell: (e) => e.note ?? t('common.none') },
  ];
  return (
    <>
      {(hours.weekly?.length ?? 0) > 0 ? (
        <div className="table-wrap">
          <table className="hours-table">
            <caption>{t('contactRoutes.hours.weekCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contactRoutes.hours.day')}</th>
                <th scope="col">{t('contactRoutes.hours.open')}</th>
              </tr>
            </thead>
            <tbody>
              {week.map((row) => (
                <tr key={row.day} className={row.intervals.length === 0 ? 'hours-closed' : undefined}>
                  <th scope="row">{t(`contactRoutes.weekdays.${row.day}`)}</th>
                  <td>{row.intervals.length === 0 ? t('contactRoutes.hours.closed') : row.intervals.map(intervalText).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('contactRoutes.hours.noWeekly')}</p>
      )}
      {exceptions.length > 0 && (
        <DataTable caption={t('contactRoutes.hours.exceptionsCaption')} showCaption columns={exceptionColumns} rows={exceptions} rowKey={(e) => e.date + (e.opens ?? '')} stacked />
      )}
      <p className="hint">{t('contactRoutes.hours.timeZone')}</p>
    </>
  );
}
