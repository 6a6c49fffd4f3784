import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@/api/types';
import { localeFor } from '@/lib/format';
import { formatStockholmClock, stockholmDate } from '@/lib/stockholm-time';
import { dayForKey, firstOfMonth, monthOf, monthWeeks } from '../lib/month';

/** The meetings by their day in Stockholm, in time order. */
export function meetingsByDay(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const byDay = new Map<string, Meeting[]>();
  for (const m of meetings) {
    const day = stockholmDate(m.starts_at);
    byDay.set(day, [...(byDay.get(day) ?? []), m]);
  }
  return byDay;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Januari 2027": the month's name for its heading. */
export function monthTitle(month: string, lang: string): string {
  const s = new Intl.DateTimeFormat(localeFor(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(firstOfMonth(month)));
  return s.charAt(0).toLocaleUpperCase(localeFor(lang)) + s.slice(1);
}

/** "tisdag 12 januari 2027": a day in words. */
export function dayTitle(day: string, lang: string): string {
  return new Intl.DateTimeFormat(localeFor(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(day));
}

// 2024-01-01 was a Monday.
const WEEK = Array.from({ length: 7 }, (_, i) => `2024-01-0${i + 1}`);

export interface MonthCalendarProps {
  /** The month shown, `YYYY-MM`. */
  month: string;
  /** The id of the month's heading, which names the grid. */
  labelledBy: string;
  meetings: readonly Meeting[];
  /** The chosen day, whose meetings the page lists. */
  selectedDay: string | null;
  today: string;
  /** Enter, Space or a click on a day. */
  onSelectDay: (day: string) => void;
  /** The keyboard left the month (arrows, Page Up/Down): show `month`, with the focus on `day`. */
  onMonthChange: (month: string) => void;
}

/**
 * A month as a keyboard-usable grid (the ARIA grid pattern, one tab stop): the arrow keys move between
 * days, Home and End to the week's first and last day, Page Up and Page Down to the previous and next
 * month, Enter or Space chooses the day. Each day says its date and how many meetings it has; the
 * meetings' times and titles show under the date on wide screens.
 */
export function MonthCalendar({ month, labelledBy, meetings, selectedDay, today, onSelectDay, onMonthChange }: MonthCalendarProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hintId = useId();
  const byDay = useMemo(() => meetingsByDay(meetings), [meetings]);
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const [focusDay, setFocusDay] = useState<string>(() => selectedDay ?? today);
  // The day with the tab stop: the one last moved to, when it is in this month.
  const fallback = selectedDay && monthOf(selectedDay) === month ? selectedDay : monthOf(today) === month ? today : firstOfMonth(month);
  const active = monthOf(focusDay) === month ? focusDay : fallback;
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    cells.current.get(active)?.focus();
  }, [active]);

  function onKeyDown(e: KeyboardEvent<HTMLTableCellElement>, day: string) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelectDay(day);
      return;
    }
    const target = dayForKey(day, e.key);
    if (!target) return;
    e.preventDefault();
    moved.current = true;
    setFocusDay(target);
    if (monthOf(target) !== month) onMonthChange(monthOf(target));
  }

  const weekdayShort = new Intl.DateTimeFormat(localeFor(lang), { weekday: 'short', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(localeFor(lang), { weekday: 'long', timeZone: 'UTC' });

  return (
    <>
      <p id={hintId} className="hint">
        {t('meetings.month.gridHint')}
      </p>
      <table role="grid" className="month-grid" aria-labelledby={labelledBy} aria-describedby={hintId}>
        <thead>
          <tr>
            {WEEK.map((d) => (
              <th key={d} scope="col">
                <span aria-hidden="true">{weekdayShort.format(utc(d))}</span>
                <span className="visually-hidden">{weekdayLong.format(utc(d))}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => {
                if (!day) return <td key={`x${i}`} className="month-outside" />;
                const list = byDay.get(day) ?? [];
                const classes = ['month-day', list.length > 0 && 'month-day-busy', day === selectedDay && 'month-day-selected', day === today && 'month-day-today']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td
                    key={day}
                    ref={(el) => {
                      if (el) cells.current.set(day, el);
                      else cells.current.delete(day);
                    }}
                    role="gridcell"
                    tabIndex={day === active ? 0 : -1}
                    aria-selected={day === selectedDay}
                    aria-current={day === today ? 'date' : undefined}
                    className={classes}
                    data-day={day}
                    onClick={() => {
                      setFocusDay(day);
                      onSelectDay(day);
                    }}
                    onKeyDown={(e) => onKeyDown(e, day)}
                  >
                    <span className="month-day-number" aria-hidden="true">
                      {Number(day.slice(8))}
                    </span>
                    <span className="visually-hidden">
                      {dayTitle(day, lang)}
                      {day === today ? ` (${t('meetings.month.today')})` : ''},{' '}
                      {list.length > 0 ? t('meetings.month.meetingCount', { count: list.length }) : t('meetings.month.noMeetings')}
                    </span>
                    {list.length > 0 && (
                      <>
                        <span className="month-day-count" aria-hidden="true">
                          {list.length}
                        </span>
                        <ul className="month-day-meetings" aria-hidden="true">
                          {list.map((m) => (
                            <li key={m.id} className={m.status === 'cancelled' ? 'meeting-cancelled' : undefined}>
                              {formatStockholmClock(m.starts_at)} {m.title}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
