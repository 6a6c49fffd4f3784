import { useTranslation } from 'react-i18next';
import type { ContactType } from '@/api/types';
import { SelectField, TextField, type ServerForm } from '@/components/ui/form';

const CONTACT_TYPES: ContactType[] = ['email', 'phone', 'url', 'address', 'other'];

export interface ContactRow {
  key: number;
  type: ContactType;
  value: string;
  label: string;
}

let rowKey = 0;
export const newContactRow = (type: ContactType = 'email', value = '', label = ''): ContactRow => ({ key: ++rowKey, type, value, label });

/** The organisation's contact details as removable rows; field errors by `contact_details[i].field`. */
export function ContactDetailsFieldset({ rows, onChange, form }: { rows: ContactRow[]; onChange: (rows: ContactRow[]) => void; form: ServerForm }) {
  const { t } = useTranslation();
  const setRow = (index: number, change: Partial<ContactRow>) => onChange(rows.map((c, i) => (i === index ? { ...c, ...change } : c)));

  return (
    <fieldset className="contacts">
      <legend>{t('organizations.fields.contactDetails')}</legend>
      {rows.length === 0 && <p>{t('organizations.fields.noContacts')}</p>}
      {rows.map((c, i) => {
        const base = `contact_details[${i}]`;
        return (
          <fieldset key={c.key} className="contact-row">
            <legend>{t('organizations.fields.contactRow', { n: i + 1 })}</legend>
            <SelectField
              form={form}
              field={`${base}.type`}
              label={t('organizations.fields.contactType')}
              value={c.type}
              onChange={(type) => setRow(i, { type })}
              options={CONTACT_TYPES}
              optionLabel={(ct) => t(`organizations.contactTypes.${ct}`)}
            />
            <TextField
              form={form}
              field={`${base}.value`}
              label={t('organizations.fields.contactValue')}
              required
              value={c.value}
              onChange={(value) => setRow(i, { value })}
            />
            <TextField form={form} field={`${base}.label`} label={t('organizations.fields.contactLabel')} value={c.label} onChange={(label) => setRow(i, { label })} />
            <button type="button" className="button button-small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {t('organizations.fields.removeContact', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...rows, newContactRow()])}>
        {t('organizations.fields.addContact')}
      </button>
    </fieldset>
  );
}
