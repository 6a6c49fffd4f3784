import { useTranslation } from 'react-i18next';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCreateIndicator } from '../api/indicators';
import { IndicatorForm } from './IndicatorForm';

export function CreateIndicatorPage() {
  const { t } = useTranslation();
  return (
    <CreatePage
      title={t('indicators.newTitle')}
      collection="indicators"
      back="/indicators"
      backLabel={t('indicators.backToList')}
      submitLabel={t('indicators.form.create')}
      pendingLabel={t('indicators.form.creating')}
      create={useCreateIndicator()}
      done={(i) => ({ to: `/indicators/${i.id}`, message: t('indicators.form.created', { name: i.name }) })}
    >
      {(form) => <IndicatorForm {...form} />}
    </CreatePage>
  );
}
