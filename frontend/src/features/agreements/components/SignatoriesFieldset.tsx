import { useTranslation } from 'react-i18next';
import { entityName, type Names } from '@/lib/names';
import { searchOrganizations, searchPeople } from '@/lib/options';
import { DateField, type ServerForm } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';

export interface SignatoryRow {
  key: number;
  person_id: string;
  organization_id: string;
  signed_on: string;
}

let rowKey = 0;
export const signatoryRow = (person_id = '', organization_id = '', signed_on = ''): SignatoryRow => ({
  key: ++rowKey,
  person_id,
  organization_id,
  signed_on,
});

/** Who signs for which party, as removable rows; field errors by `signatories[i].field`. */
export function SignatoriesFieldset({
  rows,
  onChange,
  form,
  names,
}: {
  rows: SignatoryRow[];
  onChange: (rows: SignatoryRow[]) => void;
  form: ServerForm;
  names?: Names;
}) {
  const { t } = useTranslation();
  const setRow = (i: number, change: Partial<SignatoryRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset>
      <legend>{t('agreements.fields.signatories')}</legend>
      {rows.length === 0 && <p>{t('agreements.noSignatories')}</p>}
      {rows.map((s, i) => (
        <SignatoryFields key={s.key} row={s} index={i} form={form} names={names} onChange={(c) => setRow(i, c)} onRemove={() => onChange(rows.filter((_, j) => j !== i))} />
      ))}
      <button type="button" className="button" onClick={() => onChange([...rows, signatoryRow()])}>
        {t('agreements.signatory.add')}
      </button>
    </fieldset>
  );
}

function SignatoryFields({
  row,
  index,
  form,
  names,
  onChange,
  onRemove,
}: {
  row: SignatoryRow;
  index: number;
  form: ServerForm;
  names?: Names;
  onChange: (change: Partial<SignatoryRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const base = `signatories[${index}]`;
  return (
    <fieldset className="contact-row">
      <legend>{t('agreements.signatory.row', { n: index + 1 })}</legend>
      <EntityComboboxField
        form={form}
        field={`${base}.person_id`}
        label={t('agreements.signatory.person')}
        value={row.person_id}
        valueLabel={entityName(row.person_id, names)}
        onChange={(id) => onChange({ person_id: id })}
        search={searchPeople}
        cacheKey="people"
        required
      />
      <EntityComboboxField
        form={form}
        field={`${base}.organization_id`}
        label={t('agreements.signatory.organization')}
        value={row.organization_id}
        valueLabel={entityName(row.organization_id, names)}
        onChange={(id) => onChange({ organization_id: id })}
        search={searchOrganizations}
        cacheKey="organizations"
        required
      />
      <DateField form={form} field={`${base}.signed_on`} label={t('agreements.signatory.signedOn')} value={row.signed_on} onChange={(v) => onChange({ signed_on: v })} />
      <button type="button" className="button button-small" onClick={onRemove}>
        {t('agreements.signatory.remove', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
