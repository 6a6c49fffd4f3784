import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An address to copy (a calendar feed; or an API key, with `messages`): read-only in a field, selected on focus, with a copy button
 * and a status line saying it was copied (or to copy it by hand where the clipboard is not allowed).
 */
export function CopyAddress({
  label,
  value,
  hint,
  messages,
}: {
  label: string;
  value: string;
  hint?: string;
  /** The status texts for something other than an address (an API key): copied, and copy it by hand. */
  messages?: { copied: string; copyByHand: string };
}) {
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
        {copied === 'yes' ? (messages?.copied ?? t('calendar.copied')) : copied === 'no' ? (messages?.copyByHand ?? t('calendar.copyByHand')) : ''}
      </p>
    </div>
  );
}
