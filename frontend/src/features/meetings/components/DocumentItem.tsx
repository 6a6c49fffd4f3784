import { useEffect, useId, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatFileSize } from '@/lib/format';
import { allows } from '@/lib/permissions';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { SelectField, TextField, useServerForm } from '@/components/ui/form';
import { CLASSIFICATIONS, type AgendaItem, type Classification } from '../api/agenda';
import { useRemoveDocument, type MeetingDocument } from '../api/documents';
import { documentKind } from '../lib/documents';
import { ClassificationBadge } from './AgendaItemView';

export const documentDomId = (documentId: string, part: 'download' | 'edit') => `document-${documentId}-${part}`;

export interface DocumentViewProps {
  doc: MeetingDocument;
  /** The agenda point it belongs to, when the caller can read it. */
  agendaItem?: AgendaItem;
  downloading: boolean;
  onDownload: () => void;
  onEdit: () => void;
  onRemoved: () => void;
  onError: (error: unknown) => void;
  errorFocus: RefObject<HTMLElement | null>;
}

/**
 * One document: its title as the download button (read with its kind, size and file name), who may
 * read it, who uploaded it and when, the point it belongs to ("§ n"), and "Ändra" and "Ta bort" as its
 * `allowed_actions` say.
 */
export function DocumentView({ doc, agendaItem, downloading, onDownload, onEdit, onRemoved, onError, errorFocus }: DocumentViewProps) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveDocument(doc.meeting_id, doc.id);
  const headingId = useId();
  const fileId = useId();
  const kind = t(`documents.kinds.${documentKind(doc.media_type, doc.file_name)}`);
  const edit = allows('update', doc);
  const del = allows('delete', doc);
  return (
    <article className="document" aria-labelledby={headingId}>
      <div className="document-head">
        <h3 id={headingId} className="document-title">
          <button
            id={documentDomId(doc.id, 'download')}
            type="button"
            className="link-button"
            aria-describedby={fileId}
            aria-busy={downloading || undefined}
            onClick={onDownload}
          >
            <span className="document-icon" aria-hidden="true">
              ⤓
            </span>
            {doc.title}
          </button>
        </h3>
        <ClassificationBadge classification={doc.classification} />
      </div>
      <p id={fileId} className="document-file">
        {kind}, {formatFileSize(doc.size_bytes, i18n.language)} <span className="document-file-name">({doc.file_name})</span>
      </p>
      <dl className="document-meta">
        {doc.agenda_item_id && agendaItem && (
          <div>
            <dt>{t('documents.fields.agendaItem')}</dt>
            <dd>
              § {agendaItem.number} {agendaItem.title}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('documents.fields.uploaded')}</dt>
          <dd>{t('documents.fields.uploadedBy', { date: formatDateTime(doc.created_at, i18n.language), name: doc.uploaded_by_name })}</dd>
        </div>
      </dl>
      {(edit || del) && (
        <div className="button-row agenda-actions">
          {edit && (
            <button id={documentDomId(doc.id, 'edit')} type="button" className="button button-small" aria-describedby={headingId} onClick={onEdit}>
              {t('documents.edit.button')}
            </button>
          )}
          {del && (
            <ConfirmAction
              label={t('documents.remove.button')}
              title={t('documents.remove.title', { title: doc.title })}
              description={<p>{t('documents.remove.text')}</p>}
              confirmLabel={t('documents.remove.confirm')}
              onConfirm={async () => {
                await remove.mutateAsync({ version: doc.version });
                onRemoved();
              }}
              onError={onError}
              errorFocus={errorFocus}
            />
          )}
        </div>
      )}
    </article>
  );
}

export interface DocumentEditFormProps {
  doc: MeetingDocument;
  onSubmit: (patch: { title: string; classification: Classification }) => Promise<void>;
  onCancel: () => void;
  /** Shown with the 412 notice (reloads the list). */
  staleAction?: ReactNode;
}

/** Title and who may read it, inline in the list; the title takes the focus when it opens. */
export function DocumentEditForm({ doc, onSubmit, onCancel, staleAction }: DocumentEditFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [title, setTitle] = useState(doc.title);
  const [classification, setClassification] = useState<Classification>(doc.classification);
  const labels: Record<string, string> = { title: t('documents.upload.title'), classification: t('documents.upload.classification') };
  const form = useServerForm({
    prefix: `document-${doc.id}`,
    isKnownField: (f) => f in labels,
    labelFor: (f) => labels[f] ?? f,
  });

  useEffect(() => {
    document.getElementById(form.id('title'))?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function submit() {
    const trimmed = title.trim();
    if (form.clientErrors(trimmed ? {} : { title: t('documents.edit.titleRequired') })) return;
    await form.submit(() => onSubmit({ title: trimmed, classification }));
  }

  return (
    <form
      className="form agenda-form"
      aria-labelledby={headingId}
      aria-busy={form.pending || undefined}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId}>{t('documents.edit.heading', { title: doc.title })}</h3>
      {form.renderSummary(staleAction)}
      <p className="document-file">{doc.file_name}</p>
      <TextField form={form} field="title" label={labels.title} required maxLength={200} value={title} onChange={setTitle} />
      <SelectField
        form={form}
        field="classification"
        label={labels.classification}
        hint={t('agenda.fields.classificationHint')}
        value={classification}
        onChange={setClassification}
        options={CLASSIFICATIONS}
        optionLabel={(c) => t(`agenda.classifications.${c}`)}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
