import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CouncilRole, NewMembership } from '@/api/types';
import { entityName, type Names } from '@/lib/names';
import { searchOrganizations, searchPeople } from '@/lib/options';
import { personQuery } from '@/lib/resources';
import { DateField, Form, SelectField, useServerForm, type FormBinding } from '@/components/ui/form';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { COUNCIL_ROLES, useSeats } from '../api/councils';

const MEMBER_FIELDS: Record<string, string> = {
  person_id: 'councils.members.person',
  seat_id: 'councils.members.seat',
  role: 'councils.members.role',
  on_behalf_of_id: 'councils.members.onBehalfOf',
  start_date: 'councils.members.startDate',
  end_date: 'councils.members.endDate',
};

export interface MemberFormProps extends FormBinding<NewMembership> {
  councilId: string;
  /** A seat chosen beforehand (the seat table's or the staffing report's "Tillsätt platsen"), or ''. */
  seatId: string;
  startDate: string;
  /**
   * The caller is not a coordinator or admin (the council lacks `govern`): the term they add waits for
   * a coordinator's confirmation before its holder sees the other members' contact details.
   */
  needsConfirmation?: boolean;
}

/** A new term: who, in which seat and role, for whom, from when. */
export function MemberForm({ councilId, seatId: initialSeat, startDate: initialStart, needsConfirmation, onSubmit, ...binding }: MemberFormProps) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const seats = useSeats(councilId);
  const seatList = seats.data?.pages.flatMap((p) => p.items) ?? [];
  const [personId, setPersonId] = useState('');
  const [seatId, setSeatId] = useState(initialSeat);
  const [role, setRole] = useState<CouncilRole | ''>('');
  const [onBehalfOf, setOnBehalfOf] = useState('');
  // Names of the organisations the form defaults to: from the chosen seat's or person's `names`.
  const [known, setKnown] = useState<Names>({});
  const [startDate, setStartDate] = useState(initialStart);
  const [endDate, setEndDate] = useState('');
  const form = useServerForm({
    prefix: 'member',
    isKnownField: (f) => f in MEMBER_FIELDS,
    labelFor: (f) => (MEMBER_FIELDS[f] ? t(MEMBER_FIELDS[f]) : f),
    conflictMessage: (code) => {
      if (code === 'seat_full') return t('councils.members.seatFull');
      if (code === 'already_holds_seat') return t('councils.members.alreadyHoldsSeat');
      return null;
    },
  });

  // The preselected seat's organisation is who the member sits for, unless chosen otherwise.
  const preselected = seatList.find((s) => s.id === seatId);
  const [seatDefaulted, setSeatDefaulted] = useState(false);
  if (preselected && !seatDefaulted) {
    setSeatDefaulted(true);
    if (preselected.organization_id && !onBehalfOf) {
      setKnown((k) => ({ ...k, ...preselected.names }));
      setOnBehalfOf(preselected.organization_id);
    }
  }

  function choosePerson(pid: string) {
    setPersonId(pid);
    if (!pid) return;
    // The person's own organisation is the usual one they sit for.
    void qc.fetchQuery(personQuery(pid)).then((p) => {
      if (!p.organization_id) return;
      setKnown((k) => ({ ...k, ...p.names }));
      setOnBehalfOf((current) => current || p.organization_id || '');
    });
  }

  function chooseSeat(sid: string) {
    setSeatId(sid);
    const s = seatList.find((x) => x.id === sid);
    if (!s?.organization_id) return;
    setKnown((k) => ({ ...k, ...s.names }));
    setOnBehalfOf(s.organization_id);
  }

  async function handleSubmit() {
    const errs: Record<string, string> = {};
    if (!personId) errs.person_id = t('councils.members.personRequired');
    if (!startDate) errs.start_date = t('councils.members.startRequired');
    if (form.clientErrors(errs)) return;
    await form.submit(() =>
      onSubmit({
        person_id: personId,
        seat_id: seatId || null,
        role: role || null,
        on_behalf_of_id: onBehalfOf || null,
        start_date: startDate,
        end_date: endDate || null,
      }),
    );
  }

  // A preselected seat not loaded yet is shown as loading, so the select keeps its value.
  const seatOptions = [...(seatId && !preselected ? [seatId] : []), ...seatList.map((s) => s.id)];
  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      {needsConfirmation && <p className="alert alert-info">{t('terms.needsConfirmation')}</p>}
      <EntityComboboxField
        form={form}
        field="person_id"
        label={t('councils.members.personSelect')}
        hint={t('councils.members.personSearchHint')}
        value={personId}
        onChange={choosePerson}
        search={searchPeople}
        cacheKey="people"
        required
      >
        <p>
          <Link to="/people/new">{t('councils.members.newPersonLink')}</Link>
        </p>
      </EntityComboboxField>
      <SelectField
        form={form}
        field="seat_id"
        label={t('councils.members.seat')}
        value={seatId}
        onChange={chooseSeat}
        empty={t('councils.members.noSeat')}
        options={seatOptions}
        optionLabel={(sid) => seatList.find((s) => s.id === sid)?.label ?? t('app.loading')}
      />
      <SelectField
        form={form}
        field="role"
        label={t('councils.members.role')}
        value={role}
        onChange={setRole}
        empty={t('councils.members.seatRole')}
        options={COUNCIL_ROLES}
        optionLabel={(r) => t(`councils.roles.${r}`)}
      />
      <EntityComboboxField
        form={form}
        field="on_behalf_of_id"
        label={t('councils.members.onBehalfOf')}
        value={onBehalfOf}
        valueLabel={entityName(onBehalfOf, known)}
        onChange={setOnBehalfOf}
        search={searchOrganizations}
        cacheKey="organizations"
      />
      <DateField
        form={form}
        field="start_date"
        label={t('councils.members.startDate')}
        hint={t('councils.members.startHint')}
        required
        requiredMark={false}
        value={startDate}
        onChange={setStartDate}
      />
      <DateField form={form} field="end_date" label={t('councils.members.endDateOptional')} value={endDate} onChange={setEndDate} />
    </Form>
  );
}
