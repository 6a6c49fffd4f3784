import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ContactRoute } from '@/api/types';
import { formatDate } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { contactRouteQuery } from '@/lib/resources';
import { useVerifyContactRoute } from '../api/contactRoutes';

/**
 * "Bekräfta": the route is right as it stands (`:verify` with If-Match). Offered when the route's
 * `allowed_actions` include `verify`; the result is said in a status line, a failure in an alert.
 */
export function VerifyRouteSection({ route }: { route: ContactRoute }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const verify = useVerifyContactRoute(route.id);
  const qc = useQueryClient();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!can('verify', route)) return null;

  async function onVerify() {
    setError(null);
    setMessage('');
    try {
      const saved = await verify.mutateAsync({ version: route.version });
      setMessage(t('contactRoutes.verify.done', { date: formatDate(saved.last_verified_at), name: saved.last_verified_by }));
    } catch (err) {
      setError(problemText(t, (k) => i18n.exists(k), err));
      // Changed by someone else meanwhile: show the route as it is now, to verify that one.
      if (isApiError(err) && err.status === 412) void qc.invalidateQueries({ queryKey: contactRouteQuery(route.id).queryKey });
    }
  }

  return (
    <section aria-labelledby="verify-route-heading">
      <h2 id="verify-route-heading">{t('contactRoutes.verify.heading')}</h2>
      <p>{route.stale ? t('contactRoutes.verify.introStale') : t('contactRoutes.verify.intro')}</p>
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <p>
        <button type="button" className="button button-primary" onClick={() => void onVerify()} disabled={verify.isPending}>
          {verify.isPending ? t('common.saving') : t('contactRoutes.verify.button')}
        </button>
      </p>
      <p role="status">{message}</p>
    </section>
  );
}
