import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '@/api/types';

/** A meeting's status as a badge (text, not colour only): "Planerat", "Inställt" … */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-meeting-${status}`}>{t(`meetings.statuses.${status}`)}</span>;
}
