import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ContactRoute } from '@/api/types';
import { formatDate, formatDateTime } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { useCan } from '@/lib/permissions';
import { EntityLink, EntityLinks } from '@/components/EntityLink';
import { DetailPage } from '@/components/pages/DetailPage';
import { useContactRoute } from '../api/contactRoutes';
import { durationWords } from '../lib/duration';
import { formatPhone } from '../lib/phone';
import { DeleteRouteSection } from './DeleteRouteSection';
import { OpeningHoursView } from './OpeningHoursView';
import { ChannelValue, OpenNowBadge, StaleBadge } from './RouteParts';
import { useTopicName } from '@/lib/topics';
import { VerifyRouteSection } from './VerifyRouteSection';
import './contact-routes.css';

/** `/kontaktvagar/:id`: every field of a route, its opening hours as a week, verify and delete. */
export function ContactRouteDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  return (
    <DetailPage
      query={useContactRoute(id)}
      title={(r) => r.function}
      loadingTitle={t('contactRoutes.title')}
      back="/kontaktvagar"
      backLabel={t('contactRoutes.backToList')}
      edit={(r) => `/kontaktvagar/${r.id}/redigera`}
    >
      {(r) => (
        <>
          <p className="badge-row">
            <OpenNowBadge openNow={r.open_now} />
            {r.stale && <StaleBadge lastVerifiedAt={r.last_verified_at} />}
            <span className="badge badge-dissolved">{t(`contactRoutes.audiences.${r.audience}`)}</span>
          </p>
          <RouteDetails route={r} />
          <section aria-labelledby="route-channels-heading">
            <h2 id="route-channels-heading">{t('contactRoutes.fields.channels')}</h2>
            <ChannelsTable route={r} />
          </section>
          <section aria-labelledby="route-hours-heading">
            <h2 id="route-hours-heading">{t('contactRoutes.fields.openingHours')}</h2>
            <OpeningHoursView hours={r.opening_hours} />
          </section>
          <VerifyRouteSection route={r} />
          {can('delete', r) && <DeleteRouteSection route={r} />}
        </>
      )}
    </DetailPage>
  );
}

function RouteDetails({ route: r }: { route: ContactRoute }) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const routeLink = (id: string | null | undefined) =>
    id ? <Link to={`/kontaktvagar/${id}`}>{r.names[id] ?? t('common.nameMissing')}</Link> : t('common.none');
  return (
    <dl className="details">
      <div>
        <dt>{t('contactRoutes.fields.topic')}</dt>
        <dd>{topicName(r.topic_id, r.names)}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.from')}</dt>
        <dd>{t(`contactRoutes.fromAudiences.${r.from_audience}`)}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.organization')}</dt>
        <dd>
          <EntityLink kind="organization" id={r.organization_id} names={namesOf(r)} />
        </dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.areas')}</dt>
        <dd>{r.area_ids.length === 0 ? t('contactRoutes.everywhere') : <EntityLinks kind="area" ids={r.area_ids} names={namesOf(r)} />}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.audience')}</dt>
        <dd>{t(`contactRoutes.audienceDescriptions.${r.audience}`)}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.responseTarget')}</dt>
        <dd>{r.response_target ? t('contactRoutes.responseWithin', { duration: durationWords(r.response_target, t) }) : t('contactRoutes.noResponseTarget')}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.backup')}</dt>
        <dd>{routeLink(r.backup_route_id)}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.escalation')}</dt>
        <dd>{routeLink(r.escalation_route_id)}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.validPeriod')}</dt>
        <dd>
          {r.valid_from || r.valid_to
            ? t('contactRoutes.validPeriod', { from: r.valid_from ? formatDate(r.valid_from) : '…', to: r.valid_to ? formatDate(r.valid_to) : '…' })
            : t('contactRoutes.validAlways')}
        </dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.note')}</dt>
        <dd className="pre-line">{r.note ?? t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.lastVerified')}</dt>
        <dd>{t('contactRoutes.verifiedOnBy', { date: formatDate(r.last_verified_at), name: r.last_verified_by })}</dd>
      </div>
      <div>
        <dt>{t('contactRoutes.fields.updatedAt')}</dt>
        <dd>{formatDateTime(r.updated_at)}</dd>
      </div>
    </dl>
  );
}

/** The channels: kind, value (a phone as written in Sweden, with the stored E.164 beside it), note. */
function ChannelsTable({ route: r }: { route: ContactRoute }) {
  const { t } = useTranslation();
  if (r.channels.length === 0) return <p>{t('contactRoutes.channels.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="stacked-table">
        <caption className="visually-hidden">{t('contactRoutes.fields.channels')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contactRoutes.channels.type')}</th>
            <th scope="col">{t('contactRoutes.channels.value')}</th>
            <th scope="col">{t('contactRoutes.channels.note')}</th>
          </tr>
        </thead>
        <tbody>
          {r.channels.map((c, i) => (
            <tr key={i}>
              <th scope="row" data-label={t('contactRoutes.channels.type')}>
                {t(`contactRoutes.channelTypes.${c.type}`)}
              </th>
              <td data-label={t('contactRoutes.channels.value')}>
                <ChannelValue channel={c} />
                {c.type === 'phone' && formatPhone(c.value) !== c.value && (
                  <span className="muted">
                    {' '}
                    ({t('contactRoutes.channels.stored')} <span className="nowrap">{c.value}</span>)
                  </span>
                )}
              </td>
              <td data-label={t('contactRoutes.channels.note')}>{c.note ?? t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
