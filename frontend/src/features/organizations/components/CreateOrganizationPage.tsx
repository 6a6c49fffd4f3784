import { useTranslation } from 'react-i18next';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCreateOrganization } from '../api/organizations';
import { OrganizationForm } from './OrganizationForm';

export function CreateOrganizationPage() {
  const { t } = useTranslation();
  return (
    <CreatePage
      title={t('organizations.newTitle')}
      collection="organizations"
      back="/organizations"
      backLabel={t('organizations.backToList')}
      submitLabel={t('organizations.form.create')}
      pendingLabel={t('organizations.form.creating')}
      create={useCreateOrganization()}
      done={(o) => ({ to: `/organizations/${o.id}`, message: t('organizations.form.created', { name: o.name }) })}
    >
      {(form) => <OrganizationForm {...form} />}
    </CreatePage>
  );
}
