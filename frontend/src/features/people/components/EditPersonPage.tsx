import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { usePerson, useUpdatePerson } from '../api/people';
import { PersonForm } from './PersonForm';

export function EditPersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={usePerson(id)}
      update={useUpdatePerson(id)}
      title={(p) => t('people.editTitle', { name: p.name })}
      loadingTitle={t('people.title')}
      back={`/people/${id}`}
    >
      {(p, form) => <PersonForm person={p} {...form} />}
    </EditPage>
  );
}
