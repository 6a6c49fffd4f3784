import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council, CouncilKind, CouncilStatus, Mandate, NewCouncil } from '@/api/types';
import { PublicRecordNote, RequiredMark, useServerForm } from '@/components/ui/form';
import { useAllOrganizations } from '@/features/organizations/api/organizations';
import { COUNCIL_KINDS, COUNCIL_STATUSES, useAllCouncils } from '../api/councils';
import { AreaMultiSelect } from './AreaMultiSelect';

interface FormState {
  name: string;
  kind: CouncilKind;
  parent_id: string;
  status: CouncilStatus;
  founded_on: string;
  dissolved_on: string;
  area_ids: string[];
  rrule: string;
  start_time: string;
  duration_minutes: string;
  decided_by_council_id: string;
  decided_by_organization_id: string;
  decision_reference: string;
  decided_on: string;
  registration_number: string;
  description: string;
  is_public: boolean;
}

/** The options of a select of ids: "none", the current value when the list does not hold it, then the list. */
function IdOptions({ value, options, none }: { value: string; options: { id: string; name: string }[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {value && !options.some((o) => o.id === value) && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </>
  );
}

function toState(c?: Council): FormState {
  return {
    name: c?.name ?? '',
    kind: c?.kind ?? 'local_steering_group',
    parent_id: c?.parent_id ?? '',
    status: c?.status ?? 'proposed',
    founded_on: c?.founded_on ?? '',
    dissolved_on: c?.dissolved_on ?? '',
    area_ids: c?.area_ids ?? [],
    rrule: c?.cadence?.rrule ?? '',
    start_time: c?.cadence?.start_time ?? '18:00',
    duration_minutes: String(c?.cadence?.duration_minutes ?? 90),
    decided_by_council_id: c?.mandate?.decided_by_council_id ?? '',
    decided_by_organization_id: c?.mandate?.decided_by_organization_id ?? '',
    decision_reference: c?.mandate?.decision_reference ?? '',
    decided_on: c?.mandate?.decided_on ?? '',
    registration_number: c?.mandate?.registration_number ?? '',
    description: c?.description ?? '',
    is_public: c?.is_public ?? false,
  };
}

/** The request body for the form's state (also used as the PATCH body: every field is sent). */
export function councilBody(s: FormState): NewCouncil {
  const mandate: Mandate = {
    decided_by_council_id: s.decided_by_council_id || null,
    decided_by_organization_id: s.decided_by_organization_id || null,
    decision_reference: s.decision_reference.trim() || null,
    decided_on: s.decided_on || null,
    registration_number: s.registration_number.trim() || null,
  };
  const hasMandate = Object.values(mandate).some((v) => v !== null);
  return {
    name: s.name.trim(),
    kind: s.kind,
    parent_id: s.parent_id || null,
    status: s.status,
    founded_on: s.founded_on || null,
    dissolved_on: s.dissolved_on || null,
    area_ids: s.area_ids,
    cadence: s.rrule.trim()
      ? {
          rrule: s.rrule.trim(),
          start_time: s.start_time,
          duration_minutes: Number(s.duration_minutes),
          time_zone: 'Europe/Stockholm',
        }
      : null,
    mandate: hasMandate ? mandate : null,
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
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (body: NewCouncil) => Promise<void>;
  staleAction?: ReactNode;
}

export function CouncilForm({ council, submitLabel, pendingLabel, onSubmit, staleAction }: CouncilFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => toState(council));
  const councils = useAllCouncils();
  const orgs = useAllOrganizations();
  const form = useServerForm({
    prefix: 'council',
    isKnownField: (f) => f in FIELD_LABELS,
    labelFor: (f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f),
    fieldMessage: (field, code, message) => {
      if (field === 'cadence.rrule' && code === 'invalid') return t('councils.form.rruleInvalid', { detail: message });
      if (field === 'parent_id' && (code === 'required' || code === 'invalid_parent_kind')) return t('councils.form.parentRule');
      if (field === 'dissolved_on' && code === 'required') return t('councils.form.dissolvedRequired');
      return null;
    },
  });
  const { fieldProps, renderError } = form;

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!state.name.trim()) errs.name = t('forms.nameRequired');
    if (state.rrule.trim()) {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(state.start_time)) errs['cadence.start_time'] = t('councils.form.startTimeRequired');
      const d = Number(state.duration_minutes);
      if (!Number.isInteger(d) || d < 5 || d > 1440) errs['cadence.duration_minutes'] = t('councils.form.durationRange');
    }
    if (form.clientErrors(errs)) return;
    await form.submit(() => onSubmit(councilBody(state)), mapCouncilField);
  }

  const otherCouncils = (councils.data ?? [])
    .filter((c) => c.id !== council?.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const orgOptions = (orgs.data ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'sv'));

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
        <input
          {...fieldProps('name')}
          type="text"
          required
          aria-required="true"
          maxLength={200}
          value={state.name}
          onChange={(e) => set('name', e.target.value)}
        />
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

      <div className="field">
        <label htmlFor={form.id('parent_id')}>{t('councils.fields.parent')}</label>
        <p id="council-parent-hint" className="hint">
          {t('councils.form.parentHint')}
        </p>
        {renderError('parent_id')}
        <select {...fieldProps('parent_id', 'council-parent-hint')} value={state.parent_id} onChange={(e) => set('parent_id', e.target.value)}>
          <IdOptions value={state.parent_id} options={otherCouncils} none={t('councils.form.noParent')} />
        </select>
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
        onChange={(ids) => set('area_ids', ids)}
        invalid={!!form.errors.area_ids}
        describedBy={form.errors.area_ids ? `${form.id('area_ids')}-error` : undefined}
        error={renderError('area_ids')}
      />

      <fieldset>
        <legend>{t('councils.fields.cadence')}</legend>
        <p className="hint">{t('councils.form.cadenceIntro')}</p>
        <div className="field">
          <label htmlFor={form.id('cadence.rrule')}>{t('councils.fields.rrule')}</label>
          <p id="council-rrule-hint" className="hint">
            {t('councils.form.rruleHint')}
          </p>
          {renderError('cadence.rrule')}
          <input
            {...fieldProps('cadence.rrule', 'council-rrule-hint')}
            type="text"
            spellCheck={false}
            autoComplete="off"
            maxLength={300}
            value={state.rrule}
            onChange={(e) => set('rrule', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={form.id('cadence.start_time')}>{t('councils.fields.startTime')}</label>
          {renderError('cadence.start_time')}
          <input
            {...fieldProps('cadence.start_time')}
            type="time"
            value={state.start_time}
            onChange={(e) => set('start_time', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={form.id('cadence.duration_minutes')}>{t('councils.fields.duration')}</label>
          {renderError('cadence.duration_minutes')}
          <input
            {...fieldProps('cadence.duration_minutes')}
            type="number"
            min={5}
            max={1440}
            step={5}
            value={state.duration_minutes}
            onChange={(e) => set('duration_minutes', e.target.value)}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('councils.fields.mandate')}</legend>
        <p className="hint">{t('councils.form.mandateIntro')}</p>
        <div className="field">
          <label htmlFor={form.id('mandate.decided_by_council_id')}>{t('councils.fields.decidedByCouncil')}</label>
          {renderError('mandate.decided_by_council_id')}
          <select
            {...fieldProps('mandate.decided_by_council_id')}
            value={state.decided_by_council_id}
            onChange={(e) => set('decided_by_council_id', e.target.value)}
          >
            <IdOptions value={state.decided_by_council_id} options={otherCouncils} none={t('councils.form.noneChosen')} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={form.id('mandate.decided_by_organization_id')}>{t('councils.fields.decidedByOrganization')}</label>
          {renderError('mandate.decided_by_organization_id')}
          <select
            {...fieldProps('mandate.decided_by_organization_id')}
            value={state.decided_by_organization_id}
            onChange={(e) => set('decided_by_organization_id', e.target.value)}
          >
            <IdOptions value={state.decided_by_organization_id} options={orgOptions} none={t('councils.form.noneChosen')} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={form.id('mandate.decision_reference')}>{t('councils.fields.decisionReference')}</label>
          <p id="council-decision-hint" className="hint">
            {t('councils.form.decisionReferenceHint')}
          </p>
          {renderError('mandate.decision_reference')}
          <input
            {...fieldProps('mandate.decision_reference', 'council-decision-hint')}
            type="text"
            maxLength={300}
            value={state.decision_reference}
            onChange={(e) => set('decision_reference', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={form.id('mandate.decided_on')}>{t('councils.fields.decidedOn')}</label>
          {renderError('mandate.decided_on')}
          <input
            {...fieldProps('mandate.decided_on')}
            type="date"
            value={state.decided_on}
            onChange={(e) => set('decided_on', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={form.id('mandate.registration_number')}>{t('councils.fields.registrationNumber')}</label>
          <p id="council-regno-hint" className="hint">
            {t('councils.form.registrationNumberHint')}
          </p>
          {renderError('mandate.registration_number')}
          <input
            {...fieldProps('mandate.registration_number', 'council-regno-hint')}
            type="text"
            maxLength={100}
            value={state.registration_number}
            onChange={(e) => set('registration_number', e.target.value)}
          />
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={form.id('description')}>{t('councils.fields.description')}</label>
        {renderError('description')}
        <textarea
          {...fieldProps('description')}
          rows={5}
          maxLength={5000}
          value={state.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </div>

      <div className="field field-checkbox">
        {renderError('is_public')}
        <label>
          <input
            {...fieldProps('is_public')}
            type="checkbox"
            checked={state.is_public}
            onChange={(e) => set('is_public', e.target.checked)}
          />{' '}
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
