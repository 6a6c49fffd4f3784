import { useRef } from 'react';

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/**
 * One Idempotency-Key per create attempt: a double submit or a retried request reuses it, so
 * the server creates one resource; once the server has answered with an error, the next attempt
 * gets a new key. Returns a function that sends with the current key.
 */
export function useIdempotencyKey() {
  const key = useRef(newIdempotencyKey());
  return async function withKey<T>(send: (idempotencyKey: string) => Promise<T>): Promise<T> {
    try {
      return await send(key.current);
    } catch (err) {
      key.current = newIdempotencyKey();
      throw err;
    }
  };
}
