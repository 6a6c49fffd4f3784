import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpReport, ReportInitiative } from '@/api/types';
import { formatDate } from '@/lib/format';
import { formatIndicatorNumber } from '@/lib/indicators';
import { problemText } from '@/lib/problem-text';
import { DataTable, type Column } from '@/components/list/DataTable';
import { downloadFollowUpCsv } from '../api/follow-up';
import { keptStatus, metReason, metStatus } from '../lib/wording';
import { IndicatorFollowUp } from './IndicatorFollowUp';

/** The report itself: a summary, the indicators, the initiatives, the citizen promises, the situation pictures. */
export function FollowUpReportView({ report, printedOn }: { report: FollowUpReport; printedOn: string }) {
  const { t } = useTranslation();
  const changed = report.indicators.filter((i) => i.change);
  const improved = changed.filter((i) => i.change?.improved).length;
  const kept = report.citizen_promises.filter((p) => p.progress.met.met === true).length;
  return (
    <div className="follow-up-report">
      <ReportToolbar report={report} />
      <p className="print-only">{t('followUp.printedOn', { date: formatDate(printedOn) })}</p>

      <section aria-labelledby="follow-up-summary" className="print-keep">
        <h2 id="follow-up-summary">{t('followUp.summary.heading')}</h2>
        <dl className="summary-grid">
          <div>
            <dt>{t('followUp.summary.improved')}</dt>
            <dd>{t('followUp.summary.outOf', { done: improved, total: changed.length })}</dd>
          </div>
          <div>
            <dt>{t('followUp.summary.initiatives')}</dt>
            <dd>{report.initiatives.length}</dd>
          </div>
          <div>
            <dt>{t('followUp.summary.promisesKept')}</dt>
            <dd>{t('followUp.summary.outOf', { done: kept, total: report.citizen_promises.length })}</dd>
          </div>
          <div>
            <dt>{t('followUp.summary.situationPictures')}</dt>
            <dd>{report.situation_pictures.length}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="follow-up-indicators">
        <h2 id="follow-up-indicators">{t('followUp.indicators.heading')}</h2>
        {report.indicators.length === 0 ? (
          <p>{t('followUp.indicators.none', { year: report.year })}</p>
        ) : (
          report.indicators.map((i) => <IndicatorFollowUp key={i.indicator_id} indicator={i} areaName={report.area_name} year={report.year} />)
        )}
      </section>

      <section aria-labelledby="follow-up-initiatives" className="follow-up-section">
        <h2 id="follow-up-initiatives">{t('followUp.initiatives.heading')}</h2>
        <p>{t('followUp.initiatives.intro')}</p>
        {report.initiatives.length === 0 ? (
          <p>{t('followUp.initiatives.none', { year: report.year })}</p>
        ) : (
          <InitiativesTable items={report.initiatives} caption={t('followUp.initiatives.caption', { area: report.area_name, year: report.year })} />
        )}
      </section>

      <section aria-labelledby="follow-up-promises" className="follow-up-section">
        <h2 id="follow-up-promises">{t('followUp.promises.heading')}</h2>
        {report.citizen_promises.length === 0 ? (
          <p>{t('followUp.promises.none', { year: report.year })}</p>
        ) : (
          <PromisesTable items={report.citizen_promises} caption={t('followUp.promises.caption', { area: report.area_name, year: report.year })} />
        )}
      </section>

      <section aria-labelledby="follow-up-situations" className="follow-up-section print-keep">
        <h2 id="follow-up-situations">{t('followUp.situations.heading')}</h2>
        {report.situation_pictures.length === 0 ? (
          <p>{t('followUp.situations.none', { year: report.year })}</p>
        ) : (
          <ul className="plain-list follow-up-situations">
            {report.situation_pictures.map((s) => (
              <li key={s.id}>
                <Link to={`/situation-pictures/${s.id}`}>{s.title}</Link>{' '}
                <span className="muted">
                  <DateRange from={s.period_start} to={s.period_end} />,{' '}
                  {t(`situations.statuses.${s.status}`).toLowerCase()}
                  {s.replaces_id && <>, {t('followUp.situations.revision')}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="no-print">
          <Link to={`/situation-pictures?area_id=${report.area_id}`}>{t('followUp.situations.all', { area: report.area_name })}</Link>
        </p>
      </section>
    </div>
  );
}

/** "Skriv ut" and "Ladda ner CSV" (with the bearer token), the download said in a status region. */
function ReportToolbar({ report }: { report: FollowUpReport }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  async function download() {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(t('followUp.csv.downloading'));
    try {
      const name = await downloadFollowUpCsv(report.area_id, report.year);
      setStatus(t('followUp.csv.downloaded', { name }));
    } catch (err) {
      setStatus('');
      setError(problemText(t, (k) => i18n.exists(k), err));
      setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="follow-up-toolbar no-print">
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('followUp.print')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void download()} aria-busy={busy || undefined}>
          {t('followUp.csv.button')}
        </button>
      </div>
      <p role="status" className="follow-up-download-status">
        {status}
      </p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
    </div>
  );
}

/** "2024-06-01 – 2026-12-31", each date kept on one line. */
function usePeriod() {
  const { t } = useTranslation();
  return (i: ReportInitiative) =>
    i.starts_on || i.ends_on ? <DateRange from={i.starts_on} to={i.ends_on} /> : t('common.none');
}

export function DateRange({ from, to }: { from: string | null | undefined; to: string | null | undefined }) {
  return (
    <>
      <span className="follow-up-nowrap">{formatDate(from) || '…'}</span> – <span className="follow-up-nowrap">{formatDate(to) || '…'}</span>
    </>
  );
}

/** An initiative's link, with its priority area under it. */
function InitiativeName({ initiative: i }: { initiative: ReportInitiative }) {
  return (
    <>
      <Link to={`/initiatives/${i.id}`}>{i.title}</Link>
      {i.priority_area && <span className="follow-up-cell-note">{i.priority_area}</span>}
    </>
  );
}

function InitiativesTable({ items, caption }: { items: ReportInitiative[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const period = usePeriod();
  const number = (v: number, decimals?: number) => formatIndicatorNumber(v, lang, decimals);
  const columns: Column<ReportInitiative>[] = [
    { id: 'title', header: t('followUp.initiatives.title'), rowHeader: true, cell: (i) => <InitiativeName initiative={i} /> },
    { id: 'kind', header: t('followUp.initiatives.kind'), cell: (i) => t(`initiativeKinds.${i.kind}`) },
    { id: 'status', header: t('followUp.initiatives.status'), cell: (i) => t(`initiativeStatuses.${i.status}`) },
    {
      id: 'progress',
      header: t('followUp.initiatives.progress'),
      cell: (i) => (
        <>
          {i.progress.percent == null ? (
            t('followUp.initiatives.noProgress')
          ) : (
            <span className="follow-up-progress">
              <span className="follow-up-progress-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(0, Math.min(100, i.progress.percent))}%` }} />
              </span>
              {t('followUp.initiatives.percent', { percent: number(i.progress.percent) })}
            </span>
          )}
          {i.progress.rolled_up && <span className="follow-up-cell-note">{t('followUp.initiatives.rolledUp')}</span>}
          {i.progress.last_reported_on && (
            <span className="follow-up-cell-note">{t('followUp.initiatives.lastReported', { date: formatDate(i.progress.last_reported_on) })}</span>
          )}
          {i.progress.missing_final_report && <span className="badge badge-warning">{t('followUp.initiatives.missingFinalReport')}</span>}
        </>
      ),
    },
    {
      id: 'met',
      header: t('followUp.initiatives.target'),
      cell: (i) => (
        <>
          <strong>{metStatus(t, i.progress.met)}</strong>
          <span className="follow-up-cell-note">{metReason(t, i.progress.met, number)}</span>
        </>
      ),
    },
    { id: 'lead', header: t('followUp.initiatives.lead'), cell: (i) => i.lead_organization ?? t('common.none') },
    { id: 'period', header: t('followUp.initiatives.period'), cell: period },
  ];
  return <DataTable caption={caption} columns={columns} rows={items} rowKey={(i) => i.id} stacked />;
}

function PromisesTable({ items, caption }: { items: ReportInitiative[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const number = (v: number, decimals?: number) => formatIndicatorNumber(v, i18n.language, decimals);
  const period = usePeriod();
  const columns: Column<ReportInitiative>[] = [
    { id: 'title', header: t('followUp.promises.title'), rowHeader: true, cell: (i) => <InitiativeName initiative={i} /> },
    {
      id: 'kept',
      header: t('followUp.promises.kept'),
      cell: (i) => <strong className={`follow-up-kept follow-up-kept-${String(i.progress.met.met)}`}>{keptStatus(t, i.progress.met)}</strong>,
    },
    { id: 'result', header: t('followUp.promises.result'), cell: (i) => metReason(t, i.progress.met, number) },
    { id: 'status', header: t('followUp.initiatives.status'), cell: (i) => t(`initiativeStatuses.${i.status}`) },
    { id: 'lead', header: t('followUp.initiatives.lead'), cell: (i) => i.lead_organization ?? t('common.none') },
    { id: 'period', header: t('followUp.initiatives.period'), cell: period },
  ];
  return <DataTable caption={caption} columns={columns} rows={items} rowKey={(i) => i.id} stacked />;
}
