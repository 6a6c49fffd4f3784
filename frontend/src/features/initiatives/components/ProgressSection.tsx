import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative, InitiativeUpdate } from '@/api/types';
import { formatDate } from '@/lib/format';
import { entityName, namesOf } from '@/lib/names';
import { useCan } from '@/lib/permissions';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { useInitiativeUpdates } from '../api/initiatives';
import { ProgressTimeline, reportDomId } from './ProgressTimeline';
import { ReportProgressForm, useFocusWhenThere } from './ReportProgressForm';

/**
 * The progress reports: "Rapportera framsteg" for those the initiative allows `report`, and the
 * timeline, newest first. After a report the form starts afresh (a new key: its Idempotency-Key is
 * kept after a success), a status region says so, and the new report in the timeline takes the focus
 * once the timeline has it.
 */
export function ProgressSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const can = useCan();
  const updates = useInitiativeUpdates(initiative.id);
  const headingId = useId();
  const [reports, setReports] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const reportsShown = updates.data ?? [];
  const indicatorName = initiative.target?.type === 'indicator' ? entityName(initiative.target.indicator_id, namesOf(initiative)) : undefined;
  const clearFocus = useCallback(() => setFocusId(null), []);
  useFocusWhenThere(focusId, reportsShown.some((r) => reportDomId(r.id) === focusId), clearFocus);

  function onReported(report: InitiativeUpdate) {
    setReports((n) => n + 1);
    setAnnouncement(
      t('initiatives.report.saved', { date: formatDate(report.reported_on), status: t(`initiatives.statuses.${report.status}`) }),
    );
    setFocusId(reportDomId(report.id));
  }

  return (
    <>
      {can('report', initiative) && (
        <section className="report-section">
          <div role="status" aria-live="polite">
            {announcement && <p className="alert alert-info">{announcement}</p>}
          </div>
          <ReportProgressForm key={reports} initiative={initiative} latest={reportsShown[0]} indicatorName={indicatorName} onReported={onReported} />
        </section>
      )}
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('initiatives.timeline.heading')}</h2>
        <p className="hint">{t('initiatives.timeline.intro')}</p>
        {updates.isPending ? (
          <Loading />
        ) : updates.isError ? (
          <ErrorMessage error={updates.error} onRetry={() => void updates.refetch()} />
        ) : (
          <ProgressTimeline reports={reportsShown} target={initiative.target} indicatorName={indicatorName} labelledBy={headingId} />
        )}
      </section>
    </>
  );
}
