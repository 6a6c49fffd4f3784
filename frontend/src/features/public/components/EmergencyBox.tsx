import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';

/**
 * The emergency numbers, prominent, at the top of the contact and inquiry pages: these pages and the
 * form are never the way to get help now. The numbers are links that call them from a phone.
 */
export function EmergencyBox() {
  return (
    <div className="emergency-box">
      <p>
        <Trans
          i18nKey="publicContact.emergency"
          components={{ strong: <strong />, emergency: <Tel number="112" />, police: <Tel number="11414" /> }}
        />
      </p>
    </div>
  );
}

/** A phone number as a link that calls it (from a phone); its text comes from the translation. */
function Tel({ number, children }: { number: string; children?: ReactNode }) {
  return <a href={`tel:${number}`}>{children}</a>;
}
