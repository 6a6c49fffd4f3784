import { useTranslation } from 'react-i18next';
import { searchCouncils, searchOrganizations } from '@/lib/options';
import type { ServerForm } from '@/components/ui/form';
import { EntityCombobox } from '@/components/ui/EntityCombobox';

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
  const err = (field: string) => ({
    invalid: !!form.errors[field],
    describedBy: form.errors[field] ? `${form.id(field)}-error` : undefined,
  });
  return (
    <fieldset>
      <legend>{t('councils.fields.mandate')}</legend>
      <p className="hint">{t('councils.form.mandateIntro')}</p>
      <div>
        {form.renderError('mandate.decided_by_council_id')}
        <EntityCombobox
          id={form.id('mandate.decided_by_council_id')}
          label={t('councils.fields.decidedByCouncil')}
          value={value.decided_by_council_id}
          valueLabel={labels.council}
          onChange={(id) => set('decided_by_council_id', id)}
          search={searchCouncils}
          cacheKey="councils"
          exclude={excludeCouncil ? [excludeCouncil] : undefined}
          {...err('mandate.decided_by_council_id')}
        />
      </div>
      <div>
        {form.renderError('mandate.decided_by_organization_id')}
        <EntityCombobox
          id={form.id('mandate.decided_by_organization_id')}
          label={t('councils.fields.decidedByOrganization')}
          value={value.decided_by_organization_id}
          valueLabel={labels.organization}
          onChange={(id) => set('decided_by_organization_id', id)}
          search={searchOrganizations}
          cacheKey="organizations"
          {...err('mandate.decided_by_organization_id')}
        />
      </div>
      <div className="field">
        <label htmlFor={form.id('mandate.decision_reference')}>{t('councils.fields.decisionReference')}</label>
        <p id="council-decision-hint" className="hint">
          {t('councils.form.decisionReferenceHint')}
        </p>
        {form.renderError('mandate.decision_reference')}
        <input
          {...form.fieldProps('mandate.decision_reference', 'council-decision-hint')}
          type="text"
          maxLength={300}
          value={value.decision_reference}
          onChange={(e) => set('decision_reference', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={form.id('mandate.decided_on')}>{t('councils.fields.decidedOn')}</label>
        {form.renderError('mandate.decided_on')}
        <input {...form.fieldProps('mandate.decided_on')} type="date" value={value.decided_on} onChange={(e) => set('decided_on', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={form.id('mandate.registration_number')}>{t('councils.fields.registrationNumber')}</label>
        <p id="council-regno-hint" className="hint">
          {t('councils.form.registrationNumberHint')}
        </p>
        {form.renderError('mandate.registration_number')}
        <input
          {...form.fieldProps('mandate.registration_number', 'council-regno-hint')}
          type="text"
          maxLength={100}
          value={value.registration_number}
          onChange={(e) => set('registration_number', e.target.value)}
        />
      </div>
    </fieldset>
  );
}
