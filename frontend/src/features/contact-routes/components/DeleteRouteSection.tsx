import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ContactRoute } from '@/api/types';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { useFlash } from '@/components/ui/Flash';
import { useDeleteContactRoute } from '../api/contactRoutes';

/**
 * Removes a route after a confirmation. One that inquiries were routed to, or that other routes name
 * as their backup or escalation, cannot be removed (409 `referenced`): that is said, with the way out
 * (end it with "Gäller till").
 */
export function DeleteRouteSection({ route }: { route: ContactRoute }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const remove = useDeleteContactRoute(route.id);
  const errorRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="delete-route-heading">
      <h2 id="delete-route-heading">{t('contactRoutes.delete.heading')}</h2>
      <p>{t('contactRoutes.delete.intro')}</p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <ConfirmAction
        label={t('contactRoutes.delete.button')}
        title={t('contactRoutes.delete.confirmTitle', { name: route.function })}
        description={<p>{t('contactRoutes.delete.confirmText')}</p>}
        confirmLabel={t('contactRoutes.delete.confirm')}
        onConfirm={async () => {
          setError(null);
          await remove.mutateAsync({ version: route.version });
          flash.show(t('contactRoutes.delete.done', { name: route.function }), '/kontaktvagar');
          navigate('/kontaktvagar');
        }}
        onError={(err) => {
          const referenced = isApiError(err) && err.status === 409 && err.problem?.code === 'referenced';
          setError(referenced ? t('contactRoutes.delete.referenced') : problemText(t, (k) => i18n.exists(k), err));
        }}
        errorFocus={errorRef}
      />
    </section>
  );
}
