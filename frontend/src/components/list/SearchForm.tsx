import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The free-text filter of a list: submitted with the button or Enter, kept in the URL by the page. */
export function SearchForm({ label, value, onSearch }: { label: string; value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onSearch(text.trim());
  }
  return (
    <form role="search" onSubmit={onSubmit} className="search-form">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <div className="search-row">
          <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button">
            {t('common.search')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** A select filter with an "all" option. */
export function SelectFilter<T extends string>({
  label,
  value,
  options,
  allLabel,
  optionLabel,
  onChange,
}: {
  label: string;
  value: T | null;
  options: readonly T[];
  allLabel: string;
  optionLabel: (v: T) => string;
  onChange: (v: T | null) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}
