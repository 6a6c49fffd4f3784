import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';

/** One page of a keyset-paged collection, as every list endpoint returns it. */
export interface KeysetPage<T> {
  items: T[];
  next_cursor?: string | null;
}

export const PAGE_SIZE = 50;

/**
 * The one paging policy: keyset pages (`limit` + `cursor` → `{items, next_cursor}`), loaded on demand
 * with "Visa fler". Nothing is truncated silently: while `next_cursor` is set, the list offers more.
 */
export function useKeysetList<T, P extends KeysetPage<T> = KeysetPage<T>>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | null) => Promise<P>,
  options: { enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last: P) => last.next_cursor ?? undefined,
    enabled: options.enabled,
  });
}

/** `{limit, cursor}` for a list request. */
export function pageQuery(cursor: string | null, limit = PAGE_SIZE): { limit: number; cursor?: string } {
  return cursor ? { limit, cursor } : { limit };
}
