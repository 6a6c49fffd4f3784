import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { ListView } from '@/components/list/ListView';
import { PublicRecordNote, TextAreaField, useServerForm } from '@/components/ui/form';
import { useCreateInquiryMessage, useInquiryMessages, type Inquiry, type InquiryMessage, type MessageKind } from '../api/inquiries';

const messageDomId = (id: string) => `message-${id}`;

/**
 * "Anteckningar och svar", oldest first: internal notes (staff only) and public replies (shown on the
 * resident's status page), told apart by a label in words, not only by their look. Those the inquiry
 * allows `reply` add one; the form asks which kind, starts at an internal note, and says plainly
 * when the text will be shown to the resident. After adding, the form starts afresh (new key), a
 * status line says so and the new message takes the focus.
 */
export function MessagesSection({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const can = useCan();
  const headingId = useId();
  const list = useInquiryMessages(inquiry.id);
  const [added, setAdded] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  // The message to focus once the refetched list shows it.
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    const el = focusId.current ? document.getElementById(focusId.current) : null;
    if (!el) return;
    el.focus();
    focusId.current = null;
  }, [list.data]);

  function onAdded(m: InquiryMessage) {
    setAdded((n) => n + 1);
    setAnnouncement(t(m.kind === 'public_reply' ? 'inquiries.messages.replySent' : 'inquiries.messages.noteSaved'));
    focusId.current = messageDomId(m.id);
  }

  return (
    <section aria-labelledby={headingId} className="inquiry-section">
      <h2 id={headingId}>{t('inquiries.messages.heading')}</h2>
      <ListView list={list} empty={t('inquiries.messages.none')} hideCount>
        {(messages) => (
          <ol className="inquiry-messages" aria-labelledby={headingId}>
            {messages.map((m) => (
              <li key={m.id} id={messageDomId(m.id)} tabIndex={-1} className={`message-${m.kind}`}>
                <p className="message-meta">
                  <span className="message-kind">{t(`inquiries.messages.kinds.${m.kind}`)}</span>
                  {' · '}
                  {m.author_name}
                  {' · '}
                  <time dateTime={m.created_at}>{formatDateTime(m.created_at)}</time>
                </p>
                <p className="message-body">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
      </ListView>
      {can('reply', inquiry) && (
        <>
          <div role="status" aria-live="polite">
            {announcement && <p className="alert alert-info">{announcement}</p>}
          </div>
          <MessageForm key={added} inquiryId={inquiry.id} onAdded={onAdded} />
        </>
      )}
    </section>
  );
}

function MessageForm({ inquiryId, onAdded }: { inquiryId: string; onAdded: (m: InquiryMessage) => void }) {
  const { t } = useTranslation();
  const create = useCreateInquiryMessage(inquiryId);
  const [kind, setKind] = useState<MessageKind>('internal_note');
  const [body, setBody] = useState('');
  const headingId = useId();
  const kindName = useId();
  const form = useServerForm({
    prefix: 'message',
    isKnownField: (f) => f === 'body' || f === 'kind',
    labelFor: (f) => t(f === 'kind' ? 'inquiries.messages.kind' : 'inquiries.messages.body'),
  });
  const submitted = useRef<InquiryMessage | null>(null);

  async function submit() {
    if (!body.trim()) {
      form.clientErrors({ body: t('inquiries.messages.bodyRequired') });
      return;
    }
    form.clientErrors({});
    const ok = await form.submit(async () => {
      submitted.current = await create.mutateAsync({ kind, body: body.trim() });
    });
    if (ok && submitted.current) onAdded(submitted.current);
  }

  return (
    <form
      className="form message-form"
      noValidate
      aria-labelledby={headingId}
      aria-busy={form.pending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId}>{t('inquiries.messages.add')}</h3>
      {form.renderSummary()}
      <fieldset className="message-kinds" id={form.id('kind')}>
        <legend>{t('inquiries.messages.kind')}</legend>
        {(['internal_note', 'public_reply'] as const).map((k) => (
          <div key={k}>
            <label>
              <input type="radio" name={kindName} value={k} checked={kind === k} onChange={() => setKind(k)} aria-describedby={`${kindName}-${k}-hint`} />{' '}
              {t(`inquiries.messages.kinds.${k}`)}
            </label>
            <p id={`${kindName}-${k}-hint`} className="hint">
              {t(`inquiries.messages.kindHints.${k}`)}
            </p>
          </div>
        ))}
      </fieldset>
      {kind === 'public_reply' ? (
        <p className="alert alert-warning">{t('inquiries.messages.publicWarning')}</p>
      ) : (
        <PublicRecordNote />
      )}
      <TextAreaField
        form={form}
        field="body"
        label={t(kind === 'public_reply' ? 'inquiries.messages.replyBody' : 'inquiries.messages.body')}
        required
        rows={5}
        maxLength={5000}
        value={body}
        onChange={setBody}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : t(kind === 'public_reply' ? 'inquiries.messages.sendReply' : 'inquiries.messages.saveNote')}
        </button>
      </div>
    </form>
  );
}
