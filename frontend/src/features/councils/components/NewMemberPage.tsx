import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { todayIso } from '@/lib/format';
import { allows } from '@/lib/permissions';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCouncil, useCreateMembership } from '../api/councils';
import { MemberForm } from './MemberForm';

const validDate = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

export function NewMemberPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const council = useCouncil(id);
  return (
    <CreatePage
      title={t('councils.members.newTitle')}
      back={`/councils/${id}`}
      backLabel={t('councils.backToCouncil', { name: council.data?.name ?? '' })}
      intro={council.data && <p>{t('councils.seats.forCouncil', { name: council.data.name })}</p>}
      submitLabel={t('councils.members.create')}
      pendingLabel={t('councils.form.creating')}
      create={useCreateMembership(id)}
      done={() => ({ to: `/councils/${id}`, message: t('councils.members.created') })}
    >
      {(form) => (
        <MemberForm
          councilId={id}
          // A seat may be preselected from the seat table or the staffing report ("Tillsätt platsen"),
          // and a start date, when the new member succeeds a term that ends the day before.
          seatId={params.get('seat') ?? ''}
          startDate={validDate(params.get('start')) ?? todayIso()}
          needsConfirmation={!!council.data && !allows('govern', council.data)}
          {...form}
        />
      )}
    </CreatePage>
  );
}
