import { useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useFlash } from '@/components/ui/Flash';
import { Form, SelectField, TextAreaField, useServerForm } from '@/components/ui/form';
import { minutesQuery, useCorrectMinutes, type Correction, type Minutes } from '../api/minutes';
import { minutesAbilities } from '../lib/minutes';
import { paragraphHeading } from './MinutesParts';

/** What a correction is about: "§ 3 …", or the whole minutes. */
export function useCorrectionTarget(m: Minutes) {
  const { t } = useTranslation();
  return (c: Pick<Correction, 'agenda_item_id'>) => {
    if (!c.agenda_item_id) return null;
    const p = m.paragraphs.find((x) => x.id === c.agenda_item_id);
    return p ? paragraphHeading(p) : t('minutes.adjusting.hiddenParagraph');
  };
}

/**
 * "Rättelser" of adjusted minutes: each dated and attributed; the adjusted text stays as it was.
 * With `correct` in the minutes' `allowed_actions`, a form appends one (If-Match of the minutes).
 */
export function CorrectionsSection({ minutes: m }: { minutes: Minutes }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const listRef = useRef<HTMLHeadingElement>(null);
  const target = useCorrectionTarget(m);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={listRef} tabIndex={-1}>
        {t('minutes.corrections.heading')}
      </h2>
      {m.corrections.length === 0 ? (
        <p>{t('minutes.corrections.none')}</p>
      ) : (
        <ol className="corrections">
          {m.corrections.map((c) => (
            <li key={c.id}>
              <p className="muted">
                {t('minutes.corrections.by', { name: c.author_name, date: formatDateTime(c.created_at, i18n.language) })}
                {target(c) && <> · {target(c)}</>}
              </p>
              <p className="pre-line">{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      {minutesAbilities(m).correct && <CorrectionForm minutes={m} onDone={() => listRef.current?.focus()} />}
    </section>
  );
}

function CorrectionForm({ minutes: m, onDone }: { minutes: Minutes; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const flash = useFlash();
  const correct = useCorrectMinutes(m.meeting_id);
  const [text, setText] = useState('');
  const [about, setAbout] = useState('');
  const form = useServerForm({
    prefix: 'minutes-correction',
    isKnownField: (f) => f === 'text' || f === 'agenda_item_id',
    labelFor: (f) => (f === 'text' ? t('minutes.corrections.text') : t('minutes.corrections.about')),
  });

  async function onSubmit() {
    const body = text.trim();
    if (form.clientErrors(body ? {} : { text: t('minutes.corrections.textRequired') })) return;
    const ok = await form.submit(async () => {
      await correct.mutateAsync({ version: m.version, patch: { text: body, agenda_item_id: about || null } });
    });
    if (!ok) return;
    setText('');
    setAbout('');
    flash.show(t('minutes.corrections.added'));
    setTimeout(onDone, 0);
  }

  return (
    <>
      <h3>{t('minutes.corrections.add')}</h3>
      <p className="hint">{t('minutes.corrections.intro')}</p>
      <Form
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('minutes.corrections.submit')}
        staleAction={
          <button type="button" className="button" onClick={() => void qc.invalidateQueries({ queryKey: minutesQuery(m.meeting_id).queryKey })}>
            {t('common.reload')}
          </button>
        }
      >
        <SelectField
          form={form}
          field="agenda_item_id"
          label={t('minutes.corrections.about')}
          options={m.paragraphs.map((p) => p.id)}
          optionLabel={(id) => {
            const p = m.paragraphs.find((x) => x.id === id);
            return p ? paragraphHeading(p) : id;
          }}
          empty={t('minutes.adjusting.aboutWhole')}
          value={about}
          onChange={setAbout}
        />
        <TextAreaField
          form={form}
          field="text"
          label={t('minutes.corrections.text')}
          required
          rows={3}
          maxLength={5000}
          value={text}
          onChange={setText}
        />
      </Form>
    </>
  );
}
