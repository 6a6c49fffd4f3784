import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useIdempotencyKey } from './idempotency';

describe('useIdempotencyKey', () => {
  it('reuses one key for repeated attempts and takes a new one after an error', async () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const seen: string[] = [];
    await result.current(async (k) => void seen.push(k));
    await result.current(async (k) => void seen.push(k));
    await expect(
      result.current(async (k) => {
        seen.push(k);
        throw new Error('422');
      }),
    ).rejects.toThrow('422');
    await result.current(async (k) => void seen.push(k));
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(seen[3]).not.toBe(seen[2]);
  });
});
