import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { durationText, percentText } from '@/lib/inquiry-time';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { DataTable, type Column } from '@/components/list/DataTable';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { downloadResponseTimesCsv, useResponseTimes, type Figures, type ResponseTimeQuery, type ResponseTimeReport } from '../api/inquiries';
import { GROUPINGS, parseResponseTimeQuery } from '../lib/filters';
import './inquiries.css';

interface Row extends Figures {
  key: string;
  name: string;
  total?: boolean;
}

/** The report's rows as the table shows them: each group (unnamed ones "not routed"), then everything together. */
export function responseTimeRows(report: ResponseTimeReport, t: (key: string) => string): Row[] {
  const rows: Row[] = report.rows.map((r, i) => ({ ...r, key: r.group_id ?? `none-${i}`, name: r.group_name ?? t('responseTimes.notRouted') }));
  return [...rows, { ...report.total, key: 'total', name: t('responseTimes.total'), total: true }];
}

/**
 * `/rapporter/svarstider` (coordinators and admins): the inquiries received in a period, grouped by
 * organisation, route, area or topic: how many, how many answered, the median and 90th percentile
 * time to the first answer and to closing (in words), and the share answered within the target.
 * The same as CSV ("Ladda ner CSV", with the token, as the follow-up report).
 */
export function ResponseTimesPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseResponseTimeQuery);
  const report = useResponseTimes(filters);
  useDocumentTitle(t('responseTimes.title'));
  const forbidden = report.isError && isApiError(report.error) && report.error.status === 403;

  return (
    <>
      <h1>{t('responseTimes.title')}</h1>
      <p>{t('responseTimes.intro')}</p>
      {/* Keyed by the period shown, so the fields show the API's default period once it is known. */}
      <PeriodForm
        key={report.data ? `${report.data.from}|${report.data.to}` : 'none'}
        filters={{ ...filters, from: filters.from ?? report.data?.from ?? null, to: filters.to ?? report.data?.to ?? null }}
        onChange={(changes) => update(changes)}
      />
      {report.isPending ? (
        <Loading />
      ) : forbidden ? (
        <div className="alert alert-error" role="alert">
          <p>{t('responseTimes.forbidden')}</p>
        </div>
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportView report={report.data} query={filters} />
      )}
    </>
  );
}

/** The period (from, to: days) and the grouping, applied with a button so the report is not fetched per keystroke. */
function PeriodForm({ filters, onChange }: { filters: ResponseTimeQuery; onChange: (changes: Record<string, string | null>) => void }) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const groupId = useId();
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onChange({ from: from || null, to: to || null });
  }
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t('responseTimes.period')}>
      <div className="field">
        <label htmlFor={fromId}>{t('responseTimes.from')}</label>
        <input id={fromId} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={toId}>{t('responseTimes.to')}</label>
        <input id={toId} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={groupId}>{t('responseTimes.groupBy')}</label>
        <select id={groupId} value={filters.group_by} onChange={(e) => onChange({ group_by: e.target.value, from: from || null, to: to || null })}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`responseTimes.groupings.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field response-times-apply">
        <button type="submit" className="button">
          {t('responseTimes.show')}
        </button>
      </div>
    </form>
  );
}

function ReportView({ report, query }: { report: ResponseTimeReport; query: ResponseTimeQuery }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const time = (s: number | null | undefined) => (s === null || s === undefined ? t('responseTimes.noneYet') : durationText(s, t, lang));
  const columns: Column<Row>[] = [
    { id: 'name', header: t(`responseTimes.groupings.${report.group_by}`), rowHeader: true, cell: (r) => r.name },
    { id: 'count', header: t('responseTimes.count'), cell: (r) => r.count },
    {
      id: 'responded',
      header: t('responseTimes.responded'),
      cell: (r) => (
        <span>
          {r.responded}
          <span className="response-times-cell-note">{t('responseTimes.closed', { count: r.closed })}</span>
        </span>
      ),
    },
    {
      id: 'first',
      header: t('responseTimes.firstResponse'),
      cell: (r) => (
        <span>
          {t('responseTimes.median', { time: time(r.median_first_response_seconds) })}
          <span className="response-times-cell-note">{t('responseTimes.p90', { time: time(r.p90_first_response_seconds) })}</span>
        </span>
      ),
    },
    {
      id: 'close',
      header: t('responseTimes.toClose'),
      cell: (r) => (
        <span>
          {t('responseTimes.median', { time: time(r.median_close_seconds) })}
          <span className="response-times-cell-note">{t('responseTimes.p90', { time: time(r.p90_close_seconds) })}</span>
        </span>
      ),
    },
    {
      id: 'within',
      header: t('responseTimes.withinTarget'),
      cell: (r) => {
        const share = percentText(r.share_within_target, lang);
        return share === null ? (
          t('responseTimes.noTarget')
        ) : (
          <span>
            {share}
            <span className="response-times-cell-note">{t('responseTimes.withinOf', { within: r.within_target, of: r.with_target })}</span>
          </span>
        );
      },
    },
  ];
  const caption = t('responseTimes.caption', { grouping: t(`responseTimes.groupings.${report.group_by}`).toLowerCase(), from: formatDate(report.from), to: formatDate(report.to) });
  return (
    <>
      <p>{t('responseTimes.periodShown', { from: formatDate(report.from), to: formatDate(report.to), count: report.total.count })}</p>
      <CsvDownload query={query} />
      {report.total.count === 0 ? (
        <p>{t('responseTimes.empty')}</p>
      ) : (
        <>
          {/* The caption as a heading above the table (a caption is squeezed into a column when the table is cards on a phone). */}
          <h2 className="response-times-heading">{caption}</h2>
          <DataTable
            caption={caption}
            columns={columns}
            rows={responseTimeRows(report, t)}
            rowKey={(r) => r.key}
            rowClassName={(r) => (r.total ? 'response-times-total' : undefined)}
            stacked
          />
        </>
      )}
      <p className="hint">{t('responseTimes.explain')}</p>
    </>
  );
}

function CsvDownload({ query }: { query: ResponseTimeQuery }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  async function download() {
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus(t('responseTimes.csv.downloading'));
    try {
      const name = await downloadResponseTimesCsv(query);
      setStatus(t('responseTimes.csv.downloaded', { name }));
    } catch (err) {
      setStatus('');
      setError(problemText(t, (k) => i18n.exists(k), err));
      setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <button type="button" className="button button-primary" onClick={() => void download()} aria-busy={busy || undefined}>
        {t('responseTimes.csv.button')}
      </button>
      <p role="status">{status}</p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
    </div>
  );
}
