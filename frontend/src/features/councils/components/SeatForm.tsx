import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilRole, NewSeat, Seat } from '@/api/types';
import { namesOf, entityName } from '@/lib/names';
import { searchOrganizations } from '@/lib/options';
import { PublicRecordNote, useServerForm } from '@/components/ui/form';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { COUNCIL_ROLES } from '../api/councils';

const SEAT_FIELDS: Record<string, string> = {
  label: 'councils.seats.label',
  role: 'councils.seats.role',
  organization_id: 'councils.seats.organization',
  required: 'councils.seats.required',
  max_holders: 'councils.seats.maxHolders',
  restricted_access: 'councils.seats.restrictedAccess',
};

export interface SeatFormProps {
  seat?: Seat;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (body: NewSeat) => Promise<void>;
  staleAction?: ReactNode;
}

/** A seat: used to add one and to edit one (the PATCH body is the whole seat). */
export function SeatForm({ seat, submitLabel, pendingLabel, onSubmit, staleAction }: SeatFormProps) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(seat?.label ?? '');
  const [role, setRole] = useState<CouncilRole>(seat?.role ?? 'member');
  const [organizationId, setOrganizationId] = useState(seat?.organization_id ?? '');
  const orgName = entityName(seat?.organization_id, namesOf(seat));
  // Not required by default: a council decides which seats it wants filled.
  const [required, setRequired] = useState(seat?.required ?? false);
  const [maxHolders, setMaxHolders] = useState(String(seat?.max_holders ?? 1));
  const [restricted, setRestricted] = useState(seat?.restricted_access ?? false);
  const form = useServerForm({
    prefix: 'seat',
    isKnownField: (f) => f in SEAT_FIELDS,
    labelFor: (f) => (SEAT_FIELDS[f] ? t(SEAT_FIELDS[f]) : f),
  });

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!label.trim()) errs.label = t('councils.seats.labelRequired');
    const max = Number(maxHolders);
    if (!Number.isInteger(max) || max < 1 || max > 50) errs.max_holders = t('councils.seats.maxHoldersRange');
    if (form.clientErrors(errs)) return;
    await form.submit(() =>
      onSubmit({ label: label.trim(), role, organization_id: organizationId || null, required, max_holders: max, restricted_access: restricted }),
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
      {form.renderSummary(staleAction)}
      <PublicRecordNote />
      <div className="field">
        <label htmlFor={form.id('label')}>
          {t('councils.seats.label')}
        </label>
        <p id="seat-label-hint" className="hint">
          {t('councils.seats.labelHint')}
        </p>
        {form.renderError('label')}
        <input
          {...form.fieldProps('label', 'seat-label-hint')}
          type="text"
          required
          aria-required="true"
          maxLength={200}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={form.id('role')}>{t('councils.seats.role')}</label>
        {form.renderError('role')}
        <select {...form.fieldProps('role')} value={role} onChange={(e) => setRole(e.target.value as CouncilRole)}>
          {COUNCIL_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`councils.roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        {form.renderError('organization_id')}
        <EntityCombobox
          id={form.id('organization_id')}
          label={t('councils.seats.organization')}
          value={organizationId}
          valueLabel={orgName}
          onChange={(id) => setOrganizationId(id)}
          search={searchOrganizations}
          cacheKey="organizations"
          invalid={!!form.errors.organization_id}
          describedBy={form.errors.organization_id ? `${form.id('organization_id')}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={form.id('max_holders')}>{t('councils.seats.maxHolders')}</label>
        {form.renderError('max_holders')}
        <input {...form.fieldProps('max_holders')} type="number" min={1} max={50} value={maxHolders} onChange={(e) => setMaxHolders(e.target.value)} />
      </div>
      <div className="field field-checkbox">
        {form.renderError('required')}
        <label>
          <input {...form.fieldProps('required')} type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} />{' '}
          {t('councils.seats.requiredLabel')}
        </label>
      </div>
      <div className="field field-checkbox">
        {form.renderError('restricted_access')}
        <label>
          <input {...form.fieldProps('restricted_access')} type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />{' '}
          {t('councils.seats.restrictedAccessLabel')}
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
