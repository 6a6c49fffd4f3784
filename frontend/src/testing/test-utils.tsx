import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import i18n from '@/i18n';
import type { Me } from '@/api/types';
import { AuthContext, type AuthContextValue } from '@/lib/auth-context';
import { FlashProvider } from '@/components/ui/Flash';

export const testUser = (overrides: Partial<Me> = {}): Me => ({
  id: '01900000-0000-7000-8000-000000000001',
  email: 'coordinator@samverkan.test',
  display_name: 'Coordinator',
  role: 'coordinator',
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  ...overrides,
});

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

export function renderWithProviders(
  ui: ReactElement,
  { user = testUser(), route = '/', path = '*' }: { user?: Me | null; route?: string; path?: string } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const auth: AuthContextValue = {
    status: user ? 'authenticated' : 'anonymous',
    user,
    login: async () => {},
    logout: async () => {},
  };
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <AuthContext.Provider value={auth}>
            <MemoryRouter initialEntries={[route]}>
              <FlashProvider>
                <Routes>
                  <Route path={path} element={children} />
                  <Route path="*" element={<div>other page</div>} />
                </Routes>
              </FlashProvider>
            </MemoryRouter>
          </AuthContext.Provider>
        </QueryClientProvider>
      </I18nextProvider>
    );
  }
  return { queryClient, ...render(ui, { wrapper: Wrapper }) };
}
