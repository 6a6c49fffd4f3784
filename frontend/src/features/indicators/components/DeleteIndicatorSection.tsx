import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Indicator } from '@/api/types';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { useFlash } from '@/components/ui/Flash';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { useDeleteIndicator, useIndicatorValues } from '../api/indicators';

/**
 * Removes an indicator after a confirmation. One with values cannot be removed: when the page's
 * values (the same query as its charts) have any, that is said instead of the button; a 409
 * `referenced` (values imported meanwhile) is explained the same way.
 */
export function DeleteIndicatorSection({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const remove = useDeleteIndicator(indicator.id);
  const errorRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const values = useIndicatorValues({ indicator_id: indicator.id });
  const hasValues = (values.data?.pages[0]?.items.length ?? 0) > 0;

  if (hasValues) {
    return (
      <section aria-labelledby="delete-indicator-heading">
        <h2 id="delete-indicator-heading">{t('indicators.delete.heading')}</h2>
        <p>{t('indicators.delete.hasValues')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="delete-indicator-heading">
      <h2 id="delete-indicator-heading">{t('indicators.delete.heading')}</h2>
      <p>{t('indicators.delete.intro')}</p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <ConfirmAction
        label={t('indicators.delete.button')}
        title={t('indicators.delete.confirmTitle', { name: indicator.name })}
        description={<p>{t('indicators.delete.confirmText')}</p>}
        confirmLabel={t('indicators.delete.confirm')}
        onConfirm={async () => {
          setError(null);
          await remove.mutateAsync({ version: indicator.version });
          flash.show(t('indicators.delete.done', { name: indicator.name }), '/indicators');
          navigate('/indicators');
        }}
        onError={(err) => {
          const hasValues = isApiError(err) && err.status === 409 && err.problem?.code === 'referenced';
          setError(hasValues ? t('indicators.delete.hasValues') : problemText(t, (k) => i18n.exists(k), err));
        }}
        errorFocus={errorRef}
      />
    </section>
  );
}
