import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { DetailPage } from '@/components/pages/DetailPage';
import { EntityLink } from '@/components/EntityLink';
import { useOrganization } from '../api/organizations';

export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  return (
    <DetailPage
      query={useOrganization(id)}
      title={(o) => o.name}
      loadingTitle={t('organizations.title')}
      back="/organizations"
      backLabel={t('organizations.backToList')}
      edit={(o) => `/organizations/${o.id}/edit`}
    >
      {(o) => (
        <>
          <dl className="details">
            <div>
              <dt>{t('organizations.fields.kind')}</dt>
              <dd>{t(`organizations.kinds.${o.kind}`)}</dd>
            </div>
            <div>
              <dt>{t('organizations.fields.organizationNumber')}</dt>
              <dd>{o.organization_number ?? t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('organizations.fields.parent')}</dt>
              <dd>
                <EntityLink kind="organization" id={o.parent_id} names={namesOf(o)} />
              </dd>
            </div>
            <div>
              <dt>{t('organizations.fields.createdAt')}</dt>
              <dd>{formatDateTime(o.created_at, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('organizations.fields.updatedAt')}</dt>
              <dd>{formatDateTime(o.updated_at, i18n.language)}</dd>
            </div>
          </dl>
          <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{t('organizations.fields.contactDetails')}</h2>
            {o.contact_details.length === 0 ? (
              <p>{t('organizations.fields.noContacts')}</p>
            ) : (
              <dl className="details">
                {o.contact_details.map((c, i) => (
                  <div key={i}>
                    <dt>
                      {t(`organizations.contactTypes.${c.type}`)}
                      {c.label ? ` (${c.label})` : ''}
                    </dt>
                    <dd>{c.type === 'email' ? <a href={`mailto:${c.value}`}>{c.value}</a> : c.value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </>
      )}
    </DetailPage>
  );
}
