import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/api/types';
import { useAreaLookup } from '@/features/areas/api/areas';
import { todayIso } from '@/lib/format';

const MAX_SHOWN = 40;

export interface AreaMultiSelectProps {
  id: string;
  legend: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: React.ReactNode;
  invalid?: boolean;
  describedBy?: string;
}

/** Areas as checkboxes, filtered by a search field; the chosen ones stay listed. */
export function AreaMultiSelect({ id, legend, value, onChange, error, invalid, describedBy }: AreaMultiSelectProps) {
  const { t } = useTranslation();
  const lookup = useAreaLookup();
  const [q, setQ] = useState('');
  const searchId = useId();
  const hintId = useId();
  const today = todayIso();

  const matches = useMemo(() => {
    const all = [...(lookup.data?.values() ?? [])];
    const needle = q.trim().toLocaleLowerCase('sv');
    if (!needle) return [] as Area[];
    return all
      .filter((a) => !a.valid_to || a.valid_to >= today)
      .filter((a) => a.name.toLocaleLowerCase('sv').includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .slice(0, MAX_SHOWN);
  }, [lookup.data, q, today, value]);

  const matchIds = new Set(matches.map((a) => a.id));
  const chosenElsewhere = value.filter((v) => !matchIds.has(v));
  const label = (a: Area | undefined, fallback: string) => (a ? `${a.name} (${t(`areas.kinds.${a.kind}`)})` : fallback);

  function toggle(areaId: string, on: boolean) {
    onChange(on ? [...value, areaId] : value.filter((v) => v !== areaId));
  }

  return (
    <fieldset id={id} tabIndex={-1} aria-invalid={invalid || undefined} aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}>
      <legend>{legend}</legend>
      <p id={hintId} className="hint">
        {t('councils.form.areasHint')}
      </p>
      {error}
      <div className="field">
        <label htmlFor={searchId}>{t('councils.form.areaSearch')}</label>
        <input id={searchId} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </div>
      {chosenElsewhere.length > 0 && (
        <div>
          <p className="subheading">{t('councils.form.areasChosen', { count: value.length })}</p>
          <ul className="checkbox-list">
            {chosenElsewhere.map((areaId) => (
              <li key={areaId}>
                <label>
                  <input type="checkbox" checked onChange={(e) => toggle(areaId, e.target.checked)} />{' '}
                  {label(lookup.data?.get(areaId), areaId)}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
      {q.trim() && (
        <div aria-live="polite">
          <p className="subheading">{t('councils.form.areaMatches', { count: matches.length })}</p>
          <ul className="checkbox-list">
            {matches.map((a) => (
              <li key={a.id}>
                <label>
                  <input type="checkbox" checked={value.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} /> {label(a, a.id)}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
