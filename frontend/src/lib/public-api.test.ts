import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, serveRequests } from '@/testing/test-utils';
import { publicApi } from './api-client';
import { tokenStore } from './token-store';

beforeEach(() => {
  vi.unstubAllGlobals();
});

describe('the public pages’ client', () => {
  it('sends no token even when someone is logged in, and never refreshes on a 401', async () => {
    tokenStore.set('secret-token');
    const requests = serveRequests(() => json({ status: 401, title: 'Unauthorized' }, 401));
    const result = await publicApi.GET('/api/v1/public/meetings', { params: { query: {} } });
    expect(result.response.status).toBe(401);
    expect(requests).toHaveLength(1);
    expect(requests[0].headers.get('Authorization')).toBeNull();
    expect(new URL(requests[0].url).pathname).toBe('/api/v1/public/meetings');
    // The session is untouched.
    expect(tokenStore.get()).toBe('secret-token');
  });
});
