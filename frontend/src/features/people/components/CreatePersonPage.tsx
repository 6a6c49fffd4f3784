import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import type { NewPerson } from '@/api/types';
import { useCollectionCan } from '@/lib/permissions';
import { Loading } from '@/components/ui/Spinner';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { useCreatePerson } from '../api/people';
import { PersonForm } from './PersonForm';

export function CreatePersonPage() {
  const { t } = useTranslation();
  const mayCreate = useCollectionCan('people');
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreatePerson();
  const withKey = useIdempotencyKey();
  useDocumentTitle(t('people.newTitle'));
  if (mayCreate === undefined) return <Loading />;
  if (!mayCreate) return <Navigate to="/people" replace />;

  async function onSubmit(body: NewPerson) {
    const p = await withKey((idempotencyKey) => create.mutateAsync({ body, idempotencyKey }));
    flash.show(t('people.created', { name: p.name }), `/people/${p.id}`);
    navigate(`/people/${p.id}`);
  }

  return (
    <>
      <p>
        <Link to="/people">{t('people.backToList')}</Link>
      </p>
      <h1>{t('people.newTitle')}</h1>
      <PersonForm submitLabel={t('people.create')} onSubmit={onSubmit} />
    </>
  );
}
