import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditPage } from '@/components/pages/EditPage';
import { useMeeting, useUpdateMeeting } from '../api/meetings';
import { MeetingForm } from './MeetingForm';
import { useMeetingHeading } from '../lib/heading';

export function EditMeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const heading = useMeetingHeading();
  return (
    <EditPage
      query={useMeeting(id)}
      update={useUpdateMeeting(id)}
      title={(m) => t('meetings.editTitle', { title: heading(m) })}
      loadingTitle={t('meetings.title')}
      back={`/meetings/${id}`}
    >
      {(m, form) => <MeetingForm meeting={m} {...form} />}
    </EditPage>
  );
}
