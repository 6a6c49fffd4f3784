import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewApiKey } from '@/api/types';
import { api } from '@/lib/api-client';
import { useVersionedMutation } from '@/lib/mutations';
import { unwrap } from '@/lib/problem';
import { listApiKeys } from '@/lib/resources';
import { useFilteredList } from '@/components/list/useKeysetList';

/** The keys, newest first, revoked ones too (admins only: anyone else gets 403). */
export const useApiKeys = () => useFilteredList('api-keys', listApiKeys, {});

/**
 * `POST /api-keys`: issues a key, whose secret is in this one answer. The API takes no
 * Idempotency-Key here (a retried request makes another key), so it is a plain mutation; the list
 * refetches.
 */
export function useIssueApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewApiKey) => unwrap(await api.POST('/api/v1/api-keys', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['api-keys', 'list'] }),
  });
}

/** `POST /api-keys/{id}:revoke` with If-Match: requests with the key are refused from now on. */
export const useRevokeApiKey = (id: string) =>
  useVersionedMutation((header) => api.POST('/api/v1/api-keys/{id}:revoke', { params: { path: { id }, header } }), {
    invalidate: [['api-keys', 'list']],
  });
