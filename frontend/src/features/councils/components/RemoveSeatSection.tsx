import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Seat } from '@/api/types';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { useFlash } from '@/components/ui/Flash';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { useDeleteSeat } from '../api/councils';

/** Removes a seat after a confirmation; a seat with history (409 has_history) is explained, not removed. */
export function RemoveSeatSection({ councilId, seat }: { councilId: string; seat: Seat }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const remove = useDeleteSeat(councilId, seat.id);
  const errorRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  return (
    <section aria-labelledby="remove-seat-heading">
      <h2 id="remove-seat-heading">{t('councils.seats.removeHeading')}</h2>
      <p>{t('councils.seats.removeIntro')}</p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <ConfirmAction
        label={t('councils.seats.remove')}
        title={t('councils.seats.confirmRemoveTitle', { label: seat.label })}
        description={<p>{t('councils.seats.confirmRemoveText')}</p>}
        confirmLabel={t('councils.seats.confirmRemove')}
        onConfirm={async () => {
          setError(null);
          await remove.mutateAsync({ version: seat.version });
          flash.show(t('councils.seats.removed', { label: seat.label }), `/councils/${councilId}`);
          navigate(`/councils/${councilId}`);
        }}
        onError={(err) => {
          const history = isApiError(err) && err.status === 409 && err.problem?.code === 'has_history';
          setError(history ? t('councils.seats.hasHistory') : problemText(t, (k) => i18n.exists(k), err));
        }}
        errorFocus={errorRef}
      />
    </section>
  );
}
