import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { allows } from '@/lib/permissions';
import { CreatePage } from '@/components/pages/CreatePage';
import { useCouncil, useCreateSeat } from '../api/councils';
import { SeatForm } from './SeatForm';

export function NewSeatPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const council = useCouncil(id);
  return (
    <CreatePage
      title={t('councils.seats.newTitle')}
      back={`/councils/${id}`}
      backLabel={t('councils.backToCouncil', { name: council.data?.name ?? '' })}
      intro={council.data && <p>{t('councils.seats.forCouncil', { name: council.data.name })}</p>}
      submitLabel={t('councils.seats.create')}
      pendingLabel={t('councils.form.creating')}
      create={useCreateSeat(id)}
      done={(_, body) => ({ to: `/councils/${id}`, message: t('councils.seats.created', { label: body.label }) })}
    >
      {(form) => <SeatForm mayRestrict={allows('govern', council.data)} {...form} />}
    </CreatePage>
  );
}
