import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '@/lib/permissions';
import { problemText } from '@/lib/problem-text';
import { EntityLink } from '@/components/EntityLink';
import { namesOf } from '@/lib/names';
import { useProposeInquiry, type Inquiry } from '../api/inquiries';

/**
 * "Föreslå till dagordning" (coordinators and admins: `propose`): an internal point on the next
 * meeting of the council that covers the inquiry's area, with If-Match. A 409 (`no_council_meeting`,
 * `already_proposed`) is said in an alert that takes the focus; success in a status line. Once
 * proposed, the page says so and links the meeting the point is on.
 */
export function ProposeSection({ inquiry }: { inquiry: Inquiry }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const headingId = useId();
  const hintId = useId();
  const propose = useProposeInquiry(inquiry.id);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  if (!inquiry.agenda_item_id && !can('propose', inquiry)) return null;

  async function onPropose() {
    setError(null);
    try {
      await propose.mutateAsync({ version: inquiry.version });
      setDone(true);
    } catch (err) {
      setError(problemText(t, (k) => i18n.exists(k), err));
      setTimeout(() => errorRef.current?.focus(), 0);
    }
  }

  return (
    <section aria-labelledby={headingId} className="inquiry-section">
      <h2 id={headingId}>{t('inquiries.propose.heading')}</h2>
      <div role="status" aria-live="polite">
        {done && <p className="alert alert-info">{t('inquiries.propose.done')}</p>}
      </div>
      {inquiry.agenda_item_id ? (
        <p>
          {t('inquiries.propose.proposed')}{' '}
          {inquiry.meeting_id && (
            <>
              {t('inquiries.propose.meeting')} <EntityLink kind="meeting" id={inquiry.meeting_id} names={namesOf(inquiry)} />
            </>
          )}
        </p>
      ) : (
        <>
          <p id={hintId} className="hint">
            {t('inquiries.propose.hint')}
          </p>
          <button type="button" className="button" aria-describedby={hintId} onClick={() => void onPropose()} disabled={propose.isPending}>
            {propose.isPending ? t('inquiries.propose.pending') : t('inquiries.propose.button')}
          </button>
        </>
      )}
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
    </section>
  );
}
