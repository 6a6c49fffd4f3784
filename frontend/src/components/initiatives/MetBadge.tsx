import { useTranslation } from 'react-i18next';
import type { InitiativeStatus, Met } from '@/api/types';
import { metState } from '@/lib/initiatives';
import './initiatives.css';

/**
 * Whether the target is met, in words (colour is extra): "Målet nått", "Målet inte nått", "Inte
 * bedömt än", "Inget mål"; for the public pages (`audience="public"`) a promise "Hållet", "Inte
 * hållet", "Inte avgjort än".
 */
export function MetBadge({ met, audience = 'internal' }: { met: Met; audience?: 'internal' | 'public' }) {
  const { t } = useTranslation();
  const state = metState(met);
  return <span className={`badge badge-met-${state}`}>{t(`initiatives.met.${audience}.${state}`)}</span>;
}

/** An initiative's status as a badge (text, not colour only). */
export function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-initiative-${status}`}>{t(`initiatives.statuses.${status}`)}</span>;
}

/** "Slutrapport saknas": the period ended without a final report. */
export function MissingFinalReportBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-warning">{t('initiatives.missingFinalReport')}</span>;
}
