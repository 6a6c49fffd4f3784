/**
 * The one lookup from API problem codes to text. Keys:
 *   problems.<code>     – a whole-request problem (409 `has_history`, 403 `forbidden`, 412 …)
 *   forms.errors.<code> – a field error's code (422 `errors[].code`, e.g. `too_long`, `invalid_luhn`)
 * When the Problem schema lists every code as an enum, a unit test checks that each has a Swedish and
 * an English text under these keys (see problem-text.test.ts).
 */
import type { TFunction } from 'i18next';
import type { Problem } from '@/api/types';
import { isApiError } from './problem';

export const problemKey = (code: string) => `problems.${code}`;
export const fieldErrorKey = (code: string) => `forms.errors.${code}`;

type Exists = (key: string) => boolean;

/** The text for a field error code; the server's message when there is none (it is English). */
export function fieldErrorText(t: TFunction, exists: Exists, code: string, serverMessage: string): string {
  const key = fieldErrorKey(code);
  return exists(key) ? t(key) : serverMessage || t('forms.failed');
}

/** The text for a failed request as a whole: by the problem's code, else by status, else the server's detail. */
export function problemText(t: TFunction, exists: Exists, error: unknown): string {
  if (!isApiError(error)) return t('problems.network');
  const problem: Problem | null = error.problem;
  if (problem?.code && exists(problemKey(problem.code))) return t(problemKey(problem.code));
  if (error.status === 403) return t(problemKey('forbidden'));
  if (error.status === 412) return t(problemKey('version_mismatch'));
  return problem?.detail || t('forms.failed');
}

/**
 * The problem and field-error codes the API sends today (from the backend's source). When openapi.yaml
 * lists them as enums, derive these lists from the generated types instead; the test stays the same.
 */
export const KNOWN_PROBLEM_CODES = [
  'forbidden',
  'not_found',
  'version_mismatch',
  'duplicate',
  'has_children',
  'has_history',
  'seat_full',
  'already_holds_seat',
  'over_capacity',
  'erased',
  'too_many_requests',
  'internal_error',
] as const;

export const KNOWN_FIELD_ERROR_CODES = [
  'required',
  'too_long',
  'too_short',
  'not_found',
  'duplicate',
  'invalid_luhn',
  'invalid_format',
  'out_of_range',
  'too_many',
  'invalid_parent_kind',
  'invalid_frequency',
  'before_founded_on',
  'before_valid_from',
  'not_a_party',
] as const;
