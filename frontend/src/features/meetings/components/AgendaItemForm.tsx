import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { entityName, namesOf } from '@/lib/names';
import { searchOrganizations, searchPeople } from '@/lib/options';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { CheckboxField, PublicRecordNote, SelectField, TextAreaField, TextField, useServerForm, type Errors } from '@/components/ui/form';
import { AGENDA_ITEM_KINDS, CLASSIFICATIONS, type AgendaItem, type AgendaItemKind, type Classification, type NewAgendaItem } from '../api/agenda';

interface FormState {
  title: string;
  kind: AgendaItemKind;
  presenter_person_id: string;
  organization_id: string;
  duration: string;
  classification: Classification;
  description: string;
  standing: boolean;
}

function toState(item?: AgendaItem): FormState {
  return {
    title: item?.title ?? '',
    kind: item?.kind ?? 'information',
    presenter_person_id: item?.presenter_person_id ?? '',
    organization_id: item?.organization_id ?? '',
    duration: item?.duration_minutes != null ? String(item.duration_minutes) : '',
    classification: item?.classification ?? 'internal',
    description: item?.description ?? '',
    standing: item?.standing ?? false,
  };
}

const FIELDS: Record<string, string> = {
  title: 'agenda.fields.title',
  kind: 'agenda.fields.kind',
  presenter_person_id: 'agenda.fields.presenter',
  organization_id: 'agenda.fields.organization',
  duration_minutes: 'agenda.fields.duration',
  classification: 'agenda.fields.classification',
  description: 'agenda.fields.description',
  standing: 'agenda.fields.standing',
};

/** A whole number of minutes from 1 to 600, or null for none; undefined when the text is not one. */
export function parseDuration(text: string): number | null | undefined {
  const t = text.trim();
  if (!t) return null;
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= 600 ? n : undefined;
}

export interface AgendaItemFormProps {
  /** The point to edit; without it the form adds one (last on the agenda). */
  item?: AgendaItem;
  /** Unique on the page: the DOM ids of the controls. */
  prefix: string;
  heading: string;
  submitLabel: string;
  onSubmit: (body: NewAgendaItem) => Promise<void>;
  onCancel: () => void;
  /** Shown with the 412 notice (reloads the agenda). */
  staleAction?: ReactNode;
}

/**
 * An agenda point's form, inline on the meeting page: title, kind, presenter and organization
 * (searched, `EntityComboboxField`), duration, classification (who may read it), description and
 * whether it is a standing point. The title takes the focus when it opens.
 */
export function AgendaItemForm({ item, prefix, heading, submitLabel, onSubmit, onCancel, staleAction }: AgendaItemFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => toState(item));
  const headingId = useId();
  const form = useServerForm({
    prefix,
    isKnownField: (f) => f in FIELDS,
    labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f),
  });
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const label = (field: string) => t(FIELDS[field]);

  useEffect(() => {
    document.getElementById(form.id('title'))?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function handleSubmit() {
    const errs: Errors = {};
    if (!state.title.trim()) errs.title = t('agenda.form.titleRequired');
    const duration = parseDuration(state.duration);
    if (duration === undefined) errs.duration_minutes = t('agenda.form.durationInvalid');
    if (form.clientErrors(errs) || duration === undefined) return;
    const body: NewAgendaItem = {
      title: state.title.trim(),
      kind: state.kind,
      presenter_person_id: state.presenter_person_id || null,
      organization_id: state.organization_id || null,
      duration_minutes: duration,
      classification: state.classification,
      description: state.description.trim() || null,
      standing: state.standing,
    };
    await form.submit(() => onSubmit(body));
  }

  const names = namesOf(item);
  return (
    <form
      className="form agenda-form"
      aria-labelledby={headingId}
      aria-busy={form.pending || undefined}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void handleSubmit();
      }}
    >
      <h3 id={headingId}>{heading}</h3>
      {form.renderSummary(staleAction)}
      <TextField form={form} field="title" label={label('title')} required maxLength={200} value={state.title} onChange={(v) => set('title', v)} />
      <div className="field-row">
        <SelectField
          form={form}
          field="kind"
          label={label('kind')}
          value={state.kind}
          onChange={(v) => set('kind', v)}
          options={AGENDA_ITEM_KINDS}
          optionLabel={(k) => t(`agenda.kinds.${k}`)}
        />
        <TextField
          form={form}
          field="duration_minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          label={label('duration_minutes')}
          hint={t('agenda.fields.durationHint')}
          value={state.duration}
          onChange={(v) => set('duration', v)}
        />
      </div>
      <EntityComboboxField
        form={form}
        field="presenter_person_id"
        label={label('presenter_person_id')}
        value={state.presenter_person_id}
        valueLabel={entityName(item?.presenter_person_id, names)}
        onChange={(id) => set('presenter_person_id', id)}
        search={searchPeople}
        cacheKey="people"
      />
      <EntityComboboxField
        form={form}
        field="organization_id"
        label={label('organization_id')}
        value={state.organization_id}
        valueLabel={entityName(item?.organization_id, names)}
        onChange={(id) => set('organization_id', id)}
        search={searchOrganizations}
        cacheKey="organizations"
      />
      <SelectField
        form={form}
        field="classification"
        label={label('classification')}
        hint={t('agenda.fields.classificationHint')}
        value={state.classification}
        onChange={(v) => set('classification', v)}
        options={CLASSIFICATIONS}
        optionLabel={(c) => t(`agenda.classifications.${c}`)}
      />
      <TextAreaField form={form} field="description" label={label('description')} rows={4} maxLength={5000} value={state.description} onChange={(v) => set('description', v)} />
      <CheckboxField form={form} field="standing" label={t('agenda.fields.standingLabel')} checked={state.standing} onChange={(v) => set('standing', v)} />
      <PublicRecordNote />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
