import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@/api/types';
import { allows } from '@/lib/permissions';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { ListView } from '@/components/list/ListView';
import { useAgenda } from '../api/agenda';
import { downloadDocument, useDocuments, useRefreshDocuments, useUpdateDocument, type MeetingDocument } from '../api/documents';
import { DocumentEditForm, DocumentView, documentDomId } from './DocumentItem';
import { DocumentUploadForm } from './DocumentUploadForm';
import './agenda.css';
import './documents.css';

/**
 * What takes the focus once the list has rendered: a document's button, or the section's heading
 * once the removed document (`gone`) has left the list (the dialog hands the focus back to its
 * button first, which then disappears).
 */
type FocusTarget = { id: string; part: 'download' | 'edit' } | { id: null; gone: string };

/**
 * The meeting page's "Handlingar": the documents the caller may read (the API leaves out the others),
 * each downloaded by its title with the bearer token, and for those who run the council an upload
 * form (the list page's `create`, not on a cancelled meeting), an inline edit of title and
 * classification (`update`) and removal behind a confirmation (`delete`). A document found removed
 * (410) on a download or a write is said so, and the list is fetched again.
 */
export function DocumentsSection({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const list = useDocuments(meeting.id);
  // The page's own agenda query (shared cache): "§ n" for a document, and the points to attach one to.
  const agenda = useAgenda(meeting.id);
  const agendaItems = agenda.data?.items ?? [];
  const update = useUpdateDocument(meeting.id);
  const refresh = useRefreshDocuments(meeting.id);

  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const [uploads, setUploads] = useState(0);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  // Counts the failures shown: each one puts the focus on the alert once it is rendered.
  const [failures, setFailures] = useState(0);

  const canUpload = meeting.status !== 'cancelled' && allows('create', list.data?.pages[0]);

  // After an upload, a save or a removal the element to focus is rendered anew, or only once the
  // list has refetched: focus it when it is there.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.id === null) {
      const gone = focusTarget.gone;
      if (list.data?.pages.some((p) => p.items.some((d) => d.id === gone))) return;
    }
    const el = focusTarget.id === null ? headingRef.current : document.getElementById(documentDomId(focusTarget.id, focusTarget.part));
    if (el) {
      el.focus();
      setFocusTarget(null);
    }
  }, [focusTarget, list.data]);

  const announce = (text: string) => setAnnouncement((prev) => (prev === text ? `${text}\u00a0` : text));

  /**
   * Shows a failure; a document gone (410) or no longer readable (404) also refetches the list, and so
   * does a 412 (changed meanwhile; the API answers 412, not 410, to a write with the version read
   * before someone else removed it).
   */
  function fail(err: unknown) {
    const gone = isApiError(err) && (err.status === 410 || err.status === 404);
    const text = problemText(t, (k) => i18n.exists(k), err);
    setError(gone ? `${text} ${t('documents.goneRefreshed')}` : text);
    if (gone) setEditing(null);
    if (gone || (isApiError(err) && err.status === 412)) void refresh();
    setFailures((n) => n + 1);
  }

  useEffect(() => {
    if (failures) errorRef.current?.focus();
  }, [failures]);

  async function download(doc: MeetingDocument) {
    if (downloading) return;
    setError(null);
    setDownloading(doc.id);
    announce(t('documents.downloading', { title: doc.title }));
    try {
      await downloadDocument(doc);
      announce(t('documents.downloaded', { title: doc.title }));
    } catch (err) {
      announce('');
      fail(err);
    } finally {
      setDownloading(null);
    }
  }

  const reload = (
    <button type="button" className="button" onClick={() => void refresh()}>
      {t('common.reload')}
    </button>
  );

  return (
    <section aria-labelledby={headingId} className="documents-section">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('documents.heading')}
      </h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <ListView list={list} hideCount empty={t('documents.empty')}>
        {(docs) => (
          <>
            <p className="hint">{t('documents.intro')}</p>
            <ul className="document-list" aria-label={t('documents.listLabel')}>
              {docs.map((doc) => (
                <li key={doc.id} className="agenda-item">
                  {editing === doc.id ? (
                    <DocumentEditForm
                      key={doc.version}
                      doc={doc}
                      staleAction={reload}
                      onSubmit={async (patch) => {
                        try {
                          await update.mutateAsync({ version: doc.version, patch: { ...patch, id: doc.id } });
                        } catch (err) {
                          // Removed meanwhile: say so above the list, not in a form about to vanish.
                          if (isApiError(err) && err.status === 410) return fail(err);
                          throw err;
                        }
                        setEditing(null);
                        announce(t('documents.edit.saved', { title: patch.title }));
                        setFocusTarget({ id: doc.id, part: 'edit' });
                      }}
                      onCancel={() => {
                        setEditing(null);
                        setFocusTarget({ id: doc.id, part: 'edit' });
                      }}
                    />
                  ) : (
                    <DocumentView
                      doc={doc}
                      agendaItem={agendaItems.find((i) => i.id === doc.agenda_item_id)}
                      downloading={downloading === doc.id}
                      onDownload={() => void download(doc)}
                      onEdit={() => {
                        setError(null);
                        setEditing(doc.id);
                      }}
                      onRemoved={() => {
                        announce(t('documents.remove.done', { title: doc.title }));
                        setFocusTarget({ id: null, gone: doc.id });
                      }}
                      onError={fail}
                      errorFocus={errorRef}
                    />
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </ListView>
      {canUpload && (
        <DocumentUploadForm
          key={uploads}
          meetingId={meeting.id}
          agendaItems={agendaItems}
          onUploaded={(saved) => {
            setError(null);
            announce(t('documents.upload.done', { title: saved.title }));
            setUploads((n) => n + 1);
            setFocusTarget({ id: saved.id, part: 'download' });
          }}
        />
      )}
    </section>
  );
}
