import { useTranslation } from 'react-i18next';
import { isApiError, isNotFoundError } from '@/lib/problem';
import { NotFound } from './NotFound';

/**
 * Shows a failed query. A resource that does not exist (404, or a malformed id in the path) shows the
 * app's not-found page instead of an error with a retry button that cannot help.
 */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isNotFoundError(error)) return <NotFound />;
  const detail = isApiError(error) ? error.problem?.detail ?? error.problem?.title : null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t('common.loadError')}</p>
      {detail && <p>{detail}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
