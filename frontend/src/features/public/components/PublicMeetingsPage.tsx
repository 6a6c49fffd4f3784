import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '@/lib/format';
import { ListPage } from '@/components/list/ListPage';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { MeetingStatusBadge } from '@/components/ui/MeetingStatusBadge';
import { MeetingTime } from '@/components/meetings/MeetingTime';
import { usePublicCouncils, usePublicMeetings, type PublicCouncil, type PublicMeeting } from '../api/public';
import { CouncilFeed } from './CouncilFeed';
import { councilOptions, parsePublicMeetingFilters, PERIODS, publicMeetingQueryFor } from '../lib/filters';

/**
 * `/offentligt/moten`: the meetings of the public councils, upcoming or past, by council (from the
 * public list of councils). A chosen council's areas, description and public calendar feed.
 */
export function PublicMeetingsPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parsePublicMeetingFilters);
  const query = publicMeetingQueryFor(filters, todayIso());
  const list = usePublicMeetings(query);
  const councils = usePublicCouncils();
  const chosen = councils.data?.find((c) => c.id === filters.council);
  const options = councilOptions(councils.data ?? [], filters.period, filters.council);
  const councilId = useId();
  const periodId = useId();

  return (
    <ListPage
      title={t('public.meetings.title')}
      list={list}
      filters={
        <>
          <p className="filters-intro">{t('public.meetings.intro')}</p>
          <div className="field">
            <label htmlFor={councilId}>{t('public.meetings.council')}</label>
            <select id={councilId} value={filters.council ?? ''} onChange={(e) => update({ council: e.target.value || null })}>
              <option value="">{t('public.meetings.allCouncils')}</option>
              {options.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.dissolved ? t('public.meetings.dissolvedCouncil', { name: c.name }) : c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={periodId}>{t('public.meetings.period')}</label>
            <select id={periodId} value={filters.period} onChange={(e) => update({ period: e.target.value === 'upcoming' ? null : e.target.value })}>
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`public.meetings.periods.${p}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      }
      beforeList={
        <>
          {filters.period === 'past' && <p className="hint">{t('public.meetings.pastHint')}</p>}
          {chosen && <ChosenCouncil council={chosen} />}
        </>
      }
      empty={t(`public.meetings.empty.${filters.period}`)}
    >
      {(items) => (
        <>
          <ul className="public-meeting-list">
            {items.map((m) => (
              <PublicMeetingItem key={m.id} meeting={m} />
            ))}
          </ul>
          <p className="hint">{t('meetings.stockholmTime')}</p>
        </>
      )}
    </ListPage>
  );
}

/** The chosen council: the areas it covers, what it is, and (while it meets) its calendar feed. */
function ChosenCouncil({ council: c }: { council: PublicCouncil }) {
  const { t } = useTranslation();
  return (
    <section className="public-council" aria-label={c.name}>
      {c.areas.length > 0 && (
        <p>
          {t('public.meetings.covers')} {c.areas.map((a) => a.name).join(', ')}
        </p>
      )}
      {c.description && <p className="muted pre-line">{c.description}</p>}
      {c.status === 'dissolved' ? <p className="hint">{t('public.meetings.dissolved')}</p> : <CouncilFeed councilId={c.id} name={c.name} />}
    </section>
  );
}

function PublicMeetingItem({ meeting: m }: { meeting: PublicMeeting }) {
  const { t } = useTranslation();
  return (
    <li className={m.status === 'cancelled' ? 'meeting-cancelled' : undefined}>
      <p className="public-meeting-title">
        <Link to={`/offentligt/moten/${m.id}`}>{m.title}</Link> <MeetingStatusBadge status={m.status} />
      </p>
      <p>
        <MeetingTime startsAt={m.starts_at} endsAt={m.ends_at} />
        {m.council_name !== m.title && <span className="muted"> · {m.council_name}</span>}
      </p>
      {m.location && <p className="muted pre-line">{m.location}</p>}
      {m.minutes_available && (
        <p>
          <Link to={`/offentligt/moten/${m.id}/protokoll`}>
            {t('public.minutes.read')}
            <span className="visually-hidden">: {m.title}</span>
          </Link>
        </p>
      )}
    </li>
  );
}
