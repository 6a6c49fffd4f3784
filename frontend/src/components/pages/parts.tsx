import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFlash } from '@/components/ui/Flash';

/** Where a page goes after a successful write, and the success message shown there. */
export interface Done {
  to: string;
  message: string;
}

/** Shows the success message at the target page and goes there. */
export function useFinish() {
  const navigate = useNavigate();
  const flash = useFlash();
  return ({ to, message }: Done) => {
    flash.show(message, to);
    navigate(to);
  };
}

/** The link above a page's heading, back to where the user came from ("Tillbaka"). */
export function BackLink({ to, label }: { to: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={to}>{label ?? t('common.back')}</Link>
    </p>
  );
}
