import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewPerson, Person } from '@/api/types';
import { entityName, namesOf } from '@/lib/names';
import { searchOrganizations } from '@/lib/options';
import { Form, PublicRecordNote, TextField, useServerForm, type FormBinding } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';

const PERSON_FIELDS: Record<string, string> = {
  name: 'people.fields.name',
  title: 'people.fields.title',
  email: 'people.fields.email',
  phone: 'people.fields.phone',
  organization_id: 'people.fields.organization',
};

export function PersonForm({ person, onSubmit, ...binding }: FormBinding<NewPerson> & { person?: Person }) {
  const { t } = useTranslation();
  const [name, setName] = useState(person?.name ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [organizationId, setOrganizationId] = useState(person?.organization_id ?? '');
  const form = useServerForm({
    prefix: 'person',
    isKnownField: (f) => f in PERSON_FIELDS,
    labelFor: (f) => (PERSON_FIELDS[f] ? t(PERSON_FIELDS[f]) : f),
  });

  async function handleSubmit() {
    if (form.clientErrors(name.trim() ? {} : { name: t('forms.nameRequired') })) return;
    const body: NewPerson = { name: name.trim(), title: title.trim() || null, organization_id: organizationId || null };
    // Hidden contact details are not sent, so they are not overwritten.
    if (!person?.contact_hidden) {
      body.email = email.trim() || null;
      body.phone = phone.trim() || null;
    }
    await form.submit(() => onSubmit(body));
  }

  const label = (field: string) => t(PERSON_FIELDS[field]);
  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <PublicRecordNote />
      <TextField form={form} field="name" label={label('name')} required requiredMark={false} maxLength={200} autoComplete="off" value={name} onChange={setName} />
      <TextField form={form} field="title" label={label('title')} maxLength={200} value={title} onChange={setTitle} />
      {!person?.contact_hidden && (
        <>
          <TextField form={form} field="email" label={label('email')} type="email" maxLength={254} autoComplete="off" value={email} onChange={setEmail} />
          <TextField form={form} field="phone" label={label('phone')} type="tel" maxLength={50} autoComplete="off" value={phone} onChange={setPhone} />
        </>
      )}
      <EntityComboboxField
        form={form}
        field="organization_id"
        label={label('organization_id')}
        value={organizationId}
        valueLabel={entityName(person?.organization_id, namesOf(person))}
        onChange={setOrganizationId}
        search={searchOrganizations}
        cacheKey="organizations"
      />
    </Form>
  );
}
