import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { allows } from '@/lib/permissions';
import { EditPage } from '@/components/pages/EditPage';
import { useCouncil, useSeat, useUpdateSeat } from '../api/councils';
import { RemoveSeatSection } from './RemoveSeatSection';
import { SeatForm } from './SeatForm';

export function EditSeatPage() {
  const { id = '', seatId = '' } = useParams();
  const { t } = useTranslation();
  const council = useCouncil(id);
  return (
    <EditPage
      query={useSeat(id, seatId)}
      update={useUpdateSeat(id, seatId)}
      title={t('councils.seats.editTitle')}
      back={`/councils/${id}`}
      backLabel={t('councils.backToCouncil', { name: council.data?.name ?? '' })}
      intro={council.data && <p>{t('councils.seats.forCouncil', { name: council.data.name })}</p>}
      done={(_, body) => ({ to: `/councils/${id}`, message: t('councils.seats.updated', { label: body.label }) })}
    >
      {(seat, form) => (
        <>
          <SeatForm seat={seat} mayRestrict={allows('govern', council.data)} {...form} />
          <RemoveSeatSection councilId={id} seat={seat} />
        </>
      )}
    </EditPage>
  );
}
