import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useContactRoute, useUpdateContactRoute } from '../api/contactRoutes';
import { ContactRouteForm } from './ContactRouteForm';
import './contact-routes.css';

export function EditContactRoutePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={useContactRoute(id)}
      update={useUpdateContactRoute(id)}
      title={(r) => t('contactRoutes.editTitle', { name: r.function })}
      loadingTitle={t('contactRoutes.title')}
      back={`/kontaktvagar/${id}`}
      intro={<p>{t('contactRoutes.form.editIntro')}</p>}
    >
      {(r, form) => <ContactRouteForm route={r} {...form} />}
    </EditPage>
  );
}
