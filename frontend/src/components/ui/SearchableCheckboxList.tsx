import { useId, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { entityName, type Names } from '@/lib/names';
import type { Option } from '@/lib/options';
import { useDebounced } from './EntityCombobox';

export interface SearchableCheckboxListProps {
  id: string;
  legend: string;
  hint?: string;
  searchLabel: string;
  value: string[];
  onChange: (ids: string[]) => void;
  /** Searches the API (`q`); only called when something is typed. */
  search: (q: string) => Promise<Option[]>;
  cacheKey: string;
  /** The `names` of the resource being edited: the chosen ones are named from it (see lib/names). */
  names?: Names;
  error?: ReactNode;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A multiple choice among many: a search field backed by the API's `q` (never a whole table) with
 * the matches as checkboxes; the chosen ones stay listed above, by name.
 */
export function SearchableCheckboxList(props: SearchableCheckboxListProps) {
  const { id, legend, hint, searchLabel, value, onChange, search, cacheKey, names, error, invalid, describedBy } = props;
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({});
  const searchId = useId();
  const hintId = useId();
  const needle = useDebounced(q.trim());
  const matches = useQuery({ queryKey: ['combobox', cacheKey, needle], queryFn: () => search(needle), enabled: needle !== '' });
  const matchList = needle ? (matches.data ?? []) : [];
  const matchIds = new Set(matchList.map((o) => o.id));
  const chosenElsewhere = value.filter((v) => !matchIds.has(v));

  function toggle(option: { id: string; label?: string }, on: boolean) {
    if (option.label) setLabels((l) => ({ ...l, [option.id]: option.label! }));
    onChange(on ? [...value, option.id] : value.filter((v) => v !== option.id));
  }

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-invalid={invalid || undefined}
      aria-describedby={[hint ? hintId : null, describedBy].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error}
      {chosenElsewhere.length > 0 && (
        <div>
          <p className="subheading">{t('forms.chosenCount', { count: value.length })}</p>
          <ul className="checkbox-list">
            {chosenElsewhere.map((chosen) => (
              <li key={chosen}>
                <ChosenCheckbox id={chosen} names={names} label={labels[chosen]} onUncheck={() => toggle({ id: chosen }, false)} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor={searchId}>{searchLabel}</label>
        <input id={searchId} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </div>
      {needle && (
        <div aria-live="polite">
          <p className="subheading">
            {matches.isPending ? t('app.loading') : t('forms.matchCount', { count: matchList.length })}
          </p>
          <ul className="checkbox-list">
            {matchList.map((o) => (
              <li key={o.id}>
                <label>
                  <input type="checkbox" checked={value.includes(o.id)} onChange={(e) => toggle(o, e.target.checked)} /> {o.label}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}

function ChosenCheckbox({ id, names, label, onUncheck }: { id: string; names?: Names; label?: string; onUncheck: () => void }) {
  const { t } = useTranslation();
  const name = entityName(id, names, label);
  return (
    <label>
      <input type="checkbox" checked onChange={onUncheck} /> {name ?? t('common.loadingName')}
    </label>
  );
}
