import { useEffect, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from 'react-aria-components';

import type { Option } from '@/lib/options';
import type { ServerForm } from './form';

export type { Option };

/** Waits `ms` after the last change before passing a value on (for search-as-you-type). */
export function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export interface EntityComboboxProps {
  /** DOM id of the input (the form's field id, so error links and focus work). */
  id: string;
  label: ReactNode;
  /** The chosen id, or '' for none. */
  value: string;
  /** The chosen option's label when the page knows it (e.g. when editing). */
  valueLabel?: string;
  onChange: (id: string, option: Option | null) => void;
  /** Searches the API (`q`); called with '' when the field is empty. */
  search: (q: string) => Promise<Option[]>;
  /** Cache key for the searches, e.g. 'people'. */
  cacheKey: string;
  /** Ids not to offer (e.g. the resource itself as its own parent). */
  exclude?: readonly string[];
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  hint?: ReactNode;
}

/**
 * A searchable select backed by the API's `q` parameter: it never downloads a whole table. Typing
 * searches (debounced); the list shows the first page of matches and says when there are none.
 */
export function EntityCombobox({
  id,
  label,
  value,
  valueLabel,
  onChange,
  search,
  cacheKey,
  exclude,
  describedBy,
  invalid,
  required,
  hint,
}: EntityComboboxProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState(valueLabel ?? '');
  const [chosenLabel, setChosenLabel] = useState(valueLabel ?? '');
  // When the page learns the chosen option's label later (it loads), show it.
  const [seenValueLabel, setSeenValueLabel] = useState(valueLabel);
  if (valueLabel !== seenValueLabel) {
    setSeenValueLabel(valueLabel);
    if (valueLabel && (!input || input === chosenLabel)) {
      setInput(valueLabel);
      setChosenLabel(valueLabel);
    }
  }
  // While the input shows the chosen option, search for nothing in particular.
  const q = useDebounced(input === chosenLabel && value ? '' : input.trim());
  const results = useQuery({
    queryKey: ['combobox', cacheKey, q],
    queryFn: () => search(q),
    staleTime: 30_000,
  });
  const options = (results.data ?? []).filter((o) => !exclude?.includes(o.id));
  // The chosen option stays selectable even when it is not among the matches.
  const items = value && !options.some((o) => o.id === value) && chosenLabel ? [{ id: value, label: chosenLabel }, ...options] : options;

  function onSelectionChange(key: Key | null) {
    if (key === null) return;
    const option = items.find((o) => o.id === String(key)) ?? null;
    if (!option) return;
    setChosenLabel(option.label);
    setInput(option.label);
    onChange(option.id, option);
  }

  function onInputChange(text: string) {
    setInput(text);
    if (text === '' && value) {
      setChosenLabel('');
      onChange('', null);
    }
  }

  const hintId = `${id}-hint`;
  return (
    <ComboBox
      className="field combobox"
      items={items}
      inputValue={input}
      onInputChange={onInputChange}
      selectedKey={value || null}
      onSelectionChange={onSelectionChange}
      menuTrigger="focus"
      allowsEmptyCollection
      allowsCustomValue
      isInvalid={invalid}
      isRequired={required}
      aria-describedby={[hint ? hintId : null, describedBy].filter(Boolean).join(' ') || undefined}
    >
      <Label>{label}</Label>
      {hint && (
        <Text slot="description" id={hintId} className="hint">
          {hint}
        </Text>
      )}
      <Input id={id} aria-invalid={invalid || undefined} aria-required={required || undefined} />
      <p className="hint combobox-status" aria-live="polite">
        {results.isFetching ? t('app.loading') : value ? '' : input.trim() && options.length === 0 ? t('forms.noMatches') : ''}
      </p>
      <Popover className="combobox-popover" placement="bottom start">
        <ListBox<Option> className="combobox-list" renderEmptyState={() => <p className="combobox-empty">{t('forms.noMatches')}</p>}>
          {(o) => (
            <ListBoxItem id={o.id} textValue={o.label} className="combobox-option">
              {o.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/**
 * An `EntityCombobox` as a form field: its id and error wiring from `useServerForm`, the error above
 * it. `children` follow the combobox (e.g. a link to create a missing one).
 */
export function EntityComboboxField({
  form,
  field,
  children,
  ...props
}: Omit<EntityComboboxProps, 'id' | 'invalid' | 'describedBy'> & { form: ServerForm; field: string; children?: ReactNode }) {
  return (
    <div>
      {form.renderError(field)}
      <EntityCombobox id={form.id(field)} {...form.errorProps(field)} {...props} />
      {children}
    </div>
  );
}
