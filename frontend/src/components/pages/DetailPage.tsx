import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, type WithActions } from '@/lib/permissions';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { BackLink } from './parts';

export interface DetailPageProps<T extends WithActions> {
  /** The resource's detail query. */
  query: UseQueryResult<T>;
  /** The heading and the document title (usually the name). */
  title: (resource: T) => string;
  /** The document title while the resource loads (the collection's title). */
  loadingTitle: string;
  /** The back link: the list. */
  back: string | ((resource: T) => string);
  backLabel: string;
  /** The edit page, offered when the resource's `allowed_actions` include `update`; null: none. */
  edit?: (resource: T) => string | null;
  /** The page's content under the heading. */
  children: (resource: T) => ReactNode;
}

/** A resource's page: loads it (loading, error with retry, not found), back link, heading with the edit button. */
export function DetailPage<T extends WithActions>({ query, title, loadingTitle, back, backLabel, edit, children }: DetailPageProps<T>) {
  const { t } = useTranslation();
  const can = useCan();
  useDocumentTitle(query.data ? title(query.data) : loadingTitle);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;
  const editPath = can('update', r) ? edit?.(r) : null;

  return (
    <>
      <BackLink to={typeof back === 'string' ? back : back(r)} label={backLabel} />
      {edit ? (
        <div className="page-heading">
          <h1>{title(r)}</h1>
          {editPath && (
            <Link to={editPath} className="button button-primary">
              {t('common.edit')}
            </Link>
          )}
        </div>
      ) : (
        <h1>{title(r)}</h1>
      )}
      {children(r)}
    </>
  );
}
