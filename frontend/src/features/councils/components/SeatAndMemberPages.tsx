import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CouncilRole } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { NotFound } from '@/components/ui/NotFound';
import { PublicRecordNote, useServerForm } from '@/components/ui/form';
import { useAllOrganizations } from '@/features/organizations/api/organizations';
import { usePeopleSearch, usePerson } from '@/features/people/api/people';
import {
  COUNCIL_ROLES,
  useCouncil,
  useCreateMembership,
  useCreateSeat,
  useMemberships,
  useSeats,
  useUpdateMembership,
} from '../api/councils';

function useOrgOptions() {
  const orgs = useAllOrganizations();
  return (orgs.data ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

function CouncilBackLink({ id, name }: { id: string; name?: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={`/councils/${id}`}>{t('councils.backToCouncil', { name: name ?? '' })}</Link>
    </p>
  );
}

const SEAT_FIELDS: Record<string, string> = {
  label: 'councils.seats.label',
  role: 'councils.seats.role',
  organization_id: 'councils.seats.organization',
  required: 'councils.seats.required',
  max_holders: 'councils.seats.maxHolders',
  restricted_access: 'councils.seats.restrictedAccess',
};

export function NewSeatPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const council = useCouncil(id);
  const create = useCreateSeat(id);
  const orgOptions = useOrgOptions();
  const withKey = useIdempotencyKey();
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<CouncilRole>('member');
  const [organizationId, setOrganizationId] = useState('');
  const [required, setRequired] = useState(true);
  const [maxHolders, setMaxHolders] = useState('1');
  const [restricted, setRestricted] = useState(false);
  const form = useServerForm({
    prefix: 'seat',
    isKnownField: (f) => f in SEAT_FIELDS,
    labelFor: (f) => (SEAT_FIELDS[f] ? t(SEAT_FIELDS[f]) : f),
  });
  useDocumentTitle(t('councils.seats.newTitle'));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!label.trim()) errs.label = t('councils.seats.labelRequired');
    const max = Number(maxHolders);
    if (!Number.isInteger(max) || max < 1 || max > 50) errs.max_holders = t('councils.seats.maxHoldersRange');
    if (form.clientErrors(errs)) return;
    const ok = await form.submit(async () => {
      await withKey((idempotencyKey) =>
        create.mutateAsync({
          body: {
            label: label.trim(),
            role,
            organization_id: organizationId || null,
            required,
            max_holders: max,
            restricted_access: restricted,
          },
          idempotencyKey,
        }),
      );
    });
    if (ok) {
      flash.show(t('councils.seats.created', { label: label.trim() }), `/councils/${id}`);
      navigate(`/councils/${id}`);
    }
  }

  return (
    <>
      <CouncilBackLink id={id} name={council.data?.name} />
      <h1>{t('councils.seats.newTitle')}</h1>
      {council.data && <p>{t('councils.seats.forCouncil', { name: council.data.name })}</p>}
      <form onSubmit={onSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
        {form.renderSummary()}
        <PublicRecordNote />
        <div className="field">
          <label htmlFor={form.id('label')}>{t('councils.seats.label')}</label>
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
        <div className="field">
          <label htmlFor={form.id('organization_id')}>{t('councils.seats.organization')}</label>
          {form.renderError('organization_id')}
          <select {...form.fieldProps('organization_id')} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
            <option value="">{t('councils.form.noneChosen')}</option>
            {orgOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={form.id('max_holders')}>{t('councils.seats.maxHolders')}</label>
          {form.renderError('max_holders')}
          <input
            {...form.fieldProps('max_holders')}
            type="number"
            min={1}
            max={50}
            value={maxHolders}
            onChange={(e) => setMaxHolders(e.target.value)}
          />
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
            <input
              {...form.fieldProps('restricted_access')}
              type="checkbox"
              checked={restricted}
              onChange={(e) => setRestricted(e.target.checked)}
            />{' '}
            {t('councils.seats.restrictedAccessLabel')}
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.pending}>
            {form.pending ? t('councils.form.creating') : t('councils.seats.create')}
          </button>
        </div>
      </form>
    </>
  );
}

const MEMBER_FIELDS: Record<string, string> = {
  person_id: 'councils.members.person',
  seat_id: 'councils.members.seat',
  role: 'councils.members.role',
  on_behalf_of_id: 'councils.members.onBehalfOf',
  start_date: 'councils.members.startDate',
  end_date: 'councils.members.endDate',
};

export function NewMemberPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const council = useCouncil(id);
  const seats = useSeats(id);
  const create = useCreateMembership(id);
  const orgOptions = useOrgOptions();
  const withKey = useIdempotencyKey();
  const searchId = useId();
  const [q, setQ] = useState('');
  const people = usePeopleSearch(q.trim());
  const [personId, setPersonId] = useState('');
  const [seatId, setSeatId] = useState('');
  const [role, setRole] = useState<CouncilRole | ''>('');
  const [onBehalfOf, setOnBehalfOf] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const [endDate, setEndDate] = useState('');
  const chosenPerson = usePerson(personId);
  const form = useServerForm({
    prefix: 'member',
    isKnownField: (f) => f in MEMBER_FIELDS,
    labelFor: (f) => (MEMBER_FIELDS[f] ? t(MEMBER_FIELDS[f]) : f),
    conflictMessage: (code, detail) => {
      if (code === 'seat_full') return t('councils.members.seatFull');
      if (code === 'already_holds_seat') return t('councils.members.alreadyHoldsSeat');
      return detail ?? null;
    },
  });
  useDocumentTitle(t('councils.members.newTitle'));

  const personOptions = (people.data ?? []).filter((p) => !p.erased);
  const chosenMissing = personId && !personOptions.some((p) => p.id === personId);

  function choosePerson(pid: string) {
    setPersonId(pid);
    const p = personOptions.find((x) => x.id === pid);
    if (p?.organization_id && !onBehalfOf) setOnBehalfOf(p.organization_id);
  }

  function chooseSeat(sid: string) {
    setSeatId(sid);
    const s = seats.data?.find((x) => x.id === sid);
    if (s?.organization_id) setOnBehalfOf(s.organization_id);
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
        <fieldset>
          <legend>{t('councils.members.person')}</legend>
          <div className="field">
            <label htmlFor={searchId}>{t('councils.members.personSearch')}</label>
            <input id={searchId} type="search" value={q} autoComplete="off" onChange={(e) => setQ(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={form.id('person_id')}>{t('councils.members.personSelect')}</label>
            <p id="member-person-hint" className="hint" aria-live="polite">
              {people.isPending ? t('app.loading') : t('councils.members.personMatches', { count: personOptions.length })}
            </p>
            {form.renderError('person_id')}
            <select
              {...form.fieldProps('person_id', 'member-person-hint')}
              value={personId}
              onChange={(e) => choosePerson(e.target.value)}
            >
              <option value="">{t('councils.members.choosePerson')}</option>
              {chosenMissing && <option value={personId}>{chosenPerson.data?.name ?? personId}</option>}
              {personOptions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title ? `${p.name} (${p.title})` : p.name}
                </option>
              ))}
            </select>
          </div>
          <p>
            <Link to="/people/new">{t('councils.members.newPersonLink')}</Link>
          </p>
        </fieldset>
        <div className="field">
          <label htmlFor={form.id('seat_id')}>{t('councils.members.seat')}</label>
          {form.renderError('seat_id')}
          <select {...form.fieldProps('seat_id')} value={seatId} onChange={(e) => chooseSeat(e.target.value)}>
            <option value="">{t('councils.members.noSeat')}</option>
            {(seats.data ?? []).map((s) => (
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
        <div className="field">
          <label htmlFor={form.id('on_behalf_of_id')}>{t('councils.members.onBehalfOf')}</label>
          {form.renderError('on_behalf_of_id')}
          <select {...form.fieldProps('on_behalf_of_id')} value={onBehalfOf} onChange={(e) => setOnBehalfOf(e.target.value)}>
            <option value="">{t('councils.form.noneChosen')}</option>
            {orgOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={form.id('start_date')}>{t('councils.members.startDate')}</label>
          {form.renderError('start_date')}
          <input
            {...form.fieldProps('start_date')}
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

export function EndTermPage() {
  const { id = '', membershipId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const council = useCouncil(id);
  const memberships = useMemberships(id);
  const update = useUpdateMembership(id);
  const membership = memberships.data?.find((m) => m.id === membershipId);
  const person = usePerson(membership?.person_id ?? '');
  const [endDate, setEndDate] = useState(todayIso());
  const form = useServerForm({
    prefix: 'term',
    isKnownField: (f) => f === 'end_date',
    labelFor: (f) => (f === 'end_date' ? t('councils.members.endDate') : f),
  });
  useDocumentTitle(t('councils.members.endTitle'));

  if (memberships.isPending) return <Loading />;
  if (memberships.isError) return <ErrorMessage error={memberships.error} onRetry={() => void memberships.refetch()} />;
  if (!membership) return <NotFound />;
  const m = membership;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.clientErrors(endDate ? {} : { end_date: t('councils.members.endRequired') })) return;
    const ok = await form.submit(async () => {
      await update.mutateAsync({ id: m.id, version: m.version, patch: { end_date: endDate } });
    });
    if (ok) {
      flash.show(t('councils.members.ended'), `/councils/${id}`);
      navigate(`/councils/${id}`);
    }
  }

  return (
    <>
      <CouncilBackLink id={id} name={council.data?.name} />
      <h1>{t('councils.members.endTitle')}</h1>
      <dl className="details">
        <div>
          <dt>{t('councils.members.person')}</dt>
          <dd>{person.data?.name ?? t('app.loading')}</dd>
        </div>
        <div>
          <dt>{t('councils.members.role')}</dt>
          <dd>{t(`councils.roles.${m.role}`)}</dd>
        </div>
        <div>
          <dt>{t('councils.members.startDate')}</dt>
          <dd>{formatDate(m.start_date, i18n.language)}</dd>
        </div>
      </dl>
      <form onSubmit={onSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
        {form.renderSummary(
          <button type="button" className="button" onClick={() => void memberships.refetch()}>
            {t('common.reload')}
          </button>,
        )}
        <p className="hint">{t('councils.members.endHint')}</p>
        <div className="field">
          <label htmlFor={form.id('end_date')}>{t('councils.members.endDate')}</label>
          {form.renderError('end_date')}
          <input {...form.fieldProps('end_date')} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.pending}>
            {form.pending ? t('common.saving') : t('councils.members.endTerm')}
          </button>
        </div>
      </form>
    </>
  );
}
