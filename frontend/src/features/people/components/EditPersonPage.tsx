import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { NewPerson } from '@/api/types';
import { useCan } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { usePerson, useUpdatePerson } from '../api/people';
import { PersonForm } from './PersonForm';

export function EditPersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const flash = useFlash();
  const person = usePerson(id);
  const update = useUpdatePerson(id);
  useDocumentTitle(person.data ? t('people.editTitle', { name: person.data.name }) : t('people.title'));
  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorMessage error={person.error} onRetry={() => void person.refetch()} />;
  const loaded = person.data;
  if (!can('update', loaded)) return <Navigate to={`/people/${id}`} replace />;

  async function onSubmit(body: NewPerson) {
    await update.mutateAsync({ version: loaded.version, patch: body });
    flash.show(t('forms.updated'), `/people/${id}`);
    navigate(`/people/${id}`);
  }

  return (
    <>
      <p>
        <Link to={`/people/${id}`}>{t('common.back')}</Link>
      </p>
      <h1>{t('people.editTitle', { name: loaded.name })}</h1>
      <PersonForm
        key={loaded.version}
        person={loaded}
        submitLabel={t('common.save')}
        onSubmit={onSubmit}
        staleAction={
          <button type="button" className="button" onClick={() => void person.refetch()}>
            {t('common.reload')}
          </button>
        }
      />
    </>
  );
}
