import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatStockholmDay } from '@/lib/stockholm-time';
import { BackLink } from '@/components/pages/parts';
import { MeetingTime } from '@/components/meetings/MeetingTime';
import { MeetingStatusBadge } from '@/components/ui/MeetingStatusBadge';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { usePublicMeeting, type PublicMeeting } from '../api/public';
import { CouncilFeed } from './CouncilFeed';
import { PublicQuery } from './PublicQuery';

/** `/offentligt/moten/:id`: a public council's meeting as residents may see it (where the public calendar feeds link). */
export function PublicMeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = usePublicMeeting(id);
  const heading = usePublicHeading();
  useDocumentTitle(query.data ? heading(query.data) : t('public.meetings.title'));
  return (
    <PublicQuery query={query} notFound={t('public.meetings.notFound')}>
      {(m) => (
        <>
          <BackLink to="/offentligt/moten" label={t('public.meetings.backToList')} />
          <h1>{heading(m)}</h1>
          {m.status === 'cancelled' && (
            <div className="alert alert-cancelled">
              <p>
                <strong>{t('meetings.cancelled.heading')}</strong>
              </p>
              {m.cancel_reason && <p className="pre-line">{t('meetings.cancelled.reason', { reason: m.cancel_reason })}</p>}
            </div>
          )}
          <PublicMeetingDetails meeting={m} />
          <section aria-labelledby="public-minutes-heading">
            <h2 id="public-minutes-heading">{t('public.minutes.heading')}</h2>
            {m.minutes_available ? (
              <p>
                <Link to={`/offentligt/moten/${m.id}/protokoll`}>{t('public.minutes.read')}</Link>
              </p>
            ) : (
              <p>{t('public.minutes.notYet')}</p>
            )}
          </section>
          <CouncilFeed councilId={m.council_id} name={m.council_name} />
        </>
      )}
    </PublicQuery>
  );
}

/** A public meeting's heading: its title and day ("Trygghetsråd Östermalm, tis 12 jan 2027"). */
export function usePublicHeading() {
  const { t, i18n } = useTranslation();
  return (m: Pick<PublicMeeting, 'title' | 'starts_at'>) => t('meetings.heading', { title: m.title, date: formatStockholmDay(m.starts_at, i18n.language) });
}

function PublicMeetingDetails({ meeting: m }: { meeting: PublicMeeting }) {
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
            <Link to={`/offentligt/moten?council=${m.council_id}`}>{m.council_name}</Link>
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
      </dl>
      <p className="hint">{t('meetings.stockholmTime')}</p>
    </>
  );
}
