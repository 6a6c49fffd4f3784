import { vi } from 'vitest';
import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import i18n from '@/i18n';
import type { Meeting, Me } from '@/api/types';
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

/** A planned meeting of "Lokal styrgrupp Södermalm" on Tuesday 12 January 2027, 18:00–19:30 in Stockholm. */
export const testMeeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: '01900000-0000-7000-8000-0000000000e1',
  council_id: '01900000-0000-7000-8000-0000000000c1',
  title: 'Lokal styrgrupp Södermalm',
  starts_at: '2027-01-12T17:00:00Z',
  ends_at: '2027-01-12T18:30:00Z',
  location: null,
  online_url: null,
  mode: 'in_person',
  status: 'planned',
  description: null,
  cancel_reason: null,
  cancelled_at: null,
  agenda_published_at: null,
  version: 3,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: { '01900000-0000-7000-8000-0000000000c1': 'Lokal styrgrupp Södermalm' },
  allowed_actions: [],
  ...overrides,
});

/** Answers the app's requests with `handler` (a stubbed `fetch`); returns the requests made, in order. */
export function serveRequests(handler: (req: Request) => Response | Promise<Response>): Request[] {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      requests.push(req.clone());
      return handler(req);
    }),
  );
  return requests;
}

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
