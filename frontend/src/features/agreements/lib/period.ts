import type { Agreement } from '@/api/types';
import { formatDate } from '@/lib/format';

/** "2024-01-01 – 2026-12-31", or "tills vidare" (open) for a missing end. */
export function period(a: Pick<Agreement, 'valid_from' | 'valid_to'>, lang: string, open: string): string {
  if (!a.valid_from && !a.valid_to) return open;
  return `${formatDate(a.valid_from, lang) || '…'} – ${formatDate(a.valid_to, lang) || open}`;
}
