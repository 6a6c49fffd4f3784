import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Initiative } from '@/api/types';
import { useCan } from '@/lib/permissions';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { useFlash } from '@/components/ui/Flash';
import { useDeleteInitiative } from '../api/initiatives';

/**
 * Removes an initiative after a confirmation, for those its `allowed_actions` allow `delete`. One that
 * was reported on (409 `has_history`: it is part of the follow-up) or has initiatives under it (409
 * `has_children`) is explained, not removed.
 */
export function DeleteInitiativeSection({ initiative }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const flash = useFlash();
  const remove = useDeleteInitiative(initiative.id);
  const errorRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  if (!can('delete', initiative)) return null;

  return (
    <section aria-labelledby="delete-initiative-heading">
      <h2 id="delete-initiative-heading">{t('initiatives.delete.heading')}</h2>
      <p>{t('initiatives.delete.intro')}</p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <ConfirmAction
        label={t('initiatives.delete.button')}
        title={t('initiatives.delete.confirmTitle', { title: initiative.title })}
        description={<p>{t('initiatives.delete.confirmText')}</p>}
        confirmLabel={t('initiatives.delete.confirm')}
        onConfirm={async () => {
          setError(null);
          await remove.mutateAsync({ version: initiative.version });
          flash.show(t('initiatives.delete.done', { title: initiative.title }), '/initiatives');
          navigate('/initiatives');
        }}
        onError={(err) => {
          const code = isApiError(err) && err.status === 409 ? err.problem?.code : undefined;
          setError(
            code === 'has_history'
              ? t('initiatives.delete.hasHistory')
              : code === 'has_children'
                ? t('initiatives.delete.hasChildren')
                : problemText(t, (k) => i18n.exists(k), err),
          );
        }}
        errorFocus={errorRef}
      />
    </section>
  );
}
