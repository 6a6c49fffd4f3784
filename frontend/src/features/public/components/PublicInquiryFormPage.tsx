import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { durationText, formatShortInstant } from '@/lib/inquiry-time';
import { CopyAddress } from '@/components/ui/CopyAddress';
import { TextAreaField, TextField, useServerForm, RequiredMark } from '@/components/ui/form';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { RateLimitedError, useCreatePublicInquiry, usePublicNeighbourhoods, usePublicTopics, type InquiryReceipt } from '../api/inquiries';
import { emptyPublicInquiry, formField, LINE_MAX, MESSAGE_MAX, placeOf, publicInquiryBody, statusPath, type PublicInquiryState } from '../lib/inquiry-form';
import { EmergencyBox } from './EmergencyBox';
import { SimilarInquiries } from './SimilarInquiries';
import './contact.css';

const FIELDS: Record<string, string> = {
  topic: 'publicInquiry.fields.topic',
  area_id: 'publicInquiry.fields.place',
  message: 'publicInquiry.fields.message',
  name: 'publicInquiry.fields.name',
  contact: 'publicInquiry.fields.contact',
  consent: 'publicInquiry.fields.consent',
  website: 'publicInquiry.fields.website',
};

/**
 * `/offentligt/arende`: a resident raises a concern, no login. Topic, where (an area of the public
 * directory, or their position), the message (do not name others; it may become a public record),
 * optionally a name and a way to answer (never shown publicly), and consent to the personal-data
 * notice. Similar open inquiries in the same place are shown as soon as topic and place are known,
 * with "Instäm", so a resident can add their voice instead of filing the same again. After sending:
 * the reference, the code and the status page's address, to keep. A 429 says how long to wait.
 */
export function PublicInquiryFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('publicInquiry.title'));
  const [receipt, setReceipt] = useState<InquiryReceipt | null>(null);
  const [round, setRound] = useState(0);
  return (
    <>
      <h1>{t('publicInquiry.title')}</h1>
      <EmergencyBox />
      {receipt ? (
        <Receipt
          receipt={receipt}
          onAnother={() => {
            setReceipt(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <>
          <p>{t('publicInquiry.intro')}</p>
          <p>
            <Link to="/offentligt/kontakt">{t('publicInquiry.toContact')}</Link>
          </p>
          <InquiryForm key={round} onSent={setReceipt} />
        </>
      )}
    </>
  );
}

type Locating = 'idle' | 'locating' | 'failed' | 'unsupported';

function InquiryForm({ onSent }: { onSent: (r: InquiryReceipt) => void }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<PublicInquiryState>(emptyPublicInquiry);
  const [locating, setLocating] = useState<Locating>('idle');
  const [rateLimited, setRateLimited] = useState<string | null>(null);
  const rateRef = useRef<HTMLDivElement>(null);
  const create = useCreatePublicInquiry();
  const topics = usePublicTopics();
  const areas = usePublicNeighbourhoods();
  const form = useServerForm({ prefix: 'public-inquiry', isKnownField: (f) => f in FIELDS, labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f) });
  const set = <K extends keyof PublicInquiryState>(key: K, value: PublicInquiryState[K]) => setState((s) => ({ ...s, [key]: value }));
  const en = i18n.language.startsWith('en');
  const topicList = topics.data ?? [];
  const topic = topicList.find((tp) => tp.code === state.topic);
  const place = placeOf(state);
  const hpId = useId();
  const consentHint = useId();
  const placeHint = useId();

  useEffect(() => {
    if (rateLimited) rateRef.current?.focus();
  }, [rateLimited]);

  function locate() {
    if (!('geolocation' in navigator)) {
      setLocating('unsupported');
      return;
    }
    setLocating('locating');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLocating('idle');
        setState((s) => ({ ...s, area_id: '', position: { lat: p.coords.latitude, lon: p.coords.longitude } }));
      },
      () => setLocating('failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  async function submit() {
    setRateLimited(null);
    const checked = publicInquiryBody(state, t);
    if ('errors' in checked) {
      form.clientErrors(checked.errors);
      return;
    }
    form.clientErrors({});
    const out: { sent?: InquiryReceipt } = {};
    const ok = await form.submit(async () => {
      try {
        out.sent = await create.mutateAsync(checked.body);
      } catch (err) {
        // Too many from this address: said apart from the form's errors, with how long to wait.
        if (err instanceof RateLimitedError) {
          setRateLimited(err.retryAfter ? t('publicInquiry.rateLimited', { time: durationText(err.retryAfter, t, i18n.language) }) : t('publicInquiry.rateLimitedNoTime'));
          return;
        }
        throw err;
      }
    }, formField);
    if (ok && out.sent) onSent(out.sent);
  }

  const positionText =
    locating === 'locating'
      ? t('publicInquiry.position.locating')
      : locating === 'failed'
        ? t('publicInquiry.position.failed')
        : locating === 'unsupported'
          ? t('publicInquiry.position.unsupported')
          : state.position
            ? t('publicInquiry.position.used')
            : '';

  return (
    <form
      className="form public-form"
      noValidate
      aria-busy={form.pending || undefined}
      aria-label={t('publicInquiry.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {rateLimited && (
        <div ref={rateRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{rateLimited}</p>
        </div>
      )}
      {form.renderSummary()}
      <div className="field">
        <label htmlFor={form.id('topic')}>
          {t(FIELDS.topic)}
          <RequiredMark />
        </label>
        {form.renderError('topic')}
        <select {...form.fieldProps('topic')} required aria-required value={state.topic} onChange={(e) => set('topic', e.target.value)}>
          <option value="">{t('publicInquiry.chooseTopic')}</option>
          {topicList.map((tp) => (
            <option key={tp.code} value={tp.code}>
              {en ? tp.name_en : tp.name_sv}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="place" aria-describedby={[placeHint, form.errors.area_id ? `${form.id('area_id')}-error` : null].filter(Boolean).join(' ')}>
        <legend>
          {t(FIELDS.area_id)}
          <RequiredMark />
        </legend>
        <p id={placeHint} className="hint">
          {t('publicInquiry.placeHint')}
        </p>
        {form.renderError('area_id')}
        <div className="field">
          <label htmlFor={form.id('area_id')}>{t('publicInquiry.area')}</label>
          <select
            id={form.id('area_id')}
            aria-invalid={form.errors.area_id ? true : undefined}
            value={state.area_id}
            onChange={(e) => setState((s) => ({ ...s, area_id: e.target.value, position: e.target.value ? null : s.position }))}
          >
            <option value="">{state.position ? t('publicInquiry.positionChosen') : t('publicInquiry.chooseArea')}</option>
            {(areas.data ?? []).map((g) => (
              <optgroup key={g.id || 'other'} label={g.name || t('publicInquiry.otherAreas')}>
                {g.places.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <p className="place-or">{t('publicInquiry.or')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={locate} disabled={locating === 'locating'}>
            {t('publicInquiry.position.use')}
          </button>
          {state.position && (
            <button type="button" className="button" onClick={() => set('position', null)}>
              {t('publicInquiry.position.stop')}
            </button>
          )}
        </div>
        <p role="status" className="hint">
          {positionText}
        </p>
      </fieldset>

      {state.topic && place && <SimilarInquiries topic={state.topic} topicName={topic ? (en ? topic.name_en : topic.name_sv) : state.topic} place={place} />}

      <TextAreaField
        form={form}
        field="message"
        label={t(FIELDS.message)}
        hint={t('publicInquiry.messageHint')}
        required
        rows={6}
        maxLength={MESSAGE_MAX}
        value={state.message}
        onChange={(v) => set('message', v)}
      />
      <TextField
        form={form}
        field="name"
        label={t(FIELDS.name)}
        hint={t('publicInquiry.nameHint')}
        autoComplete="name"
        maxLength={LINE_MAX}
        value={state.name}
        onChange={(v) => set('name', v)}
      />
      <TextField
        form={form}
        field="contact"
        label={t(FIELDS.contact)}
        hint={t('publicInquiry.contactHint')}
        autoComplete="email"
        maxLength={LINE_MAX}
        value={state.contact}
        onChange={(v) => set('contact', v)}
      />

      <div className="field field-checkbox">
        <details className="consent-notice">
          <summary>{t('publicInquiry.notice.summary')}</summary>
          <div id={consentHint}>
            <p>{t('publicInquiry.notice.what')}</p>
            <p>{t('publicInquiry.notice.basis')}</p>
            <p>{t('publicInquiry.notice.who')}</p>
            <p>{t('publicInquiry.notice.purge')}</p>
            <p>{t('publicInquiry.notice.rights')}</p>
          </div>
        </details>
        {form.renderError('consent')}
        <label>
          <input
            {...form.fieldProps('consent', consentHint)}
            type="checkbox"
            required
            aria-required
            checked={state.consent}
            onChange={(e) => set('consent', e.target.checked)}
          />
          <span>
            {t('publicInquiry.consentLabel')}
            <RequiredMark />
          </span>
        </label>
      </div>

      {/* The honeypot: off-screen, hidden from screen readers and out of the tab order; people leave it empty. */}
      <div className="hp-field" aria-hidden="true">
        <label htmlFor={hpId}>{t('publicInquiry.fields.website')}</label>
        <input id={hpId} name="website" type="text" tabIndex={-1} autoComplete="off" value={state.website} onChange={(e) => set('website', e.target.value)} />
      </div>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('publicInquiry.sending') : t('publicInquiry.submit')}
        </button>
      </div>
    </form>
  );
}

/** What the resident keeps: the reference, the code (shown once) and the status page's address. */
function Receipt({ receipt, onAnother }: { receipt: InquiryReceipt; onAnother: () => void }) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const path = statusPath(receipt.reference, receipt.status_token);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="receipt" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('publicInquiry.receipt.heading')}
      </h2>
      <p>
        {t('publicInquiry.receipt.reference')} <strong className="receipt-code inquiry-ref">{receipt.reference}</strong>
      </p>
      <p>
        {t('publicInquiry.receipt.code')} <strong className="receipt-code inquiry-ref">{receipt.status_token}</strong>
      </p>
      <p className="alert alert-warning">{t('publicInquiry.receipt.save')}</p>
      {receipt.expected_at && <p>{t('publicInquiry.receipt.expected', { when: formatShortInstant(receipt.expected_at, i18n.language) })}</p>}
      <p>{t('publicInquiry.receipt.replies')}</p>
      <p>
        <Link to={path}>{t('publicInquiry.receipt.follow')}</Link>
      </p>
      <CopyAddress label={t('publicInquiry.receipt.link')} value={`${window.location.origin}${path}`} />
      <p>
        <button type="button" className="button" onClick={onAnother}>
          {t('publicInquiry.receipt.another')}
        </button>
      </p>
    </section>
  );
}
