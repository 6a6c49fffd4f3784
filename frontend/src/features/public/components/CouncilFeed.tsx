import { useTranslation } from 'react-i18next';
import { publicCalendarUrl, webcalUrl } from '@/lib/calendar';
import { CopyAddress } from '@/components/ui/CopyAddress';

/**
 * A public council's calendar feed, behind a disclosure ("Prenumerera på kalendern för …"): the
 * address to subscribe to, to copy, and to open in a calendar app.
 */
export function CouncilFeed({ councilId, name }: { councilId: string; name: string }) {
  const { t } = useTranslation();
  const url = publicCalendarUrl(councilId);
  return (
    <details className="calendar-feed">
      <summary>{t('calendar.public.heading', { name })}</summary>
      <CopyAddress label={t('calendar.public.address')} hint={t('calendar.public.hint')} value={url} />
      <p>
        <a href={webcalUrl(url)}>{t('calendar.openInApp')}</a>
      </p>
    </details>
  );
}
