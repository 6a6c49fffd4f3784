import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Meeting } from '@/api/types';
import { formatDateTime } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { useCan } from '@/lib/permissions';
import { DetailPage } from '@/components/pages/DetailPage';
import { EntityLink } from '@/components/EntityLink';
import { MeetingTime } from '@/components/meetings/MeetingTime';
import { MeetingStatusBadge } from '@/components/ui/MeetingStatusBadge';
import { useMeeting } from '../api/meetings';
import { useMeetingHeading } from '../lib/heading';
import { CANCELLED_NOTICE_ID, CancelMeetingSection } from './CancelMeetingSection';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { DocumentsSection } from './DocumentsSection';
import { MinutesLinks } from './MinutesParts';

/** `/meetings/:id`: when, where, how, the council; "Redigera" and "Ställ in mötet" as its `allowed_actions` say. */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const heading = useMeetingHeading();
  return (
    <DetailPage
      query={useMeeting(id)}
      title={heading}
      loadingTitle={t('meetings.title')}
      back="/meetings"
      backLabel={t('meetings.backToList')}
      edit={(m) => `/meetings/${m.id}/edit`}
    >
      {(m) => (
        <>
          {m.status === 'cancelled' && <CancelledNotice meeting={m} />}
          <MeetingDetails meeting={m} />
          <AgendaSection meeting={m} />
          <DocumentsSection meeting={m} />
          <AttendanceSection meeting={m} />
          <MinutesLinks meeting={m} />
          {can('cancel', m) && <CancelMeetingSection meeting={m} />}
        </>
      )}
    </DetailPage>
  );
}

/** "Inställt" and why, first on a cancelled meeting's page (it takes the focus after cancelling). */
function CancelledNotice({ meeting: m }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  return (
    <div id={CANCELLED_NOTICE_ID} className="alert alert-cancelled" tabIndex={-1}>
      <p>
        <strong>{t('meetings.cancelled.heading')}</strong>
      </p>
      {m.cancel_reason && <p className="pre-line">{t('meetings.cancelled.reason', { reason: m.cancel_reason })}</p>}
      {m.cancelled_at && <p className="muted">{t('meetings.cancelled.at', { date: formatDateTime(m.cancelled_at, i18n.language) })}</p>}
    </div>
  );
}

function MeetingDetails({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="details">
        <div>
          <dt>{t('meetings.fields.time')}</dt>
          <dd>
            <MeetingTime startsAt={m.starts_at} endsAt={m.ends_at} long />
          </dd>
        </div>
        <div>
          <dt>{t('meetings.fields.council')}</dt>
          <dd>
            <EntityLink kind="council" id={m.council_id} names={namesOf(m)} />
          </dd>
        </div>
        <div>
          <dt>{t('meetings.fields.status')}</dt>
          <dd>
            <MeetingStatusBadge status={m.status} />
          </dd>
        </div>
        <div>
          <dt>{t('meetings.fields.mode')}</dt>
          <dd>{t(`meetings.modes.${m.mode}`)}</dd>
        </div>
        <div>
          <dt>{t('meetings.fields.location')}</dt>
          <dd className="pre-line">{m.location || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('meetings.fields.onlineUrl')}</dt>
          <dd className="break-all">
            {m.online_url ? (
              <a href={m.online_url} rel="noopener noreferrer">
                {m.online_url}
              </a>
            ) : (
              t('common.none')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('meetings.fields.description')}</dt>
          <dd className="pre-line">{m.description || t('common.none')}</dd>
        </div>
      </dl>
      <p className="hint">{t('meetings.stockholmTime')}</p>
    </>
  );
}
