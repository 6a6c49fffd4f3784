import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BetterDirection, Indicator, IndicatorSource, NewIndicator } from '@/api/types';
import { BETTER_DIRECTIONS, betterDirectionText, INDICATOR_SOURCES } from '@/lib/indicators';
import { Form, formFieldId, SelectField, TextAreaField, TextField, useServerForm, type Errors, type FormBinding } from '@/components/ui/form';

interface FormState {
  code: string;
  name: string;
  unit: string;
  /** Empty until the user chooses: neither direction is a sensible default. */
  better_direction: BetterDirection | '';
  source: IndicatorSource | '';
  description: string;
}

function toState(i?: Indicator): FormState {
  return {
    code: i?.code ?? '',
    name: i?.name ?? '',
    unit: i?.unit ?? '',
    better_direction: i?.better_direction ?? '',
    source: i?.source ?? '',
    description: i?.description ?? '',
  };
}

/** The API's rule for a code: a letter or digit, then letters, digits, _, - or .; at most 50. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;

const FIELDS: Record<string, string> = {
  code: 'indicators.fields.code',
  name: 'indicators.fields.name',
  unit: 'indicators.fields.unit',
  better_direction: 'indicators.fields.betterDirection',
  source: 'indicators.fields.source',
  description: 'indicators.fields.description',
};

export const fieldDomId = (field: string) => formFieldId('indicator', field);

export interface IndicatorFormProps extends FormBinding<NewIndicator> {
  indicator?: Indicator;
}

export function IndicatorForm({ indicator, onSubmit, ...binding }: IndicatorFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => toState(indicator));
  const form = useServerForm({
    prefix: 'indicator',
    isKnownField: (f) => f in FIELDS,
    labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f),
    conflictMessage: (code) => (code === 'duplicate' ? t('indicators.form.duplicateCode') : null),
  });

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  async function handleSubmit() {
    const code = state.code.trim();
    const errs: Errors = {};
    if (!code) errs.code = t('indicators.form.codeRequired');
    else if (!CODE.test(code)) errs.code = t('indicators.form.codeInvalid');
    if (!state.name.trim()) errs.name = t('indicators.form.nameRequired');
    if (!state.better_direction) errs.better_direction = t('indicators.form.betterDirectionRequired');
    if (!state.source) errs.source = t('indicators.form.sourceRequired');
    if (form.clientErrors(errs) || !state.better_direction || !state.source) return;
    const body: NewIndicator = {
      code,
      name: state.name.trim(),
      unit: state.unit.trim(),
      better_direction: state.better_direction,
      source: state.source,
      description: state.description.trim() || null,
    };
    await form.submit(() => onSubmit(body));
  }

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <TextField
        form={form}
        field="name"
        label={t(FIELDS.name)}
        required
        maxLength={200}
        value={state.name}
        onChange={(name) => set('name', name)}
      />
      <TextField
        form={form}
        field="code"
        label={t(FIELDS.code)}
        hint={t('indicators.fields.codeHint')}
        required
        maxLength={50}
        autoComplete="off"
        spellCheck={false}
        value={state.code}
        onChange={(code) => set('code', code)}
      />
      <TextField
        form={form}
        field="unit"
        label={t(FIELDS.unit)}
        hint={t('indicators.fields.unitHint')}
        maxLength={50}
        autoComplete="off"
        value={state.unit}
        onChange={(unit) => set('unit', unit)}
      />
      <SelectField
        form={form}
        field="better_direction"
        label={t(FIELDS.better_direction)}
        required
        value={state.better_direction}
        onChange={(d) => set('better_direction', d)}
        empty={t('indicators.form.choose')}
        options={BETTER_DIRECTIONS}
        optionLabel={(d) => (d ? betterDirectionText(t, d) : '')}
      />
      <SelectField
        form={form}
        field="source"
        label={t(FIELDS.source)}
        required
        value={state.source}
        onChange={(s) => set('source', s)}
        empty={t('indicators.form.choose')}
        options={INDICATOR_SOURCES}
        optionLabel={(s) => t(`indicators.sources.${s}`)}
      />
      <TextAreaField
        form={form}
        field="description"
        label={t(FIELDS.description)}
        hint={t('indicators.fields.descriptionHint')}
        maxLength={2000}
        rows={4}
        value={state.description}
        onChange={(description) => set('description', description)}
      />
    </Form>
  );
}
