import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/format';
import { stockholmDate } from '@/lib/stockholm-time';
import { BackLink } from '@/components/pages/parts';
import { MeetingTime } from '@/components/meetings/MeetingTime';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { usePublicMinutes, type PublicParagraph } from '../api/public';
import { PublicQuery } from './PublicQuery';
import { usePublicHeading } from './PublicMeetingPage';

/**
 * `/offentligt/moten/:id/protokoll`: the public part of adjusted minutes: the public paragraphs
 * (their numbers kept, so a gap shows where a point was not public), each with its decision and
 * the corrections appended after adjusting; who adjusted them and when.
 */
export function PublicMinutesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const query = usePublicMinutes(id);
  const heading = usePublicHeading();
  useDocumentTitle(query.data ? t('public.minutes.title', { meeting: heading(query.data) }) : t('public.minutes.heading'));
  return (
    <PublicQuery query={query} notFound={t('public.minutes.notFound')}>
      {(m) => (
        <>
          <BackLink to={`/offentligt/moten/${m.meeting_id}`} label={t('public.minutes.backToMeeting')} />
          <h1>{t('public.minutes.title', { meeting: heading(m) })}</h1>
          <dl className="details">
            <div>
              <dt>{t('meetings.fields.council')}</dt>
              <dd>
                <Link to={`/offentligt/moten?council=${m.council_id}`}>{m.council_name}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('meetings.fields.time')}</dt>
              <dd>
                <MeetingTime startsAt={m.starts_at} long />
              </dd>
            </div>
            {m.location && (
              <div>
                <dt>{t('meetings.fields.location')}</dt>
                <dd className="pre-line">{m.location}</dd>
              </div>
            )}
            <div>
              <dt>{t('public.minutes.adjustedAt')}</dt>
              <dd>{m.adjusted_at ? <time dateTime={m.adjusted_at}>{formatDate(stockholmDate(m.adjusted_at), i18n.language)}</time> : t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('public.minutes.adjusters')}</dt>
              <dd>{m.adjusters.length > 0 ? m.adjusters.join(', ') : t('common.none')}</dd>
            </div>
          </dl>
          <p className="hint">{t('public.minutes.publicOnly')}</p>
          {m.paragraphs.length === 0 ? (
            <p>{t('public.minutes.noParagraphs')}</p>
          ) : (
            <ol className="public-paragraphs" aria-label={t('public.minutes.paragraphs')}>
              {m.paragraphs.map((p) => (
                <Paragraph key={p.number} paragraph={p} />
              ))}
            </ol>
          )}
        </>
      )}
    </PublicQuery>
  );
}

function Paragraph({ paragraph: p }: { paragraph: PublicParagraph }) {
  const { t, i18n } = useTranslation();
  const decisionNumber = p.decision_year && p.decision_number ? `${p.decision_year}:${p.decision_number}` : null;
  return (
    <li className="public-paragraph">
      <h2>
        <span className="paragraph-number">§ {p.number}</span> {p.title}
      </h2>
      {p.minutes_text && <p className="pre-line">{p.minutes_text}</p>}
      {(p.decision || p.result) && (
        <div className="paragraph-decision">
          <h3>
            {p.result ? t(`public.minutes.results.${p.result}`) : t('public.minutes.decision')}
            {decisionNumber && <span className="muted"> ({t('public.minutes.decisionNumber', { number: decisionNumber })})</span>}
          </h3>
          {p.decision && <p className="pre-line">{p.decision}</p>}
        </div>
      )}
      {p.corrections.length > 0 && (
        <div className="paragraph-corrections">
          <h3>{t('public.minutes.corrections')}</h3>
          <ul>
            {p.corrections.map((c, i) => (
              <li key={`${c.created_at}-${i}`}>
                <span className="muted">
                  <time dateTime={c.created_at}>{formatDateTime(c.created_at, i18n.language)}</time>:
                </span>{' '}
                <span className="pre-line">{c.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
