import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useIdempotencyKey } from './idempotency';

describe('useIdempotencyKey', () => {
  it('shares one key between attempts in flight and takes a new one once the server has answered', async () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const seen: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    // A double submit: two sends before the first answer.
    const first = result.current(async (k) => {
      seen.push(k);
      await gate;
    });
    const second = result.current(async (k) => {
      seen.push(k);
      await gate;
    });
    release();
    await Promise.all([first, second]);
    expect(seen[1]).toBe(seen[0]);
    // After a success: a new key (the next item of a form that stays on the page).
    await result.current(async (k) => void seen.push(k));
    expect(seen[2]).not.toBe(seen[0]);
    // After an error: a new key too.
    await expect(
      result.current(async (k) => {
        seen.push(k);
        throw new Error('422');
      }),
    ).rejects.toThrow('422');
    await result.current(async (k) => void seen.push(k));
    expect(seen[4]).not.toBe(seen[3]);
  });
});
