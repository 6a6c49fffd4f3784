import { createContext, useContext } from 'react';
import type { Me, Role } from '@/api/types';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous';

export interface AuthContextValue {
  status: AuthStatus;
  user: Me | null;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside an AuthProvider');
  return ctx;
}

const WRITERS: readonly Role[] = ['admin', 'coordinator'];

export function canWrite(role: Role | undefined | null): boolean {
  return !!role && WRITERS.includes(role);
}

/** True when the signed-in user may create and edit organizations. */
export function useCanWrite(): boolean {
  return canWrite(useAuth().user?.role);
}
