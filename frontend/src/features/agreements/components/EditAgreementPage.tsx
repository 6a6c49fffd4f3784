import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { NewAgreement } from '@/api/types';
import { useCan } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useAgreement, useUpdateAgreement } from '../api/agreements';
import { AgreementForm } from './AgreementForm';

export function EditAgreementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const flash = useFlash();
  const agreement = useAgreement(id);
  const update = useUpdateAgreement(id);
  useDocumentTitle(agreement.data ? t('agreements.editTitle', { name: agreement.data.name }) : t('agreements.title'));
  if (agreement.isPending) return <Loading />;
  if (agreement.isError) return <ErrorMessage error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const loaded = agreement.data;
  if (!can('update', loaded)) return <Navigate to={`/agreements/${id}`} replace />;

  async function onSubmit(body: NewAgreement) {
    // A patch has no null phase (null would not mean "clear"); the form always sets one.
    await update.mutateAsync({ version: loaded.version, patch: { ...body, phase: body.phase ?? undefined } });
    flash.show(t('forms.updated'), `/agreements/${id}`);
    navigate(`/agreements/${id}`);
  }

  return (
    <>
      <p>
        <Link to={`/agreements/${id}`}>{t('common.back')}</Link>
      </p>
      <h1>{t('agreements.editTitle', { name: loaded.name })}</h1>
      <AgreementForm
        key={loaded.version}
        agreement={loaded}
        submitLabel={t('common.save')}
        onSubmit={onSubmit}
        staleAction={
          <button type="button" className="button" onClick={() => void agreement.refetch()}>
            {t('common.reload')}
          </button>
        }
      />
    </>
  );
}
