import { useTranslation } from 'react-i18next';
import type { InitiativeTarget, InitiativeUpdate } from '@/api/types';
import { formatDate } from '@/lib/format';
import { formatNumber, formatPercent } from '@/lib/initiatives';
import { InitiativeStatusBadge } from '@/components/initiatives/MetBadge';

/** The DOM id of a report's heading in the timeline (it takes the focus after reporting). */
export const reportDomId = (id: string) => `report-${id}`;

/**
 * The progress reports as an ordered list, newest first: each with its date (the heading), the
 * status it set, the per cent done, the count or the measured value, the narrative, public or
 * internal, and who reported it.
 */
export function ProgressTimeline({
  reports,
  target,
  indicatorName,
  labelledBy,
}: {
  reports: readonly InitiativeUpdate[];
  target?: InitiativeTarget | null;
  indicatorName?: string;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  if (reports.length === 0) return <p>{t('initiatives.timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-labelledby={labelledBy}>
      {reports.map((r) => (
        <TimelineItem key={r.id} report={r} target={target} indicatorName={indicatorName} />
      ))}
    </ol>
  );
}

function TimelineItem({ report: r, target, indicatorName }: { report: InitiativeUpdate; target?: InitiativeTarget | null; indicatorName?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const unit = target?.type === 'count' ? target.unit.trim() : '';
  return (
    <li className="timeline-item">
      <h3 id={reportDomId(r.id)} tabIndex={-1} className="timeline-date">
        <span className="visually-hidden">{t('initiatives.timeline.reportOf')} </span>
        <time dateTime={r.reported_on}>{formatDate(r.reported_on)}</time>
      </h3>
      <p className="badge-row">
        <InitiativeStatusBadge status={r.status} />
        <span className={`badge ${r.is_public ? 'badge-report-public' : 'badge-report-internal'}`}>
          {r.is_public ? t('initiatives.timeline.public') : t('initiatives.timeline.internal')}
        </span>
      </p>
      <dl className="details timeline-facts">
        <div>
          <dt>{t('initiatives.timeline.percent')}</dt>
          <dd>{r.percent === null || r.percent === undefined ? t('common.none') : formatPercent(r.percent, lang)}</dd>
        </div>
        {r.achieved_count !== null && r.achieved_count !== undefined && (
          <div>
            <dt>{t('initiatives.timeline.count')}</dt>
            <dd>{`${formatNumber(r.achieved_count, lang)} ${unit}`.trim()}</dd>
          </div>
        )}
        {r.measured_value !== null && r.measured_value !== undefined && (
          <div>
            <dt>{t('initiatives.timeline.measured')}</dt>
            <dd>
              {formatNumber(r.measured_value, lang)}
              {indicatorName && <span className="muted"> ({indicatorName})</span>}
            </dd>
          </div>
        )}
      </dl>
      {r.narrative && <p className="pre-line timeline-narrative">{r.narrative}</p>}
      <p className="muted timeline-by">{t('initiatives.timeline.reportedBy', { name: r.reported_by_name })}</p>
    </li>
  );
}
