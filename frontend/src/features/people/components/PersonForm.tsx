import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewPerson, Person } from '@/api/types';
import { entityName, namesOf } from '@/lib/names';
import { searchOrganizations } from '@/lib/options';
import { PublicRecordNote, useServerForm } from '@/components/ui/form';
import { EntityCombobox } from '@/components/ui/EntityCombobox';

const PERSON_FIELDS: Record<string, string> = {
  name: 'people.fields.name',
  title: 'people.fields.title',
  email: 'people.fields.email',
  phone: 'people.fields.phone',
  organization_id: 'people.fields.organization',
};

export function PersonForm({
  person,
  submitLabel,
  onSubmit,
  staleAction,
}: {
  person?: Person;
  submitLabel: string;
  onSubmit: (body: NewPerson) => Promise<void>;
  staleAction?: ReactNode;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(person?.name ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [organizationId, setOrganizationId] = useState(person?.organization_id ?? '');
  const orgName = entityName(person?.organization_id, namesOf(person));
  const form = useServerForm({
    prefix: 'person',
    isKnownField: (f) => f in PERSON_FIELDS,
    labelFor: (f) => (PERSON_FIELDS[f] ? t(PERSON_FIELDS[f]) : f),
  });

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.clientErrors(name.trim() ? {} : { name: t('forms.nameRequired') })) return;
    const body: NewPerson = { name: name.trim(), title: title.trim() || null, organization_id: organizationId || null };
    // Hidden contact details are not sent, so they are not overwritten.
    if (!person?.contact_hidden) {
      body.email = email.trim() || null;
      body.phone = phone.trim() || null;
    }
    await form.submit(() => onSubmit(body));
  }

  const text = (field: 'name' | 'title' | 'email' | 'phone', value: string, setter: (v: string) => void, extra = {}) => (
    <div className="field">
      <label htmlFor={form.id(field)}>
        {t(PERSON_FIELDS[field])}
      </label>
      {form.renderError(field)}
      <input {...form.fieldProps(field)} {...extra} value={value} onChange={(e) => setter(e.target.value)} />
    </div>
  );

  return (
    <form onSubmit={handleSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
      {form.renderSummary(staleAction)}
      <PublicRecordNote />
      {text('name', name, setName, { type: 'text', required: true, 'aria-required': 'true', maxLength: 200, autoComplete: 'off' })}
      {text('title', title, setTitle, { type: 'text', maxLength: 200 })}
      {!person?.contact_hidden && (
        <>
          {text('email', email, setEmail, { type: 'email', maxLength: 254, autoComplete: 'off' })}
          {text('phone', phone, setPhone, { type: 'tel', maxLength: 50, autoComplete: 'off' })}
        </>
      )}
      <div>
        {form.renderError('organization_id')}
        <EntityCombobox
          id={form.id('organization_id')}
          label={t('people.fields.organization')}
          value={organizationId}
          valueLabel={orgName}
          onChange={(id) => setOrganizationId(id)}
          search={searchOrganizations}
          cacheKey="organizations"
          invalid={!!form.errors.organization_id}
          describedBy={form.errors.organization_id ? `${form.id('organization_id')}-error` : undefined}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
