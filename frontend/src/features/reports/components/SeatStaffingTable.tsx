import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CouncilStaffing } from '@/api/types';
import { formatDate } from '@/lib/format';
import { OrganizationLink, PersonLink, useOrganizationLookup } from '@/features/councils/components/names';

export interface SeatStaffingTableProps {
  staffing: CouncilStaffing;
  caption: string;
  /** When given, each holder gets a link to end the term. */
  endTermHref?: (membershipId: string) => string;
}

/** A council's seats with their holders now: vacant required seats, wrong organisations and ending terms marked in text. */
export function SeatStaffingTable({ staffing, caption, endTermHref }: SeatStaffingTableProps) {
  const { t, i18n } = useTranslation();
  const orgs = useOrganizationLookup();

  return (
    <div className="table-wrap">
      <table className="seat-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('councils.seats.label')}</th>
            <th scope="col">{t('councils.seats.role')}</th>
            <th scope="col">{t('councils.seats.organization')}</th>
            <th scope="col">{t('councils.seats.required')}</th>
            <th scope="col">{t('councils.seats.holders')}</th>
            <th scope="col">{t('councils.seats.state')}</th>
          </tr>
        </thead>
        <tbody>
          {staffing.seats.map((s) => {
            const vacantRequired = s.vacant && s.required;
            return (
              <tr key={s.seat_id} className={vacantRequired ? 'row-vacant' : undefined}>
                <th scope="row">{s.label}</th>
                <td>{t(`councils.roles.${s.role}`, { defaultValue: s.role })}</td>
                <td>
                  <OrganizationLink id={s.organization_id} lookup={orgs} />
                </td>
                <td>{s.required ? t('councils.seats.requiredYes') : t('councils.seats.requiredNo')}</td>
                <td>
                  {s.holders.length === 0 ? (
                    t('common.none')
                  ) : (
                    <ul className="plain-list">
                      {s.holders.map((h) => (
                        <li key={h.membership_id}>
                          <PersonLink id={h.person_id} name={h.person_name} />
                          {h.on_behalf_of_id && (
                            <>
                              {' '}
                              ({t('councils.seats.onBehalfOf')} <OrganizationLink id={h.on_behalf_of_id} lookup={orgs} />)
                            </>
                          )}
                          {h.end_date && (
                            <span className="muted"> – {t('councils.seats.until', { date: formatDate(h.end_date, i18n.language) })}</span>
                          )}
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
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
