import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useTopic, useUpdateTopic } from '../api/topics';
import { TopicForm } from './TopicForm';

export function EditTopicPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <EditPage
      query={useTopic(id)}
      update={useUpdateTopic(id)}
      title={(tp) => t('topics.editTitle', { name: tp.name_sv })}
      loadingTitle={t('topics.title')}
      back="/amnen"
      backLabel={t('topics.backToList')}
    >
      {(tp, form) => <TopicForm topic={tp} {...form} />}
    </EditPage>
  );
}
