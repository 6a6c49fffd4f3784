import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useSituationPicture, useUpdateSituationPicture } from '../api/situation-pictures';
import { stateFrom } from '../lib/form';
import { SituationPictureForm } from './SituationPictureForm';
import './situation-pictures.css';

/** `/situation-pictures/:id/edit`: a draft (an adopted one allows no `update`, and sends the user back). */
export function EditSituationPicturePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={useSituationPicture(id)}
      update={useUpdateSituationPicture(id)}
      title={(s) => t('situations.editTitle', { title: s.title })}
      loadingTitle={t('situations.title')}
      back={`/situation-pictures/${id}`}
    >
      {(s, form) => <SituationPictureForm initial={stateFrom(s)} editing names={s.names} {...form} />}
    </EditPage>
  );
}
