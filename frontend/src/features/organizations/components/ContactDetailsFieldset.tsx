import { useTranslation } from 'react-i18next';
import type { ContactType } from '@/api/types';
import { RequiredMark, type ServerForm } from '@/components/ui/form';

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
            <div className="field">
              <label htmlFor={form.id(`${base}.type`)}>{t('organizations.fields.contactType')}</label>
              {form.renderError(`${base}.type`)}
              <select {...form.fieldProps(`${base}.type`)} value={c.type} onChange={(e) => setRow(i, { type: e.target.value as ContactType })}>
                {CONTACT_TYPES.map((ct) => (
                  <option key={ct} value={ct}>
                    {t(`organizations.contactTypes.${ct}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={form.id(`${base}.value`)}>
                {t('organizations.fields.contactValue')}
                <RequiredMark />
              </label>
              {form.renderError(`${base}.value`)}
              <input
                {...form.fieldProps(`${base}.value`)}
                type="text"
                required
                aria-required="true"
                value={c.value}
                onChange={(e) => setRow(i, { value: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={form.id(`${base}.label`)}>{t('organizations.fields.contactLabel')}</label>
              {form.renderError(`${base}.label`)}
              <input {...form.fieldProps(`${base}.label`)} type="text" value={c.label} onChange={(e) => setRow(i, { label: e.target.value })} />
            </div>
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
