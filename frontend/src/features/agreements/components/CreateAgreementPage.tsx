import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import type { NewAgreement } from '@/api/types';
import { useCollectionCan } from '@/lib/permissions';
import { Loading } from '@/components/ui/Spinner';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { useCreateAgreement } from '../api/agreements';
import { AgreementForm } from './AgreementForm';

export function CreateAgreementPage() {
  const { t } = useTranslation();
  const mayCreate = useCollectionCan('agreements');
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreateAgreement();
  const withKey = useIdempotencyKey();
  useDocumentTitle(t('agreements.newTitle'));
  if (mayCreate === undefined) return <Loading />;
  if (!mayCreate) return <Navigate to="/agreements" replace />;

  async function onSubmit(body: NewAgreement) {
    const a = await withKey((idempotencyKey) => create.mutateAsync({ body, idempotencyKey }));
    flash.show(t('agreements.created', { name: a.name }), `/agreements/${a.id}`);
    navigate(`/agreements/${a.id}`);
  }

  return (
    <>
      <p>
        <Link to="/agreements">{t('agreements.backToList')}</Link>
      </p>
      <h1>{t('agreements.newTitle')}</h1>
      <AgreementForm submitLabel={t('agreements.create')} onSubmit={onSubmit} />
    </>
  );
}
