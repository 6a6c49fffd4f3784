import { useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@/api/types';
import { meetingQuery } from '@/lib/resources';
import { formatMeetingTime } from '@/lib/stockholm-time';
import { useFlash } from '@/components/ui/Flash';
import { TextAreaField, useServerForm } from '@/components/ui/form';
import { useCancelMeeting } from '../api/meetings';

/** The id of the "Inställt" notice on the meeting page, which takes the focus once the meeting is cancelled. */
export const CANCELLED_NOTICE_ID = 'meeting-cancelled-notice';

/**
 * "Ställ in mötet": a danger button opening a modal dialog that asks for the reason (required), then
 * `POST /meetings/{id}:cancel` with If-Match for the version shown. The reason's errors show at the
 * field in the dialog; a conflict (held already, cancelled by someone else) or a 412 in the dialog's
 * summary. Cancelling the dialog returns the focus to the button; after cancelling the meeting, the
 * page's "Inställt" notice has it.
 */
export function CancelMeetingSection({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const flash = useFlash();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const cancel = useCancelMeeting(meeting.id);
  const done = useRef(false);
  const [reason, setReason] = useState('');
  const headingId = useId();
  const titleId = useId();
  const descId = useId();
  const form = useServerForm({
    prefix: 'cancel-meeting',
    isKnownField: (f) => f === 'reason',
    labelFor: (f) => (f === 'reason' ? t('meetings.cancel.reason') : f),
  });

  const focusReason = () => document.getElementById(form.id('reason'))?.focus();

  function open() {
    done.current = false;
    dialogRef.current?.showModal();
    focusReason();
  }

  async function confirm() {
    const text = reason.trim();
    if (form.clientErrors(text ? {} : { reason: t('meetings.cancel.reasonRequired') })) {
      focusReason();
      return;
    }
    const ok = await form.submit(async () => {
      await cancel.mutateAsync({ version: meeting.version, patch: { reason: text } });
    });
    if (!ok) return;
    done.current = true;
    dialogRef.current?.close();
    flash.show(t('meetings.cancel.done'));
    // The section goes (a cancelled meeting cannot be cancelled); the notice that replaces it takes the focus.
    setTimeout(() => document.getElementById(CANCELLED_NOTICE_ID)?.focus(), 0);
  }

  const reload = (
    <button
      type="button"
      className="button"
      onClick={() => {
        dialogRef.current?.close();
        void qc.invalidateQueries({ queryKey: meetingQuery(meeting.id).queryKey });
      }}
    >
      {t('common.reload')}
    </button>
  );

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('meetings.cancel.heading')}</h2>
      <p>{t('meetings.cancel.intro')}</p>
      <button ref={openRef} type="button" className="button button-danger" onClick={open}>
        {t('meetings.cancel.button')}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="dialog"
        onClose={() => !done.current && openRef.current?.focus()}
      >
        <h2 id={titleId}>{t('meetings.cancel.title', { title: meeting.title })}</h2>
        <p id={descId}>{t('meetings.cancel.text', { time: formatMeetingTime(meeting.starts_at, meeting.ends_at, i18n.language) })}</p>
        <form
          noValidate
          className="form"
          aria-busy={form.pending || undefined}
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          {form.renderSummary(reload)}
          <TextAreaField
            form={form}
            field="reason"
            label={t('meetings.cancel.reason')}
            hint={t('meetings.cancel.reasonHint')}
            required
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={setReason}
          />
          <div className="button-row">
            <button type="submit" className="button button-danger" disabled={form.pending}>
              {form.pending ? t('meetings.cancel.pending') : t('meetings.cancel.confirm')}
            </button>
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              {t('meetings.cancel.keep')}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
