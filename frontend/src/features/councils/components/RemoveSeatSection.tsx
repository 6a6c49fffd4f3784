import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Seat } from '@/api/types';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { useFlash } from '@/components/ui/Flash';
import { useDeleteSeat } from '../api/councils';

/** Removes a seat after a confirmation; a seat with history (409 has_history) is explained, not removed. */
export function RemoveSeatSection({ councilId, seat }: { councilId: string; seat: Seat }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const remove = useDeleteSeat(councilId, seat.id);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const descId = useId();

  async function onConfirm() {
    setError(null);
    try {
      await remove.mutateAsync({ version: seat.version });
      dialogRef.current?.close();
      flash.show(t('councils.seats.removed', { label: seat.label }), `/councils/${councilId}`);
      navigate(`/councils/${councilId}`);
    } catch (err) {
      dialogRef.current?.close();
      const history = isApiError(err) && err.status === 409 && err.problem?.code === 'has_history';
      setError(history ? t('councils.seats.hasHistory') : problemText(t, (k) => i18n.exists(k), err));
      setTimeout(() => errorRef.current?.focus(), 0);
    }
  }

  return (
    <section aria-labelledby="remove-seat-heading">
      <h2 id="remove-seat-heading">{t('councils.seats.removeHeading')}</h2>
      <p>{t('councils.seats.removeIntro')}</p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <button
        ref={openRef}
        type="button"
        className="button button-danger"
        onClick={() => {
          dialogRef.current?.showModal();
          cancelRef.current?.focus();
        }}
      >
        {t('councils.seats.remove')}
      </button>
      <dialog ref={dialogRef} aria-labelledby={titleId} aria-describedby={descId} className="dialog" onClose={() => !error && openRef.current?.focus()}>
        <h2 id={titleId}>{t('councils.seats.confirmRemoveTitle', { label: seat.label })}</h2>
        <p id={descId}>{t('councils.seats.confirmRemoveText')}</p>
        <div className="button-row">
          <button type="button" className="button button-danger" onClick={() => void onConfirm()} disabled={remove.isPending}>
            {t('councils.seats.confirmRemove')}
          </button>
          <button ref={cancelRef} type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
