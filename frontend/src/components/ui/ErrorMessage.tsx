import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/problem';

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
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
