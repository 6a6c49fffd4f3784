import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { isNotFoundError } from '@/lib/problem';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { PublicNotFound } from './PublicNotFound';

/** A public page's read: loading, not found (the public one, which links to the public pages), an error with retry, or the content. */
export function PublicQuery<T>({ query, notFound, children }: { query: UseQueryResult<T>; notFound?: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isNotFoundError(query.error)) return <PublicNotFound text={notFound} />;
    return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
