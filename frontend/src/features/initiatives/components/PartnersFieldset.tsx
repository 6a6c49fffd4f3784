import { useTranslation } from 'react-i18next';
import { entityName, type Names } from '@/lib/names';
import { searchOrganizations } from '@/lib/options';
import { TextField, type ServerForm } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';

export interface PartnerRow {
  key: number;
  organization_id: string;
  /** The chosen organization's name, once chosen here (an existing partner's comes from `names`). */
  label?: string;
  commitment: string;
}

let rowKey = 0;
export const partnerRow = (organization_id = '', commitment = ''): PartnerRow => ({ key: ++rowKey, organization_id, commitment });

/**
 * "Parter och åtaganden": the organizations taking part and what each commits to, as removable rows;
 * field errors by `partners[i].organization_id` and `partners[i].commitment`.
 */
export function PartnersFieldset({ rows, onChange, form, names }: { rows: PartnerRow[]; onChange: (rows: PartnerRow[]) => void; form: ServerForm; names?: Names }) {
  const { t } = useTranslation();
  const setRow = (i: number, change: Partial<PartnerRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset id={form.id('partners')} tabIndex={-1}>
      <legend>{t('initiatives.fields.partners')}</legend>
      <p className="hint">{t('initiatives.form.partnersHint')}</p>
      {form.renderError('partners')}
      {rows.length === 0 && <p>{t('initiatives.form.noPartners')}</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="contact-row">
          <legend>{t('initiatives.form.partnerRow', { n: i + 1 })}</legend>
          <EntityComboboxField
            form={form}
            field={`partners[${i}].organization_id`}
            label={t('initiatives.form.partnerOrganization')}
            value={row.organization_id}
            valueLabel={row.label ?? entityName(row.organization_id, names)}
            onChange={(id, option) => setRow(i, { organization_id: id, label: option?.label })}
            search={searchOrganizations}
            cacheKey="organizations"
            required
          />
          <TextField
            form={form}
            field={`partners[${i}].commitment`}
            label={t('initiatives.form.commitment')}
            hint={t('initiatives.form.commitmentHint')}
            maxLength={500}
            value={row.commitment}
            onChange={(v) => setRow(i, { commitment: v })}
          />
          <button type="button" className="button button-small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {t('initiatives.form.removePartner', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => onChange([...rows, partnerRow()])}>
        {t('initiatives.form.addPartner')}
      </button>
    </fieldset>
  );
}
