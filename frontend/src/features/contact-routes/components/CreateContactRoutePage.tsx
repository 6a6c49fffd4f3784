import { useTranslation } from 'react-i18next';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCreateContactRoute } from '../api/contactRoutes';
import { ContactRouteForm } from './ContactRouteForm';
import './contact-routes.css';

export function CreateContactRoutePage() {
  const { t } = useTranslation();
  return (
    <CreatePage
      title={t('contactRoutes.newTitle')}
      collection="contact-routes"
      back="/kontaktvagar"
      backLabel={t('contactRoutes.backToList')}
      intro={<p>{t('contactRoutes.form.intro')}</p>}
      submitLabel={t('contactRoutes.form.create')}
      pendingLabel={t('contactRoutes.form.creating')}
      create={useCreateContactRoute()}
      done={(r) => ({ to: `/kontaktvagar/${r.id}`, message: t('contactRoutes.form.created', { name: r.function }) })}
    >
      {(form) => <ContactRouteForm {...form} />}
    </CreatePage>
  );
}
