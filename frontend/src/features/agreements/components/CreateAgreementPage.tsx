import { useTranslation } from 'react-i18next';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCreateAgreement } from '../api/agreements';
import { AgreementForm } from './AgreementForm';

export function CreateAgreementPage() {
  const { t } = useTranslation();
  return (
    <CreatePage
      title={t('agreements.newTitle')}
      collection="agreements"
      back="/agreements"
      backLabel={t('agreements.backToList')}
      submitLabel={t('agreements.create')}
      create={useCreateAgreement()}
      done={(a) => ({ to: `/agreements/${a.id}`, message: t('agreements.created', { name: a.name }) })}
    >
      {(form) => <AgreementForm {...form} />}
    </CreatePage>
  );
}
