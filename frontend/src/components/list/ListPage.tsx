import type { ReactNode } from 'react';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useCan, type WithActions } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { DataTable, type Column } from './DataTable';
import { ListView } from './ListView';
import type { KeysetPage } from './useKeysetList';

export interface ListPageProps<T extends { id: string }> {
  /** The heading and the document title. */
  title: string;
  /** The collection's list (`useFilteredList`); its first page's `allowed_actions` decide the create button. */
  list: UseInfiniteQueryResult<InfiniteData<KeysetPage<T> & WithActions, unknown>>;
  /** The create button beside the heading, for those the list page allows `create`. */
  create?: { to: string; label: string };
  /** More buttons beside the heading (e.g. "Importera värden"), each shown by the page's own permission check. */
  actions?: ReactNode;
  /** The filter controls (`SearchForm`, `SelectFilter`), kept in the URL by `useUrlFilters`. */
  filters?: ReactNode;
  /** Between the filters and the list (e.g. a view switch). */
  beforeList?: ReactNode;
  /** The table: its columns and caption (the first column names the row). */
  columns?: Column<T>[];
  caption?: string;
  /** Renders the items instead of the table. */
  children?: (items: T[]) => ReactNode;
  /** Instead of "Inga träffar." when the list is empty (e.g. an empty calendar). */
  empty?: ReactNode;
}

/** A collection's page: heading with the create button, filters, and the list through `ListView`. */
export function ListPage<T extends { id: string }>({ title, list, create, actions, filters, beforeList, columns, caption, children, empty }: ListPageProps<T>) {
  const can = useCan();
  useDocumentTitle(title);
  const createButton = create && can('create', list.data?.pages[0]) && (
    <Link to={create.to} className="button button-primary">
      {create.label}
    </Link>
  );
  return (
    <>
      <div className="page-heading">
        <h1>{title}</h1>
        {actions ? (
          <div className="button-row">
            {createButton}
            {actions}
          </div>
        ) : (
          createButton
        )}
      </div>
      {filters && <div className="filters">{filters}</div>}
      {beforeList}
      <ListView list={list} empty={empty}>
        {(items) => (children ? children(items) : <DataTable caption={caption ?? title} columns={columns ?? []} rows={items} rowKey={(r) => r.id} />)}
      </ListView>
    </>
  );
}
