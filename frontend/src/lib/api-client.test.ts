// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, fileBody } from './api-client';
import { tokenStore } from './token-store';

const BASE = 'http://app.test';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const problem401 = { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthenticated' };
const tokens = (access: string) => ({ access_token: access, token_type: 'Bearer', expires_in: 900, refresh_token: 'r' });
const me = { id: 'u1', email: 'a@b.c', display_name: 'A', role: 'admin', version: 1, created_at: '', updated_at: '' };

type Call = { url: string; method: string; auth: string | null; body: string | null; credentials: RequestCredentials };

function fakeServer(handler: (req: Request, calls: Call[]) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    const body = req.body ? await req.clone().text() : null;
    calls.push({
      url: new URL(req.url).pathname,
      method: req.method,
      auth: req.headers.get('Authorization'),
      body,
      credentials: req.credentials,
    });
    return handler(req, calls);
  });
  return { calls, fetchFn: fetchFn as unknown as typeof fetch };
}

describe('api client token handling', () => {
  beforeEach(() => tokenStore.set(null));

  it('adds the Bearer token from memory', async () => {
    tokenStore.set('t1');
    const { calls, fetchFn } = fakeServer(() => json(me));
    const { client } = createApiClient({ baseUrl: BASE, fetch: fetchFn });
    const { data } = await client.GET('/api/v1/me');
    expect(data?.email).toBe('a@b.c');
    expect(calls[0].auth).toBe('Bearer t1');
  });

  it('on a 401 refreshes once via the cookie and retries the request with the new token', async () => {
    tokenStore.set('expired');
    const { calls, fetchFn } = fakeServer((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/auth/refresh') return json(tokens('fresh'));
      return req.headers.get('Authorization') === 'Bearer fresh' ? json(me) : json(problem401, 401);
    });
    const onAuthFailure = vi.fn();
    const { client } = createApiClient({ baseUrl: BASE, fetch: fetchFn, onAuthFailure });

    const { data, error, response } = await client.GET('/api/v1/me');

    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data?.email).toBe('a@b.c');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/me',
      'POST /api/v1/auth/refresh',
      'GET /api/v1/me',
    ]);
    const refresh = calls[1];
    expect(refresh.auth).toBeNull();
    expect(refresh.credentials).toBe('same-origin');
    expect(JSON.parse(refresh.body ?? 'null')).toEqual({});
    expect(calls[2].auth).toBe('Bearer fresh');
    expect(tokenStore.get()).toBe('fresh');
    expect(onAuthFailure).not.toHaveBeenCalled();
  });

  it('replays the request body on retry', async () => {
    tokenStore.set('expired');
    const { calls, fetchFn } = fakeServer((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/auth/refresh') return json(tokens('fresh'));
      if (req.headers.get('Authorization') !== 'Bearer fresh') return json(problem401, 401);
      return json({ id: 'o1', kind: 'school', name: 'Skolan', parent_id: null, organization_number: null, contact_details: [], version: 1, created_at: '', updated_at: '' }, 201);
    });
    const { client } = createApiClient({ baseUrl: BASE, fetch: fetchFn });
    const { data } = await client.POST('/api/v1/organizations', {
      params: { header: { 'Idempotency-Key': 'k1' } },
      body: { kind: 'school', name: 'Skolan' },
    });
    expect(data?.id).toBe('o1');
    expect(calls).toHaveLength(3);
    expect(JSON.parse(calls[2].body ?? 'null')).toEqual({ kind: 'school', name: 'Skolan' });
  });

  it('shares one refresh between concurrent 401s', async () => {
    tokenStore.set('expired');
    const { calls, fetchFn } = fakeServer(async (req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/auth/refresh') {
        await new Promise((r) => setTimeout(r, 20));
        return json(tokens('fresh'));
      }
      return req.headers.get('Authorization') === 'Bearer fresh' ? json(me) : json(problem401, 401);
    });
    const { client } = createApiClient({ baseUrl: BASE, fetch: fetchFn });
    const results = await Promise.all([client.GET('/api/v1/me'), client.GET('/api/v1/me'), client.GET('/api/v1/me')]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(calls.filter((c) => c.url === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('when the refresh fails, reports the session as over and returns the 401', async () => {
    tokenStore.set('expired');
    const { calls, fetchFn } = fakeServer(() => json(problem401, 401));
    const onAuthFailure = vi.fn();
    const { client } = createApiClient({ baseUrl: BASE, fetch: fetchFn, onAuthFailure });
    const { error, response } = await client.GET('/api/v1/me');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401 });
    expect(onAuthFailure).toHaveBeenCalledTimes(1);
    expect(tokenStore.get()).toBeNull();
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/me', '/api/v1/auth/refresh']);
  });

  it('does not refresh-and-retry the auth endpoints themselves', async () => {
    const { calls, fetchFn } = fakeServer(() => json(problem401, 401));
    const onAuthFailure = vi.fn();
    const { authClient } = createApiClient({ baseUrl: BASE, fetch: fetchFn, onAuthFailure });
    const { response } = await authClient.POST('/api/v1/auth/login', { body: { email: 'x@y.z', password: 'bad' } });
    expect(response.status).toBe(401);
    expect(calls).toHaveLength(1);
    expect(onAuthFailure).not.toHaveBeenCalled();
  });

  it('refresh() restores a session from the cookie', async () => {
    const { calls, fetchFn } = fakeServer(() => json(tokens('restored')));
    const { refresh } = createApiClient({ baseUrl: BASE, fetch: fetchFn });
    await expect(refresh()).resolves.toBe('restored');
    expect(tokenStore.get()).toBe('restored');
    expect(calls[0].url).toBe('/api/v1/auth/refresh');
  });
});

describe('fileBody', () => {
  beforeEach(() => tokenStore.set(null));

  it('sends a file as the raw body, and the same bytes again when a 401 makes the client retry', async () => {
    tokenStore.set('expired');
    const { calls, fetchFn } = fakeServer((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/auth/refresh') return json(tokens('fresh'));
      return req.headers.get('Authorization') === 'Bearer fresh' ? json({ id: 'd1' }, 201) : json(problem401, 401);
    });
    const { client } = createApiClient({ baseUrl: BASE, fetch: fetchFn });
    const file = new File(['%PDF-1.7\nhej\n%%EOF\n'], 'a.pdf', { type: 'application/pdf' });
    const { response } = await client.POST('/api/v1/meetings/{id}/documents', {
      params: { path: { id: 'm1' }, query: { file_name: 'a.pdf' }, header: { 'Idempotency-Key': 'k1' } },
      ...fileBody(file),
    });
    expect(response.status).toBe(201);
    const uploads = calls.filter((c) => c.url === '/api/v1/meetings/m1/documents');
    expect(uploads.map((c) => [c.auth, c.body])).toEqual([
      ['Bearer expired', '%PDF-1.7\nhej\n%%EOF\n'],
      ['Bearer fresh', '%PDF-1.7\nhej\n%%EOF\n'],
    ]);
  });
});
