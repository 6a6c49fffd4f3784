import { useTranslation } from 'react-i18next';
import type { Council } from '@/api/types';
import { formatDate } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { CouncilStatusBadge } from '@/components/ui/CouncilStatusBadge';
import { EntityLink } from '@/components/EntityLink';
import { describeCadence, formatMeeting } from '../lib/cadence';

export function CouncilOverview({ council: c }: { council: Council }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('councils.detail.overview')}</h2>
      <dl className="details">
        <div>
          <dt>{t('councils.fields.kind')}</dt>
          <dd>{t(`councils.kinds.${c.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.status')}</dt>
          <dd>
            <CouncilStatusBadge status={c.status} />
          </dd>
        </div>
        <div>
          <dt>{t('councils.fields.parent')}</dt>
          <dd>
            <EntityLink kind="council" id={c.parent_id} names={namesOf(c)} />
          </dd>
        </div>
        <div>
          <dt>{t('councils.fields.foundedOn')}</dt>
          <dd>{formatDate(c.founded_on, lang) || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.dissolvedOn')}</dt>
          <dd>{formatDate(c.dissolved_on, lang) || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.isPublic')}</dt>
          <dd>{c.is_public ? t('councils.detail.public') : t('councils.detail.notPublic')}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.description')}</dt>
          <dd className="pre-line">{c.description || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.cadence')}</dt>
          <dd>{c.cadence ? describeCadence(c.cadence, t, lang) : t('councils.detail.noCadence')}</dd>
        </div>
      </dl>
      {c.cadence && (
        <>
          <h3 id="next-meetings-heading">{t('councils.detail.nextMeetings')}</h3>
          {(c.next_meetings ?? []).length === 0 ? (
            <p>{t('councils.detail.noMeetings')}</p>
          ) : (
            <ol aria-labelledby="next-meetings-heading" className="meeting-list">
              {(c.next_meetings ?? []).map((m) => (
                <li key={m}>
                  <time dateTime={m}>{formatMeeting(m, lang)}</time>
                </li>
              ))}
            </ol>
          )}
          <p className="hint">{t('councils.detail.stockholmTime')}</p>
        </>
      )}
    </section>
  );
}
