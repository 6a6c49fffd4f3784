import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative, InitiativeKind, InitiativeStatus, NewInitiative } from '@/api/types';
import { todayIso } from '@/lib/format';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from '@/lib/initiatives';
import { entityName, namesOf, type Names } from '@/lib/names';
import { searchAreas, searchCouncils, searchOrganizations, searchPeople } from '@/lib/options';
import { CheckboxField, DateField, Form, PublicRecordNote, SelectField, TextAreaField, TextField, useServerForm, type Errors, type FormBinding } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { SearchableCheckboxList } from '@/components/ui/SearchableCheckboxList';
import { useCouncilInitiatives, usePriorityAreaSuggestions } from '../api/initiatives';
import { PartnersFieldset, partnerRow, type PartnerRow } from './PartnersFieldset';
import { TARGET_FIELDS, TargetFieldset, targetBody, targetState, type TargetState } from './TargetFieldset';

export interface InitiativeFormState {
  title: string;
  kind: InitiativeKind | '';
  council_id: string;
  parent_id: string;
  weight: string;
  area_ids: string[];
  priority_area: string;
  lead_organization_id: string;
  partners: PartnerRow[];
  owner_person_id: string;
  status: InitiativeStatus;
  starts_on: string;
  ends_on: string;
  is_public: boolean;
  target: TargetState;
  description: string;
}

/** What a new initiative's form may be opened with: under a parent (`?parent_id=`), in its council and areas. */
export interface InitiativePrefill {
  council_id?: string;
  parent_id?: string;
  area_ids?: string[];
  /** The names of the prefilled ids (the parent's `names`, and the parent's own title). */
  names?: Names;
}

export function initiativeState(i?: Initiative, prefill: InitiativePrefill = {}): InitiativeFormState {
  return {
    title: i?.title ?? '',
    kind: i?.kind ?? '',
    council_id: i?.council_id ?? prefill.council_id ?? '',
    parent_id: i?.parent_id ?? prefill.parent_id ?? '',
    weight: String(i?.weight ?? 1),
    area_ids: i?.area_ids ?? prefill.area_ids ?? [],
    priority_area: i?.priority_area ?? '',
    lead_organization_id: i?.lead_organization_id ?? '',
    partners: (i?.partners ?? []).map((p) => partnerRow(p.organization_id, p.commitment ?? '')),
    owner_person_id: i?.owner_person_id ?? '',
    status: i?.status ?? 'proposed',
    starts_on: i?.starts_on ?? '',
    ends_on: i?.ends_on ?? '',
    is_public: i?.is_public ?? false,
    target: targetState(i?.target),
    description: i?.description ?? '',
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Checks the form and builds the request body, or returns the errors (by API field name). */
export function initiativeBody(s: InitiativeFormState, t: Translate): { body: NewInitiative } | { errors: Errors } {
  const errors: Errors = {};
  if (!s.title.trim()) errors.title = t('initiatives.form.titleRequired');
  if (!s.kind) errors.kind = t('initiatives.form.kindRequired');
  if (!s.council_id) errors.council_id = t('initiatives.form.councilRequired');
  const weight = s.weight.trim();
  if (s.parent_id && !(/^\d+$/.test(weight) && Number(weight) >= 1 && Number(weight) <= 100)) errors.weight = t('initiatives.form.weightRange');
  if (s.starts_on && s.ends_on && s.ends_on < s.starts_on) errors.ends_on = t('initiatives.form.endsBeforeStart');
  const seen = new Set<string>();
  s.partners.forEach((p, i) => {
    if (!p.organization_id) errors[`partners[${i}].organization_id`] = t('initiatives.form.partnerRequired');
    else if (seen.has(p.organization_id)) errors[`partners[${i}].organization_id`] = t('initiatives.form.partnerTwice');
    seen.add(p.organization_id);
  });
  const target = targetBody(s.target, t, errors);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      title: s.title.trim(),
      kind: s.kind as InitiativeKind,
      council_id: s.council_id,
      parent_id: s.parent_id || null,
      weight: s.parent_id ? Number(weight) : 1,
      area_ids: s.area_ids,
      priority_area: s.priority_area.trim() || null,
      lead_organization_id: s.lead_organization_id || null,
      partners: s.partners.map((p) => ({ organization_id: p.organization_id, commitment: p.commitment.trim() || null })),
      owner_person_id: s.owner_person_id || null,
      status: s.status,
      starts_on: s.starts_on || null,
      ends_on: s.ends_on || null,
      is_public: s.is_public,
      target,
      description: s.description.trim() || null,
    },
  };
}

const FIELDS: Record<string, string> = {
  title: 'initiatives.fields.title',
  kind: 'initiatives.fields.kind',
  council_id: 'initiatives.fields.council',
  parent_id: 'initiatives.fields.parent',
  weight: 'initiatives.fields.weight',
  area_ids: 'initiatives.fields.areas',
  priority_area: 'initiatives.fields.priorityArea',
  lead_organization_id: 'initiatives.fields.lead',
  partners: 'initiatives.fields.partners',
  owner_person_id: 'initiatives.fields.owner',
  status: 'initiatives.fields.status',
  starts_on: 'initiatives.fields.startsOn',
  ends_on: 'initiatives.fields.endsOn',
  is_public: 'initiatives.fields.isPublic',
  description: 'initiatives.fields.description',
  ...TARGET_FIELDS,
};
const PARTNER_FIELD = /^partners\[(\d+)\]\.(organization_id|commitment)$/;

/** Server field names → the control that shows them. */
export function mapInitiativeField(field: string): string {
  if (/^area_ids(\[\d+\])?$/.test(field)) return 'area_ids';
  if (/^partners\[\d+\]$/.test(field)) return 'partners';
  if (field.startsWith('target.') && !(field in TARGET_FIELDS)) return 'target';
  return field;
}

export interface InitiativeFormProps extends FormBinding<NewInitiative> {
  /** The initiative to edit; none for a new one. */
  initiative?: Initiative;
  prefill?: InitiativePrefill;
}

/**
 * An initiative's form: what it is, where (council, areas, priority area), who (lead, partners and
 * their commitments, owner), when, under which parent and with what weight, public or not, and its
 * target. An initiative stays with its council: editing shows the council, not a choice.
 */
export function InitiativeForm({ initiative, prefill, onSubmit, ...binding }: InitiativeFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<InitiativeFormState>(() => initiativeState(initiative, prefill));
  const names: Names = { ...(prefill?.names ?? {}), ...(namesOf(initiative) ?? {}) };
  const [councilName, setCouncilName] = useState<string | undefined>(undefined);
  const today = todayIso();
  const suggestionsId = useId();
  const suggestions = usePriorityAreaSuggestions(state.council_id);
  const form = useServerForm({
    prefix: 'initiative',
    isKnownField: (f) => f in FIELDS || PARTNER_FIELD.test(f),
    labelFor: (f) => {
      const m = PARTNER_FIELD.exec(f);
      if (m) {
        const part = m[2] === 'organization_id' ? t('initiatives.form.partnerOrganization') : t('initiatives.form.commitment');
        return `${t('initiatives.form.partnerRow', { n: Number(m[1]) + 1 })}: ${part}`;
      }
      return FIELDS[f] ? t(FIELDS[f]) : f;
    },
    fieldMessage: (field, code) => {
      if (field === 'parent_id' && code === 'invalid') return t('initiatives.form.parentRule');
      if (field === 'ends_on' && code === 'before_start_date') return t('initiatives.form.endsBeforeStart');
      return null;
    },
  });
  const set = <K extends keyof InitiativeFormState>(key: K, value: InitiativeFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const label = (field: string) => t(FIELDS[field]);

  async function handleSubmit() {
    const checked = initiativeBody(state, t);
    if ('errors' in checked) {
      form.clientErrors(checked.errors);
      return;
    }
    await form.submit(() => onSubmit(checked.body), mapInitiativeField);
  }

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <PublicRecordNote />
      <TextField form={form} field="title" label={label('title')} required maxLength={200} value={state.title} onChange={(v) => set('title', v)} />
      <SelectField
        form={form}
        field="kind"
        label={label('kind')}
        required
        value={state.kind}
        onChange={(v) => set('kind', v)}
        options={INITIATIVE_KINDS}
        optionLabel={(k) => t(`initiatives.kinds.${k}`)}
        empty={t('initiatives.form.chooseKind')}
      />
      {initiative ? (
        <div className="field">
          <p className="subheading">{label('council_id')}</p>
          <p>
            {entityName(initiative.council_id, names) ?? t('common.nameMissing')} <span className="hint">{t('initiatives.form.councilFixed')}</span>
          </p>
        </div>
      ) : (
        <EntityComboboxField
          form={form}
          field="council_id"
          label={label('council_id')}
          hint={t('initiatives.form.councilHint')}
          required
          value={state.council_id}
          valueLabel={councilName ?? entityName(state.council_id, names)}
          onChange={(id, option) => {
            setCouncilName(option?.label);
            // A parent belongs to the council: another council's cannot stay.
            setState((s) => ({ ...s, council_id: id, parent_id: id === s.council_id ? s.parent_id : '' }));
          }}
          search={searchCouncils}
          cacheKey="councils"
        />
      )}
      <ParentField form={form} state={state} initiative={initiative} names={names} onChange={(parent_id) => set('parent_id', parent_id)} />
      {state.parent_id && (
        <TextField
          form={form}
          field="weight"
          type="number"
          min={1}
          max={100}
          step={1}
          inputMode="numeric"
          label={label('weight')}
          hint={t('initiatives.form.weightHint')}
          value={state.weight}
          onChange={(v) => set('weight', v)}
        />
      )}
      <SelectField
        form={form}
        field="status"
        label={label('status')}
        hint={t('initiatives.form.statusHint')}
        value={state.status}
        onChange={(v) => set('status', v)}
        options={INITIATIVE_STATUSES}
        optionLabel={(s) => t(`initiatives.statuses.${s}`)}
      />
      <div className="field-row">
        <DateField form={form} field="starts_on" label={label('starts_on')} value={state.starts_on} onChange={(v) => set('starts_on', v)} />
        <DateField form={form} field="ends_on" label={label('ends_on')} value={state.ends_on} onChange={(v) => set('ends_on', v)} />
      </div>
      <SearchableCheckboxList
        id={form.id('area_ids')}
        legend={label('area_ids')}
        searchLabel={t('initiatives.form.areaSearch')}
        value={state.area_ids}
        onChange={(ids) => set('area_ids', ids)}
        search={(q) => searchAreas(q, today, (a) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`)}
        cacheKey={`areas-${today}`}
        names={names}
        {...form.fieldsetProps('area_ids')}
      />
      <TextField
        form={form}
        field="priority_area"
        label={label('priority_area')}
        hint={t('initiatives.form.priorityAreaHint')}
        maxLength={200}
        list={suggestions.data?.length ? suggestionsId : undefined}
        autoComplete="off"
        value={state.priority_area}
        onChange={(v) => set('priority_area', v)}
      />
      {!!suggestions.data?.length && (
        <datalist id={suggestionsId}>
          {suggestions.data.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      )}
      <EntityComboboxField
        form={form}
        field="lead_organization_id"
        label={label('lead_organization_id')}
        value={state.lead_organization_id}
        valueLabel={entityName(initiative?.lead_organization_id, names)}
        onChange={(id) => set('lead_organization_id', id)}
        search={searchOrganizations}
        cacheKey="organizations"
      />
      <PartnersFieldset rows={state.partners} onChange={(rows) => set('partners', rows)} form={form} names={names} />
      <EntityComboboxField
        form={form}
        field="owner_person_id"
        label={label('owner_person_id')}
        hint={t('initiatives.form.ownerHint')}
        value={state.owner_person_id}
        valueLabel={entityName(initiative?.owner_person_id, names)}
        onChange={(id) => set('owner_person_id', id)}
        search={searchPeople}
        cacheKey="people"
      />
      <TargetFieldset
        value={state.target}
        onChange={(target) => set('target', target)}
        form={form}
        indicatorName={initiative?.target?.type === 'indicator' ? entityName(initiative.target.indicator_id, names) : undefined}
      />
      <TextAreaField form={form} field="description" label={label('description')} rows={5} maxLength={5000} value={state.description} onChange={(v) => set('description', v)} />
      <CheckboxField form={form} field="is_public" label={t('initiatives.form.isPublicLabel')} checked={state.is_public} onChange={(v) => set('is_public', v)} />
      <p className="hint">{t('initiatives.form.isPublicHint')}</p>
    </Form>
  );
}

/**
 * "Överordnad insats": one of the council's initiatives (the API has no search by title), not this
 * one nor any under it. Shown once a council is chosen.
 */
function ParentField({
  form,
  state,
  initiative,
  names,
  onChange,
}: {
  form: ReturnType<typeof useServerForm>;
  state: InitiativeFormState;
  initiative?: Initiative;
  names: Names;
  onChange: (parentId: string) => void;
}) {
  const { t } = useTranslation();
  const list = useCouncilInitiatives(state.council_id);
  if (!state.council_id) {
    return (
      <div className="field">
        <p className="subheading">{t('initiatives.fields.parent')}</p>
        <p className="hint">{t('initiatives.form.parentAfterCouncil')}</p>
      </div>
    );
  }
  const loaded = list.data?.pages.flatMap((p) => p.items) ?? [];
  const excluded = initiative ? descendantsOf(initiative.id, loaded) : new Set<string>();
  const options = new Map(loaded.filter((i) => !excluded.has(i.id)).map((i) => [i.id, i.title]));
  if (state.parent_id && !options.has(state.parent_id)) options.set(state.parent_id, entityName(state.parent_id, names) ?? t('common.nameMissing'));
  return (
    <>
      <SelectField
        form={form}
        field="parent_id"
        label={t('initiatives.fields.parent')}
        hint={list.isPending ? t('app.loading') : t('initiatives.form.parentHint')}
        value={state.parent_id}
        onChange={onChange}
        options={[...options.keys()]}
        optionLabel={(id) => options.get(id) ?? id}
        empty={t('initiatives.form.noParent')}
      />
      {list.hasNextPage && (
        <p>
          <button type="button" className="button button-small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {t('initiatives.form.moreParents')}
          </button>
        </p>
      )}
    </>
  );
}

/** The initiative and every initiative under it among `all` (none of them can be its parent). */
export function descendantsOf(id: string, all: readonly { id: string; parent_id?: string | null }[]): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of all) {
      if (i.parent_id && out.has(i.parent_id) && !out.has(i.id)) {
        out.add(i.id);
        grew = true;
      }
    }
  }
  return out;
}
