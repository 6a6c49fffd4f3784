import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myOpenActionItemsQuery, openSummary } from '@/lib/action-items';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';

/** "Mina uppgifter": how many of the caller's tasks are open and how many overdue (one request), with links to them. */
export function MyActionItems() {
  const { t } = useTranslation();
  const mine = useQuery(myOpenActionItemsQuery());
  const summary = mine.data ? openSummary(mine.data) : null;
  return (
    <section aria-labelledby="overview-action-items-heading" className="attention-section">
      <h2 id="overview-action-items-heading">{t('actionItems.title')}</h2>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} />
      ) : summary && summary.open === 0 ? (
        <p>{t('actionItems.overview.none')}</p>
      ) : (
        summary && (
          <>
            <p>
              {t(summary.more ? 'actionItems.overview.openMore' : 'actionItems.overview.open', { count: summary.open })}
              {summary.overdue > 0 && !summary.more && <> {t('actionItems.overview.overdue', { count: summary.overdue })}</>}
            </p>
            <ul className="shortcut-list">
              <li>
                <Link to="/action-items">{t('actionItems.overview.showOpen')}</Link>
              </li>
              {summary.overdue > 0 && (
                <li>
                  <Link to="/action-items?show=overdue">{t('actionItems.overview.showOverdue')}</Link>
                </li>
              )}
            </ul>
          </>
        )
      )}
    </section>
  );
}
