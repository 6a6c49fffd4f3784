import { useTranslation } from 'react-i18next';
import { searchCouncils, searchOrganizations } from '@/lib/options';
import { DateField, TextField, type ServerForm } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';

export interface MandateState {
  decided_by_council_id: string;
  decided_by_organization_id: string;
  decision_reference: string;
  decided_on: string;
  registration_number: string;
}

export function MandateFieldset({
  value,
  onChange,
  form,
  labels,
  excludeCouncil,
}: {
  value: MandateState;
  onChange: (v: MandateState) => void;
  form: ServerForm;
  labels: { council?: string; organization?: string };
  excludeCouncil?: string;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof MandateState>(key: K, v: MandateState[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset>
      <legend>{t('councils.fields.mandate')}</legend>
      <p className="hint">{t('councils.form.mandateIntro')}</p>
      <EntityComboboxField
        form={form}
        field="mandate.decided_by_council_id"
        label={t('councils.fields.decidedByCouncil')}
        value={value.decided_by_council_id}
        valueLabel={labels.council}
        onChange={(id) => set('decided_by_council_id', id)}
        search={searchCouncils}
        cacheKey="councils"
        exclude={excludeCouncil ? [excludeCouncil] : undefined}
      />
      <EntityComboboxField
        form={form}
        field="mandate.decided_by_organization_id"
        label={t('councils.fields.decidedByOrganization')}
        value={value.decided_by_organization_id}
        valueLabel={labels.organization}
        onChange={(id) => set('decided_by_organization_id', id)}
        search={searchOrganizations}
        cacheKey="organizations"
      />
      <TextField
        form={form}
        field="mandate.decision_reference"
        label={t('councils.fields.decisionReference')}
        hint={t('councils.form.decisionReferenceHint')}
        maxLength={300}
        value={value.decision_reference}
        onChange={(v) => set('decision_reference', v)}
      />
      <DateField form={form} field="mandate.decided_on" label={t('councils.fields.decidedOn')} value={value.decided_on} onChange={(v) => set('decided_on', v)} />
      <TextField
        form={form}
        field="mandate.registration_number"
        label={t('councils.fields.registrationNumber')}
        hint={t('councils.form.registrationNumberHint')}
        maxLength={100}
        value={value.registration_number}
        onChange={(v) => set('registration_number', v)}
      />
    </fieldset>
  );
}
