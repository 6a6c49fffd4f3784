import { useTranslation } from 'react-i18next';
import type { Council } from '@/api/types';
import { formatDate } from '@/lib/format';
import { entityName, namesOf } from '@/lib/names';
import { CouncilStatusBadge } from '@/components/ui/CouncilStatusBadge';

/**
 * In the edit form of a caller without `govern` (a chair or secretary): what only a coordinator or
 * admin changes (kind, parent, status, dates, areas, mandate, publicity), shown read-only.
 */
export function GovernedFields({ council: c }: { council: Council }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const names = namesOf(c);
  // Names as text, not links: a link would leave the form and its unsaved changes.
  const name = (id: string | null | undefined) => (id ? (entityName(id, names) ?? t('common.nameMissing')) : t('common.none'));
  const mandate = [c.mandate?.decision_reference, c.mandate?.registration_number].filter(Boolean).join(', ');
  return (
    <section className="governed-fields" aria-labelledby="council-governed-heading">
      <h2 id="council-governed-heading">{t('forms.changedByCoordinators')}</h2>
      <p className="hint">{t('councils.form.governedNote')}</p>
      <dl className="details">
        <div>
          <dt>{t('councils.fields.kind')}</dt>
          <dd>{t(`councils.kinds.${c.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.parent')}</dt>
          <dd>{name(c.parent_id)}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.status')}</dt>
          <dd>
            <CouncilStatusBadge status={c.status} />
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
          <dt>{t('councils.fields.areas')}</dt>
          <dd>{c.area_ids.length ? c.area_ids.map(name).join(', ') : t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.mandate')}</dt>
          <dd>{mandate || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('councils.fields.isPublic')}</dt>
          <dd>{c.is_public ? t('councils.detail.public') : t('councils.detail.notPublic')}</dd>
        </div>
      </dl>
    </section>
  );
}
