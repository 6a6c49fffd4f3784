/**
 * The one lookup from API problem codes to text. Keys:
 *   problems.<code>     – a whole-request problem (409 `has_history`, 403 `forbidden`, 412 …)
 *   forms.errors.<code> – a field error's code (422 `errors[].code`, e.g. `too_long`, `invalid_luhn`)
 * The code lists below are exhaustive by type over openapi.yaml's `ProblemCode` and `FieldCode` enums,
 * and problem-text.test.ts checks that each code has a Swedish and an English text under these keys.
 */
import type { TFunction } from 'i18next';
import type { components } from '@/api/schema';
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

type Schemas = components['schemas'];

/**
 * Every problem code the API documents (openapi.yaml `ProblemCode`). Exhaustive by type: when the
 * contract gains a code, `npm run typecheck` fails here until it is added (with its texts under
 * `problems.<code>`, which problem-text.test.ts checks in both languages).
 */
const PROBLEM_CODES = {
  malformed_json: true,
  invalid_path_parameter: true,
  invalid_query_parameter: true,
  unknown_query_parameter: true,
  invalid_limit: true,
  invalid_cursor: true,
  invalid_idempotency_key: true,
  unauthenticated: true,
  forbidden: true,
  not_found: true,
  method_not_allowed: true,
  duplicate: true,
  referenced: true,
  has_children: true,
  has_history: true,
  over_capacity: true,
  seat_full: true,
  already_holds_seat: true,
  erased: true,
  agenda_published: true,
  situation_adopted: true,
  situation_not_adopted: true,
  already_revised: true,
  inquiry_closed: true,
  no_council_meeting: true,
  already_proposed: true,
  agenda_full: true,
  minutes_submitted: true,
  minutes_locked: true,
  minutes_not_submitted: true,
  minutes_not_adjusted: true,
  no_adjusters: true,
  paragraph_adjusted: true,
  paragraph_empty: true,
  meeting_overlaps: true,
  meeting_cancelled: true,
  meeting_locked: true,
  not_cancellable: true,
  council_not_meeting: true,
  no_cadence: true,
  already_approved: true,
  document_removed: true,
  file_type_not_allowed: true,
  file_too_large: true,
  empty_file: true,
  idempotency_key_reused: true,
  idempotency_key_in_use: true,
  idempotency_key_resource_gone: true,
  version_mismatch: true,
  if_match_required: true,
  unsupported_media_type: true,
  payload_too_large: true,
  validation_failed: true,
  too_many_requests: true,
  not_ready: true,
  internal_error: true,
} satisfies Record<Schemas['ProblemCode'], true>;

/** Every field-error code the API documents (openapi.yaml `FieldCode`); texts under `forms.errors.<code>`. */
const FIELD_ERROR_CODES = {
  required: true,
  invalid: true,
  unknown_field: true,
  too_long: true,
  too_short: true,
  too_many: true,
  out_of_range: true,
  not_found: true,
  self_reference: true,
  cycle: true,
  too_deep: true,
  invalid_parent_kind: true,
  before_founded_on: true,
  before_start_date: true,
  before_valid_from: true,
  invalid_format: true,
  invalid_luhn: true,
  invalid_frequency: true,
  never_occurs: true,
  not_a_party: true,
  not_allowed: true,
  not_attended: true,
  below_agenda_item: true,
  duplicate: true,
  personal_contact: true,
} satisfies Record<Schemas['FieldCode'], true>;

export const KNOWN_PROBLEM_CODES = Object.keys(PROBLEM_CODES) as Schemas['ProblemCode'][];
export const KNOWN_FIELD_ERROR_CODES = Object.keys(FIELD_ERROR_CODES) as Schemas['FieldCode'][];
