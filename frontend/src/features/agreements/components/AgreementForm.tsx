import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementPhase, NewAgreement } from '@/api/types';
import { namesOf, entityName } from '@/lib/names';
import { searchAgreements, searchCouncils, searchOrganizations } from '@/lib/options';
import { DateField, Form, PublicRecordNote, SelectField, TextAreaField, TextField, useServerForm, type FormBinding } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { SearchableCheckboxList } from '@/components/ui/SearchableCheckboxList';
import { AGREEMENT_PHASES } from '../api/agreements';
import { SignatoriesFieldset, signatoryRow, type SignatoryRow } from './SignatoriesFieldset';

const AGREEMENT_FIELDS: Record<string, string> = {
  name: 'agreements.fields.name',
  phase: 'agreements.fields.phase',
  parent_id: 'agreements.fields.parent',
  valid_from: 'agreements.fields.validFrom',
  valid_to: 'agreements.fields.validTo',
  party_ids: 'agreements.fields.parties',
  priority_areas: 'agreements.fields.priorityAreas',
  council_ids: 'agreements.fields.councils',
  description: 'agreements.fields.description',
};

function mapAgreementField(field: string): string {
  const m = /^(party_ids|council_ids|priority_areas)\[\d+\]$/.exec(field);
  return m ? m[1] : field;
}

export function AgreementForm({ agreement, onSubmit, ...binding }: FormBinding<NewAgreement> & { agreement?: Agreement }) {
  const { t } = useTranslation();
  const names = namesOf(agreement);
  const [name, setName] = useState(agreement?.name ?? '');
  const [phase, setPhase] = useState<AgreementPhase>(agreement?.phase ?? 'initiate');
  const [parentId, setParentId] = useState(agreement?.parent_id ?? '');
  const [validFrom, setValidFrom] = useState(agreement?.valid_from ?? '');
  const [validTo, setValidTo] = useState(agreement?.valid_to ?? '');
  const [partyIds, setPartyIds] = useState<string[]>(agreement?.party_ids ?? []);
  const [councilIds, setCouncilIds] = useState<string[]>(agreement?.council_ids ?? []);
  const [priorities, setPriorities] = useState((agreement?.priority_areas ?? []).join('\n'));
  const [description, setDescription] = useState(agreement?.description ?? '');
  const [signatories, setSignatories] = useState<SignatoryRow[]>(() =>
    (agreement?.signatories ?? []).map((s) => signatoryRow(s.person_id, s.organization_id, s.signed_on ?? '')),
  );
  const form = useServerForm({
    prefix: 'agreement',
    isKnownField: (f) => f in AGREEMENT_FIELDS || /^signatories\[\d+\]\.\w+$/.test(f),
    labelFor: (f) => {
      const m = /^signatories\[(\d+)\]\.(\w+)$/.exec(f);
      if (m) {
        const part = m[2] === 'person_id' ? 'person' : m[2] === 'organization_id' ? 'organization' : 'signedOn';
        return `${t('agreements.signatory.row', { n: Number(m[1]) + 1 })}: ${t(`agreements.signatory.${part}`)}`;
      }
      return AGREEMENT_FIELDS[f] ? t(AGREEMENT_FIELDS[f]) : f;
    },
  });

  async function handleSubmit() {
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = t('forms.nameRequired');
    signatories.forEach((s, i) => {
      if (!s.person_id) errs[`signatories[${i}].person_id`] = t('agreements.signatory.personRequired');
      if (!s.organization_id) errs[`signatories[${i}].organization_id`] = t('agreements.signatory.organizationRequired');
    });
    if (form.clientErrors(errs)) return;
    const body: NewAgreement = {
      name: name.trim(),
      phase,
      parent_id: parentId || null,
      valid_from: validFrom || null,
      valid_to: validTo || null,
      party_ids: partyIds,
      council_ids: councilIds,
      priority_areas: priorities
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
      signatories: signatories.map((s) => ({ person_id: s.person_id, organization_id: s.organization_id, signed_on: s.signed_on || null })),
      description: description.trim() || null,
    };
    await form.submit(() => onSubmit(body), mapAgreementField);
  }

  const label = (field: string) => t(AGREEMENT_FIELDS[field]);

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <PublicRecordNote />
      <TextField form={form} field="name" label={label('name')} required requiredMark={false} maxLength={200} value={name} onChange={setName} />
      <SelectField
        form={form}
        field="phase"
        label={label('phase')}
        value={phase}
        onChange={setPhase}
        options={AGREEMENT_PHASES}
        optionLabel={(p, i) => `${i + 1}. ${t(`agreements.phases.${p}`)}`}
      />
      <EntityComboboxField
        form={form}
        field="parent_id"
        label={label('parent_id')}
        value={parentId}
        valueLabel={entityName(agreement?.parent_id, names)}
        onChange={setParentId}
        search={searchAgreements}
        cacheKey="agreements"
        exclude={agreement ? [agreement.id] : undefined}
      />
      <DateField form={form} field="valid_from" label={label('valid_from')} value={validFrom} onChange={setValidFrom} />
      <DateField form={form} field="valid_to" label={label('valid_to')} value={validTo} onChange={setValidTo} />
      <SearchableCheckboxList
        id={form.id('party_ids')}
        legend={label('party_ids')}
        searchLabel={t('agreements.searchParty')}
        value={partyIds}
        onChange={setPartyIds}
        search={searchOrganizations}
        cacheKey="organizations"
        names={names}
        {...form.fieldsetProps('party_ids')}
      />
      <SearchableCheckboxList
        id={form.id('council_ids')}
        legend={label('council_ids')}
        searchLabel={t('agreements.searchCouncil')}
        value={councilIds}
        onChange={setCouncilIds}
        search={searchCouncils}
        cacheKey="councils"
        names={names}
        {...form.fieldsetProps('council_ids')}
      />
      <TextAreaField
        form={form}
        field="priority_areas"
        label={label('priority_areas')}
        hint={t('agreements.priorityHint')}
        rows={4}
        value={priorities}
        onChange={setPriorities}
      />
      <SignatoriesFieldset rows={signatories} onChange={setSignatories} form={form} names={names} />
      <TextAreaField form={form} field="description" label={label('description')} rows={5} maxLength={5000} value={description} onChange={setDescription} />
    </Form>
  );
}
