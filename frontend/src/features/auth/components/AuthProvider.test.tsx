import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useAuth } from '@/lib/auth-context';
import { tokenStore } from '@/lib/token-store';
import { json, testUser } from '@/testing/test-utils';
import { AuthProvider } from './AuthProvider';

function Probe() {
  const { status, user } = useAuth();
  return (
    <p>
      {status}:{user?.email ?? '-'}
    </p>
  );
}

function renderProvider() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <AuthProvider>
        <Probe />
      </AuthProvider>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set(null);
  localStorage.clear();
});

/** What a browser that had a session before remembers (set when a token arrives). */
function rememberSession() {
  localStorage.setItem('samverkan.session', '1');
}

describe('AuthProvider', () => {
  it('restores the session silently from the refresh cookie and loads /me', async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      const req = input as Request;
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/auth/refresh') {
        return json({ access_token: 'restored', token_type: 'Bearer', expires_in: 900, refresh_token: 'r2' });
      }
      if (path === '/api/v1/me' && req.headers.get('Authorization') === 'Bearer restored') return json(testUser());
      return json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401);
    });
    vi.stubGlobal('fetch', fetchMock);
    rememberSession();
    renderProvider();
    expect(screen.getByText(/loading/)).toBeInTheDocument();
    expect(await screen.findByText('authenticated:coordinator@samverkan.test')).toBeInTheDocument();
    expect(tokenStore.get()).toBe('restored');
  });

  it('is anonymous when there is no valid refresh cookie, and forgets the session', async () => {
    const fetchMock = vi.fn(async () => json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401));
    vi.stubGlobal('fetch', fetchMock);
    rememberSession();
    renderProvider();
    expect(await screen.findByText('anonymous:-')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(tokenStore.mayHaveSession()).toBe(false);
  });

  it('on a fresh visit does not ask the server to refresh (no 401 in the console)', async () => {
    const fetchMock = vi.fn(async () => json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401));
    vi.stubGlobal('fetch', fetchMock);
    renderProvider();
    expect(await screen.findByText('anonymous:-')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('remembers that there is a session once a token arrives, and forgets it on logout', () => {
    expect(tokenStore.mayHaveSession()).toBe(false);
    tokenStore.set('t1');
    expect(tokenStore.mayHaveSession()).toBe(true);
    tokenStore.set(null);
    expect(tokenStore.mayHaveSession()).toBe(false);
  });
});
