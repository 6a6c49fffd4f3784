import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { clockText, inquiryClock } from '@/lib/inquiry-time';
import { isNotFoundError } from '@/lib/problem';
import { TextField, useServerForm } from '@/components/ui/form';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { usePublicInquiry, type PublicInquiry } from '../api/inquiries';
import { normalReference, statusPath } from '../lib/inquiry-form';
import './contact.css';

/**
 * `/offentligt/arende/:reference?token=…`: the one who raised an inquiry follows it by its reference
 * and code: the status in words, who handles it, the dates and the expected answer, their message and
 * the public replies. A wrong pair (404) says so and offers the form to type them again. No login.
 */
export function PublicInquiryStatusPage() {
  const { t } = useTranslation();
  const { reference = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const query = usePublicInquiry(reference, token);
  const notFound = !token || (query.isError && isNotFoundError(query.error));
  useDocumentTitle(query.data ? t('publicInquiry.status.title', { reference: query.data.reference }) : notFound ? t('publicInquiry.status.notFoundTitle') : t('publicInquiry.status.loadingTitle'));

  if (notFound) {
    return (
      <>
        <h1>{t('publicInquiry.status.notFoundTitle')}</h1>
        <div className="alert alert-error" role="alert">
          <p>{token ? t('publicInquiry.status.notFound') : t('publicInquiry.status.noCode')}</p>
        </div>
        <LookupForm reference={reference} />
      </>
    );
  }
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <StatusView inquiry={query.data} />;
}

/** `/offentligt/arende/folj`: the form to type a reference and a code. */
export function PublicInquiryLookupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('publicInquiry.lookup.title'));
  return (
    <>
      <h1>{t('publicInquiry.lookup.title')}</h1>
      <p>{t('publicInquiry.lookup.intro')}</p>
      <LookupForm />
    </>
  );
}

function StatusView({ inquiry: i }: { inquiry: PublicInquiry }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const messageId = useId();
  const repliesId = useId();
  const otherId = useId();
  const [now] = useState(() => Date.now());
  const clock = clockText(inquiryClock(i, now), t, i18n.language, now);
  const time = (instant: string | null | undefined, none: string) => (instant ? <time dateTime={instant}>{formatDateTime(instant)}</time> : none);
  return (
    <>
      <h1>{t('publicInquiry.status.title', { reference: i.reference })}</h1>
      <p className="public-status-line">
        {t('publicInquiry.status.status')}: <strong>{t(`inquiries.statuses.${i.status}`)}</strong> – {t(`publicInquiry.status.explain.${i.status}`)}
      </p>
      <dl className="details">
        <div>
          <dt>{t('publicInquiry.status.topic')}</dt>
          <dd>{en ? i.topic_name_en : i.topic_name_sv}</dd>
        </div>
        <div>
          <dt>{t('publicInquiry.status.area')}</dt>
          <dd>{i.area_name ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('publicInquiry.status.handledBy')}</dt>
          <dd>{i.organization_name ?? t('publicInquiry.status.notAssigned')}</dd>
        </div>
        <div>
          <dt>{t('publicInquiry.status.received')}</dt>
          <dd>{time(i.received_at, t('common.none'))}</dd>
        </div>
        <div>
          <dt>{t('publicInquiry.status.expected')}</dt>
          <dd>
            {time(i.expected_at, t('publicInquiry.status.noExpected'))}
            {!i.first_response_at && clock.state && <> ({clock.state})</>}
          </dd>
        </div>
        <div>
          <dt>{t('publicInquiry.status.firstResponse')}</dt>
          <dd>{time(i.first_response_at, t('publicInquiry.status.notYet'))}</dd>
        </div>
        <div>
          <dt>{t('publicInquiry.status.closed')}</dt>
          <dd>{time(i.closed_at, t('publicInquiry.status.notYet'))}</dd>
        </div>
        <div>
          <dt>{t('publicInquiry.status.supporters')}</dt>
          <dd>{t('publicInquiry.similar.supporters', { count: i.supporters })}</dd>
        </div>
      </dl>

      <section aria-labelledby={messageId}>
        <h2 id={messageId}>{t('publicInquiry.status.message')}</h2>
        <p className="pre-line">{i.message}</p>
      </section>

      <section aria-labelledby={repliesId}>
        <h2 id={repliesId}>{t('publicInquiry.status.replies')}</h2>
        {i.replies.length === 0 ? (
          <p>{t('publicInquiry.status.noReplies')}</p>
        ) : (
          <ol className="public-replies" aria-labelledby={repliesId}>
            {i.replies.map((r, n) => (
              <li key={n}>
                <p className="reply-date">
                  <time dateTime={r.created_at}>{formatDateTime(r.created_at)}</time>
                </p>
                <p>{r.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={otherId}>
        <h2 id={otherId}>{t('publicInquiry.lookup.another')}</h2>
        <LookupForm />
      </section>
    </>
  );
}

/** Reference and code → the status page. Both are needed; the page says when the pair is wrong. */
function LookupForm({ reference: initial = '' }: { reference?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [reference, setReference] = useState(initial);
  const [code, setCode] = useState('');
  const labels: Record<string, string> = { reference: t('publicInquiry.lookup.reference'), token: t('publicInquiry.lookup.code') };
  const uid = useId();
  const form = useServerForm({ prefix: `lookup${uid.replace(/[^a-zA-Z0-9_-]/g, '')}`, isKnownField: (f) => f in labels, labelFor: (f) => labels[f] ?? f });
  function submit() {
    const errors: Record<string, string> = {};
    if (!normalReference(reference)) errors.reference = t('publicInquiry.lookup.referenceRequired');
    if (!code.trim()) errors.token = t('publicInquiry.lookup.codeRequired');
    if (form.clientErrors(errors)) return;
    navigate(statusPath(normalReference(reference), code.trim()));
  }
  return (
    <form
      className="form lookup-form"
      noValidate
      aria-label={t('publicInquiry.lookup.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {form.renderSummary()}
      <TextField form={form} field="reference" label={labels.reference} hint={t('publicInquiry.lookup.referenceHint')} required autoComplete="off" spellCheck={false} value={reference} onChange={setReference} />
      <TextField form={form} field="token" label={labels.token} hint={t('publicInquiry.lookup.codeHint')} required autoComplete="off" spellCheck={false} value={code} onChange={setCode} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('publicInquiry.lookup.submit')}
        </button>
      </div>
    </form>
  );
}
