import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Council } from '@/api/types';
import { fetchCouncilCalendar, publicCalendarUrl, webcalUrl } from '@/lib/calendar';
import { downloadBlob } from '@/lib/download';
import { problemText } from '@/lib/problem-text';
import { CopyAddress } from '@/components/ui/CopyAddress';

/**
 * The council page's "Kalender": its meetings as a calendar file (with the login, so fetched with
 * the token and saved), and for a public council the public feed's address to subscribe to.
 */
export function CalendarSection({ council: c }: { council: Council }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await fetchCouncilCalendar(c.id, c.name);
      downloadBlob(filename, blob);
    } catch (err) {
      setError(problemText(t, (k) => i18n.exists(k), err));
      setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  const url = publicCalendarUrl(c.id);
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendar.council.heading')}</h2>
      <p>{t('calendar.council.intro')}</p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <p>
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {busy ? t('calendar.council.downloading') : t('calendar.council.download')}
        </button>
      </p>
      {c.is_public && (
        <div className="calendar-feed">
          <h3>{t('calendar.council.publicHeading')}</h3>
          <CopyAddress label={t('calendar.public.address')} hint={t('calendar.council.publicHint')} value={url} />
          <p className="button-row">
            <a href={webcalUrl(url)}>{t('calendar.openInApp')}</a>
            <Link to={`/offentligt/moten?council=${c.id}`}>{t('calendar.council.publicPage')}</Link>
          </p>
        </div>
      )}
      <p>
        <Link to="/calendar">{t('calendar.council.mine')}</Link>
      </p>
    </section>
  );
}
