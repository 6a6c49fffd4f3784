import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize, MAX_UPLOAD_BYTES } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { RequiredMark, SelectField, TextField, useServerForm, type Errors } from '@/components/ui/form';
import { CLASSIFICATIONS, type AgendaItem, type Classification } from '../api/agenda';
import { useUploadDocument, type MeetingDocument } from '../api/documents';
import { ACCEPTED_FILES, stricter } from '../lib/documents';

/** The refusals of the file itself: shown at the file field, in the problem's words. */
const FILE_PROBLEMS = ['file_too_large', 'file_type_not_allowed', 'empty_file'];

const FIELDS: Record<string, string> = {
  file_name: 'documents.upload.file',
  title: 'documents.upload.title',
  classification: 'documents.upload.classification',
  agenda_item_id: 'documents.upload.agendaItem',
};

export interface DocumentUploadFormProps {
  meetingId: string;
  /** The meeting's agenda (the page's own query): a document may belong to one of its points. */
  agendaItems: readonly AgendaItem[];
  onUploaded: (saved: MeetingDocument) => void;
}

/**
 * "Ladda upp en handling": the file (its accepted kinds as the input's `accept` and in words), an
 * optional title, who may read it (default internal) and the agenda point it belongs to. Checks the
 * size (20 MB) before sending; the server judges the rest from the bytes. Holds its create hook, so
 * the section remounts it after each upload (a new Idempotency-Key).
 */
export function DocumentUploadForm({ meetingId, agendaItems, onUploaded }: DocumentUploadFormProps) {
  const { t, i18n } = useTranslation();
  const upload = useUploadDocument(meetingId);
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [classification, setClassification] = useState<Classification>('internal');
  const [agendaItemId, setAgendaItemId] = useState('');
  const form = useServerForm({
    prefix: 'document-upload',
    isKnownField: (f) => f in FIELDS,
    labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f),
  });
  const fileId = form.id('file_name');
  const hintId = `${fileId}-hint`;
  const size = (bytes: number) => formatFileSize(bytes, i18n.language);

  function chooseAgendaItem(id: string) {
    setAgendaItemId(id);
    // A document is never below its point's classification: raise the choice to the point's.
    const item = agendaItems.find((i) => i.id === id);
    if (item) setClassification((c) => stricter(c, item.classification));
  }

  async function submit() {
    const errs: Errors = {};
    if (!file) errs.file_name = t('documents.upload.fileRequired');
    else if (file.size === 0) errs.file_name = t('documents.upload.empty');
    else if (file.size > MAX_UPLOAD_BYTES) errs.file_name = t('documents.upload.tooLarge', { size: size(file.size) });
    if (form.clientErrors(errs) || !file) return;
    const outcome: { saved?: MeetingDocument; refused?: unknown } = {};
    await form.submit(async () => {
      try {
        outcome.saved = await upload.mutateAsync({ file, title: title.trim() || undefined, classification, agenda_item_id: agendaItemId || undefined });
      } catch (err) {
        if (isApiError(err) && FILE_PROBLEMS.includes(err.problem?.code ?? '')) outcome.refused = err;
        throw err;
      }
    });
    if (outcome.refused) form.clientErrors({ file_name: problemText(t, (k) => i18n.exists(k), outcome.refused) });
    else if (outcome.saved) onUploaded(outcome.saved);
  }

  return (
    <form
      className="form documents-upload"
      aria-labelledby={headingId}
      aria-busy={form.pending || undefined}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId}>{t('documents.upload.heading')}</h3>
      {form.renderSummary()}
      <div className="field">
        <label htmlFor={fileId}>
          {t('documents.upload.file')}
          <RequiredMark />
        </label>
        <p id={hintId} className="hint">
          {t('documents.upload.fileHint')}
        </p>
        {form.renderError('file_name')}
        <input
          {...form.fieldProps('file_name', hintId)}
          type="file"
          accept={ACCEPTED_FILES}
          required
          aria-required
          disabled={form.pending}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {file && <p className="hint">{t('documents.upload.chosen', { name: file.name, size: size(file.size) })}</p>}
      </div>
      <TextField form={form} field="title" label={t('documents.upload.title')} hint={t('documents.upload.titleHint')} maxLength={200} value={title} onChange={setTitle} />
      <div className="field-row">
        <SelectField
          form={form}
          field="classification"
          label={t('documents.upload.classification')}
          hint={t('agenda.fields.classificationHint')}
          value={classification}
          onChange={setClassification}
          options={CLASSIFICATIONS}
          optionLabel={(c) => t(`agenda.classifications.${c}`)}
        />
        {agendaItems.length > 0 && (
          <SelectField
            form={form}
            field="agenda_item_id"
            label={t('documents.upload.agendaItem')}
            hint={t('documents.upload.agendaItemHint')}
            value={agendaItemId}
            onChange={chooseAgendaItem}
            empty={t('documents.upload.wholeMeeting')}
            options={agendaItems.map((i) => i.id)}
            optionLabel={(id) => {
              const item = agendaItems.find((i) => i.id === id);
              return item ? `§ ${item.number} ${item.title}` : id;
            }}
          />
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('documents.upload.pending') : t('documents.upload.submit')}
        </button>
      </div>
    </form>
  );
}
