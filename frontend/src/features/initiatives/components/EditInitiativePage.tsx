import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useInitiative, useUpdateInitiative } from '../api/initiatives';
import { InitiativeForm } from './InitiativeForm';

export function EditInitiativePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={useInitiative(id)}
      update={useUpdateInitiative(id)}
      title={(i) => t('initiatives.editTitle', { title: i.title })}
      loadingTitle={t('initiatives.title')}
      back={`/initiatives/${id}`}
    >
      {(i, form) => <InitiativeForm initiative={i} {...form} />}
    </EditPage>
  );
}
