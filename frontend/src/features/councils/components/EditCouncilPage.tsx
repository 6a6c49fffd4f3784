import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useCouncil, useUpdateCouncil } from '../api/councils';
import { CouncilForm } from './CouncilForm';

export function EditCouncilPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={useCouncil(id)}
      update={useUpdateCouncil(id)}
      title={(c) => t('councils.editTitle', { name: c.name })}
      loadingTitle={t('councils.title')}
      back={`/councils/${id}`}
    >
      {(c, form) => <CouncilForm council={c} {...form} />}
    </EditPage>
  );
}
