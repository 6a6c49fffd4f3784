import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Giltiga den" date filter with a "show all (historical too)" button. */
export function ValidAtFilter({ validAt, onChange }: { validAt: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const dateId = useId();
  const helpId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={dateId}>{t('areas.validOn')}</label>
        <input id={dateId} type="date" value={validAt ?? ''} aria-describedby={helpId} onChange={(e) => onChange(e.target.value || null)} />
        <p id={helpId} className="hint">
          {t('areas.validOnHelp')}
        </p>
      </div>
      <div className="field field-inline">
        <button type="button" className="button" onClick={() => onChange(null)} disabled={validAt === null}>
          {t('areas.showAll')}
        </button>
      </div>
    </>
  );
}
