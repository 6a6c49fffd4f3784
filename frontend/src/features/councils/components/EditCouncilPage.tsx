import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { NewCouncil } from '@/api/types';
import { useCan } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useCouncil, useUpdateCouncil } from '../api/councils';
import { CouncilForm } from './CouncilForm';

export function EditCouncilPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const flash = useFlash();
  const council = useCouncil(id);
  const update = useUpdateCouncil(id);
  useDocumentTitle(council.data ? t('councils.editTitle', { name: council.data.name }) : t('councils.title'));

  if (council.isPending) return <Loading />;
  if (council.isError) return <ErrorMessage error={council.error} onRetry={() => void council.refetch()} />;
  const loaded = council.data;
  if (!can('update', loaded)) return <Navigate to={`/councils/${id}`} replace />;

  async function onSubmit(body: NewCouncil) {
    // A patch has no null status (null would not mean "clear"); the form always sets one.
    const updated = await update.mutateAsync({ version: loaded.version, patch: { ...body, status: body.status ?? undefined } });
    const target = `/councils/${updated.id}`;
    flash.show(t('councils.form.updated'), target);
    navigate(target);
  }

  return (
    <>
      <p>
        <Link to={`/councils/${id}`}>{t('common.back')}</Link>
      </p>
      <h1>{t('councils.editTitle', { name: loaded.name })}</h1>
      <CouncilForm
        key={loaded.version}
        council={loaded}
        submitLabel={t('common.save')}
        pendingLabel={t('common.saving')}
        onSubmit={onSubmit}
        staleAction={
          <button type="button" className="button" onClick={() => void council.refetch()}>
            {t('common.reload')}
          </button>
        }
      />
    </>
  );
}
