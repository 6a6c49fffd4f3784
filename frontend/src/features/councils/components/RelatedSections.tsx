import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Council } from '@/api/types';
import { ListView } from '@/components/list/ListView';
import { useChildCouncils, useCouncilAgreements } from '../api/councils';

export function ChildrenSection({ council }: { council: Council }) {
  const { t } = useTranslation();
  const children = useChildCouncils(council.id);
  if (!children.data || children.data.pages[0].items.length === 0) return null;
  return (
    <section aria-labelledby="children-heading">
      <h2 id="children-heading">{t('councils.detail.children')}</h2>
      <ListView list={children} hideCount>
        {(items) => (
          <ul>
            {items.map((c) => (
              <li key={c.id}>
                <Link to={`/councils/${c.id}`}>{c.name}</Link> ({t(`councils.kinds.${c.kind}`)})
              </li>
            ))}
          </ul>
        )}
      </ListView>
    </section>
  );
}

export function AgreementsSection({ council }: { council: Council }) {
  const { t } = useTranslation();
  const agreements = useCouncilAgreements(council.id);
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">{t('councils.detail.agreements')}</h2>
      <ListView list={agreements} hideCount empty={t('councils.detail.noAgreements')}>
        {(items) => (
          <ul>
            {items.map((a) => (
              <li key={a.id}>
                <Link to={`/agreements/${a.id}`}>{a.name}</Link> ({t(`agreements.phases.${a.phase}`)})
              </li>
            ))}
          </ul>
        )}
      </ListView>
    </section>
  );
}
