import { useRef } from 'react';

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/**
 * One Idempotency-Key per create attempt: a double submit (a second request while the first is
 * in flight) and a retried request reuse it, so the server creates one resource. Once the server
 * has answered — an error, or the resource made — the next attempt gets a new key, so a form that
 * stays on the page (adding agenda items one after another) creates a new resource each time.
 * Returns a function that sends with the current key.
 */
export function useIdempotencyKey() {
  const key = useRef(newIdempotencyKey());
  return async function withKey<T>(send: (idempotencyKey: string) => Promise<T>): Promise<T> {
    const used = key.current;
    try {
      return await send(used);
    } finally {
      if (key.current === used) key.current = newIdempotencyKey();
    }
  };
}
