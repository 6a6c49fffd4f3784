import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface CheckboxOption {
  id: string;
  label: string;
}

/** A fieldset of checkboxes with a filter field; the chosen options are always shown. */
export function CheckboxFilterList({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  invalid,
  describedBy,
}: {
  id: string;
  legend: string;
  options: CheckboxOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: ReactNode;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const filterId = useId();
  const needle = q.trim().toLocaleLowerCase('sv');
  const shown = options.filter((o) => value.includes(o.id) || !needle || o.label.toLocaleLowerCase('sv').includes(needle));

  return (
    <fieldset id={id} tabIndex={-1} aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {error}
      <div className="field">
        <label htmlFor={filterId}>{t('forms.filterOptions')}</label>
        <input id={filterId} type="search" value={q} autoComplete="off" onChange={(e) => setQ(e.target.value)} />
      </div>
      <p className="hint" aria-live="polite">
        {t('forms.chosenCount', { count: value.length })}
      </p>
      <ul className="checkbox-list checkbox-list-scroll">
        {shown.map((o) => (
          <li key={o.id}>
            <label>
              <input
                type="checkbox"
                checked={value.includes(o.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((v) => v !== o.id))}
              />{' '}
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
