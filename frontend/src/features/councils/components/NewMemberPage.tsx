import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { CouncilRole } from '@/api/types';
import { todayIso } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { entityName, type Names } from '@/lib/names';
import { searchOrganizations, searchPeople } from '@/lib/options';
import { personQuery } from '@/lib/resources';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { useServerForm } from '@/components/ui/form';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { COUNCIL_ROLES, useCouncil, useCreateMembership, useSeats } from '../api/councils';
import { CouncilBackLink } from './CouncilBackLink';

const MEMBER_FIELDS: Record<string, string> = {
  person_id: 'councils.members.person',
  seat_id: 'councils.members.seat',
  role: 'councils.members.role',
  on_behalf_of_id: 'councils.members.onBehalfOf',
  start_date: 'councils.members.startDate',
  end_date: 'councils.members.endDate',
};

const validDate = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

export function NewMemberPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const qc = useQueryClient();
  const council = useCouncil(id);
  const seats = useSeats(id);
  const seatList = seats.data?.pages.flatMap((p) => p.items) ?? [];
  const create = useCreateMembership(id);
  const withKey = useIdempotencyKey();
  const [personId, setPersonId] = useState('');
  // A seat may be preselected from the seat table or the staffing report ("Tillsätt platsen").
  const [seatId, setSeatId] = useState(params.get('seat') ?? '');
  const [role, setRole] = useState<CouncilRole | ''>('');
  const [onBehalfOf, setOnBehalfOf] = useState('');
  // Names of the organisations the form defaults to: from the chosen seat's or person's `names`.
  const [known, setKnown] = useState<Names>({});
  const onBehalfOfName = entityName(onBehalfOf, known);
  // …and a start date, when the new member succeeds a term that ends the day before.
  const [startDate, setStartDate] = useState(() => validDate(params.get('start')) ?? todayIso());
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
  useDocumentTitle(t('councils.members.newTitle'));

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

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!personId) errs.person_id = t('councils.members.personRequired');
    if (!startDate) errs.start_date = t('councils.members.startRequired');
    if (form.clientErrors(errs)) return;
    const ok = await form.submit(async () => {
      await withKey((idempotencyKey) =>
        create.mutateAsync({
          body: {
            person_id: personId,
            seat_id: seatId || null,
            role: role || null,
            on_behalf_of_id: onBehalfOf || null,
            start_date: startDate,
            end_date: endDate || null,
          },
          idempotencyKey,
        }),
      );
    });
    if (ok) {
      flash.show(t('councils.members.created'), `/councils/${id}`);
      navigate(`/councils/${id}`);
    }
  }

  return (
    <>
      <CouncilBackLink id={id} name={council.data?.name} />
      <h1>{t('councils.members.newTitle')}</h1>
      {council.data && <p>{t('councils.seats.forCouncil', { name: council.data.name })}</p>}
      <form onSubmit={onSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
        {form.renderSummary()}
        <div>
          {form.renderError('person_id')}
          <EntityCombobox
            id={form.id('person_id')}
            label={t('councils.members.personSelect')}
            hint={t('councils.members.personSearchHint')}
            value={personId}
            onChange={choosePerson}
            search={searchPeople}
            cacheKey="people"
            required
            invalid={!!form.errors.person_id}
            describedBy={form.errors.person_id ? `${form.id('person_id')}-error` : undefined}
          />
          <p>
            <Link to="/people/new">{t('councils.members.newPersonLink')}</Link>
          </p>
        </div>
        <div className="field">
          <label htmlFor={form.id('seat_id')}>{t('councils.members.seat')}</label>
          {form.renderError('seat_id')}
          <select {...form.fieldProps('seat_id')} value={seatId} onChange={(e) => chooseSeat(e.target.value)}>
            <option value="">{t('councils.members.noSeat')}</option>
            {seatId && !preselected && <option value={seatId}>{t('app.loading')}</option>}
            {seatList.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={form.id('role')}>{t('councils.members.role')}</label>
          {form.renderError('role')}
          <select {...form.fieldProps('role')} value={role} onChange={(e) => setRole(e.target.value as CouncilRole | '')}>
            <option value="">{t('councils.members.seatRole')}</option>
            {COUNCIL_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`councils.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          {form.renderError('on_behalf_of_id')}
          <EntityCombobox
            id={form.id('on_behalf_of_id')}
            label={t('councils.members.onBehalfOf')}
            value={onBehalfOf}
            valueLabel={onBehalfOfName}
            onChange={(oid) => setOnBehalfOf(oid)}
            search={searchOrganizations}
            cacheKey="organizations"
            invalid={!!form.errors.on_behalf_of_id}
            describedBy={form.errors.on_behalf_of_id ? `${form.id('on_behalf_of_id')}-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={form.id('start_date')}>
            {t('councils.members.startDate')}
          </label>
          <p id="member-start-hint" className="hint">
            {t('councils.members.startHint')}
          </p>
          {form.renderError('start_date')}
          <input
            {...form.fieldProps('start_date', 'member-start-hint')}
            type="date"
            required
            aria-required="true"
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={form.id('end_date')}>{t('councils.members.endDateOptional')}</label>
          {form.renderError('end_date')}
          <input {...form.fieldProps('end_date')} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.pending}>
            {form.pending ? t('councils.form.creating') : t('councils.members.create')}
          </button>
        </div>
      </form>
    </>
  );
}
