import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewOrganization, Organization, OrganizationKind } from '@/api/types';
import { searchOrganizations } from '@/lib/options';
import { entityName, namesOf } from '@/lib/names';
import { formFieldId, RequiredMark, useServerForm, type Errors } from '@/components/ui/form';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { ORGANIZATION_KINDS } from '../api/organizations';
import { ContactDetailsFieldset, newContactRow, type ContactRow } from './ContactDetailsFieldset';

interface FormState {
  /** Empty until the user chooses: there is no sensible default kind. */
  kind: OrganizationKind | '';
  name: string;
  parent_id: string;
  organization_number: string;
  contacts: ContactRow[];
}

function toState(org?: Organization): FormState {
  return {
    kind: org?.kind ?? '',
    name: org?.name ?? '',
    parent_id: org?.parent_id ?? '',
    organization_number: org?.organization_number ?? '',
    contacts: (org?.contact_details ?? []).map((c) => newContactRow(c.type, c.value, c.label ?? '')),
  };
}

/** DOM id of the control for an API field name ("contact_details[0].value" → row control). */
export const fieldDomId = (field: string) => formFieldId('org', field);

const SIMPLE_FIELDS: Record<string, string> = {
  kind: 'organizations.fields.kind',
  name: 'organizations.fields.name',
  parent_id: 'organizations.fields.parent',
  organization_number: 'organizations.fields.organizationNumber',
};

export interface OrganizationFormProps {
  organization?: Organization;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (body: NewOrganization) => Promise<void>;
  /** Extra content for a stale (412) result, e.g. a reload button. */
  staleAction?: ReactNode;
}

export function OrganizationForm({ organization, submitLabel, pendingLabel, onSubmit, staleAction }: OrganizationFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => toState(organization));
  const parentName = entityName(organization?.parent_id, namesOf(organization));
  const form = useServerForm({
    prefix: 'org',
    isKnownField: (f) => f in SIMPLE_FIELDS || /^contact_details\[\d+\]\.\w+$/.test(f),
    labelFor: (field) => {
      const m = /^contact_details\[(\d+)\]\.(\w+)$/.exec(field);
      if (m) {
        const part = m[2] === 'type' ? 'contactType' : m[2] === 'label' ? 'contactLabel' : 'contactValue';
        return `${t('organizations.fields.contactRow', { n: Number(m[1]) + 1 })}: ${t(`organizations.fields.${part}`)}`;
      }
      return SIMPLE_FIELDS[field] ? t(SIMPLE_FIELDS[field]) : field;
    },
  });
  const { fieldProps, renderError } = form;

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    // Rows left completely empty are dropped; remember which row each sent entry came from.
    const sentRows: number[] = [];
    state.contacts.forEach((c, i) => {
      if (c.value.trim() || c.label.trim()) sentRows.push(i);
    });
    const errs: Errors = {};
    if (!state.kind) errs.kind = t('organizations.form.kindRequired');
    if (!state.name.trim()) errs.name = t('organizations.form.nameRequired');
    for (const i of sentRows) {
      if (!state.contacts[i].value.trim()) errs[`contact_details[${i}].value`] = t('organizations.form.contactValueRequired');
    }
    if (form.clientErrors(errs) || !state.kind) return;
    const body: NewOrganization = {
      kind: state.kind,
      name: state.name.trim(),
      parent_id: state.parent_id || null,
      organization_number: state.organization_number.trim() || null,
      contact_details: sentRows.map((i) => {
        const c = state.contacts[i];
        return { type: c.type, value: c.value.trim(), label: c.label.trim() || null };
      }),
    };
    // Map the index of the sent contact entry back to the form row.
    await form.submit(
      () => onSubmit(body),
      (field) => field.replace(/^contact_details\[(\d+)\]/, (_, n: string) => `contact_details[${sentRows[Number(n)] ?? n}]`),
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
      {form.renderSummary(staleAction)}

      <div className="field">
        <label htmlFor={form.id('kind')}>
          {t('organizations.fields.kind')}
          <RequiredMark />
        </label>
        {renderError('kind')}
        <select
          {...fieldProps('kind')}
          required
          aria-required="true"
          value={state.kind}
          onChange={(e) => set('kind', e.target.value as OrganizationKind | '')}
        >
          <option value="">{t('organizations.form.kindPlaceholder')}</option>
          {ORGANIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organizations.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor={form.id('name')}>
          {t('organizations.fields.name')}
          <RequiredMark />
        </label>
        {renderError('name')}
        <input
          {...fieldProps('name')}
          type="text"
          required
          aria-required="true"
          maxLength={200}
          autoComplete="organization"
          value={state.name}
          onChange={(e) => set('name', e.target.value)}
        />
      </div>

      <div>
        {renderError('parent_id')}
        <EntityCombobox
          id={form.id('parent_id')}
          label={t('organizations.fields.parent')}
          value={state.parent_id}
          valueLabel={parentName}
          onChange={(id) => set('parent_id', id)}
          search={searchOrganizations}
          cacheKey="organizations"
          exclude={organization ? [organization.id] : undefined}
          invalid={!!form.errors.parent_id}
          describedBy={form.errors.parent_id ? `${form.id('parent_id')}-error` : undefined}
        />
      </div>

      <div className="field">
        <label htmlFor={form.id('organization_number')}>{t('organizations.fields.organizationNumber')}</label>
        <p id="org-number-hint" className="hint">
          {t('organizations.fields.organizationNumberHint')}
        </p>
        {renderError('organization_number')}
        <input
          {...fieldProps('organization_number', 'org-number-hint')}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={state.organization_number}
          onChange={(e) => set('organization_number', e.target.value)}
        />
      </div>

      <ContactDetailsFieldset rows={state.contacts} onChange={(contacts) => set('contacts', contacts)} form={form} />

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
