import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import type { Problem } from '@/api/types';
import { ApiError } from './problem';
import { fieldErrorKey, fieldErrorText, KNOWN_FIELD_ERROR_CODES, KNOWN_PROBLEM_CODES, problemKey, problemText } from './problem-text';

const exists = (key: string) => i18n.exists(key);
// Codes outside the contract are cast: the web app must still say something sensible (old servers, proxies).
const problem = (status: number, code: string, detail?: string) =>
  new ApiError(status, { type: 'about:blank', title: 'x', status, code: code as Problem['code'], detail });

describe('problem texts', () => {
  // The code lists are exhaustive by type over openapi.yaml's ProblemCode and FieldCode enums.
  it.each(['sv', 'en'])('has a %s text for every problem and field-error code in the contract', (lng) => {
    for (const code of KNOWN_PROBLEM_CODES) expect(i18n.exists(problemKey(code), { lng }), `${lng} ${problemKey(code)}`).toBe(true);
    for (const code of KNOWN_FIELD_ERROR_CODES) expect(i18n.exists(fieldErrorKey(code), { lng }), `${lng} ${fieldErrorKey(code)}`).toBe(true);
  });

  it('reads a problem by its code, then by status, then the server detail', () => {
    expect(problemText(i18n.t, exists, problem(409, 'has_history'))).toMatch(/Markera den i stället som inte obligatorisk/);
    expect(problemText(i18n.t, exists, problem(403, 'some_new_code'))).toBe('Din roll får inte göra detta.');
    expect(problemText(i18n.t, exists, problem(409, 'unknown_conflict', 'Raw detail'))).toBe('Raw detail');
    expect(problemText(i18n.t, exists, new TypeError('Failed to fetch'))).toMatch(/nå servern/);
  });

  it('reads a field error by its code, falling back to the server message', () => {
    expect(fieldErrorText(i18n.t, exists, 'too_long', 'At most 200 characters.')).toBe('Texten är för lång.');
    expect(fieldErrorText(i18n.t, exists, 'brand_new', 'Server says no.')).toBe('Server says no.');
  });
});
