import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffingReport } from '@/api/types';
import { downloadBlob } from '@/lib/download';
import { formatDate, todayIso } from '@/lib/format';
import { fillSeatPath } from '@/lib/paths';
import { searchCouncils } from '@/lib/options';
import { allows } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { SeatStaffingTable } from '@/components/staffing/SeatStaffingTable';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { useStaffing } from '../api/reports';
import { toCsv } from '../lib/csv';
import { problemsOnly, staffingCsvRows, staffingTotals } from '../lib/staffing';

const parseFilters = (p: URLSearchParams) => ({
  council: p.get('council') || null,
  at: p.get('at') ?? todayIso(),
  problems: p.get('problems') === '1',
});

export function StaffingPage() {
  const { t, i18n } = useTranslation();
  const { filters, update } = useUrlFilters(parseFilters);
  const dateId = useId();
  const problemsId = useId();
  useDocumentTitle(t('staffing.title'));
  const report = useStaffing(filters.council, filters.at);
  // The chosen council's name comes with its report.
  const councilName = report.data?.councils.find((c) => c.council_id === filters.council)?.council_name;

  return (
    <>
      <h1>{t('staffing.title')}</h1>
      <p>{t('staffing.intro')}</p>
      <div className="filters">
        <EntityCombobox
          id="staffing-council"
          label={t('staffing.council')}
          hint={t('staffing.councilHint')}
          value={filters.council ?? ''}
          valueLabel={councilName}
          onChange={(id) => update({ council: id || null })}
          search={searchCouncils}
          cacheKey="councils"
        />
        <div className="field">
          <label htmlFor={dateId}>{t('staffing.date')}</label>
          <input id={dateId} type="date" value={filters.at} onChange={(e) => update({ at: e.target.value || null })} />
        </div>
        <div className="field field-checkbox field-inline">
          <label htmlFor={problemsId}>
            <input id={problemsId} type="checkbox" checked={filters.problems} onChange={(e) => update({ problems: e.target.checked ? '1' : null })} />{' '}
            {t('staffing.problemsOnly')}
          </label>
        </div>
      </div>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <StaffingResults report={filters.problems ? problemsOnly(report.data) : report.data} full={report.data} lang={i18n.language} problemsOnly={filters.problems} />
      )}
    </>
  );
}

function StaffingResults({ report, full, lang, problemsOnly: onlyProblems }: { report: StaffingReport; full: StaffingReport; lang: string; problemsOnly: boolean }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const totals = staffingTotals(full);
  // The report's councils carry no `allowed_actions` (see lib/permissions).

  async function exportCsv() {
    setExporting(true);
    try {
      // Organisation names for the file: each council's report carries those of its seats and holders.
      const names = new Map<string, string>();
      for (const c of report.councils) for (const [id, name] of Object.entries(c.names)) names.set(id, name);
      const rows = staffingCsvRows(report, {
        header: [
          t('staffing.csv.council'),
          t('councils.seats.label'),
          t('councils.seats.role'),
          t('councils.seats.organization'),
          t('councils.seats.required'),
          t('councils.seats.holders'),
          t('councils.seats.onBehalfOf'),
          t('councils.members.endDate'),
          t('staffing.csv.problems'),
        ],
        role: (r) => t(`councils.roles.${r}`, { defaultValue: r }),
        yes: t('common.yes'),
        no: t('common.no'),
        vacant: t('councils.seats.vacant'),
        problems: {
          vacantRequired: t('staffing.totals.vacantRequired'),
          wrongOrganization: t('councils.seats.wrongOrganization'),
          endingSoon: t('councils.seats.endingSoon'),
        },
        organizationName: (id) => (id ? (names.get(id) ?? id) : ''),
      });
      downloadBlob(`bemanning-${report.at}${onlyProblems ? '-problem' : ''}.csv`, new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <section aria-labelledby="staffing-summary-heading">
        <h2 id="staffing-summary-heading">{t('staffing.summary', { date: formatDate(full.at, lang) })}</h2>
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
        <p>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={exporting || report.councils.length === 0}>
            {onlyProblems ? t('staffing.exportProblems') : t('staffing.export')}
          </button>
        </p>
      </section>
      {report.councils.length === 0 && <p>{onlyProblems ? t('staffing.noProblems') : t('common.noResults')}</p>}
      {report.councils.map((c) => {
        const headingId = `staffing-${c.council_id}`;
        return (
          <section key={c.council_id} aria-labelledby={headingId} className="staffing-council">
            <h2 id={headingId}>
              <Link to={`/councils/${c.council_id}`}>{c.council_name}</Link>
            </h2>
            <p className="staffing-flags">
              {c.vacant_required_seat_ids.length > 0 && (
                <span className="badge badge-vacant">{t('staffing.flags.vacantRequired', { count: c.vacant_required_seat_ids.length })}</span>
              )}{' '}
              {c.mismatched_seat_ids.length > 0 && (
                <span className="badge badge-warning">{t('staffing.flags.mismatched', { count: c.mismatched_seat_ids.length })}</span>
              )}{' '}
              {c.ending_soon_membership_ids.length > 0 && (
                <span className="badge badge-warning">{t('staffing.flags.endingSoon', { count: c.ending_soon_membership_ids.length })}</span>
              )}
              {c.vacant_required_seat_ids.length === 0 && c.mismatched_seat_ids.length === 0 && c.ending_soon_membership_ids.length === 0 && (
                <span>{t('staffing.flags.ok')}</span>
              )}
            </p>
            {c.seats.length === 0 ? (
              <p>{t('councils.detail.noSeats')}</p>
            ) : (
              <SeatStaffingTable
                staffing={c}
                caption={t('councils.detail.seatsCaption', { name: c.council_name })}
                seatActions={
                  allows('manage_memberships', c)
                    ? (s) =>
                        s.vacant && s.required ? (
                          <Link to={fillSeatPath(c.council_id, s.seat_id)} className="small-link">
                            {t('councils.seats.fill')}
                            <span className="visually-hidden"> {s.label}</span>
                          </Link>
                        ) : null
                    : undefined
                }
              />
            )}
          </section>
        );
      })}
    </>
  );
}
