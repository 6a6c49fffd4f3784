import type { ReactNode } from 'react';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import type { KeysetPage } from './useKeysetList';

export interface ListViewProps<T> {
  list: UseInfiniteQueryResult<InfiniteData<KeysetPage<T>, unknown>>;
  /** Renders the loaded items (a DataTable, a tree, a plain list). */
  children: (items: T[]) => ReactNode;
  /** Text when there is nothing (default "Inga träffar."), or what to show instead (e.g. an empty calendar). */
  empty?: ReactNode;
  /** Hide the "Visar N st." line (for small nested lists). */
  hideCount?: boolean;
}

/**
 * The list primitive's states: loading, error with retry, empty, the items, and "Visa fler" while the
 * server has more (keyset paging). Every list page renders its collection through this.
 */
export function ListView<T>({ list, children, empty, hideCount }: ListViewProps<T>) {
  const { t } = useTranslation();
  if (list.isPending) return <Loading />;
  // A failed first page replaces the list; a failed "Visa fler" keeps what is shown and offers a retry.
  if (list.isError && !list.data) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {!hideCount && (
        <p className="result-count" aria-live="polite">
          {t('common.showingCount', { count: items.length })}
          {list.hasNextPage ? ` ${t('common.moreAvailable')}` : ''}
        </p>
      )}
      {items.length === 0 ? typeof empty === 'string' || empty === undefined ? <p>{empty ?? t('common.noResults')}</p> : empty : children(items)}
      {list.hasNextPage && (
        <p>
          <button type="button" className="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </button>
        </p>
      )}
      {list.isFetchNextPageError && <ErrorMessage error={list.error} onRetry={() => void list.fetchNextPage()} />}
    </>
  );
}
