import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative, InitiativeStatus, InitiativeUpdate, NewInitiativeUpdate } from '@/api/types';
import { todayIso } from '@/lib/format';
import { INITIATIVE_STATUSES } from '@/lib/initiatives';
import { CheckboxField, DateField, PublicRecordNote, SelectField, TextAreaField, TextField, useServerForm, type Errors } from '@/components/ui/form';
import { useReportProgress } from '../api/initiatives';

const FIELDS: Record<string, string> = {
  reported_on: 'initiatives.report.reportedOn',
  status: 'initiatives.report.status',
  percent: 'initiatives.report.percent',
  achieved_count: 'initiatives.report.achievedCount',
  measured_value: 'initiatives.report.measuredValue',
  narrative: 'initiatives.report.narrative',
  is_public: 'initiatives.report.isPublic',
};

export interface ReportState {
  reported_on: string;
  status: InitiativeStatus;
  percent: string;
  achieved_count: string;
  measured_value: string;
  narrative: string;
  is_public: boolean;
}

/**
 * The form's starting values: today, the initiative's status, and the numbers of the latest report
 * (progress and whether the target is met are read from the latest report alone, so a report that
 * leaves them out would blank them).
 */
export function reportState(initiative: Initiative, latest: InitiativeUpdate | undefined, today = todayIso()): ReportState {
  const str = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    reported_on: today,
    status: initiative.status,
    percent: str(latest?.percent),
    achieved_count: initiative.target?.type === 'count' ? str(latest?.achieved_count) : '',
    measured_value: initiative.target?.type === 'indicator' ? str(latest?.measured_value) : '',
    narrative: '',
    is_public: latest?.is_public ?? initiative.is_public,
  };
}

/** A decimal number as people type it ("14,4" or "14.4"); null when it is none. */
export function parseDecimal(text: string): number | null {
  const v = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
  return Number(v);
}

/** Checks the form and builds the request body, or returns the errors (by API field name). */
export function reportBody(s: ReportState, t: (key: string) => string): { body: NewInitiativeUpdate } | { errors: Errors } {
  const errors: Errors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.reported_on)) errors.reported_on = t('initiatives.report.dateRequired');
  const percent = s.percent.trim();
  if (percent && !(/^\d+$/.test(percent) && Number(percent) <= 100)) errors.percent = t('initiatives.report.percentRange');
  const count = s.achieved_count.trim();
  if (count && !(/^\d+$/.test(count) && Number(count) <= 1_000_000)) errors.achieved_count = t('initiatives.report.countRange');
  const measured = s.measured_value.trim();
  if (measured && parseDecimal(measured) === null) errors.measured_value = t('initiatives.report.measuredInvalid');
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      reported_on: s.reported_on,
      status: s.status,
      percent: percent ? Number(percent) : null,
      achieved_count: count ? Number(count) : null,
      measured_value: measured ? parseDecimal(measured) : null,
      narrative: s.narrative.trim() || null,
      is_public: s.is_public,
    },
  };
}

/**
 * "Rapportera framsteg": a progress report (append-only; the initiative takes its status). The caller
 * remounts it after each report (a new key), with the focus on its heading when `focusHeading`.
 */
export function ReportProgressForm({
  initiative,
  latest,
  indicatorName,
  onReported,
}: {
  initiative: Initiative;
  latest: InitiativeUpdate | undefined;
  indicatorName?: string;
  onReported: (report: InitiativeUpdate) => void;
}) {
  const { t } = useTranslation();
  const report = useReportProgress(initiative.id);
  const headingId = useId();
  const [state, setState] = useState<ReportState>(() => reportState(initiative, latest));
  // The latest report may arrive after the form (the timeline loads on its own): take its numbers then.
  const [seenLatest, setSeenLatest] = useState(latest?.id);
  if (latest?.id !== seenLatest) {
    setSeenLatest(latest?.id);
    setState((s) => {
      const fresh = reportState(initiative, latest);
      return { ...s, percent: s.percent || fresh.percent, achieved_count: s.achieved_count || fresh.achieved_count, measured_value: s.measured_value || fresh.measured_value };
    });
  }
  const form = useServerForm({ prefix: 'report', isKnownField: (f) => f in FIELDS, labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f) });
  const set = <K extends keyof ReportState>(key: K, value: ReportState[K]) => setState((s) => ({ ...s, [key]: value }));
  const target = initiative.target;
  const unit = target?.type === 'count' ? target.unit.trim() : '';

  async function submit() {
    const checked = reportBody(state, t);
    if ('errors' in checked) {
      form.clientErrors(checked.errors);
      return;
    }
    form.clientErrors({});
    const out: { saved?: InitiativeUpdate } = {};
    const ok = await form.submit(async () => {
      out.saved = await report.mutateAsync(checked.body);
    });
    if (ok && out.saved) onReported(out.saved);
  }

  return (
    <form
      className="form report-form"
      aria-labelledby={headingId}
      noValidate
      aria-busy={form.pending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={headingId} tabIndex={-1}>
        {t('initiatives.report.heading')}
      </h2>
      <p className="hint">{t('initiatives.report.intro')}</p>
      <PublicRecordNote />
      {form.renderSummary()}
      <div className="field-row">
        <DateField form={form} field="reported_on" label={t(FIELDS.reported_on)} required value={state.reported_on} onChange={(v) => set('reported_on', v)} />
        <SelectField
          form={form}
          field="status"
          label={t(FIELDS.status)}
          hint={t('initiatives.report.statusHint')}
          value={state.status}
          onChange={(v) => set('status', v)}
          options={INITIATIVE_STATUSES}
          optionLabel={(s) => t(`initiatives.statuses.${s}`)}
        />
      </div>
      <div className="field-row">
        <TextField
          form={form}
          field="percent"
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          label={t(FIELDS.percent)}
          hint={t('initiatives.report.percentHint')}
          value={state.percent}
          onChange={(v) => set('percent', v)}
        />
        {target?.type === 'count' && (
          <TextField
            form={form}
            field="achieved_count"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            label={t(FIELDS.achieved_count)}
            hint={t('initiatives.report.achievedCountHint', { unit: unit || t('initiatives.report.countUnitFallback'), target: String(target.target) })}
            value={state.achieved_count}
            onChange={(v) => set('achieved_count', v)}
          />
        )}
        {target?.type === 'indicator' && (
          <TextField
            form={form}
            field="measured_value"
            inputMode="decimal"
            label={t(FIELDS.measured_value)}
            hint={t('initiatives.report.measuredValueHint', { indicator: indicatorName ?? t('initiatives.target.theIndicator') })}
            value={state.measured_value}
            onChange={(v) => set('measured_value', v)}
          />
        )}
      </div>
      <TextAreaField form={form} field="narrative" label={t(FIELDS.narrative)} rows={4} maxLength={5000} value={state.narrative} onChange={(v) => set('narrative', v)} />
      <CheckboxField form={form} field="is_public" label={t('initiatives.report.isPublicLabel')} checked={state.is_public} onChange={(v) => set('is_public', v)} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('initiatives.report.sending') : t('initiatives.report.submit')}
        </button>
      </div>
    </form>
  );
}

/** Focuses the element `id` once it is rendered (after the list it is in has refetched). */
export function useFocusWhenThere(id: string | null, ready: boolean, done: () => void) {
  useEffect(() => {
    if (!id || !ready) return;
    const el = document.getElementById(id);
    if (el) {
      el.focus();
      done();
    }
  }, [id, ready, done]);
}
