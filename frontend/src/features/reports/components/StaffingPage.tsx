import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { StaffingReport } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useAllCouncils } from '@/features/councils/api/councils';
import { useStaffing } from '../api/reports';
import { SeatStaffingTable } from './SeatStaffingTable';

export interface StaffingTotals {
  councils: number;
  seats: number;
  vacantRequired: number;
  mismatched: number;
  endingSoon: number;
}

export function staffingTotals(report: StaffingReport): StaffingTotals {
  return {
    councils: report.councils.length,
    seats: report.councils.reduce((n, c) => n + c.seats.length, 0),
    vacantRequired: report.councils.reduce((n, c) => n + c.vacant_required_seat_ids.length, 0),
    mismatched: report.councils.reduce((n, c) => n + c.mismatched_seat_ids.length, 0),
    endingSoon: report.councils.reduce((n, c) => n + c.ending_soon_membership_ids.length, 0),
  };
}

export function StaffingPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const councilSelectId = useId();
  const dateId = useId();
  const councils = useAllCouncils();
  useDocumentTitle(t('staffing.title'));
  const councilId = params.get('council') || null;
  const at = params.get('at') ?? todayIso();
  const report = useStaffing(councilId, at);

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  }

  const options = (councils.data ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return (
    <>
      <h1>{t('staffing.title')}</h1>
      <p>{t('staffing.intro')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={councilSelectId}>{t('staffing.council')}</label>
          <select id={councilSelectId} value={councilId ?? ''} onChange={(e) => update({ council: e.target.value || null })}>
            <option value="">{t('staffing.allCouncils')}</option>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={dateId}>{t('staffing.date')}</label>
          <input id={dateId} type="date" value={at} onChange={(e) => update({ at: e.target.value || null })} />
        </div>
      </div>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <StaffingResults report={report.data} lang={i18n.language} />
      )}
    </>
  );
}

function StaffingResults({ report, lang }: { report: StaffingReport; lang: string }) {
  const { t } = useTranslation();
  const totals = staffingTotals(report);
  return (
    <>
      <section aria-labelledby="staffing-summary-heading">
        <h2 id="staffing-summary-heading">{t('staffing.summary', { date: formatDate(report.at, lang) })}</h2>
        <dl className="summary-grid">
          <div>
            <dt>{t('staffing.totals.councils')}</dt>
            <dd>{totals.councils}</dd>
          </div>
          <div>
            <dt>{t('staffing.totals.seats')}</dt>
            <dd>{totals.seats}</dd>
          </div>
          <div className={totals.vacantRequired > 0 ? 'summary-alert' : undefined}>
            <dt>{t('staffing.totals.vacantRequired')}</dt>
            <dd>{totals.vacantRequired}</dd>
          </div>
          <div className={totals.mismatched > 0 ? 'summary-alert' : undefined}>
            <dt>{t('staffing.totals.mismatched')}</dt>
            <dd>{totals.mismatched}</dd>
          </div>
          <div className={totals.endingSoon > 0 ? 'summary-alert' : undefined}>
            <dt>{t('staffing.totals.endingSoon')}</dt>
            <dd>{totals.endingSoon}</dd>
          </div>
        </dl>
      </section>
      {report.councils.length === 0 && <p>{t('common.noResults')}</p>}
      {report.councils.map((c) => {
        const headingId = `staffing-${c.council_id}`;
        return (
          <section key={c.council_id} aria-labelledby={headingId} className="staffing-council">
            <h2 id={headingId}>
              <Link to={`/councils/${c.council_id}`}>{c.council_name}</Link>
            </h2>
            <p className="staffing-flags">
              {c.vacant_required_seat_ids.length > 0 && (
                <span className="badge badge-vacant">
                  {t('staffing.flags.vacantRequired', { count: c.vacant_required_seat_ids.length })}
                </span>
              )}{' '}
              {c.mismatched_seat_ids.length > 0 && (
                <span className="badge badge-warning">{t('staffing.flags.mismatched', { count: c.mismatched_seat_ids.length })}</span>
              )}{' '}
              {c.ending_soon_membership_ids.length > 0 && (
                <span className="badge badge-warning">
                  {t('staffing.flags.endingSoon', { count: c.ending_soon_membership_ids.length })}
                </span>
              )}
              {c.vacant_required_seat_ids.length === 0 &&
                c.mismatched_seat_ids.length === 0 &&
                c.ending_soon_membership_ids.length === 0 && <span>{t('staffing.flags.ok')}</span>}
            </p>
            {c.seats.length === 0 ? (
              <p>{t('councils.detail.noSeats')}</p>
            ) : (
              <SeatStaffingTable staffing={c} caption={t('councils.detail.seatsCaption', { name: c.council_name })} />
            )}
          </section>
        );
      })}
    </>
  );
}
