import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Membership } from '@/api/types';
import { useConfirmMembership } from '@/lib/memberships';
import { allows } from '@/lib/permissions';
import { problemText } from '@/lib/problem-text';
import { useFlash } from '@/components/ui/Flash';

/** "Ej bekräftad": a term no coordinator has confirmed yet (its holder sees no one's contact details). */
export function UnconfirmedBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-unconfirmed">{t('terms.unconfirmed')}</span>;
}

export interface TermConfirmationProps {
  membership: Membership;
  /** Read after "Bekräfta" by assistive technology, to tell the buttons of a list apart ("uppdraget för Elin Sandberg"). */
  what: string;
}

/**
 * A term's confirmation where terms are listed: nothing when it is confirmed; otherwise the
 * "Ej bekräftad" badge, and a "Bekräfta" button when the term's `allowed_actions` include `confirm`.
 */
export function TermConfirmation({ membership, what }: TermConfirmationProps) {
  if (membership.confirmed) return null;
  return (
    <>
      {' '}
      <UnconfirmedBadge />
      {allows('confirm', membership) && (
        <>
          {' '}
          <ConfirmTermButton membership={membership} what={what} />
        </>
      )}
    </>
  );
}

/** Confirms the term (If-Match: the version shown); a success flash, or the problem's text beside the button. */
function ConfirmTermButton({ membership, what }: TermConfirmationProps) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const flash = useFlash();
  const confirm = useConfirmMembership(membership);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setError(null);
    try {
      await confirm.mutateAsync({ version: membership.version, patch: { confirmed: true } });
      flash.show(t('terms.confirmedFlash'), pathname);
    } catch (err) {
      setError(problemText(t, (k) => i18n.exists(k), err));
    }
  }

  return (
    <>
      <button type="button" className="button button-small" onClick={() => void run()} disabled={confirm.isPending}>
        {confirm.isPending ? t('terms.confirming') : t('terms.confirm')}{' '}
        <span className="visually-hidden">{what}</span>
      </button>
      {error && (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
