import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilKind } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { useCoverage } from '../api/reports';
import { CoverageMap } from './CoverageMap';
import { CoverageSummary } from './CoverageSummary';
import { CoverageTable } from './CoverageTable';

const KINDS: CouncilKind[] = ['central_steering_group', 'local_steering_group', 'safety_council', 'working_group', 'operative_group'];

const parseFilters = (p: URLSearchParams) => ({
  at: p.get('at') ?? todayIso(),
  kind: oneOf<CouncilKind>(p.get('kind'), KINDS) ?? 'local_steering_group',
});

export function CoveragePage() {
  const { t, i18n } = useTranslation();
  const { filters, update } = useUrlFilters(parseFilters);
  const dateId = useId();
  const kindId = useId();
  useDocumentTitle(t('coverage.title'));
  const report = useCoverage(filters.at, filters.kind);

  return (
    <>
      <h1>{t('coverage.title')}</h1>
      <p>{t('coverage.intro')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={dateId}>{t('coverage.date')}</label>
          <input id={dateId} type="date" value={filters.at} onChange={(e) => update({ at: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={kindId}>{t('coverage.kind')}</label>
          <select id={kindId} value={filters.kind} onChange={(e) => update({ kind: e.target.value })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`councils.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <CoverageSummary report={report.data} />
          <section aria-labelledby="coverage-map-heading">
            <h2 id="coverage-map-heading">{t('coverage.mapHeading')}</h2>
            <CoverageMap report={report.data} />
          </section>
          <section aria-labelledby="coverage-table-heading">
            <h2 id="coverage-table-heading">{t('coverage.tableHeading')}</h2>
            <CoverageTable report={report.data} />
          </section>
          <p className="hint">{t('coverage.asOf', { date: formatDate(report.data.at, i18n.language) })}</p>
        </>
      )}
    </>
  );
}
