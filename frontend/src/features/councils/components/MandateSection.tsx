import { useTranslation } from 'react-i18next';
import type { Council } from '@/api/types';
import { formatDate } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { EntityLink } from '@/components/EntityLink';

export function MandateSection({ council }: { council: Council }) {
  const { t, i18n } = useTranslation();
  const m = council.mandate;
  const names = namesOf(council);
  return (
    <section aria-labelledby="mandate-heading">
      <h2 id="mandate-heading">{t('councils.fields.mandate')}</h2>
      {m ? (
        <dl className="details">
          <div>
            <dt>{t('councils.detail.decidedBy')}</dt>
            <dd>
              {m.decided_by_council_id ? (
                <EntityLink kind="council" id={m.decided_by_council_id} names={names} />
              ) : (
                <EntityLink kind="organization" id={m.decided_by_organization_id} names={names} />
              )}
            </dd>
          </div>
          <div>
            <dt>{t('councils.fields.decisionReference')}</dt>
            <dd>{m.decision_reference || t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('councils.fields.decidedOn')}</dt>
            <dd>{formatDate(m.decided_on, i18n.language) || t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('councils.fields.registrationNumber')}</dt>
            <dd>{m.registration_number || t('common.none')}</dd>
          </div>
        </dl>
      ) : (
        <p>{t('councils.detail.noMandate')}</p>
      )}
    </section>
  );
}
