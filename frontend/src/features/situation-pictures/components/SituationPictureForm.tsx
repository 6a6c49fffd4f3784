import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityName, type Names } from '@/lib/names';
import { todayIso } from '@/lib/format';
import { searchAreas } from '@/lib/options';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { DateField, Form, TextField, useServerForm, type FormBinding } from '@/components/ui/form';
import { SITUATION_PARTS, searchCouncilsOf, type SituationBody } from '../api/situation-pictures';
import { clientErrors, situationBody, type SituationFormState } from '../lib/form';
import { PartFieldset } from './PartFieldset';
import { ProblemsFieldset } from './ProblemsFieldset';

const FIELDS: Record<string, string> = {
  title: 'situations.fields.title',
  area_id: 'situations.fields.area',
  council_id: 'situations.fields.council',
  period_start: 'situations.fields.periodStart',
  period_end: 'situations.fields.periodEnd',
  crime_mapping: 'situations.parts.crime_mapping',
  other_information: 'situations.parts.other_information',
  analysis: 'situations.parts.analysis',
  crime_mapping_classification: 'situations.parts.crime_mapping',
  other_information_classification: 'situations.parts.other_information',
  analysis_classification: 'situations.parts.analysis',
  problems: 'situations.problems.heading',
  replaces_id: 'situations.fields.replaces',
};

const PROBLEM_FIELD = /^problems\[(\d+)\]\.(title|description|priority|initiative_ids)$/;

export interface SituationPictureFormProps extends FormBinding<SituationBody> {
  /** Where the form starts: empty, a draft to edit, or an adopted picture copied (`stateFrom`). */
  initial: SituationFormState;
  /** Editing a draft: area and council are fixed once it is created, shown but not sent. */
  editing?: boolean;
  /** The names of the area, council and initiatives the form starts with (the picture's `names`). */
  names?: Names;
}

/**
 * A situation picture: title, area and council, the period, the law's three parts (a text and who
 * may read it, each), and the problems with their priority and the initiatives that address them.
 * A part the caller may not read is explained and left as it is.
 */
export function SituationPictureForm({ initial, editing = false, names, onSubmit, ...binding }: SituationPictureFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<SituationFormState>(initial);
  const [today] = useState(todayIso);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const form = useServerForm({
    prefix: 'situation',
    isKnownField: (f) => f in FIELDS || isKnownProblemField(f, state.problems.length),
    labelFor: (f) => labelFor(f),
  });

  function labelFor(field: string): string {
    const m = PROBLEM_FIELD.exec(field);
    if (m) return `${t('situations.problems.legend', { number: Number(m[1]) + 1 })}: ${t(`situations.problems.fields.${m[2]}`)}`;
    if (field.endsWith('_classification') && FIELDS[field]) return `${t(FIELDS[field])}: ${t('situations.fields.classification')}`;
    return FIELDS[field] ? t(FIELDS[field]) : field;
  }

  function set<K extends keyof SituationFormState>(key: K, value: SituationFormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  async function handleSubmit() {
    if (form.clientErrors(clientErrors(state, t))) return;
    await form.submit(() => onSubmit(situationBody(state)));
  }

  const allNames: Names = { ...names, ...labels };
  const nameOf = (id: string) => entityName(id, allNames);
  const remember = (id: string, label: string | undefined) => label && setLabels((l) => ({ ...l, [id]: label }));

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <TextField form={form} field="title" label={t(FIELDS.title)} hint={t('situations.fields.titleHint')} required maxLength={200} value={state.title} onChange={(v) => set('title', v)} />
      {editing ? (
        <div className="field">
          <dl className="details">
            <div>
              <dt>{t(FIELDS.area_id)}</dt>
              <dd>{nameOf(state.area_id) ?? t('common.nameMissing')}</dd>
            </div>
            <div>
              <dt>{t(FIELDS.council_id)}</dt>
              <dd>{nameOf(state.council_id) ?? t('common.nameMissing')}</dd>
            </div>
          </dl>
          <p className="hint">{t('situations.form.fixedOnceCreated')}</p>
        </div>
      ) : (
        <>
          <EntityComboboxField
            form={form}
            field="area_id"
            label={t(FIELDS.area_id)}
            hint={t('situations.fields.areaHint')}
            required
            value={state.area_id}
            valueLabel={nameOf(state.area_id)}
            onChange={(id, option) => {
              remember(id, option?.label);
              set('area_id', id);
            }}
            search={(q) => searchAreas(q, today, (a) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`)}
            cacheKey={`areas-${today}`}
          />
          <EntityComboboxField
            form={form}
            field="council_id"
            label={t(FIELDS.council_id)}
            hint={t('situations.fields.councilHint')}
            required
            value={state.council_id}
            valueLabel={nameOf(state.council_id)}
            onChange={(id, option) => {
              remember(id, option?.label);
              set('council_id', id);
            }}
            search={(q) => searchCouncilsOf(q, state.area_id)}
            cacheKey={`councils-of-${state.area_id}`}
          />
        </>
      )}
      <fieldset className="situation-period">
        <legend>{t('situations.fields.period')}</legend>
        <DateField form={form} field="period_start" label={t(FIELDS.period_start)} required value={state.period_start} onChange={(v) => set('period_start', v)} />
        <DateField form={form} field="period_end" label={t(FIELDS.period_end)} required value={state.period_end} onChange={(v) => set('period_end', v)} />
      </fieldset>
      {SITUATION_PARTS.map((part) => (
        <PartFieldset key={part} form={form} part={part} value={state[part]} onChange={(v) => set(part, v)} />
      ))}
      <ProblemsFieldset form={form} areaId={state.area_id} problems={state.problems} names={allNames} onChange={(problems) => set('problems', problems)} />
    </Form>
  );
}

function isKnownProblemField(field: string, count: number): boolean {
  const m = PROBLEM_FIELD.exec(field);
  return !!m && Number(m[1]) < count;
}
