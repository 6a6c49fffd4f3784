import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { NewSeat } from '@/api/types';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { useCouncil, useCreateSeat } from '../api/councils';
import { CouncilBackLink } from './CouncilBackLink';
import { SeatForm } from './SeatForm';

export function NewSeatPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const council = useCouncil(id);
  const create = useCreateSeat(id);
  const withKey = useIdempotencyKey();
  useDocumentTitle(t('councils.seats.newTitle'));

  async function onSubmit(body: NewSeat) {
    await withKey((idempotencyKey) => create.mutateAsync({ body, idempotencyKey }));
    flash.show(t('councils.seats.created', { label: body.label }), `/councils/${id}`);
    navigate(`/councils/${id}`);
  }

  return (
    <>
      <CouncilBackLink id={id} name={council.data?.name} />
      <h1>{t('councils.seats.newTitle')}</h1>
      {council.data && <p>{t('councils.seats.forCouncil', { name: council.data.name })}</p>}
      <SeatForm submitLabel={t('councils.seats.create')} pendingLabel={t('councils.form.creating')} onSubmit={onSubmit} />
    </>
  );
}
