import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useIndicator, useUpdateIndicator } from '../api/indicators';
import { IndicatorForm } from './IndicatorForm';

export function EditIndicatorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={useIndicator(id)}
      update={useUpdateIndicator(id)}
      title={(i) => t('indicators.editTitle', { name: i.name })}
      loadingTitle={t('indicators.title')}
      back={`/indicators/${id}`}
    >
      {(i, form) => <IndicatorForm indicator={i} {...form} />}
    </EditPage>
  );
}
