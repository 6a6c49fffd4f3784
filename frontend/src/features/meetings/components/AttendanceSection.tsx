import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@/api/types';
import { entityName, namesOf } from '@/lib/names';
import { allows } from '@/lib/permissions';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { DataTable } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { EntityLink } from '@/components/EntityLink';
import { RSVP_ANSWERS, useAttendance, useUpdateAttendance, type Attendance, type AttendancePatch, type Presence } from '../api/attendance';
import { AttendanceAddForms } from './AttendanceAddForms';
import './agenda.css';

/** A guest's name, else the person's from `names`. */
export function attendeeName(a: Attendance, missing: string): string {
  return a.guest_name ?? entityName(a.person_id, namesOf(a)) ?? missing;
}

/** Whether presence may be marked: the meeting has begun (or is held) and is not cancelled. */
export function presenceOpen(meeting: Meeting, now = Date.now()): boolean {
  if (meeting.status === 'cancelled') return false;
  return meeting.status === 'held' || meeting.status === 'minutes_adjusted' || Date.parse(meeting.starts_at) <= now;
}

/**
 * The meeting page's "Närvaro": invitees, deputies and guests with their answers and presence, for
 * the council's members, coordinators and admins (others get 403 from the API, and no section).
 * - The caller's own invitation (the entry whose `allowed_actions` has `rsvp`) gets "Ditt svar" with
 *   three answer buttons.
 * - Those who run the council (entries with `update`) mark each one present or absent once the
 *   meeting has begun; with the list's `create` they add a deputy for a member, or a guest. Both
 *   only while the meeting itself may be changed (its `update`).
 */
export function AttendanceSection({ meeting, now }: { meeting: Meeting; now?: number }) {
  const { t, i18n } = useTranslation();
  const list = useAttendance(meeting.id);
  const update = useUpdateAttendance(meeting.id);
  const headingId = useId();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const errorRef = useRef<HTMLDivElement>(null);

  // Not a member of the council: the API does not show its attendance, nor does the page.
  if (list.isError && isApiError(list.error) && list.error.status === 403) return null;

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const page = list.data?.pages[0];
  const own = items.find((a) => allows('rsvp', a));
  // Changes only while the meeting may be changed (its `update`: not cancelled, minutes not
  // adjusted); the entries' own `update` does not say so (the API allows it on a locked meeting).
  const open = allows('update', meeting);
  const markPresence = open && presenceOpen(meeting, now);
  const canAdd = open && allows('create', page);
  const missing = t('common.nameMissing');

  const announce = (text: string) => setAnnouncement((prev) => (prev === text ? `${text}\u00a0` : text));
  async function change(a: Attendance, patch: Omit<AttendancePatch, 'id'>, done: string) {
    setError(null);
    setPendingId(a.id);
    try {
      await update.mutateAsync({ version: a.version, patch: { ...patch, id: a.id } });
      announce(done);
    } catch (err) {
      setError(problemText(t, (k) => i18n.exists(k), err));
      setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setPendingId(null);
    }
  }

  const counts = { invited: 0, accepted: 0, tentative: 0, declined: 0 };
  for (const a of items) counts[a.rsvp] += 1;

  return (
    <section aria-labelledby={headingId} className="attendance-section">
      <h2 id={headingId}>{t('attendance.heading')}</h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      {own && (
        <OwnAnswer
          entry={own}
          pending={pendingId === own.id}
          onAnswer={(rsvp) => void change(own, { rsvp }, t('attendance.own.saved', { answer: t(`attendance.rsvp.${rsvp}`) }))}
        />
      )}
      <ListView list={list} hideCount empty={t('attendance.empty')}>
        {(rows) => (
          <>
            <p>
              {t('attendance.summary', {
                count: rows.length,
                accepted: counts.accepted,
                tentative: counts.tentative,
                declined: counts.declined,
                invited: counts.invited,
              })}
            </p>
            <DataTable
              stacked
              caption={t('attendance.caption')}
              rows={rows}
              rowKey={(a) => a.id}
              columns={[
                {
                  id: 'name',
                  header: t('attendance.columns.name'),
                  rowHeader: true,
                  cell: (a) => (
                    <span id={`attendance-${a.id}-name`}>
                      {a.person_id ? <EntityLink kind="person" id={a.person_id} names={namesOf(a)} /> : attendeeName(a, missing)}
                    </span>
                  ),
                },
                { id: 'as', header: t('attendance.columns.as'), cell: (a) => <AttendsAs entry={a} /> },
                { id: 'rsvp', header: t('attendance.columns.rsvp'), cell: (a) => t(`attendance.rsvp.${a.rsvp}`) },
                {
                  id: 'presence',
                  header: t('attendance.columns.presence'),
                  cell: (a) =>
                    markPresence && allows('update', a) ? (
                      <PresenceButtons
                        entry={a}
                        pending={pendingId === a.id}
                        onMark={(presence) =>
                          void change(a, { presence }, t(`attendance.presenceSaved.${presence}`, { name: attendeeName(a, missing) }))
                        }
                      />
                    ) : (
                      t(`attendance.presence.${a.presence}`)
                    ),
                },
              ]}
            />
            {open && !markPresence && items.some((a) => allows('update', a)) && <p className="hint">{t('attendance.presenceLater')}</p>}
          </>
        )}
      </ListView>
      {canAdd && list.data && <AttendanceAddForms meeting={meeting} entries={items} onAdded={announce} />}
    </section>
  );
}

/** "Ledamot", "Ersättare för NN", "Gäst, Organisation" or "Tillagd". */
function AttendsAs({ entry: a }: { entry: Attendance }) {
  const { t } = useTranslation();
  if (a.substitute_for_membership_id) {
    return <>{t('attendance.as.deputyFor', { name: entityName(a.substitute_for_membership_id, namesOf(a)) ?? t('common.nameMissing') })}</>;
  }
  if (a.guest_name) return <>{a.guest_organization ? t('attendance.as.guestOf', { organization: a.guest_organization }) : t('attendance.as.guest')}</>;
  if (a.membership_id) return <>{t('attendance.as.member')}</>;
  return <>{t('attendance.as.added')}</>;
}

/** "Ditt svar": the caller's own invitation and three answers (`aria-pressed` on the current one). */
function OwnAnswer({ entry, pending, onAnswer }: { entry: Attendance; pending: boolean; onAnswer: (rsvp: (typeof RSVP_ANSWERS)[number]) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="attendance-own" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('attendance.own.heading')}</h3>
      <p>{entry.rsvp === 'invited' ? t('attendance.own.notAnswered') : t('attendance.own.answered', { answer: t(`attendance.rsvp.${entry.rsvp}`) })}</p>
      <div className="button-row">
        {RSVP_ANSWERS.map((r) => (
          <button key={r} type="button" className="button" aria-pressed={entry.rsvp === r} disabled={pending} onClick={() => onAnswer(r)}>
            {t(`attendance.own.answers.${r}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** "Närvarande" / "Frånvarande" as toggle buttons; pressing the pressed one clears the mark. */
function PresenceButtons({ entry, pending, onMark }: { entry: Attendance; pending: boolean; onMark: (p: Presence) => void }) {
  const { t } = useTranslation();
  const nameId = `attendance-${entry.id}-name`;
  return (
    <div className="attendance-presence">
      {(['attended', 'absent'] as const).map((p) => (
        <button
          key={p}
          type="button"
          className="button button-small"
          aria-pressed={entry.presence === p}
          aria-describedby={nameId}
          disabled={pending}
          onClick={() => onMark(entry.presence === p ? 'unknown' : p)}
        >
          {t(`attendance.presence.${p}`)}
        </button>
      ))}
    </div>
  );
}
