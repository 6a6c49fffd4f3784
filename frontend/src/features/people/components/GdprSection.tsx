import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonExport } from '@/api/types';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { useCan } from '@/lib/permissions';
import { downloadJson } from '@/lib/download';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { exportPerson, useErasePerson } from '../api/people';

export function GdprSection({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const can = useCan();
  const erase = useErasePerson(person.id);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

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
          <ConfirmAction
            label={t('people.gdpr.erase')}
            title={t('people.gdpr.confirmTitle', { name: person.name })}
            description={
              <>
                <p>{t('people.gdpr.confirmText')}</p>
                <p>{t('people.gdpr.confirmKept')}</p>
              </>
            }
            confirmLabel={t('people.gdpr.confirm')}
            onConfirm={async () => {
              setError(null);
              await erase.mutateAsync({ version: person.version });
              setMessage(t('people.gdpr.erased'));
            }}
            onError={(err) => setError(problemText(t, exists, err))}
          />
        )}
      </div>
    </section>
  );
}
