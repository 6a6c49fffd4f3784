import { useTranslation } from 'react-i18next';
import type { AreaKind, CoverageReport } from '@/api/types';
import { coverageCounts } from '../lib/map';

export function CoverageSummary({ report }: { report: CoverageReport }) {
  const { t } = useTranslation();
  const line = (key: 'coverage.summaryDistricts' | 'coverage.summaryLpas', kind: AreaKind) => {
    const c = coverageCounts(report, kind);
    const head = t(key, { covered: c.covered, total: c.total });
    if (c.overlapOnly === 0) return head;
    const via =
      c.direct === 0
        ? t('coverage.summaryOnlyOverlap', { overlapOnly: c.overlapOnly })
        : t('coverage.summaryDirectAndOverlap', { direct: c.direct, overlapOnly: c.overlapOnly });
    return `${head} ${via}`;
  };
  return (
    <ul className="summary-counts">
      <li>{line('coverage.summaryDistricts', 'district')}</li>
      <li>{line('coverage.summaryLpas', 'local_police_area')}</li>
    </ul>
  );
}
