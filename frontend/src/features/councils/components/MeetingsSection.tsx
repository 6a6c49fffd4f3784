import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Council } from '@/api/types';
import { todayIso } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { ListView } from '@/components/list/ListView';
import { MeetingLinkList } from '@/components/meetings/MeetingLinkList';
import { useCouncilMeetings } from '../api/councils';
import { GenerateMeetingsForm } from './GenerateMeetingsForm';

/**
 * The council's next meetings (`GET /meetings?council_id=…&from=<today>`) with links, the way to all of
 * them, and for those who run the council (`update`) a new meeting and, with a cadence, the form
 * that creates the cadence's meetings for a period.
 */
export function MeetingsSection({ council }: { council: Council }) {
  const { t } = useTranslation();
  const can = useCan();
  const today = todayIso();
  const meetings = useCouncilMeetings(council.id, today);
  const manages = can('update', council);
  return (
    <section aria-labelledby="council-meetings-heading">
      <h2 id="council-meetings-heading">{t('councils.detail.meetings')}</h2>
      <ListView list={meetings} hideCount empty={t('councils.detail.noMeetings')}>
        {(items) => <MeetingLinkList meetings={items} labelledBy="council-meetings-heading" />}
      </ListView>
      <p className="hint">{t('councils.detail.stockholmTime')}</p>
      <p>
        <Link to={`/meetings?council=${council.id}`}>{t('councils.detail.allMeetings', { name: council.name })}</Link>
      </p>
      {manages && (
        <p>
          <Link to={`/meetings/new?council_id=${council.id}`} className="button">
            {t('councils.detail.newMeeting', { name: council.name })}
          </Link>
        </p>
      )}
      {manages && council.cadence && <GenerateMeetingsForm council={council} />}
    </section>
  );
}
