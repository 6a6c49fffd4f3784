import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useAgreement, useUpdateAgreement } from '../api/agreements';
import { AgreementForm } from './AgreementForm';

export function EditAgreementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={useAgreement(id)}
      update={useUpdateAgreement(id)}
      title={(a) => t('agreements.editTitle', { name: a.name })}
      loadingTitle={t('agreements.title')}
      back={`/agreements/${id}`}
    >
      {(a, form) => <AgreementForm agreement={a} {...form} />}
    </EditPage>
  );
}
