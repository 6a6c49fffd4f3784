// The access token lives in memory only (never localStorage); the refresh token is an HttpOnly cookie.
// localStorage holds only a hint that this browser had a session, so that a fresh visit does not
// POST /auth/refresh just to be told 401 (which the browser logs as an error in the console).
type Listener = (token: string | null) => void;

const SESSION_HINT_KEY = 'samverkan.session';

let accessToken: string | null = null;
const listeners = new Set<Listener>();

function writeSessionHint(present: boolean): void {
  try {
    if (present) globalThis.localStorage?.setItem(SESSION_HINT_KEY, '1');
    else globalThis.localStorage?.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage may be unavailable (private mode, quota); the hint is only an optimisation.
  }
}

export const tokenStore = {
  get(): string | null {
    return accessToken;
  },
  set(token: string | null): void {
    // Also when unchanged: a failed restore (null → null) must forget a stale hint.
    writeSessionHint(token !== null);
    if (token === accessToken) return;
    accessToken = token;
    for (const l of listeners) l(token);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /**
   * Whether a refresh cookie may exist: this browser got a token before and has not logged out or
   * failed to refresh since. When storage cannot be read, assume it may.
   */
  mayHaveSession(): boolean {
    try {
      const storage = globalThis.localStorage;
      return !storage || storage.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      return true;
    }
  },
};
