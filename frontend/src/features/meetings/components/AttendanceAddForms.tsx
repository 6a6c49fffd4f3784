import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@/api/types';
import { entityName, namesOf } from '@/lib/names';
import { searchPeople } from '@/lib/options';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { SelectField, TextField, useServerForm, type Errors } from '@/components/ui/form';
import { useCreateAttendance, useUpdateAttendance, type Attendance } from '../api/attendance';

/**
 * For those who run the council: "Ersättare" (a person who attends for an invited member; one
 * already on the list gets the member set on their entry) and "Gäst" (a name and an organization).
 */
export function AttendanceAddForms({ meeting, entries, onAdded }: { meeting: Meeting; entries: readonly Attendance[]; onAdded: (text: string) => void }) {
  // Each form starts afresh after adding (a new key: `useCreateMutation` keeps its Idempotency-Key
  // after a success), with the focus back on its first field.
  const [deputies, setDeputies] = useState(0);
  const [guests, setGuests] = useState(0);
  return (
    <div className="attendance-forms">
      <DeputyForm
        key={`deputy-${deputies}`}
        focusFirst={deputies > 0}
        meeting={meeting}
        entries={entries}
        onAdded={(text) => {
          onAdded(text);
          setDeputies((n) => n + 1);
        }}
      />
      <GuestForm
        key={`guest-${guests}`}
        focusFirst={guests > 0}
        meeting={meeting}
        onAdded={(text) => {
          onAdded(text);
          setGuests((n) => n + 1);
        }}
      />
    </div>
  );
}

/** Focuses the element `id` when the form mounts after an addition. */
function useFocusFirst(focus: boolean, id: string) {
  useEffect(() => {
    if (focus) document.getElementById(id)?.focus();
  }, [focus, id]);
}

function DeputyForm({ meeting, entries, onAdded, focusFirst }: { meeting: Meeting; entries: readonly Attendance[]; onAdded: (text: string) => void; focusFirst: boolean }) {
  const { t } = useTranslation();
  const create = useCreateAttendance(meeting.id);
  const update = useUpdateAttendance(meeting.id);
  const headingId = useId();
  const [person, setPerson] = useState<{ id: string; label: string }>({ id: '', label: '' });
  const [member, setMember] = useState('');
  const labels: Record<string, string> = {
    person_id: t('attendance.deputy.person'),
    substitute_for_membership_id: t('attendance.deputy.member'),
  };
  const form = useServerForm({ prefix: 'attendance-deputy', isKnownField: (f) => f in labels, labelFor: (f) => labels[f] ?? f });
  // The heading, not the combobox, which would open its list on focus.
  useFocusFirst(focusFirst, headingId);
  // The invited members a deputy may attend for.
  const members = entries.filter((a) => a.membership_id && a.person_id && !a.substitute_for_membership_id);
  const memberName = (membershipId: string) => {
    const a = members.find((m) => m.membership_id === membershipId);
    return (a && entityName(a.person_id, namesOf(a))) ?? t('common.nameMissing');
  };

  async function submit() {
    const errs: Errors = {};
    if (!person.id) errs.person_id = t('attendance.deputy.personRequired');
    if (!member) errs.substitute_for_membership_id = t('attendance.deputy.memberRequired');
    if (form.clientErrors(errs)) return;
    const listed = entries.find((a) => a.person_id === person.id);
    const ok = await form.submit(async () => {
      if (listed) {
        await update.mutateAsync({ version: listed.version, patch: { id: listed.id, substitute_for_membership_id: member } });
        return;
      }
      await create.mutateAsync({ person_id: person.id, substitute_for_membership_id: member });
    });
    if (!ok) return;
    onAdded(t('attendance.deputy.added', { name: person.label, member: memberName(member) }));
  }

  if (members.length === 0) return null;
  return (
    <form
      className="form"
      aria-labelledby={headingId}
      noValidate
      aria-busy={form.pending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId} tabIndex={-1}>
        {t('attendance.deputy.heading')}
      </h3>
      {form.renderSummary()}
      <EntityComboboxField
        form={form}
        field="person_id"
        label={labels.person_id}
        required
        value={person.id}
        onChange={(id, option) => setPerson({ id, label: option?.label ?? '' })}
        search={searchPeople}
        cacheKey="people"
      />
      <SelectField
        form={form}
        field="substitute_for_membership_id"
        label={labels.substitute_for_membership_id}
        required
        value={member}
        onChange={setMember}
        empty={t('attendance.deputy.chooseMember')}
        options={members.map((m) => m.membership_id as string)}
        optionLabel={memberName}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('common.saving') : t('attendance.deputy.submit')}
        </button>
      </div>
    </form>
  );
}

function GuestForm({ meeting, onAdded, focusFirst }: { meeting: Meeting; onAdded: (text: string) => void; focusFirst: boolean }) {
  const { t } = useTranslation();
  const create = useCreateAttendance(meeting.id);
  const headingId = useId();
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const labels: Record<string, string> = { guest_name: t('attendance.guest.name'), guest_organization: t('attendance.guest.organization') };
  const form = useServerForm({ prefix: 'attendance-guest', isKnownField: (f) => f in labels, labelFor: (f) => labels[f] ?? f });
  useFocusFirst(focusFirst, form.id('guest_name'));

  async function submit() {
    const guest = name.trim();
    if (form.clientErrors(guest ? {} : { guest_name: t('attendance.guest.nameRequired') })) return;
    const ok = await form.submit(async () => {
      await create.mutateAsync({ guest_name: guest, guest_organization: organization.trim() || null });
    });
    if (!ok) return;
    onAdded(t('attendance.guest.added', { name: guest }));
  }

  return (
    <form
      className="form"
      aria-labelledby={headingId}
      noValidate
      aria-busy={form.pending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId}>{t('attendance.guest.heading')}</h3>
      {form.renderSummary()}
      <TextField form={form} field="guest_name" label={labels.guest_name} required maxLength={200} value={name} onChange={setName} />
      <TextField form={form} field="guest_organization" label={labels.guest_organization} maxLength={200} value={organization} onChange={setOrganization} />
      <p className="hint">{t('attendance.guest.hint')}</p>
      <div className="button-row">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('common.saving') : t('attendance.guest.submit')}
        </button>
      </div>
    </form>
  );
}
