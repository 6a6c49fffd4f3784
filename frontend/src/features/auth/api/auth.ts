import { queryOptions } from '@tanstack/react-query';
import { api, authApi, refreshSession } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import { tokenStore } from '@/lib/token-store';

export async function loginWithPassword(email: string, password: string): Promise<void> {
  const data = unwrap(await authApi.POST('/api/v1/auth/login', { body: { email, password } }));
  tokenStore.set(data.access_token);
}

/**
 * Restores a session from the refresh cookie; true on success. Without a session hint (a fresh
 * visit, or after logging out) there is no cookie to use: skip the request, whose 401 would only
 * mean "not logged in" but shows up in the browser console as a failed request.
 */
export async function restoreSession(): Promise<boolean> {
  if (!tokenStore.mayHaveSession()) return false;
  return (await refreshSession()) !== null;
}

export async function logoutSession(): Promise<void> {
  try {
    await authApi.POST('/api/v1/auth/logout', { body: {} });
  } finally {
    tokenStore.set(null);
  }
}

export async function getMe() {
  return unwrap(await api.GET('/api/v1/me'));
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['me'], queryFn: getMe, staleTime: 5 * 60_000 });
