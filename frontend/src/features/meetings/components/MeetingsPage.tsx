import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting, MeetingStatus } from '@/api/types';
import { todayIso } from '@/lib/format';
import { entityName, namesOf } from '@/lib/names';
import { searchCouncils } from '@/lib/options';
import { stockholmDate } from '@/lib/stockholm-time';
import { EntityLink } from '@/components/EntityLink';
import { MeetingLinkList } from '@/components/meetings/MeetingLinkList';
import { MeetingTime } from '@/components/meetings/MeetingTime';
import type { Column } from '@/components/list/DataTable';
import { DataTable } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SelectFilter } from '@/components/list/SearchForm';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { MeetingStatusBadge } from '@/components/ui/MeetingStatusBadge';
import { MEETING_STATUSES, useMeetings, usePrefillCouncil, type MeetingFilters } from '../api/meetings';
import { firstOfMonth, isIsoDate, isIsoMonth, lastOfMonth, monthOf, shiftMonth } from '../lib/month';
import { dayTitle, MonthCalendar, monthTitle } from './MonthCalendar';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MeetingsPageFilters {
  council: string | null;
  /** List view: the period (Stockholm dates, inclusive); no `from` means from today. */
  from: string | null;
  to: string | null;
  status: MeetingStatus | null;
  view: 'list' | 'month';
  /** Month view: the month shown (default: the month of `from`, or this month) and the chosen day. */
  month: string | null;
  day: string | null;
}

/** The list's filters from the URL (`?council=…&from=…&to=…&status=…&view=month&month=…&day=…`); invalid values are ignored. */
export const parseMeetingFilters = (p: URLSearchParams): MeetingsPageFilters => {
  const council = p.get('council');
  const from = p.get('from');
  const to = p.get('to');
  const month = p.get('month');
  const day = p.get('day');
  return {
    council: council && UUID.test(council) ? council : null,
    from: isIsoDate(from) ? from : null,
    to: isIsoDate(to) ? to : null,
    status: oneOf(p.get('status'), MEETING_STATUSES),
    view: p.get('view') === 'month' ? 'month' : 'list',
    month: isIsoMonth(month) ? month : null,
    day: isIsoDate(day) ? day : null,
  };
};

/** The request for the page's filters: the list view's period, or the month view's month. */
export function meetingQueryFor(f: MeetingsPageFilters, today: string): MeetingFilters {
  if (f.view === 'month') {
    const month = f.month ?? monthOf(f.from ?? today);
    return { council_id: f.council, status: f.status, from: firstOfMonth(month), to: lastOfMonth(month) };
  }
  return { council_id: f.council, status: f.status, from: f.from ?? today, to: f.to };
}

export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { filters, update } = useUrlFilters(parseMeetingFilters);
  const today = todayIso();
  const month = filters.month ?? monthOf(filters.from ?? today);
  const list = useMeetings(meetingQueryFor(filters, today), { keepPrevious: filters.view === 'month' });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // The chosen council's name: from the meetings' `names`; when none of them is loaded (an empty
  // period), from the council itself, as a form prefilled from its URL does.
  const knownName = filters.council ? items.map((m) => entityName(filters.council, namesOf(m))).find(Boolean) : undefined;
  const council = usePrefillCouncil(filters.council && !knownName && !list.isPending ? filters.council : null);
  const councilName = knownName ?? council.data?.name;

  const fromId = useId();
  const toId = useId();
  const monthHeadingId = useId();
  const dayHeading = useRef<HTMLHeadingElement>(null);
  const focusDay = useRef(false);
  useEffect(() => {
    if (!focusDay.current) return;
    focusDay.current = false;
    dayHeading.current?.focus();
  }, [filters.day]);

  const columns: Column<Meeting>[] = [
    { id: 'time', header: t('meetings.table.time'), cell: (m) => <MeetingTime startsAt={m.starts_at} endsAt={m.ends_at} /> },
    { id: 'council', header: t('meetings.table.council'), cell: (m) => <EntityLink kind="council" id={m.council_id} names={namesOf(m)} /> },
    { id: 'title', header: t('meetings.table.title'), rowHeader: true, cell: (m) => <Link to={`/meetings/${m.id}`}>{m.title}</Link> },
    { id: 'mode', header: t('meetings.table.mode'), cell: (m) => t(`meetings.modes.${m.mode}`) },
    { id: 'status', header: t('meetings.table.status'), cell: (m) => <MeetingStatusBadge status={m.status} /> },
  ];

  const viewSwitch = (
    <div className="view-switch" role="group" aria-label={t('meetings.view.label')}>
      <button type="button" className="button button-small" aria-pressed={filters.view === 'list'} onClick={() => update({ view: null, month: null, day: null })}>
        {t('meetings.view.list')}
      </button>
      <button type="button" className="button button-small" aria-pressed={filters.view === 'month'} onClick={() => update({ view: 'month', month })}>
        {t('meetings.view.month')}
      </button>
    </div>
  );

  const monthNav = (
    <div className="month-nav">
      <h2 id={monthHeadingId} aria-live="polite">
        {monthTitle(month, lang)}
      </h2>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => update({ month: shiftMonth(month, -1), day: null })}>
          <span aria-hidden="true">‹ </span>
          {t('meetings.month.previous')}
        </button>
        <button type="button" className="button button-small" onClick={() => update({ month: shiftMonth(month, 1), day: null })}>
          {t('meetings.month.next')}
          <span aria-hidden="true"> ›</span>
        </button>
        {monthOf(today) !== month && (
          <button type="button" className="button button-small" onClick={() => update({ month: monthOf(today), day: null })}>
            {t('meetings.month.current')}
          </button>
        )}
      </div>
    </div>
  );

  const monthView = (loaded: Meeting[]) => (
    <div aria-busy={list.isPlaceholderData || undefined}>
      <MonthCalendar
        month={month}
        labelledBy={monthHeadingId}
        meetings={loaded}
        selectedDay={filters.day}
        today={today}
        onSelectDay={(day) => {
          focusDay.current = true;
          update({ day });
          // The same day again: the heading is there already.
          if (day === filters.day) dayHeading.current?.focus();
        }}
        onMonthChange={(m) => update({ month: m, day: null })}
      />
      {filters.day && monthOf(filters.day) === month && (
        <DayMeetings day={filters.day} meetings={loaded.filter((m) => stockholmDate(m.starts_at) === filters.day)} headingRef={dayHeading} />
      )}
    </div>
  );

  return (
    <ListPage
      title={t('meetings.title')}
      list={list}
      create={{ to: filters.council ? `/meetings/new?council_id=${filters.council}` : '/meetings/new', label: t('meetings.new') }}
      filters={
        <>
          <EntityCombobox
            id="meetings-council"
            label={t('meetings.filters.council')}
            hint={t('meetings.filters.councilHint')}
            value={filters.council ?? ''}
            valueLabel={councilName}
            onChange={(id) => update({ council: id || null, day: null })}
            search={searchCouncils}
            cacheKey="councils"
          />
          {filters.view === 'list' && (
            <>
              <div className="field">
                <label htmlFor={fromId}>{t('meetings.filters.from')}</label>
                <p id={`${fromId}-hint`} className="hint">
                  {t('meetings.filters.fromHint')}
                </p>
                <input id={fromId} type="date" aria-describedby={`${fromId}-hint`} value={filters.from ?? today} onChange={(e) => update({ from: e.target.value === today ? null : e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={toId}>{t('meetings.filters.to')}</label>
                <input id={toId} type="date" value={filters.to ?? ''} onChange={(e) => update({ to: e.target.value })} />
              </div>
            </>
          )}
          <SelectFilter
            label={t('meetings.filters.status')}
            value={filters.status}
            options={MEETING_STATUSES}
            allLabel={t('meetings.filters.allStatuses')}
            optionLabel={(s) => t(`meetings.statuses.${s}`)}
            onChange={(status) => update({ status })}
          />
        </>
      }
      beforeList={
        <>
          {viewSwitch}
          <p className="hint">{t('meetings.stockholmTime')}</p>
          {filters.view === 'month' && monthNav}
        </>
      }
      empty={
        filters.view === 'month' ? (
          <>
            <p>{t('common.noResults')}</p>
            {monthView([])}
          </>
        ) : undefined
      }
    >
      {(loaded) =>
        filters.view === 'month' ? (
          monthView(loaded)
        ) : (
          <DataTable caption={t('meetings.table.caption')} columns={columns} rows={loaded} rowKey={(m) => m.id} stacked />
        )
      }
    </ListPage>
  );
}

function DayMeetings({ day, meetings, headingRef }: { day: string; meetings: Meeting[]; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id} className="day-meetings">
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {t('meetings.month.dayHeading', { date: dayTitle(day, i18n.language) })}
      </h2>
      {meetings.length === 0 ? <p>{t('meetings.month.noMeetingsThatDay')}</p> : <MeetingLinkList meetings={meetings} showCouncil clockOnly labelledBy={id} />}
    </section>
  );
}
