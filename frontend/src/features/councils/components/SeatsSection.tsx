import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Council, Membership } from '@/api/types';
import { todayIso } from '@/lib/format';
import { entityName, namesOf } from '@/lib/names';
import { useCan } from '@/lib/permissions';
import { staffingQuery } from '@/lib/resources';
import { fillSeatPath } from '@/lib/paths';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { EntityLink } from '@/components/EntityLink';
import { SeatStaffingTable, type UpcomingHolder } from '@/components/staffing/SeatStaffingTable';
import { TermConfirmation } from '@/components/terms/TermConfirmation';
import { useMemberships } from '../api/councils';

/** Terms that start after today, by seat (the staffing report shows today's holders only). */
export function upcomingBySeat(memberships: Membership[], today: string): Map<string, UpcomingHolder[]> {
  const out = new Map<string, UpcomingHolder[]>();
  for (const m of memberships) {
    if (!m.seat_id || m.start_date <= today) continue;
    const list = out.get(m.seat_id) ?? [];
    list.push({ membershipId: m.id, personId: m.person_id, personName: namesOf(m)?.[m.person_id], startDate: m.start_date });
    out.set(m.seat_id, list.sort((a, b) => a.startDate.localeCompare(b.startDate)));
  }
  return out;
}

export function SeatsSection({ council }: { council: Council }) {
  const { t } = useTranslation();
  const can = useCan();
  const today = todayIso();
  const staffing = useQuery(staffingQuery(council.id, today));
  const memberships = useMemberships(council.id);
  const all = memberships.data?.pages.flatMap((p) => p.items) ?? [];
  const report = staffing.data?.councils.find((s) => s.council_id === council.id);
  const withoutSeat = all.filter((m) => m.current && !m.seat_id);
  // The staffing report's holders carry no confirmation: it comes from the council's terms.
  const terms = new Map(all.map((m) => [m.id, m]));
  const termNote = (mid: string) => {
    const m = terms.get(mid);
    return m && <TermConfirmation membership={m} what={t('terms.forPerson', { name: entityName(m.person_id, namesOf(m)) ?? '' })} />;
  };
  const mayManageSeats = can('manage_seats', council);
  const mayManageMembers = can('manage_memberships', council);

  return (
    <section aria-labelledby="seats-heading">
      <div className="page-heading">
        <h2 id="seats-heading">{t('councils.detail.seats')}</h2>
        <div className="button-row">
          {mayManageSeats && (
            <Link to={`/councils/${council.id}/seats/new`} className="button">
              {t('councils.seats.add')}
            </Link>
          )}
          {mayManageMembers && (
            <Link to={`/councils/${council.id}/members/new`} className="button">
              {t('councils.members.add')}
            </Link>
          )}
        </div>
      </div>
      {staffing.isPending ? (
        <Loading />
      ) : staffing.isError ? (
        <ErrorMessage error={staffing.error} onRetry={() => void staffing.refetch()} />
      ) : !report || report.seats.length === 0 ? (
        <p>{t('councils.detail.noSeats')}</p>
      ) : (
        <SeatStaffingTable
          staffing={report}
          caption={t('councils.detail.seatsCaption', { name: council.name })}
          upcoming={upcomingBySeat(all, today)}
          termNote={termNote}
          endTermHref={mayManageMembers ? (mid) => `/councils/${council.id}/memberships/${mid}/end` : undefined}
          seatActions={
            mayManageSeats || mayManageMembers
              ? (s) => (
                  <ul className="plain-list">
                    {mayManageSeats && (
                      <li>
                        <Link to={`/councils/${council.id}/seats/${s.seat_id}/edit`} className="small-link">
                          {t('councils.seats.edit')}
                          <span className="visually-hidden"> {s.label}</span>
                        </Link>
                      </li>
                    )}
                    {mayManageMembers && s.holders.length < s.max_holders && (
                      <li>
                        <Link to={fillSeatPath(council.id, s.seat_id)} className="small-link">
                          {t('councils.seats.fill')}
                          <span className="visually-hidden"> {s.label}</span>
                        </Link>
                      </li>
                    )}
                  </ul>
                )
              : undefined
          }
        />
      )}
      {withoutSeat.length > 0 && (
        <>
          <h3>{t('councils.detail.membersWithoutSeat')}</h3>
          <ul>
            {withoutSeat.map((m) => (
              <li key={m.id}>
                <EntityLink kind="person" id={m.person_id} names={namesOf(m)} /> – {t(`councils.roles.${m.role}`)}
                {termNote(m.id)}
                {mayManageMembers && (
                  <>
                    {' '}
                    <Link to={`/councils/${council.id}/memberships/${m.id}/end`}>{t('councils.members.endTerm')}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
