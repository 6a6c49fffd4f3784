import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmActionProps {
  /** The danger button that opens the dialog. */
  label: string;
  /** The dialog's heading (its accessible name): what will happen, to what. */
  title: string;
  /** The dialog's text (its accessible description): what the action does and what it keeps. */
  description: ReactNode;
  /** The dialog's danger button. */
  confirmLabel: string;
  /** Does it (the dialog stays open, its button disabled, until this settles). */
  onConfirm: () => Promise<void>;
  /** Shows a failure of `onConfirm` (the caller renders the alert). */
  onError: (error: unknown) => void;
  /** The caller's error alert: it gets the focus after a failure (default: back to the button). */
  errorFocus?: RefObject<HTMLElement | null>;
  /**
   * The buttons' look: `danger` (default) for a removal; `primary` for an action that is final but
   * not destructive (adopting a situation picture, which locks it).
   */
  variant?: 'danger' | 'primary';
}

/**
 * A destructive action behind a confirmation: a danger button opening a modal dialog whose safe
 * choice (Cancel) has the focus. Cancelling returns the focus to the button; after confirming, the
 * dialog closes and the focus goes back to the button, or to the error after a failure (`errorFocus`).
 */
export function ConfirmAction({ label, title, description, confirmLabel, onConfirm, onError, errorFocus, variant = 'danger' }: ConfirmActionProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Set after a failure whose alert takes the focus, so closing the dialog does not take it back.
  const focusError = useRef(false);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const descId = useId();
  const buttonClass = `button button-${variant}`;

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
      dialogRef.current?.close();
    } catch (err) {
      focusError.current = !!errorFocus;
      dialogRef.current?.close();
      onError(err);
      if (errorFocus) setTimeout(() => errorFocus.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        ref={openRef}
        type="button"
        className={buttonClass}
        onClick={() => {
          focusError.current = false;
          dialogRef.current?.showModal();
          // The safe choice gets the focus.
          cancelRef.current?.focus();
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="dialog"
        onClose={() => !focusError.current && openRef.current?.focus()}
      >
        <h2 id={titleId}>{title}</h2>
        <div id={descId}>{description}</div>
        <div className="button-row">
          <button type="button" className={buttonClass} onClick={() => void confirm()} disabled={busy}>
            {confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
