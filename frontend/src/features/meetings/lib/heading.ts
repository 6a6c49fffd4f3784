import { useTranslation } from 'react-i18next';
import type { Meeting } from '@/api/types';
import { formatStockholmDay } from '@/lib/stockholm-time';

/**
 * A meeting's heading, its title and day ("Lokal styrgrupp Södermalm, tis 12 jan 2027"): meetings
 * generated from a cadence all carry the council's name as their title.
 */
export function useMeetingHeading() {
  const { t, i18n } = useTranslation();
  return (m: Pick<Meeting, 'title' | 'starts_at'>) => t('meetings.heading', { title: m.title, date: formatStockholmDay(m.starts_at, i18n.language) });
}
