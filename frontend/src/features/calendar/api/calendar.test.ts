import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElement, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createQueryClient } from '@/lib/query-client';
import { tokenStore } from '@/lib/token-store';
import { json, serveRequests } from '@/testing/test-utils';
import { useCalendarTokenInfo } from './calendar';

/** The hook with the app's own query client (its retry policy), not the tests' one. */
function renderInfo() {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
  return renderHook(() => useCalendarTokenInfo(), { wrapper });
}

const notFound = () => json({ type: 'urn:samverkan:problem:not_found', title: 'Not found', status: 404, code: 'not_found' }, 404);

describe('the personal calendar token', () => {
  const logged: unknown[][] = [];
  beforeEach(() => {
    vi.unstubAllGlobals();
    tokenStore.set('token');
    logged.length = 0;
    for (const level of ['error', 'warn'] as const) vi.spyOn(console, level).mockImplementation((...args) => void logged.push(args));
  });
  afterEach(() => vi.restoreAllMocks());

  it('a 404 means no token: null, not an error, asked once (not retried), nothing logged', async () => {
    const requests = serveRequests(notFound);
    const { result } = renderInfo();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
    expect(result.current.error).toBeNull();
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['GET /api/v1/me/calendar-token']);
    expect(logged).toEqual([]);
  });

  it('a token: since when', async () => {
    serveRequests(() => json({ created_at: '2027-01-12T09:00:00Z' }));
    const { result } = renderInfo();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({ created_at: '2027-01-12T09:00:00Z' });
  });

  it('another failure is an error (the page offers both actions then)', async () => {
    serveRequests(() => json({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' }, 403));
    const { result } = renderInfo();
    await waitFor(() => expect(result.current.isError).toBe(true));
  });
});
