import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementPhase, NewAgreement } from '@/api/types';
import { namesOf, entityName } from '@/lib/names';
import { searchAgreements, searchCouncils, searchOrganizations } from '@/lib/options';
import { PublicRecordNote, useServerForm } from '@/components/ui/form';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
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

export function AgreementForm({
  agreement,
  submitLabel,
  onSubmit,
  staleAction,
}: {
  agreement?: Agreement;
  submitLabel: string;
  onSubmit: (body: NewAgreement) => Promise<void>;
  staleAction?: ReactNode;
}) {
  const { t } = useTranslation();
  const names = namesOf(agreement);
  const [name, setName] = useState(agreement?.name ?? '');
  const [phase, setPhase] = useState<AgreementPhase>(agreement?.phase ?? 'initiate');
  const [parentId, setParentId] = useState(agreement?.parent_id ?? '');
  const parentName = entityName(agreement?.parent_id, names);
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

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
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

  const simple = (field: string, input: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={form.id(field)}>
        {t(AGREEMENT_FIELDS[field])}
      </label>
      {hint && (
        <p id={`${form.id(field)}-hint`} className="hint">
          {hint}
        </p>
      )}
      {form.renderError(field)}
      {input}
    </div>
  );
  const errorFor = (field: string) => ({
    error: form.renderError(field),
    invalid: !!form.errors[field],
    describedBy: form.errors[field] ? `${form.id(field)}-error` : undefined,
  });

  return (
    <form onSubmit={handleSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
      {form.renderSummary(staleAction)}
      <PublicRecordNote />
      {simple(
        'name',
        <input {...form.fieldProps('name')} type="text" required aria-required="true" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />,
      )}
      {simple(
        'phase',
        <select {...form.fieldProps('phase')} value={phase} onChange={(e) => setPhase(e.target.value as AgreementPhase)}>
          {AGREEMENT_PHASES.map((p, i) => (
            <option key={p} value={p}>
              {i + 1}. {t(`agreements.phases.${p}`)}
            </option>
          ))}
        </select>,
      )}
      <div>
        {form.renderError('parent_id')}
        <EntityCombobox
          id={form.id('parent_id')}
          label={t('agreements.fields.parent')}
          value={parentId}
          valueLabel={parentName}
          onChange={(id) => setParentId(id)}
          search={searchAgreements}
          cacheKey="agreements"
          exclude={agreement ? [agreement.id] : undefined}
          {...errorFor('parent_id')}
        />
      </div>
      {simple('valid_from', <input {...form.fieldProps('valid_from')} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />)}
      {simple('valid_to', <input {...form.fieldProps('valid_to')} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />)}
      <SearchableCheckboxList
        id={form.id('party_ids')}
        legend={t('agreements.fields.parties')}
        searchLabel={t('agreements.searchParty')}
        value={partyIds}
        onChange={setPartyIds}
        search={searchOrganizations}
        cacheKey="organizations"
        names={names}
        {...errorFor('party_ids')}
      />
      <SearchableCheckboxList
        id={form.id('council_ids')}
        legend={t('agreements.fields.councils')}
        searchLabel={t('agreements.searchCouncil')}
        value={councilIds}
        onChange={setCouncilIds}
        search={searchCouncils}
        cacheKey="councils"
        names={names}
        {...errorFor('council_ids')}
      />
      {simple(
        'priority_areas',
        <textarea
          {...form.fieldProps('priority_areas', `${form.id('priority_areas')}-hint`)}
          rows={4}
          value={priorities}
          onChange={(e) => setPriorities(e.target.value)}
        />,
        t('agreements.priorityHint'),
      )}
      <SignatoriesFieldset rows={signatories} onChange={setSignatories} form={form} names={names} />
      {simple(
        'description',
        <textarea {...form.fieldProps('description')} rows={5} maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />,
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
