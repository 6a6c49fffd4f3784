import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewOrganization, Organization, OrganizationKind } from '@/api/types';
import { searchOrganizations } from '@/lib/options';
import { entityName, namesOf } from '@/lib/names';
import { Form, formFieldId, SelectField, TextField, useServerForm, type Errors, type FormBinding } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
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

export interface OrganizationFormProps extends FormBinding<NewOrganization> {
  organization?: Organization;
}

export function OrganizationForm({ organization, onSubmit, ...binding }: OrganizationFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => toState(organization));
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

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  async function handleSubmit() {
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

  const label = (field: string) => t(SIMPLE_FIELDS[field]);
  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <SelectField
        form={form}
        field="kind"
        label={label('kind')}
        required
        value={state.kind}
        onChange={(kind) => set('kind', kind)}
        empty={t('organizations.form.kindPlaceholder')}
        options={ORGANIZATION_KINDS}
        optionLabel={(k) => t(`organizations.kinds.${k}`)}
      />
      <TextField
        form={form}
        field="name"
        label={label('name')}
        required
        maxLength={200}
        autoComplete="organization"
        value={state.name}
        onChange={(name) => set('name', name)}
      />
      <EntityComboboxField
        form={form}
        field="parent_id"
        label={label('parent_id')}
        value={state.parent_id}
        valueLabel={entityName(organization?.parent_id, namesOf(organization))}
        onChange={(id) => set('parent_id', id)}
        search={searchOrganizations}
        cacheKey="organizations"
        exclude={organization ? [organization.id] : undefined}
      />
      <TextField
        form={form}
        field="organization_number"
        label={label('organization_number')}
        hint={t('organizations.fields.organizationNumberHint')}
        inputMode="numeric"
        autoComplete="off"
        value={state.organization_number}
        onChange={(n) => set('organization_number', n)}
      />
      <ContactDetailsFieldset rows={state.contacts} onChange={(contacts) => set('contacts', contacts)} form={form} />
    </Form>
  );
}
