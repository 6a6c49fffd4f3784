/**
 * The write hooks every feature builds its mutations from. A feature states the request (one
 * `api.POST` / `api.PATCH` / `api.DELETE` call, typed by the generated schema) and what the write
 * changes in the cache; these hooks add the headers, turn a failure into an `ApiError` and apply
 * the effects.
 *
 * ```ts
 * const effects = collectionEffects('agreements', agreementQuery);
 * export const useCreateAgreement = () =>
 *   useCreateMutation((body: NewAgreement, header) => api.POST('/api/v1/agreements', { params: { header }, body }), effects);
 * export const useUpdateAgreement = (id: string) =>
 *   useUpdateMutation((body: AgreementPatch, header) => api.PATCH('/api/v1/agreements/{id}', { params: { path: { id }, header }, body }), effects);
 * ```
 */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { etagFor } from './etag';
import { useIdempotencyKey } from './idempotency';
import { unwrap } from './problem';

/** What the API client returns for a request (`api.POST(…)` and the like). */
type Sent<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

export type IdempotencyHeader = { 'Idempotency-Key': string };
export type IfMatchHeader = { 'If-Match': string };

/** What a successful write changes in the cache. */
export interface WriteEffects<T> {
  /** The detail query the response replaces (no refetch). */
  detail?: (saved: T) => QueryKey;
  /** Query-key prefixes to refetch: lists, comboboxes, reports. */
  invalidate: readonly QueryKey[] | ((saved: T) => readonly QueryKey[]);
}

/**
 * The effects of a write to a top-level collection: the response becomes the detail query,
 * `[collection, 'list']` and `['combobox', collection]` refetch, and so does each of `also`.
 */
export function collectionEffects(
  collection: string,
  detail: (id: string) => { queryKey: QueryKey },
  ...also: QueryKey[]
): WriteEffects<{ id: string }> {
  return {
    detail: (saved) => detail(saved.id).queryKey,
    invalidate: [[collection, 'list'], ['combobox', collection], ...also],
  };
}

function useApplyEffects<T>(effects: WriteEffects<T>) {
  const qc = useQueryClient();
  return (saved: T) => {
    if (effects.detail) qc.setQueryData(effects.detail(saved), saved);
    const keys = typeof effects.invalidate === 'function' ? effects.invalidate(saved) : effects.invalidate;
    for (const queryKey of keys) void qc.invalidateQueries({ queryKey });
  };
}

/**
 * A create (POST) with an `Idempotency-Key`: one key per attempt, reused by a double submit,
 * renewed once the server has answered with an error (`useIdempotencyKey`). `mutateAsync(body)`.
 */
export function useCreateMutation<B, T>(send: (body: B, header: IdempotencyHeader) => Sent<T>, effects: WriteEffects<T>) {
  const withKey = useIdempotencyKey();
  const onSuccess = useApplyEffects(effects);
  return useMutation({
    mutationFn: (body: B) => withKey(async (key) => unwrap(await send(body, { 'Idempotency-Key': key }))),
    onSuccess,
  });
}

/** An update (PATCH) with `If-Match` for the version the user edited. `mutateAsync({ version, patch })`. */
export function useUpdateMutation<P, T>(send: (patch: P, header: IfMatchHeader) => Sent<T>, effects: WriteEffects<T>) {
  const onSuccess = useApplyEffects(effects);
  return useMutation({
    mutationFn: async ({ version, patch }: { version: number; patch: P }) => unwrap(await send(patch, { 'If-Match': etagFor(version) })),
    onSuccess,
  });
}

/** A write without a body (delete, erase) with `If-Match`. `mutateAsync({ version })`. */
export function useVersionedMutation<T>(send: (header: IfMatchHeader) => Sent<T>, effects: WriteEffects<T>) {
  const onSuccess = useApplyEffects(effects);
  return useMutation({
    mutationFn: async ({ version }: { version: number }) => unwrap(await send({ 'If-Match': etagFor(version) })),
    onSuccess,
  });
}
