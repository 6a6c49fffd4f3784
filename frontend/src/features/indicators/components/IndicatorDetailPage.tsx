import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { betterDirectionText } from '@/lib/indicators';
import { useCan } from '@/lib/permissions';
import { formatDateTime } from '@/lib/format';
import { DetailPage } from '@/components/pages/DetailPage';
import { useIndicator } from '../api/indicators';
import { DeleteIndicatorSection } from './DeleteIndicatorSection';
import { IndicatorValuesSection } from './IndicatorValuesSection';
import './indicators.css';

/** An indicator: its definition, its values per area (chart and table), and its removal. */
export function IndicatorDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const can = useCan();
  return (
    <DetailPage
      query={useIndicator(id)}
      title={(i) => i.name}
      loadingTitle={t('indicators.title')}
      back="/indicators"
      backLabel={t('indicators.backToList')}
      edit={(i) => `/indicators/${i.id}/edit`}
    >
      {(i) => (
        <>
          <dl className="details">
            <div>
              <dt>{t('indicators.fields.code')}</dt>
              <dd>
                <code>{i.code}</code>
              </dd>
            </div>
            <div>
              <dt>{t('indicators.fields.source')}</dt>
              <dd>{t(`indicators.sources.${i.source}`)}</dd>
            </div>
            <div>
              <dt>{t('indicators.fields.unit')}</dt>
              <dd>{i.unit || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('indicators.fields.betterDirection')}</dt>
              <dd>{betterDirectionText(t, i.better_direction)}</dd>
            </div>
            <div>
              <dt>{t('indicators.fields.description')}</dt>
              <dd className="pre-line">{i.description || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('indicators.fields.updatedAt')}</dt>
              <dd>{formatDateTime(i.updated_at, i18n.language)}</dd>
            </div>
          </dl>
          <IndicatorValuesSection indicator={i} />
          {can('delete', i) && <DeleteIndicatorSection indicator={i} />}
        </>
      )}
    </DetailPage>
  );
}
