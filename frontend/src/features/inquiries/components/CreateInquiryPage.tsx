import { useTranslation } from 'react-i18next';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCreateInquiry } from '../api/inquiries';
import { InquiryForm } from './InquiryForm';

/** `/arenden/nytt`: a partner files an inquiry (anyone logged in); it is routed like a resident's. */
export function CreateInquiryPage() {
  const { t } = useTranslation();
  return (
    <CreatePage
      title={t('inquiries.form.title')}
      intro={<p>{t('inquiries.form.intro')}</p>}
      collection="inquiries"
      back="/arenden"
      backLabel={t('inquiries.backToList')}
      submitLabel={t('inquiries.form.submit')}
      pendingLabel={t('inquiries.form.sending')}
      create={useCreateInquiry()}
      done={(i) => ({ to: `/arenden/${i.id}`, message: t('inquiries.form.created', { reference: i.reference }) })}
    >
      {(form) => <InquiryForm {...form} />}
    </CreatePage>
  );
}
