import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCreateMeeting, usePrefillCouncil } from '../api/meetings';
import { MeetingForm } from './MeetingForm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/meetings/new`, or `/meetings/new?council_id=…` from a council's page (the council chosen). */
export function CreateMeetingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const param = params.get('council_id');
  const councilId = param && UUID.test(param) ? param : null;
  // A URL carries the id only: the council is read for its name (see lib/names).
  const council = usePrefillCouncil(councilId);
  return (
    <CreatePage
      title={t('meetings.newTitle')}
      collection="meetings"
      back={councilId ? `/councils/${councilId}` : '/meetings'}
      backLabel={councilId ? t('meetings.backToCouncil') : t('meetings.backToList')}
      submitLabel={t('meetings.form.create')}
      pendingLabel={t('meetings.form.creating')}
      create={useCreateMeeting()}
      done={(m) => ({ to: `/meetings/${m.id}`, message: t('meetings.form.created', { title: m.title }) })}
    >
      {(form) => <MeetingForm councilId={councilId} councilName={council.data?.name} {...form} />}
    </CreatePage>
  );
}
