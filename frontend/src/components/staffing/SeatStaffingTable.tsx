import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CouncilStaffing, SeatStaffing } from '@/api/types';
import { formatDate } from '@/lib/format';
import { EntityLink } from '@/components/EntityLink';

/** A term that has not started yet (the staffing report shows today's holders only). */
export interface UpcomingHolder {
  membershipId: string;
  personId: string;
  personName: string | undefined;
  startDate: string;
}

export interface SeatStaffingTableProps {
  staffing: CouncilStaffing;
  caption: string;
  /** When given, each holder gets a link to end the term. */
  endTermHref?: (membershipId: string) => string;
  /** Terms starting later, by seat id ("Tillträder 2027-01-01"). */
  upcoming?: ReadonlyMap<string, UpcomingHolder[]>;
  /** Actions for a seat (edit, fill it …), shown in the last column when given. */
  seatActions?: (seat: SeatStaffing) => ReactNode;
  /** More about a term, after its holder's name and badges (e.g. its confirmation), by membership id. */
  termNote?: (membershipId: string) => ReactNode;
}

/** A council's seats with their holders now: vacant required seats, wrong organisations and ending terms marked in text. */
export function SeatStaffingTable({ staffing, caption, endTermHref, upcoming, seatActions, termNote }: SeatStaffingTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  return (
    <div className="table-wrap">
      <table className="seat-table wide-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('councils.seats.label')}</th>
            <th scope="col">{t('councils.seats.role')}</th>
            <th scope="col">{t('councils.seats.organization')}</th>
            <th scope="col">{t('councils.seats.required')}</th>
            <th scope="col">{t('councils.seats.holders')}</th>
            <th scope="col">{t('councils.seats.state')}</th>
            {seatActions && <th scope="col">{t('councils.seats.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {staffing.seats.map((s) => {
            const vacantRequired = s.vacant && s.required;
            const next = upcoming?.get(s.seat_id) ?? [];
            return (
              <tr key={s.seat_id} className={vacantRequired ? 'row-vacant' : undefined}>
                <th scope="row">{s.label}</th>
                <td>{t(`councils.roles.${s.role}`, { defaultValue: s.role })}</td>
                <td>
                  <EntityLink kind="organization" id={s.organization_id} names={staffing.names} />
                </td>
                <td>{s.required ? t('councils.seats.requiredYes') : t('councils.seats.requiredNo')}</td>
                <td>
                  {s.holders.length === 0 && next.length === 0 ? (
                    t('common.none')
                  ) : (
                    <ul className="plain-list">
                      {s.holders.map((h) => (
                        <li key={h.membership_id}>
                          <EntityLink kind="person" id={h.person_id} name={h.person_name} />
                          {h.on_behalf_of_id && (
                            <>
                              {' '}
                              ({t('councils.seats.onBehalfOf')} <EntityLink kind="organization" id={h.on_behalf_of_id} names={staffing.names} />)
                            </>
                          )}
                          {h.end_date && <span className="muted"> – {t('councils.seats.until', { date: formatDate(h.end_date, lang) })}</span>}
                          {h.ending_soon && (
                            <>
                              {' '}
                              <span className="badge badge-warning">{t('councils.seats.endingSoon')}</span>
                            </>
                          )}
                          {h.wrong_organization && (
                            <>
                              {' '}
                              <span className="badge badge-warning">{t('councils.seats.wrongOrganization')}</span>
                            </>
                          )}
                          {termNote?.(h.membership_id)}
                          {endTermHref && !h.end_date && (
                            <>
                              {' '}
                              <Link to={endTermHref(h.membership_id)} className="small-link">
                                {t('councils.members.endTermFor', { name: h.person_name })}
                              </Link>
                            </>
                          )}
                        </li>
                      ))}
                      {next.map((u) => (
                        <li key={u.membershipId}>
                          <EntityLink kind="person" id={u.personId} name={u.personName} />{' '}
                          <span className="badge badge-upcoming">{t('councils.seats.startsOn', { date: formatDate(u.startDate, lang) })}</span>
                          {termNote?.(u.membershipId)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {vacantRequired ? (
                    <span className="badge badge-vacant">{t('councils.seats.vacant')}</span>
                  ) : s.vacant ? (
                    t('councils.seats.notFilled')
                  ) : (
                    t('councils.seats.filled', { count: s.holders.length, max: s.max_holders })
                  )}
                </td>
                {seatActions && <td>{seatActions(s)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
