import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { AuthContext, type AuthContextValue, type AuthStatus } from '@/lib/auth-context';
import { tokenStore } from '@/lib/token-store';
import { loginWithPassword, logoutSession, meQueryOptions, restoreSession } from '../api/auth';

/** Holds the session: restores it silently from the refresh cookie on load, loads /me. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [hasToken, setHasToken] = useState(() => tokenStore.get() !== null);
  const [restoring, setRestoring] = useState(() => tokenStore.get() === null);

  useEffect(() => tokenStore.subscribe((t) => setHasToken(t !== null)), []);

  useEffect(() => {
    if (!restoring) return;
    let cancelled = false;
    void restoreSession().finally(() => {
      if (!cancelled) setRestoring(false);
    });
    return () => {
      cancelled = true;
    };
  }, [restoring]);

  const me = useQuery({ ...meQueryOptions(), enabled: hasToken });

  useEffect(() => {
    if (!hasToken) queryClient.clear();
  }, [hasToken, queryClient]);

  const login = useCallback(
    async (email: string, password: string) => {
      await loginWithPassword(email, password);
      await queryClient.fetchQuery(meQueryOptions());
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    await logoutSession();
    queryClient.clear();
  }, [queryClient]);

  let status: AuthStatus;
  if (restoring || (hasToken && me.isPending)) status = 'loading';
  else if (hasToken && me.data) status = 'authenticated';
  else status = 'anonymous';

  const value = useMemo<AuthContextValue>(
    () => ({ status, user: hasToken ? (me.data ?? null) : null, login, logout }),
    [status, hasToken, me.data, login, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
