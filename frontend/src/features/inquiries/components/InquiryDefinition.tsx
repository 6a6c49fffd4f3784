import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, localeFor } from '@/lib/format';
import { clockText, inquiryClock } from '@/lib/inquiry-time';
import { entityName, namesOf } from '@/lib/names';
import { useTopicName } from '@/lib/topics';
import { EntityLink } from '@/components/EntityLink';
import type { Inquiry } from '../api/inquiries';

/** What the inquiry is about and where it is: the message, topic, place, source, route, organisation, assignee. */
export function InquiryDefinition({ inquiry: i }: { inquiry: Inquiry }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const names = namesOf(i);
  const topicName = useTopicName();
  const coordinate = (v: number) => new Intl.NumberFormat(localeFor(i18n.language), { maximumFractionDigits: 5 }).format(v);
  return (
    <section aria-labelledby={headingId} className="inquiry-section">
      <h2 id={headingId}>{t('inquiries.detail.about')}</h2>
      <p className="inquiry-message">{i.message}</p>
      <dl className="details">
        <div>
          <dt>{t('inquiries.fields.topic')}</dt>
          <dd>{topicName(i.topic_id, names)}</dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.area')}</dt>
          <dd>
            <EntityLink kind="area" id={i.area_id} names={names} />
            {i.lat != null && i.lon != null && (
              <span className="muted"> ({t('inquiries.detail.point', { lat: coordinate(i.lat), lon: coordinate(i.lon) })})</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.source')}</dt>
          <dd>
            {t(`inquiries.sources.${i.source}`)}, {t(`inquiries.askers.${i.from_audience}`).toLowerCase()}
          </dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.route')}</dt>
          <dd>{i.route_id ? (entityName(i.route_id, names) ?? t('common.nameMissing')) : t('inquiries.detail.notRouted')}</dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.organization')}</dt>
          <dd>{i.organization_id ? <EntityLink kind="organization" id={i.organization_id} names={names} /> : t('inquiries.detail.notRouted')}</dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.assignee')}</dt>
          <dd>{i.assignee_person_id ? <EntityLink kind="person" id={i.assignee_person_id} names={names} /> : t('inquiries.detail.noAssignee')}</dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.supporters')}</dt>
          <dd>{t('inquiries.detail.supporters', { count: i.supporters })}</dd>
        </div>
        {i.duplicate_of_id && (
          <div>
            <dt>{t('inquiries.fields.duplicateOf')}</dt>
            <dd>
              <Link to={`/arenden/${i.duplicate_of_id}`} className="inquiry-reference">
                {entityName(i.duplicate_of_id, names) ?? t('common.nameMissing')}
              </Link>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** The clock: when it came in, when an answer is due, the first response, closing, and where it stands. */
export function InquiryTimes({ inquiry: i }: { inquiry: Inquiry }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [now] = useState(() => Date.now());
  const clock = clockText(inquiryClock(i, now), t, i18n.language, now);
  const time = (instant: string | null | undefined, none: string) => (instant ? <time dateTime={instant}>{formatDateTime(instant)}</time> : none);
  return (
    <section aria-labelledby={headingId} className="inquiry-section">
      <h2 id={headingId}>{t('inquiries.detail.times')}</h2>
      <p>
        {clock.target}
        {clock.state && (
          <>
            {' – '}
            <span className={clock.late ? 'inquiry-clock-late' : undefined}>{clock.state}</span>
          </>
        )}
      </p>
      <dl className="details">
        <div>
          <dt>{t('inquiries.fields.receivedAt')}</dt>
          <dd>{time(i.received_at, t('common.none'))}</dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.expectedAt')}</dt>
          <dd>{time(i.expected_at, t('inquiries.detail.noTarget'))}</dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.firstResponseAt')}</dt>
          <dd>{time(i.first_response_at, t('inquiries.detail.notYet'))}</dd>
        </div>
        <div>
          <dt>{t('inquiries.fields.closedAt')}</dt>
          <dd>{time(i.closed_at, t('inquiries.detail.notYet'))}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The one who raised it (staff only): name and a way to answer, purged after closing (then said so, with when). */
export function InquiryPersonalData({ inquiry: i }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="inquiry-section inquiry-personal">
      <h2 id={headingId}>{t('inquiries.personal.heading')}</h2>
      {i.purged_at ? (
        <p>{t('inquiries.personal.purged', { when: formatDateTime(i.purged_at) })}</p>
      ) : (
        <>
          <dl className="details">
            <div>
              <dt>{t('inquiries.personal.name')}</dt>
              <dd>{i.name || t('inquiries.personal.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('inquiries.personal.contact')}</dt>
              <dd className="break-all">{i.contact || t('inquiries.personal.notGiven')}</dd>
            </div>
          </dl>
          <p className="hint">{t('inquiries.personal.note')}</p>
        </>
      )}
    </section>
  );
}
