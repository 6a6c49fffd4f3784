import { useTranslation } from 'react-i18next';
import { clockText, inquiryClock, isOpenStatus, type InquiryStatus } from '@/lib/inquiry-time';

/** The status in words, open ones marked apart from the dealt-with ones (the text says it, not the colour). */
export function InquiryStatusBadge({ status }: { status: InquiryStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${isOpenStatus(status) ? 'badge-inquiry-open' : 'badge-inquiry-done'}`}>{t(`inquiries.statuses.${status}`)}</span>;
}

/** "Försenat" for an inquiry past its target (`breached`: not answered and past it, or answered late). */
export function BreachedBadge({ breached }: { breached: boolean }) {
  const { t } = useTranslation();
  return breached ? <span className="badge badge-overdue">{t('inquiries.breached')}</span> : null;
}

/** The clock against the target in two lines: "svar senast 5 dec 14:00" / "2 dagar kvar" ("försenat 3 h" in bold). */
export function InquiryClock({ inquiry, now }: { inquiry: { expected_at?: string | null; first_response_at?: string | null }; now: number }) {
  const { t, i18n } = useTranslation();
  const text = clockText(inquiryClock(inquiry, now), t, i18n.language, now);
  return (
    <span className="inquiry-clock">
      <span>{text.target}</span>
      {text.state && <span className={text.late ? 'inquiry-clock-late' : 'inquiry-clock-state'}>{text.state}</span>}
    </span>
  );
}
