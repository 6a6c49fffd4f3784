import { useTranslation } from 'react-i18next';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCreateTopic } from '../api/topics';
import { TopicForm } from './TopicForm';

export function CreateTopicPage() {
  const { t } = useTranslation();
  return (
    <CreatePage
      title={t('topics.newTitle')}
      collection="topics"
      back="/amnen"
      backLabel={t('topics.backToList')}
      submitLabel={t('topics.form.create')}
      pendingLabel={t('topics.form.creating')}
      create={useCreateTopic()}
      done={(tp) => ({ to: '/amnen', message: t('topics.form.created', { name: tp.name_sv }) })}
    >
      {(form) => <TopicForm {...form} />}
    </CreatePage>
  );
}
