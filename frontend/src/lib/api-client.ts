import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import type { TokenResponse } from '@/api/types';
import { tokenStore } from './token-store';

type FetchFn = typeof fetch;

export interface ApiClientOptions {
  baseUrl?: string;
  /** Defaults to the global fetch, looked up on each call (so tests can stub it). */
  fetch?: FetchFn;
  /** Called when a 401 could not be fixed by refreshing: the session is over. */
  onAuthFailure?: () => void;
}

const AUTH_PATHS = ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout'];

function defaultBaseUrl(): string {
  return typeof window !== 'undefined' && window.location ? window.location.origin : '';
}

/**
 * Builds a typed client whose middleware adds the Bearer token and, on a 401,
 * refreshes the session once (shared by concurrent requests) and retries the request.
 */
export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? defaultBaseUrl();
  const doFetch: FetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  // A bare client for the auth endpoints: no Bearer, no retry.
  const authClient = createClient<paths>({ baseUrl, fetch: doFetch, credentials: 'same-origin' });

  let refreshing: Promise<string | null> | null = null;

  /** POST /auth/refresh with the HttpOnly cookie; resolves to the new access token or null. */
  function refresh(): Promise<string | null> {
    if (!refreshing) {
      refreshing = (async () => {
        try {
          const { data, response } = await authClient.POST('/api/v1/auth/refresh', { body: {} });
          if (!response.ok || !data) {
            tokenStore.set(null);
            return null;
          }
          tokenStore.set((data as TokenResponse).access_token);
          return (data as TokenResponse).access_token;
        } catch {
          tokenStore.set(null);
          return null;
        } finally {
          refreshing = null;
        }
      })();
    }
    return refreshing;
  }

  const pending = new Map<string, Request>();

  const authMiddleware: Middleware = {
    onRequest({ request, id }) {
      const token = tokenStore.get();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      // Keep an unread copy so the request can be replayed after a refresh.
      pending.set(id, request.clone());
      return request;
    },
    async onResponse({ request, response, id }) {
      const copy = pending.get(id);
      pending.delete(id);
      if (response.status !== 401 || !copy) return undefined;
      const path = new URL(request.url).pathname;
      if (AUTH_PATHS.includes(path)) return undefined;
      const sentToken = request.headers.get('Authorization');
      // Another request may already have refreshed while this one was in flight.
      const current = tokenStore.get();
      const token = current && `Bearer ${current}` !== sentToken ? current : await refresh();
      if (!token) {
        options.onAuthFailure?.();
        return undefined;
      }
      copy.headers.set('Authorization', `Bearer ${token}`);
      const second = await doFetch(copy);
      if (second.status === 401) options.onAuthFailure?.();
      return second;
    },
    onError({ id }) {
      pending.delete(id);
    },
  };

  const client = createClient<paths>({ baseUrl, fetch: doFetch, credentials: 'same-origin' });
  client.use(authMiddleware);

  return { client, authClient, refresh };
}

let authFailureHandler: () => void = () => tokenStore.set(null);

/** Lets the app decide what happens when the session cannot be restored (go to the login page). */
export function setAuthFailureHandler(handler: () => void): void {
  authFailureHandler = handler;
}

const instance = createApiClient({ onAuthFailure: () => authFailureHandler() });

/** The app-wide typed API client. */
export const api = instance.client;
/** The bare client for /auth/* endpoints. */
export const authApi = instance.authClient;
/** Refreshes the access token from the cookie (single flight). */
export const refreshSession = instance.refresh;
/**
 * The client of the public pages (`/api/v1/public/*`): never sends the token, never refreshes and
 * never ends a session on a 401, whether or not someone is logged in in this browser.
 */
export const publicApi = instance.authClient;

/**
 * The request options that send a file as the body as it is (`application/octet-stream`, or the
 * `contentType` an endpoint asks for: `text/csv` for the indicator import), for an endpoint whose
 * body is the file's bytes (`FileBytes`, `CsvFile`): openapi-fetch would JSON-encode it otherwise.
 * `api.POST(path, { params, ...fileBody(file) })`. The browser streams the `File`; nothing is read
 * into memory here. The generated schema types a binary body as `string`, hence the one cast.
 */
export function fileBody(file: Blob | string, contentType = 'application/octet-stream') {
  return {
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body,
    headers: { 'Content-Type': contentType },
  };
}
