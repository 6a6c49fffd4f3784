import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { NewSeat } from '@/api/types';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useCouncil, useSeat, useUpdateSeat } from '../api/councils';
import { CouncilBackLink } from './CouncilBackLink';
import { RemoveSeatSection } from './RemoveSeatSection';
import { SeatForm } from './SeatForm';

export function EditSeatPage() {
  const { id = '', seatId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const council = useCouncil(id);
  const seat = useSeat(id, seatId);
  const update = useUpdateSeat(id, seatId);
  useDocumentTitle(t('councils.seats.editTitle'));

  if (seat.isPending) return <Loading />;
  if (seat.isError) return <ErrorMessage error={seat.error} onRetry={() => void seat.refetch()} />;
  const loaded = seat.data;

  async function onSubmit(body: NewSeat) {
    await update.mutateAsync({ version: loaded.version, patch: { ...body, role: body.role ?? undefined, max_holders: body.max_holders ?? undefined } });
    flash.show(t('councils.seats.updated', { label: body.label }), `/councils/${id}`);
    navigate(`/councils/${id}`);
  }

  return (
    <>
      <CouncilBackLink id={id} name={council.data?.name} />
      <h1>{t('councils.seats.editTitle')}</h1>
      {council.data && <p>{t('councils.seats.forCouncil', { name: council.data.name })}</p>}
      <SeatForm
        key={loaded.version}
        seat={loaded}
        submitLabel={t('common.save')}
        pendingLabel={t('common.saving')}
        onSubmit={onSubmit}
        staleAction={
          <button type="button" className="button" onClick={() => void seat.refetch()}>
            {t('common.reload')}
          </button>
        }
      />
      <RemoveSeatSection councilId={id} seat={loaded} />
    </>
  );
}
