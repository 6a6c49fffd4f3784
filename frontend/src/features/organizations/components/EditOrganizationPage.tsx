import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useOrganization, useUpdateOrganization } from '../api/organizations';
import { OrganizationForm } from './OrganizationForm';

export function EditOrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={useOrganization(id)}
      update={useUpdateOrganization(id)}
      title={(o) => t('organizations.editTitle', { name: o.name })}
      loadingTitle={t('organizations.title')}
      back={`/organizations/${id}`}
    >
      {(o, form) => <OrganizationForm organization={o} {...form} />}
    </EditPage>
  );
}
