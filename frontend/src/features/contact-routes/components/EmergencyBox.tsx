import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';

/** A phone number as a link that calls it (from a phone). */
function Tel({ number, children }: { number: string; children?: ReactNode }) {
  return <a href={`tel:${number.replace(/[^\d+]/g, '')}`}>{children}</a>;
}

/**
 * Always on the directory: where to call in an emergency (112) and the police when it is not urgent
 * (114 14), the numbers from the lookup's answer when there is one.
 */
export function EmergencyBox({ emergency = '112', policeNonUrgent = '114 14' }: { emergency?: string; policeNonUrgent?: string }) {
  const { t } = useTranslation();
  return (
    <aside className="emergency-box" aria-label={t('contactRoutes.emergency.label')}>
      <p>
        <Trans
          i18nKey="contactRoutes.emergency.text"
          values={{ emergency, police: policeNonUrgent }}
          components={{ strong: <strong />, emergencyLink: <Tel number={emergency} />, policeLink: <Tel number={policeNonUrgent} /> }}
        />
      </p>
    </aside>
  );
}
