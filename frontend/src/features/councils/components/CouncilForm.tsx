import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council, CouncilKind, CouncilPatch, CouncilStatus, Mandate, NewCouncil } from '@/api/types';
import { todayIso } from '@/lib/format';
import { entityName, namesOf, type Names } from '@/lib/names';
import { searchCouncils } from '@/lib/options';
import { allows } from '@/lib/permissions';
import { CheckboxField, DateField, Form, PublicRecordNote, SelectField, TextAreaField, TextField, useServerForm, type FormBinding } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { COUNCIL_KINDS, COUNCIL_STATUSES, useCentralSteeringGroup } from '../api/councils';
import { AreaMultiSelect } from './AreaMultiSelect';
import { GovernedFields } from './GovernedFields';
import { CadenceFieldset, cadenceRrule, cadenceState, type CadenceState } from './CadenceFieldset';
import { MandateFieldset, type MandateState } from './MandateFieldset';

export interface CouncilFormState {
  name: string;
  kind: CouncilKind;
  /** null: not chosen yet (a new local steering group then gets the central steering group). */
  parent_id: string | null;
  status: CouncilStatus;
  founded_on: string;
  dissolved_on: string;
  area_ids: string[];
  cadence: CadenceState;
  mandate: MandateState;
  description: string;
  is_public: boolean;
}

/** What a new council's form may be opened with (from the URL, e.g. the coverage report's link). */
export interface CouncilPrefill {
  kind?: CouncilKind;
  area_ids?: string[];
  parent_id?: string;
  /** The names of the prefilled ids (a URL carries ids only; the create page resolves them). */
  names?: Names;
}

function toState(c?: Council, prefill: CouncilPrefill = {}): CouncilFormState {
  return {
    name: c?.name ?? '',
    kind: c?.kind ?? prefill.kind ?? 'local_steering_group',
    parent_id: c ? (c.parent_id ?? '') : (prefill.parent_id ?? null),
    status: c?.status ?? 'proposed',
    founded_on: c?.founded_on ?? '',
    dissolved_on: c?.dissolved_on ?? '',
    area_ids: c?.area_ids ?? prefill.area_ids ?? [],
    cadence: cadenceState(c?.cadence),
    mandate: {
      decided_by_council_id: c?.mandate?.decided_by_council_id ?? '',
      decided_by_organization_id: c?.mandate?.decided_by_organization_id ?? '',
      decision_reference: c?.mandate?.decision_reference ?? '',
      decided_on: c?.mandate?.decided_on ?? '',
      registration_number: c?.mandate?.registration_number ?? '',
    },
    description: c?.description ?? '',
    is_public: c?.is_public ?? false,
  };
}

/** The request body of a new council. */
export function councilBody(s: CouncilFormState, defaultParent: string | null = null): NewCouncil {
  const m = s.mandate;
  const mandate: Mandate = {
    decided_by_council_id: m.decided_by_council_id || null,
    decided_by_organization_id: m.decided_by_organization_id || null,
    decision_reference: m.decision_reference.trim() || null,
    decided_on: m.decided_on || null,
    registration_number: m.registration_number.trim() || null,
  };
  const rrule = cadenceRrule(s.cadence);
  return {
    name: s.name.trim(),
    kind: s.kind,
    parent_id: (s.parent_id ?? defaultParent) || null,
    status: s.status,
    founded_on: s.founded_on || null,
    dissolved_on: s.dissolved_on || null,
    area_ids: s.area_ids,
    cadence: rrule
      ? { rrule, start_time: s.cadence.start_time, duration_minutes: Number(s.cadence.duration_minutes), time_zone: 'Europe/Stockholm' }
      : null,
    mandate: Object.values(mandate).some((v) => v !== null) ? mandate : null,
    description: s.description.trim() || null,
    is_public: s.is_public,
  };
}

/**
 * The edit form's PATCH body. With `govern` (coordinators, admins) every field is sent; a chair or
 * secretary may change only name, description and cadence, so only those are sent (any other is 403).
 */
export function councilPatch(s: CouncilFormState, governs: boolean, defaultParent: string | null = null): CouncilPatch {
  const { name, description, cadence, status, ...governed } = councilBody(s, defaultParent);
  const chair = { name, description, cadence };
  return governs ? { ...chair, ...governed, status: status ?? undefined } : chair;
}

/** The fields a council's chair or secretary may change (the rest need `govern`). */
const isChairField = (field: string) => field === 'name' || field === 'description' || field.startsWith('cadence.');

const FIELD_LABELS: Record<string, string> = {
  name: 'councils.fields.name',
  kind: 'councils.fields.kind',
  parent_id: 'councils.fields.parent',
  status: 'councils.fields.status',
  founded_on: 'councils.fields.foundedOn',
  dissolved_on: 'councils.fields.dissolvedOn',
  area_ids: 'councils.fields.areas',
  'cadence.rrule': 'councils.fields.rrule',
  'cadence.start_time': 'councils.fields.startTime',
  'cadence.duration_minutes': 'councils.fields.duration',
  'mandate.decided_by_council_id': 'councils.fields.decidedByCouncil',
  'mandate.decided_by_organization_id': 'councils.fields.decidedByOrganization',
  'mandate.decision_reference': 'councils.fields.decisionReference',
  'mandate.decided_on': 'councils.fields.decidedOn',
  'mandate.registration_number': 'councils.fields.registrationNumber',
  description: 'councils.fields.description',
  is_public: 'councils.fields.isPublic',
};

/** Server field names → the control that shows them. */
export function mapCouncilField(field: string): string {
  if (/^area_ids(\[\d+\])?$/.test(field)) return 'area_ids';
  if (field === 'cadence' || field === 'cadence.time_zone') return 'cadence.rrule';
  if (field === 'mandate') return 'mandate.decision_reference';
  return field;
}

/** A new council's form: sends the whole council. */
interface NewCouncilFormProps extends FormBinding<NewCouncil> {
  council?: undefined;
  prefill?: CouncilPrefill;
}

/** A council's edit form: sends a patch (`councilPatch`), the governed fields only with `govern`. */
interface EditCouncilFormProps extends FormBinding<CouncilPatch> {
  council: Council;
  prefill?: undefined;
}

export type CouncilFormProps = NewCouncilFormProps | EditCouncilFormProps;

export function CouncilForm(props: CouncilFormProps) {
  const { council, prefill, submitLabel, pendingLabel, staleAction } = props;
  const binding = { submitLabel, pendingLabel, staleAction };
  const { t } = useTranslation();
  // Kind, parent, status, dates, areas, mandate and publicity are a coordinator's or admin's: without
  // `govern` (a chair or secretary) they are shown, not edited, and not sent.
  const governs = !council || allows('govern', council);
  const [state, setState] = useState<CouncilFormState>(() => toState(council, prefill));
  const names = council ? namesOf(council) : prefill?.names;
  // A local steering group sits under the central steering group unless the user chooses otherwise.
  const wantsDefaultParent = state.parent_id === null && state.kind === 'local_steering_group';
  const central = useCentralSteeringGroup(wantsDefaultParent);
  const defaultParent = wantsDefaultParent && central.data && central.data.id !== council?.id ? central.data.id : null;
  const parentId = state.parent_id ?? defaultParent ?? '';
  const parentName = entityName(parentId || null, names, defaultParent ? central.data?.name : undefined);
  const decidedByCouncil = entityName(council?.mandate?.decided_by_council_id, names);
  const decidedByOrg = entityName(council?.mandate?.decided_by_organization_id, names);
  const form = useServerForm({
    prefix: 'council',
    isKnownField: (f) => f in FIELD_LABELS && (governs || isChairField(f)),
    labelFor: (f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f),
    fieldMessage: (field, code) => {
      // The server's explanation is English; say it in the user's language, with the rule they wrote.
      if (field === 'cadence.rrule' && code === 'invalid') return t('councils.form.rruleInvalid', { rule: cadenceRrule(state.cadence) });
      if (field === 'parent_id' && (code === 'required' || code === 'invalid_parent_kind')) return t('councils.form.parentRule');
      if (field === 'dissolved_on' && code === 'required') return t('councils.form.dissolvedRequired');
      return null;
    },
  });

  function set<K extends keyof CouncilFormState>(key: K, value: CouncilFormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  async function handleSubmit() {
    const errs: Record<string, string> = {};
    if (!state.name.trim()) errs.name = t('forms.nameRequired');
    if (state.cadence.mode !== 'none') {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(state.cadence.start_time)) errs['cadence.start_time'] = t('councils.form.startTimeRequired');
      const d = Number(state.cadence.duration_minutes);
      if (!Number.isInteger(d) || d < 5 || d > 1440) errs['cadence.duration_minutes'] = t('councils.form.durationRange');
      if (state.cadence.mode === 'advanced' && !state.cadence.rrule.trim()) errs['cadence.rrule'] = t('cadenceBuilder.ruleRequired');
    }
    if (form.clientErrors(errs)) return;
    await form.submit(
      () => (props.council ? props.onSubmit(councilPatch(state, governs, defaultParent)) : props.onSubmit(councilBody(state, defaultParent))),
      mapCouncilField,
    );
  }

  const startsOn = state.founded_on || council?.created_at.slice(0, 10) || todayIso();
  const label = (field: string) => t(FIELD_LABELS[field]);

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <PublicRecordNote />
      <TextField form={form} field="name" label={label('name')} required maxLength={200} value={state.name} onChange={(v) => set('name', v)} />
      {governs && (
        <>
          <SelectField
            form={form}
            field="kind"
            label={label('kind')}
            value={state.kind}
            onChange={(v) => set('kind', v)}
            options={COUNCIL_KINDS}
            optionLabel={(k) => t(`councils.kinds.${k}`)}
          />
          <EntityComboboxField
            form={form}
            field="parent_id"
            label={label('parent_id')}
            hint={defaultParent ? t('councils.form.parentDefaultHint') : t('councils.form.parentHint')}
            value={parentId}
            valueLabel={parentName}
            onChange={(id) => set('parent_id', id)}
            search={searchCouncils}
            cacheKey="councils"
            exclude={council ? [council.id] : undefined}
          />
          <SelectField
            form={form}
            field="status"
            label={label('status')}
            value={state.status}
            onChange={(v) => set('status', v)}
            options={COUNCIL_STATUSES}
            optionLabel={(s) => t(`councils.statuses.${s}`)}
          />
          <DateField form={form} field="founded_on" label={label('founded_on')} value={state.founded_on} onChange={(v) => set('founded_on', v)} />
          <DateField
            form={form}
            field="dissolved_on"
            label={label('dissolved_on')}
            hint={t('councils.form.dissolvedHint')}
            value={state.dissolved_on}
            onChange={(v) => set('dissolved_on', v)}
          />
          <AreaMultiSelect
            id={form.id('area_ids')}
            legend={label('area_ids')}
            value={state.area_ids}
            names={names}
            onChange={(ids) => set('area_ids', ids)}
            {...form.fieldsetProps('area_ids')}
          />
        </>
      )}
      <CadenceFieldset value={state.cadence} onChange={(c) => set('cadence', c)} form={form} startsOn={startsOn} />
      {governs && (
        <MandateFieldset
          value={state.mandate}
          onChange={(m) => set('mandate', m)}
          form={form}
          labels={{ council: decidedByCouncil, organization: decidedByOrg }}
          excludeCouncil={council?.id}
        />
      )}
      <TextAreaField
        form={form}
        field="description"
        label={label('description')}
        rows={5}
        maxLength={5000}
        value={state.description}
        onChange={(v) => set('description', v)}
      />
      {governs ? (
        <CheckboxField form={form} field="is_public" label={t('councils.form.isPublicLabel')} checked={state.is_public} onChange={(v) => set('is_public', v)} />
      ) : (
        council && <GovernedFields council={council} />
      )}
    </Form>
  );
}
