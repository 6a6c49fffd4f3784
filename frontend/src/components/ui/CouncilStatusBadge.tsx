import { useTranslation } from 'react-i18next';
import type { CouncilStatus } from '@/api/types';

/** A council's status as a badge (text, not colour only). */
export function CouncilStatusBadge({ status }: { status: CouncilStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`councils.statuses.${status}`)}</span>;
}
