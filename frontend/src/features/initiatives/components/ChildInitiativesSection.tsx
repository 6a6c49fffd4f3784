import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Initiative } from '@/api/types';
import { useCan, useCollectionCan } from '@/lib/permissions';
import { InitiativeStatusBadge, MetBadge } from '@/components/initiatives/MetBadge';
import { ProgressMeter } from '@/components/initiatives/ProgressMeter';
import { ListView } from '@/components/list/ListView';
import { useChildInitiatives } from '../api/initiatives';

/**
 * "Delinsatser": the initiatives under this one (`?parent_id=`), each with its weight, status, progress
 * and whether its target is met; "Ny delinsats" for those who run the council.
 */
export function ChildInitiativesSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const can = useCan();
  const mayCreate = useCollectionCan('initiatives');
  const children = useChildInitiatives(initiative.id);
  return (
    <section aria-labelledby="initiative-children-heading">
      <h2 id="initiative-children-heading">{t('initiatives.detail.children')}</h2>
      <ListView list={children} hideCount empty={t('initiatives.detail.noChildren')}>
        {(items) => (
          <ul className="child-initiatives" aria-labelledby="initiative-children-heading">
            {items.map((c) => (
              <ChildItem key={c.id} child={c} />
            ))}
          </ul>
        )}
      </ListView>
      {mayCreate && can('update', initiative) && (
        <p>
          <Link className="button" to={`/initiatives/new?parent_id=${initiative.id}`}>
            {t('initiatives.detail.newChild')}
          </Link>
        </p>
      )}
    </section>
  );
}

function ChildItem({ child: c }: { child: Initiative }) {
  const { t } = useTranslation();
  return (
    <li>
      <p className="child-title">
        <Link to={`/initiatives/${c.id}`}>{c.title}</Link>{' '}
        <span className="muted">
          ({t(`initiatives.kinds.${c.kind}`)}, {t('initiatives.detail.weightShort', { weight: String(c.weight) })})
        </span>
      </p>
      <p className="badge-row">
        <InitiativeStatusBadge status={c.status} />
        <MetBadge met={c.progress.met} />
      </p>
      <ProgressMeter percent={c.progress.percent} rolledUp={c.progress.rolled_up} label={t('initiatives.progress.labelFor', { title: c.title })} />
    </li>
  );
}
