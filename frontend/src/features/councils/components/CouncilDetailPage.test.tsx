import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { Problem } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders } from '@/testing/test-utils';
import { CouncilDetailPage } from './CouncilDetailPage';

const invalidPath: Problem = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  code: 'invalid_path_parameter',
  detail: 'A path parameter is invalid: Path deserialize error: UUID parsing failed: invalid character.',
};

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('detail page with a malformed id', () => {
  it('renders the not-found page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const req = input instanceof Request ? input : new Request(input, init);
        if (new URL(req.url).pathname === '/api/v1/councils/not-a-uuid') return json(invalidPath, 400);
        return json({ items: [], next_cursor: null });
      }),
    );
    renderWithProviders(<CouncilDetailPage />, { route: '/councils/not-a-uuid', path: '/councils/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
    expect(screen.queryByText(/UUID parsing failed/)).not.toBeInTheDocument();
  });
});
