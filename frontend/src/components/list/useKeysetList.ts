import { keepPreviousData, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

/** One page of a keyset-paged collection, as every list endpoint returns it. */
export interface KeysetPage<T> {
  items: T[];
  next_cursor?: string | null;
}

export const PAGE_SIZE = 50;

export interface KeysetListOptions {
  enabled?: boolean;
  /**
   * While the list for new filters loads, keep showing the previous one (`isPlaceholderData`) instead
   * of the loading state: for a view that must stay mounted, e.g. a month grid holding the focus.
   */
  keepPrevious?: boolean;
}

/**
 * The one paging policy: keyset pages (`limit` + `cursor` → `{items, next_cursor}`), loaded on demand
 * with "Visa fler". Nothing is truncated silently: while `next_cursor` is set, the list offers more.
 */
export function useKeysetList<T, P extends KeysetPage<T> = KeysetPage<T>>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | null) => Promise<P>,
  options: KeysetListOptions = {},
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last: P) => last.next_cursor ?? undefined,
    enabled: options.enabled,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/**
 * Every page of a small list, read to the end (never capped): for what a page needs whole — a
 * filter's choices, a council's terms, an initiative's reports. `read` fetches the page after `cursor`.
 */
export async function everyPage<T>(read: (cursor: string | null) => Promise<KeysetPage<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: KeysetPage<T> = await read(cursor);
    items.push(...page.items);
    cursor = page.next_cursor ?? null;
  } while (cursor);
  return items;
}

/** `{limit, cursor}` for a list request. */
export function pageQuery(cursor: string | null, limit = PAGE_SIZE): { limit: number; cursor?: string } {
  return cursor ? { limit, cursor } : { limit };
}

/** The filters of a list endpoint's query (`Query<'/api/v1/agreements'>`), each optional or null (unset). */
export type ListFilters<Q> = { [K in Exclude<keyof Q, 'limit' | 'cursor'>]?: Q[K] | null };

/** A list's filters as its request's query: empty text and unset choices (null) are left out. */
export type FilterQuery<F> = { [K in keyof F]?: Exclude<F[K], null | undefined | ''> };

export function filterQuery<F extends object>(filters: F): FilterQuery<F> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== null && v !== undefined && v !== '')) as FilterQuery<F>;
}

/**
 * A collection's list page by its filters (`useUrlFilters`), under `[collection, 'list', filters]`
 * so every write to the collection refreshes it: `useFilteredList('organizations', listOrganizations, f)`.
 */
export function useFilteredList<F extends object, P extends KeysetPage<unknown>>(
  collection: string,
  fetchPage: (query: FilterQuery<F> & { limit: number; cursor?: string }) => Promise<P>,
  filters: F,
  options: KeysetListOptions = {},
) {
  return useKeysetList([collection, 'list', filters], (cursor) => fetchPage({ ...filterQuery(filters), ...pageQuery(cursor) }), options);
}
