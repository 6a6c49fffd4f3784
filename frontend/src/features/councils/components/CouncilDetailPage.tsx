import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Council, Membership, Seat } from '@/api/types';
import { useAuth } from '@/lib/auth-context';
import { formatDate, todayIso } from '@/lib/format';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { AreaLinks } from '@/features/areas/components/AreaLinks';
import { useAreaLookup } from '@/features/areas/api/areas';
import { useAgreements } from '@/features/agreements/api/agreements';
import { useStaffing } from '@/features/reports/api/reports';
import { SeatStaffingTable } from '@/features/reports/components/SeatStaffingTable';
import { useChildCouncils, useCouncil, useMemberships, useSeats } from '../api/councils';
import { describeCadence, formatMeeting } from '../lib/cadence';
import { StatusBadge } from './CouncilsPage';
import { CouncilLink, OrganizationLink, PersonLink, useCouncilLookup, useOrganizationLookup } from './names';

/** Admins and coordinators manage every council; members may be a chair or secretary (the server decides). */
export function useMayManageCouncil(): boolean {
  const role = useAuth().user?.role;
  return role === 'admin' || role === 'coordinator' || role === 'member';
}

export function CouncilDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const council = useCouncil(id);
  const mayManage = useMayManageCouncil();
  const areas = useAreaLookup();
  const orgs = useOrganizationLookup();
  const councils = useCouncilLookup();
  useDocumentTitle(council.data?.name ?? t('councils.title'));

  if (council.isPending) return <Loading />;
  if (council.isError) return <ErrorMessage error={council.error} onRetry={() => void council.refetch()} />;
  const c = council.data;
  const lang = i18n.language;

  return (
    <>
      <p>
        <Link to="/councils">{t('councils.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{c.name}</h1>
        {mayManage && (
          <Link to={`/councils/${c.id}/edit`} className="button button-primary">
            {t('common.edit')}
          </Link>
        )}
      </div>

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
              <StatusBadge status={c.status} />
            </dd>
          </div>
          <div>
            <dt>{t('councils.fields.parent')}</dt>
            <dd>
              <CouncilLink id={c.parent_id} lookup={councils} />
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
            {c.next_meetings.length === 0 ? (
              <p>{t('councils.detail.noMeetings')}</p>
            ) : (
              <ol aria-labelledby="next-meetings-heading" className="meeting-list">
                {c.next_meetings.map((m) => (
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

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t('councils.fields.areas')}</h2>
        <p>
          <AreaLinks ids={c.area_ids} lookup={areas.data} />
        </p>
      </section>

      <section aria-labelledby="mandate-heading">
        <h2 id="mandate-heading">{t('councils.fields.mandate')}</h2>
        {c.mandate ? (
          <dl className="details">
            <div>
              <dt>{t('councils.detail.decidedBy')}</dt>
              <dd>
                {c.mandate.decided_by_council_id ? (
                  <CouncilLink id={c.mandate.decided_by_council_id} lookup={councils} />
                ) : c.mandate.decided_by_organization_id ? (
                  <OrganizationLink id={c.mandate.decided_by_organization_id} lookup={orgs} />
                ) : (
                  t('common.none')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('councils.fields.decisionReference')}</dt>
              <dd>{c.mandate.decision_reference || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('councils.fields.decidedOn')}</dt>
              <dd>{formatDate(c.mandate.decided_on, lang) || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('councils.fields.registrationNumber')}</dt>
              <dd>{c.mandate.registration_number || t('common.none')}</dd>
            </div>
          </dl>
        ) : (
          <p>{t('councils.detail.noMandate')}</p>
        )}
      </section>

      <SeatsSection council={c} mayManage={mayManage} />
      <HistorySection council={c} />
      <ChildrenSection council={c} />
      <AgreementsSection council={c} />
    </>
  );
}

function SeatsSection({ council, mayManage }: { council: Council; mayManage: boolean }) {
  const { t } = useTranslation();
  const staffing = useStaffing(council.id, todayIso());
  const memberships = useMemberships(council.id);
  const report = staffing.data?.councils.find((s) => s.council_id === council.id);
  const withoutSeat = (memberships.data ?? []).filter((m) => m.current && !m.seat_id);

  return (
    <section aria-labelledby="seats-heading">
      <div className="page-heading">
        <h2 id="seats-heading">{t('councils.detail.seats')}</h2>
        {mayManage && (
          <div className="button-row">
            <Link to={`/councils/${council.id}/seats/new`} className="button">
              {t('councils.seats.add')}
            </Link>
            <Link to={`/councils/${council.id}/members/new`} className="button">
              {t('councils.members.add')}
            </Link>
          </div>
        )}
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
          endTermHref={mayManage ? (mid) => `/councils/${council.id}/memberships/${mid}/end` : undefined}
        />
      )}
      {withoutSeat.length > 0 && (
        <>
          <h3>{t('councils.detail.membersWithoutSeat')}</h3>
          <ul>
            {withoutSeat.map((m) => (
              <li key={m.id}>
                <PersonLink id={m.person_id} /> – {t(`councils.roles.${m.role}`)}
                {mayManage && (
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

function HistorySection({ council }: { council: Council }) {
  const { t, i18n } = useTranslation();
  const memberships = useMemberships(council.id);
  const seats = useSeats(council.id);
  const seatById = new Map((seats.data ?? []).map((s: Seat) => [s.id, s]));
  const today = todayIso();
  const ended = (memberships.data ?? [])
    .filter((m: Membership) => !m.current && m.end_date && m.end_date < today)
    .sort((a, b) => (b.end_date ?? '').localeCompare(a.end_date ?? ''));

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('councils.detail.history')}</h2>
      {memberships.isPending ? (
        <Loading />
      ) : memberships.isError ? (
        <ErrorMessage error={memberships.error} onRetry={() => void memberships.refetch()} />
      ) : ended.length === 0 ? (
        <p>{t('councils.detail.noHistory')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('councils.detail.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('councils.members.person')}</th>
                <th scope="col">{t('councils.members.seat')}</th>
                <th scope="col">{t('councils.members.role')}</th>
                <th scope="col">{t('councils.members.startDate')}</th>
                <th scope="col">{t('councils.members.endDate')}</th>
              </tr>
            </thead>
            <tbody>
              {ended.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <PersonLink id={m.person_id} />
                  </th>
                  <td>{m.seat_id ? seatById.get(m.seat_id)?.label ?? t('common.none') : t('common.none')}</td>
                  <td>{t(`councils.roles.${m.role}`)}</td>
                  <td>{formatDate(m.start_date, i18n.language)}</td>
                  <td>{formatDate(m.end_date, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ChildrenSection({ council }: { council: Council }) {
  const { t } = useTranslation();
  const children = useChildCouncils(council.id);
  if (!children.data || children.data.length === 0) return null;
  return (
    <section aria-labelledby="children-heading">
      <h2 id="children-heading">{t('councils.detail.children')}</h2>
      <ul>
        {children.data.map((c) => (
          <li key={c.id}>
            <Link to={`/councils/${c.id}`}>{c.name}</Link> ({t(`councils.kinds.${c.kind}`)})
          </li>
        ))}
      </ul>
    </section>
  );
}

function AgreementsSection({ council }: { council: Council }) {
  const { t } = useTranslation();
  const agreements = useAgreements({ council_id: council.id });
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">{t('councils.detail.agreements')}</h2>
      {agreements.isPending ? (
        <Loading />
      ) : agreements.isError ? (
        <ErrorMessage error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : agreements.data.length === 0 ? (
        <p>{t('councils.detail.noAgreements')}</p>
      ) : (
        <ul>
          {agreements.data.map((a) => (
            <li key={a.id}>
              <Link to={`/agreements/${a.id}`}>{a.name}</Link> ({t(`agreements.phases.${a.phase}`)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
