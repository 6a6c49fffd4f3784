import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { webcalUrl } from '@/lib/calendar';
import { formatDateTime } from '@/lib/format';
import { problemText } from '@/lib/problem-text';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { CopyAddress } from '@/components/ui/CopyAddress';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useCalendarTokenInfo, useCreateCalendarToken, useRevokeCalendarToken } from '../api/calendar';

/**
 * `/calendar`, "Min kalender": the personal calendar feed (the meetings of every council the user
 * sits on) for a calendar app. Whether there is one and since when (`GET /me/calendar-token`);
 * "Skapa kalenderlänk" shows the address once, with a copy button and the warning that it works like
 * a password; "Skapa ny länk" replaces it (the old one stops working) and "Ta bort länken" revokes it,
 * both after a confirmation. Should the status not load, both are offered, with a word that a new
 * link replaces any old one.
 */
export function MyCalendarPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('calendar.mine.title'));
  const info = useCalendarTokenInfo();
  const create = useCreateCalendarToken();
  const revoke = useRevokeCalendarToken();
  // The address as the server gave it: in this page's state only, gone when the user leaves.
  const [url, setUrl] = useState<string | null>(null);
  // Whether there is a link: from the API, or just made here; null when unknown (the status failed to load).
  const exists = url !== null || (info.isSuccess ? info.data !== null : null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const shownRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const fail = (err: unknown) => setError(problemText(t, (k) => i18n.exists(k), err));

  async function createFirst() {
    setError(null);
    setStatus(null);
    try {
      const token = await create.mutateAsync();
      setUrl(token.url);
      setTimeout(() => shownRef.current?.focus(), 0);
    } catch (err) {
      fail(err);
      setTimeout(() => errorRef.current?.focus(), 0);
    }
  }

  return (
    <>
      <h1>{t('calendar.mine.title')}</h1>
      <p>{t('calendar.mine.intro')}</p>
      <section aria-labelledby="personal-feed-heading">
        <h2 id="personal-feed-heading">{t('calendar.mine.heading')}</h2>
        {info.isPending ? (
          <Loading />
        ) : info.isError ? (
          <ErrorMessage error={info.error} onRetry={() => void info.refetch()} />
        ) : info.data ? (
          <p>{t('calendar.mine.since', { date: formatDateTime(info.data.created_at, i18n.language) })}</p>
        ) : (
          !url && <p>{t('calendar.mine.none')}</p>
        )}
        {error && (
          <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
            <p>{error}</p>
          </div>
        )}
        <p ref={statusRef} role="status" tabIndex={-1} className="calendar-status">
          {status}
        </p>
        {url && (
          <div ref={shownRef} tabIndex={-1} className="alert alert-warning calendar-secret" aria-labelledby="feed-shown-heading">
            <h3 id="feed-shown-heading">{t('calendar.mine.shownHeading')}</h3>
            <p>
              <strong>{t('calendar.mine.shownOnce')}</strong> {t('calendar.mine.likePassword')}
            </p>
            <CopyAddress label={t('calendar.mine.address')} value={url} />
            <p>
              <a href={webcalUrl(url)}>{t('calendar.openInApp')}</a>
            </p>
          </div>
        )}
        {exists === null && !info.isPending && <p>{t('calendar.mine.replacesOld')}</p>}
        {!info.isPending && (
          <div className="button-row">
            {exists ? (
              <ConfirmAction
                label={t('calendar.mine.renew')}
                title={t('calendar.mine.renewTitle')}
                description={<p>{t('calendar.mine.renewText')}</p>}
                confirmLabel={t('calendar.mine.renewConfirm')}
                onConfirm={async () => {
                  setError(null);
                  setStatus(null);
                  const token = await create.mutateAsync();
                  setUrl(token.url);
                  setStatus(t('calendar.mine.renewed'));
                }}
                onError={fail}
                errorFocus={errorRef}
              />
            ) : (
              <button type="button" className="button button-primary" disabled={create.isPending} onClick={() => void createFirst()}>
                {create.isPending ? t('calendar.mine.creating') : t('calendar.mine.create')}
              </button>
            )}
            {exists !== false && (
              <ConfirmAction
                label={t('calendar.mine.revoke')}
                title={t('calendar.mine.revokeTitle')}
                description={<p>{t('calendar.mine.revokeText')}</p>}
                confirmLabel={t('calendar.mine.revokeConfirm')}
                onConfirm={async () => {
                  setError(null);
                  setStatus(null);
                  await revoke.mutateAsync();
                  setUrl(null);
                  setStatus(t('calendar.mine.revoked'));
                  // The buttons change under the focus: the message takes it.
                  setTimeout(() => statusRef.current?.focus(), 0);
                }}
                onError={fail}
                errorFocus={errorRef}
              />
            )}
          </div>
        )}
      </section>
    </>
  );
}
