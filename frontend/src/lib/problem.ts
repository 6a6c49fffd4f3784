import type { FieldError, Problem } from '@/api/types';

/** An API error carrying the RFC 9457 problem document (if the server sent one). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/** Turns an openapi-fetch result into data or a thrown ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ApiError(result.response.status, isProblem(result.error) ? result.error : null);
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/**
 * True when the server says the addressed resource does not exist: a 404, or a 400 because an id in
 * the path is malformed (e.g. not a UUID), which for the user is the same thing.
 */
export function isNotFoundError(e: unknown): boolean {
  if (!isApiError(e)) return false;
  return e.status === 404 || (e.status === 400 && e.problem?.code === 'invalid_path_parameter');
}
