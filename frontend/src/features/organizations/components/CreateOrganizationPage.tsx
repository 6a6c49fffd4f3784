import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import type { NewOrganization } from '@/api/types';
import { useCollectionCan } from '@/lib/permissions';
import { Loading } from '@/components/ui/Spinner';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { useCreateOrganization } from '../api/organizations';
import { OrganizationForm } from './OrganizationForm';

export function CreateOrganizationPage() {
  const { t } = useTranslation();
  const mayCreate = useCollectionCan('organizations');
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreateOrganization();
  const withKey = useIdempotencyKey();
  useDocumentTitle(t('organizations.newTitle'));

  if (mayCreate === undefined) return <Loading />;
  if (!mayCreate) return <Navigate to="/organizations" replace />;

  async function onSubmit(body: NewOrganization) {
    const org = await withKey((idempotencyKey) => create.mutateAsync({ body, idempotencyKey }));
    const target = `/organizations/${org.id}`;
    flash.show(t('organizations.form.created', { name: org.name }), target);
    navigate(target);
  }

  return (
    <>
      <p>
        <Link to="/organizations">{t('organizations.backToList')}</Link>
      </p>
      <h1>{t('organizations.newTitle')}</h1>
      <OrganizationForm submitLabel={t('organizations.form.create')} pendingLabel={t('organizations.form.creating')} onSubmit={onSubmit} />
    </>
  );
}
