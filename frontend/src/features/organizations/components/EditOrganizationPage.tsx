import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { NewOrganization } from '@/api/types';
import { useCan } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useOrganization, useUpdateOrganization } from '../api/organizations';
import { OrganizationForm } from './OrganizationForm';

export function EditOrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const flash = useFlash();
  const org = useOrganization(id);
  const update = useUpdateOrganization(id);
  useDocumentTitle(org.data ? t('organizations.editTitle', { name: org.data.name }) : t('organizations.title'));

  if (org.isPending) return <Loading />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  const loaded = org.data;
  if (!can('update', loaded)) return <Navigate to={`/organizations/${id}`} replace />;

  async function onSubmit(body: NewOrganization) {
    const updated = await update.mutateAsync({ version: loaded.version, patch: body });
    const target = `/organizations/${updated.id}`;
    flash.show(t('organizations.form.updated'), target);
    navigate(target);
  }

  return (
    <>
      <p>
        <Link to={`/organizations/${id}`}>{t('common.back')}</Link>
      </p>
      <h1>{t('organizations.editTitle', { name: loaded.name })}</h1>
      <OrganizationForm
        // A new version (after a reload) starts a fresh form.
        key={loaded.version}
        organization={loaded}
        submitLabel={t('common.save')}
        pendingLabel={t('common.saving')}
        onSubmit={onSubmit}
        staleAction={
          <button type="button" className="button" onClick={() => void org.refetch()}>
            {t('common.reload')}
          </button>
        }
      />
    </>
  );
}
