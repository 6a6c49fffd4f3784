import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilRole, NewSeat, Seat } from '@/api/types';
import { namesOf, entityName } from '@/lib/names';
import { searchOrganizations } from '@/lib/options';
import { CheckboxField, Form, PublicRecordNote, SelectField, TextField, useServerForm, type FormBinding } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { COUNCIL_ROLES } from '../api/councils';

const SEAT_FIELDS: Record<string, string> = {
  label: 'councils.seats.label',
  role: 'councils.seats.role',
  organization_id: 'councils.seats.organization',
  required: 'councils.seats.required',
  max_holders: 'councils.seats.maxHolders',
  restricted_access: 'councils.seats.restrictedAccess',
};

export interface SeatFormProps extends FormBinding<NewSeat> {
  seat?: Seat;
  /**
   * The council allows `govern` (coordinators, admins): only then is `restricted_access` offered and
   * sent (from anyone else it is 403).
   */
  mayRestrict: boolean;
}

/** A seat: used to add one and to edit one (the PATCH body is the whole seat, `restricted_access` only with `mayRestrict`). */
export function SeatForm({ seat, mayRestrict, onSubmit, ...binding }: SeatFormProps) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(seat?.label ?? '');
  const [role, setRole] = useState<CouncilRole>(seat?.role ?? 'member');
  const [organizationId, setOrganizationId] = useState(seat?.organization_id ?? '');
  // Not required by default: a council decides which seats it wants filled.
  const [required, setRequired] = useState(seat?.required ?? false);
  const [maxHolders, setMaxHolders] = useState(String(seat?.max_holders ?? 1));
  const [restricted, setRestricted] = useState(seat?.restricted_access ?? false);
  const form = useServerForm({
    prefix: 'seat',
    isKnownField: (f) => f in SEAT_FIELDS && (mayRestrict || f !== 'restricted_access'),
    labelFor: (f) => (SEAT_FIELDS[f] ? t(SEAT_FIELDS[f]) : f),
  });

  async function handleSubmit() {
    const errs: Record<string, string> = {};
    if (!label.trim()) errs.label = t('councils.seats.labelRequired');
    const max = Number(maxHolders);
    if (!Number.isInteger(max) || max < 1 || max > 50) errs.max_holders = t('councils.seats.maxHoldersRange');
    if (form.clientErrors(errs)) return;
    await form.submit(() =>
      onSubmit({
        label: label.trim(),
        role,
        organization_id: organizationId || null,
        required,
        max_holders: max,
        ...(mayRestrict ? { restricted_access: restricted } : {}),
      }),
    );
  }

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <PublicRecordNote />
      <TextField
        form={form}
        field="label"
        label={t('councils.seats.label')}
        hint={t('councils.seats.labelHint')}
        required
        requiredMark={false}
        maxLength={200}
        value={label}
        onChange={setLabel}
      />
      <SelectField
        form={form}
        field="role"
        label={t('councils.seats.role')}
        value={role}
        onChange={setRole}
        options={COUNCIL_ROLES}
        optionLabel={(r) => t(`councils.roles.${r}`)}
      />
      <EntityComboboxField
        form={form}
        field="organization_id"
        label={t('councils.seats.organization')}
        value={organizationId}
        valueLabel={entityName(seat?.organization_id, namesOf(seat))}
        onChange={setOrganizationId}
        search={searchOrganizations}
        cacheKey="organizations"
      />
      <TextField form={form} field="max_holders" label={t('councils.seats.maxHolders')} type="number" min={1} max={50} value={maxHolders} onChange={setMaxHolders} />
      <CheckboxField form={form} field="required" label={t('councils.seats.requiredLabel')} checked={required} onChange={setRequired} />
      {mayRestrict ? (
        <CheckboxField form={form} field="restricted_access" label={t('councils.seats.restrictedAccessLabel')} checked={restricted} onChange={setRestricted} />
      ) : (
        seat && (
          <p className="hint">
            {t('councils.seats.restrictedAccess')}: {seat.restricted_access ? t('common.yes') : t('common.no')}. {t('forms.changedByCoordinators')}.
          </p>
        )
      )}
    </Form>
  );
}
