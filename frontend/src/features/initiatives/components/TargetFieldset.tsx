import { useTranslation } from 'react-i18next';
import type { InitiativeTarget } from '@/api/types';
import { SelectField, TextField, type Errors, type ServerForm } from '@/components/ui/form';
import { useIndicatorOptions } from '../api/initiatives';
import { parseDecimal } from './ReportProgressForm';

export type TargetType = 'none' | 'count' | 'indicator';

/** The target editor's fields, as typed. */
export interface TargetState {
  type: TargetType;
  target: string;
  per: string;
  unit: string;
  indicator_id: string;
  baseline_value: string;
  baseline_period: string;
  target_value: string;
  target_period: string;
}

export function targetState(t?: InitiativeTarget | null): TargetState {
  const empty: TargetState = { type: 'none', target: '', per: '', unit: '', indicator_id: '', baseline_value: '', baseline_period: '', target_value: '', target_period: '' };
  if (!t) return empty;
  if (t.type === 'count') return { ...empty, type: 'count', target: String(t.target), per: t.per ? String(t.per) : '', unit: t.unit };
  return {
    ...empty,
    type: 'indicator',
    indicator_id: t.indicator_id,
    baseline_value: String(t.baseline_value),
    baseline_period: t.baseline_period,
    target_value: String(t.target_value),
    target_period: t.target_period,
  };
}

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
const WHOLE = /^\d+$/;

/**
 * Checks the target and builds it for the request: null for none. Errors by API field name
 * (`target.unit`, `target.baseline_period` …).
 */
export function targetBody(s: TargetState, t: (key: string) => string, errors: Errors): InitiativeTarget | null {
  if (s.type === 'none') return null;
  if (s.type === 'count') {
    const target = s.target.trim();
    const per = s.per.trim();
    const unit = s.unit.trim();
    if (!WHOLE.test(target) || Number(target) < 1 || Number(target) > 1_000_000) errors['target.target'] = t('initiatives.form.target.countRange');
    if (per && (!WHOLE.test(per) || Number(per) < 1 || Number(per) > 1_000_000)) errors['target.per'] = t('initiatives.form.target.countRange');
    else if (per && WHOLE.test(target) && Number(per) < Number(target)) errors['target.per'] = t('initiatives.form.target.perBelowTarget');
    if (!unit) errors['target.unit'] = t('initiatives.form.target.unitRequired');
    return { type: 'count', target: Number(target), per: per ? Number(per) : null, unit };
  }
  const baseline = parseDecimal(s.baseline_value);
  const value = parseDecimal(s.target_value);
  if (!s.indicator_id) errors['target.indicator_id'] = t('initiatives.form.target.indicatorRequired');
  // In the form's order, as the error summary lists them.
  if (baseline === null) errors['target.baseline_value'] = t('initiatives.form.target.numberRequired');
  if (!PERIOD.test(s.baseline_period.trim())) errors['target.baseline_period'] = t('initiatives.form.target.periodInvalid');
  if (value === null) errors['target.target_value'] = t('initiatives.form.target.numberRequired');
  if (!PERIOD.test(s.target_period.trim())) errors['target.target_period'] = t('initiatives.form.target.periodInvalid');
  return {
    type: 'indicator',
    indicator_id: s.indicator_id,
    baseline_value: baseline ?? 0,
    baseline_period: s.baseline_period.trim(),
    target_value: value ?? 0,
    target_period: s.target_period.trim(),
  };
}

export const TARGET_FIELDS: Record<string, string> = {
  target: 'initiatives.form.target.legend',
  'target.target': 'initiatives.form.target.count',
  'target.per': 'initiatives.form.target.per',
  'target.unit': 'initiatives.form.target.unit',
  'target.indicator_id': 'initiatives.form.target.indicator',
  'target.baseline_value': 'initiatives.form.target.baselineValue',
  'target.baseline_period': 'initiatives.form.target.baselinePeriod',
  'target.target_value': 'initiatives.form.target.targetValue',
  'target.target_period': 'initiatives.form.target.targetPeriod',
};

/**
 * "Mål": none, a count ("minst 40 av 52 helger med nattvandring") or an indicator moved from a
 * baseline to a target value, the indicator chosen among `/indicators` (more on demand).
 */
export function TargetFieldset({ value, onChange, form, indicatorName }: { value: TargetState; onChange: (s: TargetState) => void; form: ServerForm; indicatorName?: string }) {
  const { t } = useTranslation();
  const set = <K extends keyof TargetState>(key: K, v: TargetState[K]) => onChange({ ...value, [key]: v });
  const types: TargetType[] = ['none', 'count', 'indicator'];
  return (
    <fieldset id={form.id('target')} tabIndex={-1} {...(form.errors.target ? { 'aria-describedby': `${form.id('target')}-error` } : {})}>
      <legend>{t('initiatives.form.target.legend')}</legend>
      {form.renderError('target')}
      <div className="radio-row">
        {types.map((type) => (
          <label key={type}>
            <input type="radio" name={`${form.id('target')}-type`} value={type} checked={value.type === type} onChange={() => set('type', type)} />{' '}
            {t(`initiatives.form.target.types.${type}`)}
          </label>
        ))}
      </div>
      {value.type === 'count' && (
        <div className="field-row">
          <TextField form={form} field="target.target" type="number" min={1} step={1} inputMode="numeric" required label={t(TARGET_FIELDS['target.target'])} value={value.target} onChange={(v) => set('target', v)} />
          <TextField
            form={form}
            field="target.per"
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            label={t(TARGET_FIELDS['target.per'])}
            hint={t('initiatives.form.target.perHint')}
            value={value.per}
            onChange={(v) => set('per', v)}
          />
          <TextField
            form={form}
            field="target.unit"
            required
            maxLength={100}
            label={t(TARGET_FIELDS['target.unit'])}
            hint={t('initiatives.form.target.unitHint')}
            value={value.unit}
            onChange={(v) => set('unit', v)}
          />
        </div>
      )}
      {value.type === 'indicator' && <IndicatorTargetFields value={value} set={set} form={form} indicatorName={indicatorName} />}
    </fieldset>
  );
}

function IndicatorTargetFields({
  value,
  set,
  form,
  indicatorName,
}: {
  value: TargetState;
  set: <K extends keyof TargetState>(key: K, v: TargetState[K]) => void;
  form: ServerForm;
  indicatorName?: string;
}) {
  const { t } = useTranslation();
  const indicators = useIndicatorOptions(true);
  const loaded = indicators.data?.pages.flatMap((p) => p.items) ?? [];
  const labels = new Map(loaded.map((i) => [i.id, `${i.name} (${i.unit})`]));
  // The chosen indicator stays choosable while the list loads or when it is on a later page.
  if (value.indicator_id && !labels.has(value.indicator_id)) labels.set(value.indicator_id, indicatorName ?? value.indicator_id);
  const ids = [...labels.keys()];
  return (
    <>
      <SelectField
        form={form}
        field="target.indicator_id"
        required
        label={t(TARGET_FIELDS['target.indicator_id'])}
        hint={indicators.isPending ? t('app.loading') : undefined}
        value={value.indicator_id}
        onChange={(v) => set('indicator_id', v)}
        options={ids}
        optionLabel={(id) => labels.get(id) ?? id}
        empty={t('initiatives.form.target.chooseIndicator')}
      />
      {indicators.hasNextPage && (
        <p>
          <button type="button" className="button button-small" onClick={() => void indicators.fetchNextPage()} disabled={indicators.isFetchingNextPage}>
            {t('initiatives.form.target.moreIndicators')}
          </button>
        </p>
      )}
      <div className="field-row">
        <TextField form={form} field="target.baseline_value" inputMode="decimal" required label={t(TARGET_FIELDS['target.baseline_value'])} value={value.baseline_value} onChange={(v) => set('baseline_value', v)} />
        <TextField form={form} field="target.baseline_period" required label={t(TARGET_FIELDS['target.baseline_period'])} hint={t('initiatives.form.target.periodHint')} value={value.baseline_period} onChange={(v) => set('baseline_period', v)} />
      </div>
      <div className="field-row">
        <TextField form={form} field="target.target_value" inputMode="decimal" required label={t(TARGET_FIELDS['target.target_value'])} value={value.target_value} onChange={(v) => set('target_value', v)} />
        <TextField form={form} field="target.target_period" required label={t(TARGET_FIELDS['target.target_period'])} hint={t('initiatives.form.target.periodHint')} value={value.target_period} onChange={(v) => set('target_period', v)} />
      </div>
    </>
  );
}
