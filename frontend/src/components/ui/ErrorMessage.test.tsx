import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import i18n from '@/i18n';
import type { Problem } from '@/api/types';
import { ApiError, isNotFoundError } from '@/lib/problem';
import { tokenStore } from '@/lib/token-store';
import { ErrorMessage } from './ErrorMessage';

const problem = (status: number, code: Problem['code'], detail: string): Problem => ({
  type: 'about:blank',
  title: status === 404 ? 'Not Found' : 'Bad Request',
  status,
  code,
  detail,
});
const invalidPath = problem(
  400,
  'invalid_path_parameter',
  'A path parameter is invalid: Path deserialize error: UUID parsing failed: invalid character.',
);

function renderError(error: unknown) {
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <ErrorMessage error={error} onRetry={() => {}} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

beforeEach(async () => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
  await i18n.changeLanguage('sv');
});

describe('isNotFoundError', () => {
  it('treats a 404 and a malformed path id (400 invalid_path_parameter) as not found', () => {
    expect(isNotFoundError(new ApiError(404, problem(404, 'not_found', 'No such council.')))).toBe(true);
    expect(isNotFoundError(new ApiError(404, null))).toBe(true);
    expect(isNotFoundError(new ApiError(400, invalidPath))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isNotFoundError(new ApiError(400, problem(400, 'invalid_query_parameter', 'Bad cursor.')))).toBe(false);
    expect(isNotFoundError(new ApiError(400, null))).toBe(false);
    expect(isNotFoundError(new ApiError(500, null))).toBe(false);
    expect(isNotFoundError(new Error('network'))).toBe(false);
    expect(isNotFoundError(null)).toBe(false);
  });
});

describe('ErrorMessage', () => {
  it('shows the not-found page for a malformed id, without the raw server text or a retry button', () => {
    renderError(new ApiError(400, invalidPath));
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
    expect(screen.queryByText(/UUID parsing failed/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Försök igen' })).not.toBeInTheDocument();
  });

  it('shows the not-found page for a 404', () => {
    renderError(new ApiError(404, problem(404, 'not_found', 'No such council.')));
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
  });

  it('shows other errors with a retry button', () => {
    renderError(new ApiError(500, problem(500, 'internal_error', 'Something broke.')));
    expect(screen.getByRole('alert')).toHaveTextContent('Something broke.');
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });
});
