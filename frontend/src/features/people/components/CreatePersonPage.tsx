import { useTranslation } from 'react-i18next';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCreatePerson } from '../api/people';
import { PersonForm } from './PersonForm';

export function CreatePersonPage() {
  const { t } = useTranslation();
  return (
    <CreatePage
      title={t('people.newTitle')}
      collection="people"
      back="/people"
      backLabel={t('people.backToList')}
      submitLabel={t('people.create')}
      create={useCreatePerson()}
      done={(p) => ({ to: `/people/${p.id}`, message: t('people.created', { name: p.name }) })}
    >
      {(form) => <PersonForm {...form} />}
    </CreatePage>
  );
}
