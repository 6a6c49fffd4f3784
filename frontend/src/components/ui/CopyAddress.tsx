import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An address to copy (a calendar feed): read-only in a field, selected on focus, with a copy button
 * and a status line saying it was copied (or to copy it by hand where the clipboard is not allowed).
 */
export function CopyAddress({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('no');
    }
  }

  return (
    <div className="field copy-address">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="search-row">
        <input ref={inputRef} id={id} type="text" readOnly value={value} aria-describedby={hint ? `${id}-hint` : undefined} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('calendar.copy')}
        </button>
      </div>
      <p role="status" className="hint">
        {copied === 'yes' ? t('calendar.copied') : copied === 'no' ? t('calendar.copyByHand') : ''}
      </p>
    </div>
  );
}
