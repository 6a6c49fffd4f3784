import { useTranslation } from 'react-i18next';
import { formatMeetingTime, formatStockholmClock } from '@/lib/stockholm-time';

/**
 * A meeting's time in Stockholm, "tis 12 jan 2027 18:00–19:30" (`long`: "tisdag 12 januari 2027 kl. 18:00–19:30";
 * `clockOnly`: "18:00–19:30", under a heading that names the day), as a `<time>` carrying the start instant.
 */
export function MeetingTime({ startsAt, endsAt, long, clockOnly }: { startsAt: string; endsAt?: string | null; long?: boolean; clockOnly?: boolean }) {
  const { i18n } = useTranslation();
  const text = clockOnly
    ? `${formatStockholmClock(startsAt)}${endsAt ? `–${formatStockholmClock(endsAt)}` : ''}`
    : formatMeetingTime(startsAt, endsAt, i18n.language, long ? 'long' : 'short');
  return <time dateTime={startsAt}>{text}</time>;
}
