import { useTranslation } from 'react-i18next';
import type { Initiative } from '@/api/types';
import { formatDate } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { EntityLink, EntityLinks } from '@/components/EntityLink';
import { InitiativeStatusBadge, MissingFinalReportBadge } from '@/components/initiatives/MetBadge';

/** The period in words: "2026-01-01 – 2026-12-31", "från 2026-01-01", "till 2026-12-31", or "–". */
export function periodText(startsOn: string | null | undefined, endsOn: string | null | undefined, t: (key: string, o?: Record<string, string>) => string): string {
  if (startsOn && endsOn) return `${formatDate(startsOn)} – ${formatDate(endsOn)}`;
  if (startsOn) return t('initiatives.detail.periodFrom', { date: formatDate(startsOn) });
  if (endsOn) return t('initiatives.detail.periodUntil', { date: formatDate(endsOn) });
  return t('common.none');
}

/** "Översikt" and "Parter och åtaganden": what the initiative is, who leads it and who takes part. */
export function InitiativeDefinition({ initiative: i }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const names = namesOf(i);
  const publicText = !i.is_public
    ? t('initiatives.detail.internal')
    : i.kind === 'citizen_promise'
      ? t('initiatives.detail.publicPromise')
      : t('initiatives.detail.public');
  return (
    <>
      <section aria-labelledby="initiative-overview-heading">
        <h2 id="initiative-overview-heading">{t('initiatives.detail.overview')}</h2>
        <dl className="details">
          <div>
            <dt>{t('initiatives.fields.kind')}</dt>
            <dd>{t(`initiatives.kinds.${i.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.status')}</dt>
            <dd>
              <span className="badge-row">
                <InitiativeStatusBadge status={i.status} />
                {i.progress.missing_final_report && <MissingFinalReportBadge />}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.council')}</dt>
            <dd>
              <EntityLink kind="council" id={i.council_id} names={names} />
            </dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.areas')}</dt>
            <dd>
              <EntityLinks kind="area" ids={i.area_ids} names={names} />
            </dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.priorityArea')}</dt>
            <dd>{i.priority_area || t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.lead')}</dt>
            <dd>
              <EntityLink kind="organization" id={i.lead_organization_id} names={names} />
            </dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.owner')}</dt>
            <dd>
              <EntityLink kind="person" id={i.owner_person_id} names={names} />
            </dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.period')}</dt>
            <dd>{periodText(i.starts_on, i.ends_on, t)}</dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.isPublic')}</dt>
            <dd>{publicText}</dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.parent')}</dt>
            <dd>
              <EntityLink kind="initiative" id={i.parent_id} names={names} />
              {i.parent_id && <> {t('initiatives.detail.weight', { weight: String(i.weight) })}</>}
            </dd>
          </div>
          <div>
            <dt>{t('initiatives.fields.description')}</dt>
            <dd className="pre-line">{i.description || t('common.none')}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="initiative-partners-heading">
        <h2 id="initiative-partners-heading">{t('initiatives.detail.partners')}</h2>
        {i.partners.length === 0 ? (
          <p>{t('initiatives.detail.noPartners')}</p>
        ) : (
          <ul className="partner-list">
            {i.partners.map((p) => (
              <li key={p.organization_id}>
                <EntityLink kind="organization" id={p.organization_id} names={names} />
                {': '}
                {p.commitment || <span className="muted">{t('initiatives.detail.noCommitment')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
