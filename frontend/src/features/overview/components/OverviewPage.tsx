import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AreaRef } from '@/api/types';
import { useAuth } from '@/lib/auth-context';
import { addDaysIso, formatDate, formatDateTime } from '@/lib/format';
import { entityName, namesOf } from '@/lib/names';
import { useTopicName } from '@/lib/topics';
import { fillSeatPath, newLocalSteeringGroupPath } from '@/lib/paths';
import { allows } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { MeetingLinkList } from '@/components/meetings/MeetingLinkList';
import { MyActionItems } from './MyActionItems';
import { useCreatableCollections, useLateInquiries, useLocalCoverageToday, useStaffingToday, useUpcomingMeetings, type Shortcut } from '../api/overview';
import { ENDING_WITHIN_DAYS, SHORT_LIST, termsEndingWithin, vacantRequiredSeats } from '../lib/attention';

const CREATE: Record<Shortcut, { path: string; label: string }> = {
  councils: { path: '/councils/new', label: 'councils.new' },
  people: { path: '/people/new', label: 'people.new' },
  organizations: { path: '/organizations/new', label: 'organizations.new' },
  agreements: { path: '/agreements/new', label: 'agreements.new' },
};

const AREA_KIND_ORDER = ['district', 'local_police_area'];

/** The start page: what needs attention (late inquiries, vacant required seats, terms ending soon, areas without a local steering group), each with a link to act on it. */
export function OverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const staffing = useStaffingToday();
  const coverage = useLocalCoverageToday();
  // The list pages' `allowed_actions` decide the shortcuts (none while they load).
  const creatable = useCreatableCollections();
  const mayCreateCouncil = creatable.includes('councils');
  // The councils where the caller may fill a seat, from each council's `allowed_actions`.
  const mayFillIn = new Set(
    (staffing.data?.councils ?? []).filter((c) => allows('manage_memberships', c)).map((c) => c.council_id),
  );

  const vacancies = staffing.data ? vacantRequiredSeats(staffing.data) : [];
  const ending = staffing.data ? termsEndingWithin(staffing.data) : [];
  const uncovered = coverage.data
    ? [...coverage.data.uncovered].sort(
        (a, b) => AREA_KIND_ORDER.indexOf(a.kind) - AREA_KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'sv'),
      )
    : [];

  const staffingState = staffing.isPending ? <Loading /> : staffing.isError ? <ErrorMessage error={staffing.error} onRetry={() => void staffing.refetch()} /> : null;
  const coverageState = coverage.isPending ? <Loading /> : coverage.isError ? <ErrorMessage error={coverage.error} onRetry={() => void coverage.refetch()} /> : null;

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p>{t('overview.intro')}</p>

      {creatable.length > 0 && (
        <section aria-labelledby="overview-create-heading">
          <h2 id="overview-create-heading">{t('overview.create.heading')}</h2>
          <ul className="shortcut-list">
            {creatable.map((c) => (
              <li key={c}>
                <Link to={CREATE[c].path} className="button">
                  {t(CREATE[c].label)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <MyActionItems />

      <UpcomingMeetings />

      <LateInquiries />

      <AttentionSection
        id="overview-vacancies"
        heading={t('overview.vacancies.heading')}
        count={staffing.data ? vacancies.length : undefined}
        state={staffingState}
        empty={t('overview.vacancies.none')}
        showAll={{ to: '/staffing?problems=1', label: t('overview.vacancies.showAll', { count: vacancies.length }) }}
        items={vacancies.map((v) => (
          <li key={v.seatId}>
            <Link to={`/councils/${v.councilId}`}>{v.councilName}</Link>: {v.label}
            {mayFillIn.has(v.councilId) && (
              <>
                {' '}
                <Link to={fillSeatPath(v.councilId, v.seatId)} className="small-link">
                  {t('councils.seats.fill')}{' '}
                  <span className="visually-hidden">
                    {t('overview.seatIn', { seat: v.label, council: v.councilName })}
                  </span>
                </Link>
              </>
            )}
          </li>
        ))}
      />

      <AttentionSection
        id="overview-ending"
        heading={t('overview.ending.heading', { days: ENDING_WITHIN_DAYS })}
        count={staffing.data ? ending.length : undefined}
        state={staffingState}
        empty={t('overview.ending.none', { days: ENDING_WITHIN_DAYS })}
        showAll={{ to: '/staffing?problems=1', label: t('overview.ending.showAll') }}
        items={ending.map((e) => (
          <li key={e.membershipId}>
            <Link to={`/people/${e.personId}`}>{e.personName}</Link>, {e.seatLabel}, <Link to={`/councils/${e.councilId}`}>{e.councilName}</Link>{' '}
            <span className="muted">– {t('overview.ending.until', { date: formatDate(e.endDate) })}</span>
            {mayFillIn.has(e.councilId) && (
              <>
                {' '}
                <Link to={fillSeatPath(e.councilId, e.seatId, addDaysIso(e.endDate, 1))} className="small-link">
                  {t('overview.ending.successor')}{' '}
                  <span className="visually-hidden">
                    {t('overview.seatIn', { seat: e.seatLabel, council: e.councilName })}
                  </span>
                </Link>
              </>
            )}
          </li>
        ))}
      />

      <AttentionSection
        id="overview-uncovered"
        heading={t('overview.uncovered.heading')}
        count={coverage.data ? uncovered.length : undefined}
        state={coverageState}
        empty={t('overview.uncovered.none')}
        showAll={{ to: '/coverage', label: t('overview.uncovered.showAll') }}
        items={uncovered.map((a: AreaRef) => (
          <li key={a.id}>
            <Link to={`/areas/${a.id}`}>{a.name}</Link> <span className="muted">({t(`areas.kinds.${a.kind}`)})</span>
            {mayCreateCouncil && (
              <>
                {' '}
                <Link to={newLocalSteeringGroupPath(a.id)} className="small-link">
                  {t('coverage.createLocalHere')}{' '}
                  <span className="visually-hidden">({a.name})</span>
                </Link>
              </>
            )}
          </li>
        ))}
      />
    </>
  );
}

/**
 * The open inquiries past their response target that the caller handles, each linked, with the
 * inbox filtered to them. Not for viewers, who handle none.
 */
function LateInquiries() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const handles = !!user && user.role !== 'viewer';
  const late = useLateInquiries(handles);
  const topicOf = useTopicName();
  if (!handles) return null;
  const items = late.data?.items ?? [];
  return (
    <AttentionSection
      id="overview-late-inquiries"
      heading={t('overview.lateInquiries.heading')}
      count={late.data ? items.length : undefined}
      more={!!late.data?.next_cursor}
      state={late.isPending ? <Loading /> : late.isError ? <ErrorMessage error={late.error} onRetry={() => void late.refetch()} /> : null}
      empty={t('overview.lateInquiries.none')}
      showAll={{ to: '/arenden?open=true&breached=true', label: t('overview.lateInquiries.showAll') }}
      items={items.map((i) => {
        const names = namesOf(i);
        return (
          <li key={i.id}>
            <Link to={`/arenden/${i.id}`}>{i.reference}</Link>: {topicOf(i.topic_id, names)}, {entityName(i.area_id, names) ?? t('common.nameMissing')}{' '}
            {i.expected_at && <span className="muted">– {t('overview.lateInquiries.expected', { time: formatDateTime(i.expected_at) })}</span>}
          </li>
        );
      })}
    />
  );
}

/** The next few meetings, with a link to the meetings page for the rest. */
function UpcomingMeetings() {
  const { t } = useTranslation();
  const meetings = useUpcomingMeetings();
  const mine = meetings.data?.scope === 'mine';
  const showAll = (
    <p>
      <Link to="/meetings">{t('overview.upcoming.showAll')}</Link>
    </p>
  );
  return (
    <section aria-labelledby="overview-meetings-heading" className="attention-section">
      <h2 id="overview-meetings-heading">{t('overview.upcoming.heading')}</h2>
      {meetings.data?.scope === 'mine' && meetings.data.councils > 0 && <p className="hint">{t('overview.upcoming.mine')}</p>}
      {meetings.isPending ? (
        <Loading />
      ) : meetings.isError ? (
        <ErrorMessage error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : meetings.data.items.length === 0 ? (
        <>
          <p>{!mine ? t('overview.upcoming.none') : meetings.data.councils === 0 ? t('overview.upcoming.noCouncils') : t('overview.upcoming.noneMine')}</p>
          {mine && showAll}
        </>
      ) : (
        <>
          <MeetingLinkList meetings={meetings.data.items} showCouncil labelledBy="overview-meetings-heading" />
          <p className="hint">{t('meetings.stockholmTime')}</p>
          {showAll}
        </>
      )}
    </section>
  );
}

interface AttentionSectionProps {
  id: string;
  heading: string;
  /** How many there are; undefined while loading or after an error. */
  count: number | undefined;
  /** There are more than `count` (a list read a page at a time). */
  more?: boolean;
  /** Loading or error, when the data is not there. */
  state: ReactNode;
  empty: string;
  showAll: { to: string; label: string };
  items: ReactNode[];
}

/** A heading with the count, the first SHORT_LIST items and a link to the full report. */
function AttentionSection({ id, heading, count, more = false, state, empty, showAll, items }: AttentionSectionProps) {
  const { t } = useTranslation();
  const headingId = `${id}-heading`;
  const total = more ? `${count}+` : count;
  return (
    <section aria-labelledby={headingId} className="attention-section">
      <h2 id={headingId}>
        {heading}
        {count !== undefined && <> ({total})</>}
      </h2>
      {count === undefined ? (
        state
      ) : count === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <ul className="attention-list">{items.slice(0, SHORT_LIST)}</ul>
          {count > SHORT_LIST && <p className="hint">{t('overview.showingFirst', { shown: SHORT_LIST, count: total })}</p>}
          <p>
            <Link to={showAll.to}>{showAll.label}</Link>
          </p>
        </>
      )}
    </section>
  );
}
