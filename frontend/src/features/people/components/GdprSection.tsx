import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonExport } from '@/api/types';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { useCan } from '@/lib/permissions';
import { downloadJson } from '@/lib/download';
import { exportPerson, useErasePerson } from '../api/people';

export function GdprSection({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const can = useCan();
  const erase = useErasePerson(person.id);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const eraseButtonRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const titleId = useId();
  const descId = useId();

  async function onExport() {
    setError(null);
    setExporting(true);
    try {
      const data: PersonExport = await exportPerson(person.id);
      downloadJson(`person-${person.id}.json`, data);
      setMessage(t('people.gdpr.exported'));
    } catch (err) {
      setError(isApiError(err) ? problemText(t, exists, err) : t('people.gdpr.exportFailed'));
    } finally {
      setExporting(false);
    }
  }

  async function onConfirmErase() {
    setError(null);
    try {
      await erase.mutateAsync({ version: person.version });
      dialogRef.current?.close();
      setMessage(t('people.gdpr.erased'));
    } catch (err) {
      dialogRef.current?.close();
      setError(problemText(t, exists, err));
    }
  }

  return (
    <section aria-labelledby="gdpr-heading">
      <h2 id="gdpr-heading">{t('people.gdpr.heading')}</h2>
      <p>{t('people.gdpr.intro')}</p>
      <div role="status" aria-live="polite">
        {message && <p className="alert alert-success">{message}</p>}
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {can('export', person) && (
          <button type="button" className="button" onClick={() => void onExport()} disabled={exporting}>
            {t('people.gdpr.export')}
          </button>
        )}
        {!person.erased && can('erase', person) && (
          <button
            ref={eraseButtonRef}
            type="button"
            className="button button-danger"
            onClick={() => {
              dialogRef.current?.showModal();
              // The safe choice gets the focus.
              cancelRef.current?.focus();
            }}
          >
            {t('people.gdpr.erase')}
          </button>
        )}
      </div>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="dialog"
        onClose={() => eraseButtonRef.current?.focus()}
      >
        <h2 id={titleId}>{t('people.gdpr.confirmTitle', { name: person.name })}</h2>
        <div id={descId}>
          <p>{t('people.gdpr.confirmText')}</p>
          <p>{t('people.gdpr.confirmKept')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="button button-danger" onClick={() => void onConfirmErase()} disabled={erase.isPending}>
            {t('people.gdpr.confirm')}
          </button>
          <button ref={cancelRef} type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
