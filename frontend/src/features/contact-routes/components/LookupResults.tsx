import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactLookup, ContactRoute, RouteMatch } from '@/api/types';
import { formatDate } from '@/lib/format';
import { durationWords } from '../lib/duration';
import { hasOpeningHours, weeklySummary } from '../lib/opening-hours';
import { ChannelList, OpenNowBadge, StaleBadge } from './RouteParts';

/** The lookup's routes, best first: each a card with where it goes next (backup, escalation). */
export function LookupResults({ lookup }: { lookup: ContactLookup }) {
  const { t } = useTranslation();
  if (lookup.routes.length === 0) return <p>{t('contactRoutes.lookup.noRoutes')}</p>;
  return (
    <ol className="route-results">
      {lookup.routes.map((m, i) => (
        <li key={m.route.id}>
          <RouteCard match={m} rank={i + 1} />
        </li>
      ))}
    </ol>
  );
}

function RouteCard({ match, rank }: { match: RouteMatch; rank: number }) {
  const { t } = useTranslation();
  const r = match.route;
  const headingId = `route-${r.id}`;
  return (
    <article className="route-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="visually-hidden">{t('contactRoutes.lookup.rank', { n: rank })} </span>
        {r.function}
      </h3>
      <p className="route-org">{r.names[r.organization_id] ?? t('common.nameMissing')}</p>
      <p className="badge-row">
        <span className="badge badge-upcoming">
          <span className="visually-hidden">{t('contactRoutes.specificityLabel')} </span>
          {t(`contactRoutes.specificity.${Math.min(Math.max(match.specificity, 0), 4)}`)}
        </span>
        <OpenNowBadge openNow={r.open_now} />
        {r.stale && <StaleBadge lastVerifiedAt={r.last_verified_at} />}
      </p>
      <RouteFacts route={r} />
      {(match.backup || match.escalation) && (
        <div className="route-next">
          {match.backup && <NextRoute route={match.backup} kind="backup" />}
          {match.escalation && <NextRoute route={match.escalation} kind="escalation" />}
        </div>
      )}
      <p>
        <Link to={`/kontaktvagar/${r.id}`}>
          {t('contactRoutes.lookup.showRoute')}
          <span className="visually-hidden">: {r.function}</span>
        </Link>
      </p>
    </article>
  );
}

/** Channels, hours in short, the response target in words, the areas and the note. */
function RouteFacts({ route: r }: { route: ContactRoute }) {
  const { t } = useTranslation();
  const areas = r.area_ids.map((id) => r.names[id] ?? t('common.nameMissing'));
  return (
    <>
      <ChannelList channels={r.channels} />
      <dl className="route-facts">
        <div>
          <dt>{t('contactRoutes.fields.openingHours')}</dt>
          <dd>{hasOpeningHours(r.opening_hours) ? weeklySummary(r.opening_hours, t) || t('contactRoutes.hours.onlyExceptions') : t('contactRoutes.hours.none')}</dd>
        </div>
        <div>
          <dt>{t('contactRoutes.fields.responseTarget')}</dt>
          <dd>{r.response_target ? t('contactRoutes.responseWithin', { duration: durationWords(r.response_target, t) }) : t('contactRoutes.noResponseTarget')}</dd>
        </div>
        <div>
          <dt>{t('contactRoutes.fields.areas')}</dt>
          <dd>{areas.length > 0 ? areas.join(', ') : t('contactRoutes.everywhere')}</dd>
        </div>
        {r.stale && (
          <div>
            <dt>{t('contactRoutes.fields.lastVerified')}</dt>
            <dd>{t('contactRoutes.verifiedOnBy', { date: formatDate(r.last_verified_at), name: r.last_verified_by })}</dd>
          </div>
        )}
        {r.note && (
          <div>
            <dt>{t('contactRoutes.fields.note')}</dt>
            <dd className="pre-line">{r.note}</dd>
          </div>
        )}
      </dl>
    </>
  );
}

/** A backup ("if no one answers") or an escalation ("if it is not solved"): its function, organisation, channels. */
function NextRoute({ route: r, kind }: { route: ContactRoute; kind: 'backup' | 'escalation' }) {
  const { t } = useTranslation();
  return (
    <section className="next-route" aria-label={`${t(`contactRoutes.next.${kind}`)}: ${r.function}`}>
      <h4>
        {t(`contactRoutes.next.${kind}`)}: <Link to={`/kontaktvagar/${r.id}`}>{r.function}</Link>
      </h4>
      <p className="muted">{t(`contactRoutes.next.${kind}Hint`)}</p>
      <p className="badge-row">
        <span>{r.names[r.organization_id] ?? t('common.nameMissing')}</span> <OpenNowBadge openNow={r.open_now} />
        {r.stale && <StaleBadge lastVerifiedAt={r.last_verified_at} />}
      </p>
      <ChannelList channels={r.channels} />
    </section>
  );
}
