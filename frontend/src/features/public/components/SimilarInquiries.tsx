import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortInstant } from '@/lib/inquiry-time';
import { problemText } from '@/lib/problem-text';
import { useSimilarInquiries, useSupportInquiry, type Place, type SimilarInquiry } from '../api/inquiries';

interface Voice {
  supporters?: number;
  error?: string;
}

/**
 * Open inquiries on the same topic in the same place from the last 30 days, shown while the resident
 * fills in the form: "Instäm" adds their voice to one (once per address) instead of sending the same
 * again. How many there are is said in a status region; each voice counted is said at its inquiry.
 */
export function SimilarInquiries({ topic, topicName, place }: { topic: string; topicName: string; place: Place }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const similar = useSimilarInquiries(topic, place);
  const support = useSupportInquiry();
  const [voices, setVoices] = useState<Record<string, Voice>>({});
  const items = similar.data ?? [];

  async function addVoice(reference: string) {
    try {
      const supporters = await support.mutateAsync(reference);
      setVoices((v) => ({ ...v, [reference]: { supporters } }));
    } catch (err) {
      setVoices((v) => ({ ...v, [reference]: { error: problemText(t, (k) => i18n.exists(k), err) } }));
    }
  }

  // The topic within a sentence: "om trasig eller dålig belysning".
  const topicInText = topicName.charAt(0).toLocaleLowerCase(i18n.language) + topicName.slice(1);
  const summary = similar.isPending
    ? t('publicInquiry.similar.checking')
    : similar.isError
      ? ''
      : items.length === 0
        ? t('publicInquiry.similar.none', { topic: topicInText })
        : t('publicInquiry.similar.found', { count: items.length, topic: topicInText });

  return (
    <section aria-labelledby={headingId} className="similar-inquiries">
      <h2 id={headingId}>{t('publicInquiry.similar.heading')}</h2>
      <p role="status">{summary}</p>
      {items.length > 0 && (
        <ul className="similar-list">
          {items.map((s) => (
            <SimilarItem key={s.reference} item={s} topicName={topicName} voice={voices[s.reference]} busy={support.isPending && support.variables === s.reference} onSupport={() => void addVoice(s.reference)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SimilarItem({ item: s, topicName, voice, busy, onSupport }: { item: SimilarInquiry; topicName: string; voice?: Voice; busy: boolean; onSupport: () => void }) {
  const { t, i18n } = useTranslation();
  const supporters = voice?.supporters ?? s.supporters;
  const counted = voice?.supporters !== undefined;
  return (
    <li>
      <div>
        <p>
          <span className="inquiry-ref">{s.reference}</span>: {topicName}
          {s.area_name && <>, {s.area_name}</>}
        </p>
        <p className="hint">
          {t('publicInquiry.similar.received', { when: formatShortInstant(s.received_at, i18n.language) })} · {t(`inquiries.statuses.${s.status}`)} ·{' '}
          {t('publicInquiry.similar.supporters', { count: supporters })}
        </p>
      </div>
      <div>
        {/* aria-disabled, not disabled: the button keeps the focus while the voice is counted and after. */}
        <button
          type="button"
          className="button"
          onClick={() => !busy && !counted && onSupport()}
          aria-disabled={busy || counted || undefined}
          aria-label={t('publicInquiry.similar.supportLabel', { reference: s.reference })}
        >
          {counted ? t('publicInquiry.similar.supported') : t('publicInquiry.similar.support')}
        </button>
        <p role="status" className="hint">
          {counted ? t('publicInquiry.similar.counted', { count: supporters }) : ''}
        </p>
        {voice?.error && (
          <p role="alert" className="field-error">
            {voice.error}
          </p>
        )}
      </div>
    </li>
  );
}
