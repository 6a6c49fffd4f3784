import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council, CouncilKind, CouncilStatus, Mandate, NewCouncil } from '@/api/types';
import { todayIso } from '@/lib/format';
import { entityName, namesOf, type Names } from '@/lib/names';
import { searchCouncils } from '@/lib/options';
import { PublicRecordNote, RequiredMark, useServerForm } from '@/components/ui/form';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { COUNCIL_KINDS, COUNCIL_STATUSES, useCentralSteeringGroup } from '../api/councils';
import { AreaMultiSelect } from './AreaMultiSelect';
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

/** The request body for the form's state (also used as the PATCH body: every field is sent). */
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

export interface CouncilFormProps {
  council?: Council;
  prefill?: CouncilPrefill;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (body: NewCouncil) => Promise<void>;
  staleAction?: ReactNode;
}

export function CouncilForm({ council, prefill, submitLabel, pendingLabel, onSubmit, staleAction }: CouncilFormProps) {
  const { t } = useTranslation();
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
    isKnownField: (f) => f in FIELD_LABELS,
    labelFor: (f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f),
    fieldMessage: (field, code) => {
      // The server's explanation is English; say it in the user's language, with the rule they wrote.
      if (field === 'cadence.rrule' && code === 'invalid') return t('councils.form.rruleInvalid', { rule: cadenceRrule(state.cadence) });
      if (field === 'parent_id' && (code === 'required' || code === 'invalid_parent_kind')) return t('councils.form.parentRule');
      if (field === 'dissolved_on' && code === 'required') return t('councils.form.dissolvedRequired');
      return null;
    },
  });
  const { fieldProps, renderError } = form;

  function set<K extends keyof CouncilFormState>(key: K, value: CouncilFormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!state.name.trim()) errs.name = t('forms.nameRequired');
    if (state.cadence.mode !== 'none') {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(state.cadence.start_time)) errs['cadence.start_time'] = t('councils.form.startTimeRequired');
      const d = Number(state.cadence.duration_minutes);
      if (!Number.isInteger(d) || d < 5 || d > 1440) errs['cadence.duration_minutes'] = t('councils.form.durationRange');
      if (state.cadence.mode === 'advanced' && !state.cadence.rrule.trim()) errs['cadence.rrule'] = t('cadenceBuilder.ruleRequired');
    }
    if (form.clientErrors(errs)) return;
    await form.submit(() => onSubmit(councilBody(state, defaultParent)), mapCouncilField);
  }

  const startsOn = state.founded_on || council?.created_at.slice(0, 10) || todayIso();

  return (
    <form onSubmit={handleSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
      {form.renderSummary(staleAction)}
      <PublicRecordNote />

      <div className="field">
        <label htmlFor={form.id('name')}>
          {t('councils.fields.name')}
          <RequiredMark />
        </label>
        {renderError('name')}
        <input {...fieldProps('name')} type="text" required aria-required="true" maxLength={200} value={state.name} onChange={(e) => set('name', e.target.value)} />
      </div>

      <div className="field">
        <label htmlFor={form.id('kind')}>{t('councils.fields.kind')}</label>
        {renderError('kind')}
        <select {...fieldProps('kind')} value={state.kind} onChange={(e) => set('kind', e.target.value as CouncilKind)}>
          {COUNCIL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`councils.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>

      <div>
        {renderError('parent_id')}
        <EntityCombobox
          id={form.id('parent_id')}
          label={t('councils.fields.parent')}
          hint={defaultParent ? t('councils.form.parentDefaultHint') : t('councils.form.parentHint')}
          value={parentId}
          valueLabel={parentName}
          onChange={(id) => set('parent_id', id)}
          search={searchCouncils}
          cacheKey="councils"
          exclude={council ? [council.id] : undefined}
          invalid={!!form.errors.parent_id}
          describedBy={form.errors.parent_id ? `${form.id('parent_id')}-error` : undefined}
        />
      </div>

      <div className="field">
        <label htmlFor={form.id('status')}>{t('councils.fields.status')}</label>
        {renderError('status')}
        <select {...fieldProps('status')} value={state.status} onChange={(e) => set('status', e.target.value as CouncilStatus)}>
          {COUNCIL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`councils.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor={form.id('founded_on')}>{t('councils.fields.foundedOn')}</label>
        {renderError('founded_on')}
        <input {...fieldProps('founded_on')} type="date" value={state.founded_on} onChange={(e) => set('founded_on', e.target.value)} />
      </div>

      <div className="field">
        <label htmlFor={form.id('dissolved_on')}>{t('councils.fields.dissolvedOn')}</label>
        <p id="council-dissolved-hint" className="hint">
          {t('councils.form.dissolvedHint')}
        </p>
        {renderError('dissolved_on')}
        <input
          {...fieldProps('dissolved_on', 'council-dissolved-hint')}
          type="date"
          value={state.dissolved_on}
          onChange={(e) => set('dissolved_on', e.target.value)}
        />
      </div>

      <AreaMultiSelect
        id={form.id('area_ids')}
        legend={t('councils.fields.areas')}
        value={state.area_ids}
        names={names}
        onChange={(ids) => set('area_ids', ids)}
        invalid={!!form.errors.area_ids}
        describedBy={form.errors.area_ids ? `${form.id('area_ids')}-error` : undefined}
        error={renderError('area_ids')}
      />

      <CadenceFieldset value={state.cadence} onChange={(c) => set('cadence', c)} form={form} startsOn={startsOn} />

      <MandateFieldset
        value={state.mandate}
        onChange={(m) => set('mandate', m)}
        form={form}
        labels={{ council: decidedByCouncil, organization: decidedByOrg }}
        excludeCouncil={council?.id}
      />

      <div className="field">
        <label htmlFor={form.id('description')}>{t('councils.fields.description')}</label>
        {renderError('description')}
        <textarea {...fieldProps('description')} rows={5} maxLength={5000} value={state.description} onChange={(e) => set('description', e.target.value)} />
      </div>

      <div className="field field-checkbox">
        {renderError('is_public')}
        <label>
          <input {...fieldProps('is_public')} type="checkbox" checked={state.is_public} onChange={(e) => set('is_public', e.target.checked)} />{' '}
          {t('councils.form.isPublicLabel')}
        </label>
      </div>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
