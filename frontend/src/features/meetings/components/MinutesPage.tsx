import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import { DetailPage } from '@/components/pages/DetailPage';
import { BackLink } from '@/components/pages/parts';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useMeeting } from '../api/meetings';
import { useMinutes, type Minutes } from '../api/minutes';
import { useMeetingHeading } from '../lib/heading';
import { latestComments, minutesAbilities } from '../lib/minutes';
import { AdjustingPanel } from './AdjustingPanel';
import { CorrectionsSection } from './CorrectionsSection';
import { MinutesEditor } from './MinutesEditor';
import { ClassificationMark, MINUTES_STATUS_ID, MinutesStatusBadge, ParagraphText, ReviewComments, paragraphHeading } from './MinutesParts';
import './minutes.css';

/**
 * `/meetings/:id/minutes`: the minutes of a meeting. The draft's form for those who may write it
 * (`update`), else the paragraphs as written; the adjusting (who adjusts, their approvals and comments,
 * approve and comment for an adjuster, the rounds); once adjusted, locked, with its corrections.
 */
export function MinutesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  const minutes = useMinutes(id);
  const heading = useMeetingHeading();
  const title = (m: Minutes) =>
    meeting.data ? t('minutes.title', { meeting: heading(meeting.data) }) : t('minutes.titleOf', { name: m.names[m.meeting_id] ?? '' });

  if (isApiError(minutes.error) && minutes.error.status === 403) return <NotAllowed meetingId={id} />;
  return (
    <DetailPage query={minutes} title={title} loadingTitle={t('minutes.heading')} back={`/meetings/${id}`} backLabel={t('minutes.backToMeeting')}>
      {(m) => <MinutesContent minutes={m} meetingStartsAt={meeting.data?.starts_at} />}
    </DetailPage>
  );
}

function NotAllowed({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('minutes.heading'));
  return (
    <>
      <BackLink to={`/meetings/${meetingId}`} label={t('minutes.backToMeeting')} />
      <h1>{t('minutes.heading')}</h1>
      <p className="alert alert-info">{t('minutes.notAllowed')}</p>
    </>
  );
}

function MinutesContent({ minutes: m, meetingStartsAt }: { minutes: Minutes; meetingStartsAt: string | undefined }) {
  const { t } = useTranslation();
  const can = minutesAbilities(m);
  // A reload after a 412 starts the form afresh from the minutes as they are now.
  const [reloads, setReloads] = useState(0);
  return (
    <>
      <StatusLine minutes={m} />
      <p>
        <Link to={`/meetings/${m.meeting_id}/protocol`}>{t('minutes.protocolLink')}</Link>
      </p>
      {can.edit ? (
        <MinutesEditor
          key={`${m.revision}-${reloads}`}
          minutes={m}
          meetingStartsAt={meetingStartsAt}
          onReload={() => setReloads((r) => r + 1)}
        />
      ) : (
        <MinutesReadOnly minutes={m} />
      )}
      <AdjustingPanel minutes={m} />
      {can.locked && <CorrectionsSection minutes={m} />}
    </>
  );
}

/** Where the minutes are: the status, the revision, the dates. Takes the focus after a hand-over. */
function StatusLine({ minutes: m }: { minutes: Minutes }) {
  const { t, i18n } = useTranslation();
  const parts: string[] = [];
  if (m.status === 'adjusted' && m.adjusted_at) parts.push(t('minutes.status.adjustedAt', { date: formatDateTime(m.adjusted_at, i18n.language) }));
  if (m.status === 'submitted' && m.submitted_at)
    parts.push(t('minutes.status.submittedAt', { date: formatDateTime(m.submitted_at, i18n.language), revision: m.revision }));
  if (m.status === 'draft' && m.revision > 0) parts.push(t('minutes.status.sentBack', { revision: m.revision }));
  if (m.status !== 'adjusted' && m.adjust_by) parts.push(t('minutes.status.adjustBy', { date: formatDate(m.adjust_by) }));
  return (
    <div id={MINUTES_STATUS_ID} className="minutes-status" tabIndex={-1}>
      <MinutesStatusBadge status={m.status} />
      {parts.map((p) => (
        <span key={p}>{p}</span>
      ))}
      {m.status === 'adjusted' && <p className="hint">{t('minutes.status.lockedHint')}</p>}
    </div>
  );
}

/** The paragraphs and övrigt as written, for those who may not (or no longer) write them. */
function MinutesReadOnly({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const showComments = m.status !== 'adjusted';
  return (
    <section aria-labelledby="minutes-paragraphs-heading">
      <h2 id="minutes-paragraphs-heading">{t('minutes.paragraphsHeading')}</h2>
      {m.paragraphs.length === 0 && <p>{t('minutes.noParagraphs')}</p>}
      {m.paragraphs.map((p) => (
        <article key={p.id} className="minutes-paragraph" aria-labelledby={`paragraph-${p.id}`}>
          <h3 id={`paragraph-${p.id}`}>
            {paragraphHeading(p)} <ClassificationMark classification={p.classification} />
          </h3>
          <ParagraphText paragraph={p} />
          {showComments && (
            <ReviewComments reviews={latestComments(m.reviews, p.id)} names={m.names} label={t('minutes.review.commentsOnParagraph')} />
          )}
        </article>
      ))}
      <h3>{t('minutes.fields.otherBusiness')}</h3>
      <p className="pre-line">{m.other_business || t('common.none')}</p>
    </section>
  );
}
