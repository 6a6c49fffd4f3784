import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import type { NewPerson, Person, PersonExport } from '@/api/types';
import { useCanWrite } from '@/lib/auth-context';
import { formatDate } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { isApiError } from '@/lib/problem';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { PublicRecordNote, useServerForm } from '@/components/ui/form';
import { useAllOrganizations } from '@/features/organizations/api/organizations';
import { CouncilLink, OrganizationLink, useCouncilLookup, useOrganizationLookup } from '@/features/councils/components/names';
import {
  exportPerson,
  useCreatePerson,
  useErasePerson,
  usePeopleSearch,
  usePerson,
  usePersonMemberships,
  useUpdatePerson,
} from '../api/people';

export function PeoplePage() {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const searchId = useId();
  const people = usePeopleSearch(q);
  const orgs = useOrganizationLookup();
  useDocumentTitle(t('people.title'));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams(params);
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    setParams(next, { replace: true });
  }

  return (
    <>
      <div className="page-heading">
        <h1>{t('people.title')}</h1>
        {canWrite && (
          <Link to="/people/new" className="button button-primary">
            {t('people.new')}
          </Link>
        )}
      </div>
      <div className="filters">
        <form role="search" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={searchId}>{t('people.searchLabel')}</label>
            <div className="search-row">
              <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
              <button type="submit" className="button">
                {t('common.search')}
              </button>
            </div>
          </div>
        </form>
      </div>
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <ErrorMessage error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {t('common.showingCount', { count: people.data.length })}
          </p>
          {people.data.length === 0 ? (
            <p>{t('common.noResults')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('people.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('people.fields.name')}</th>
                    <th scope="col">{t('people.fields.title')}</th>
                    <th scope="col">{t('people.fields.organization')}</th>
                  </tr>
                </thead>
                <tbody>
                  {people.data.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={`/people/${p.id}`}>{p.name}</Link>
                      </th>
                      <td>{p.title || t('common.none')}</td>
                      <td>
                        <OrganizationLink id={p.organization_id} lookup={orgs} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}

function download(filename: string, data: unknown) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const canWrite = useCanWrite();
  const person = usePerson(id);
  const memberships = usePersonMemberships(id);
  const orgs = useOrganizationLookup();
  const councils = useCouncilLookup();
  useDocumentTitle(person.data?.name ?? t('people.title'));

  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorMessage error={person.error} onRetry={() => void person.refetch()} />;
  const p = person.data;
  const lang = i18n.language;

  return (
    <>
      <p>
        <Link to="/people">{t('people.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{p.name}</h1>
        {canWrite && !p.erased && (
          <Link to={`/people/${p.id}/edit`} className="button button-primary">
            {t('common.edit')}
          </Link>
        )}
      </div>
      {p.erased && <p className="alert alert-info">{t('people.erasedNotice')}</p>}
      <dl className="details">
        <div>
          <dt>{t('people.fields.title')}</dt>
          <dd>{p.title || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('people.fields.organization')}</dt>
          <dd>
            <OrganizationLink id={p.organization_id} lookup={orgs} />
          </dd>
        </div>
        <div>
          <dt>{t('people.fields.email')}</dt>
          <dd>{p.contact_hidden ? t('people.hidden') : p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('people.fields.phone')}</dt>
          <dd>{p.contact_hidden ? t('people.hidden') : p.phone || t('common.none')}</dd>
        </div>
      </dl>

      <section aria-labelledby="person-memberships-heading">
        <h2 id="person-memberships-heading">{t('people.memberships')}</h2>
        {memberships.isPending ? (
          <Loading />
        ) : memberships.isError ? (
          <ErrorMessage error={memberships.error} onRetry={() => void memberships.refetch()} />
        ) : memberships.data.length === 0 ? (
          <p>{t('people.noMemberships')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('people.memberships')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.council')}</th>
                  <th scope="col">{t('councils.members.role')}</th>
                  <th scope="col">{t('councils.members.onBehalfOf')}</th>
                  <th scope="col">{t('councils.members.startDate')}</th>
                  <th scope="col">{t('councils.members.endDate')}</th>
                  <th scope="col">{t('people.current')}</th>
                </tr>
              </thead>
              <tbody>
                {memberships.data.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <CouncilLink id={m.council_id} lookup={councils} />
                    </th>
                    <td>{t(`councils.roles.${m.role}`)}</td>
                    <td>
                      <OrganizationLink id={m.on_behalf_of_id} lookup={orgs} />
                    </td>
                    <td>{formatDate(m.start_date, lang)}</td>
                    <td>{formatDate(m.end_date, lang) || t('common.none')}</td>
                    <td>{m.current ? t('common.yes') : t('common.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canWrite && <GdprSection person={p} />}
    </>
  );
}

function GdprSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const erase = useErasePerson(person.id);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const eraseButtonRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const titleId = useId();
  const descId = useId();

  async function onExport() {
    setError(null);
    setExporting(true);
    try {
      const data: PersonExport = await exportPerson(person.id);
      download(`person-${person.id}.json`, data);
      setMessage(t('people.gdpr.exported'));
    } catch (err) {
      setError(isApiError(err) && err.status === 403 ? t('forms.forbidden') : t('people.gdpr.exportFailed'));
    } finally {
      setExporting(false);
    }
  }

  async function onConfirmErase() {
    setError(null);
    try {
      await erase.mutateAsync({ version: person.version });
      dialogRef.current?.close();
      setMessage(t('people.gdpr.erased'));
    } catch (err) {
      dialogRef.current?.close();
      setError(
        isApiError(err) && err.status === 412
          ? t('forms.stale')
          : isApiError(err) && err.status === 403
            ? t('forms.forbidden')
            : t('forms.failed'),
      );
    }
  }

  return (
    <section aria-labelledby="gdpr-heading">
      <h2 id="gdpr-heading">{t('people.gdpr.heading')}</h2>
      <p>{t('people.gdpr.intro')}</p>
      <div role="status" aria-live="polite">
        {message && <p className="alert alert-success">{message}</p>}
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void onExport()} disabled={exporting}>
          {t('people.gdpr.export')}
        </button>
        {!person.erased && (
          <button
            ref={eraseButtonRef}
            type="button"
            className="button button-danger"
            onClick={() => {
              dialogRef.current?.showModal();
              // The safe choice gets the focus.
              cancelRef.current?.focus();
            }}
          >
            {t('people.gdpr.erase')}
          </button>
        )}
      </div>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="dialog"
        onClose={() => eraseButtonRef.current?.focus()}
      >
        <h2 id={titleId}>{t('people.gdpr.confirmTitle', { name: person.name })}</h2>
        <div id={descId}>
          <p>{t('people.gdpr.confirmText')}</p>
          <p>{t('people.gdpr.confirmKept')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="button button-danger" onClick={() => void onConfirmErase()} disabled={erase.isPending}>
            {t('people.gdpr.confirm')}
          </button>
          <button ref={cancelRef} type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}

const PERSON_FIELDS: Record<string, string> = {
  name: 'people.fields.name',
  title: 'people.fields.title',
  email: 'people.fields.email',
  phone: 'people.fields.phone',
  organization_id: 'people.fields.organization',
};

function PersonForm({
  person,
  submitLabel,
  onSubmit,
  staleAction,
}: {
  person?: Person;
  submitLabel: string;
  onSubmit: (body: NewPerson) => Promise<void>;
  staleAction?: ReactNode;
}) {
  const { t } = useTranslation();
  const orgs = useAllOrganizations();
  const [name, setName] = useState(person?.name ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [organizationId, setOrganizationId] = useState(person?.organization_id ?? '');
  const form = useServerForm({
    prefix: 'person',
    isKnownField: (f) => f in PERSON_FIELDS,
    labelFor: (f) => (PERSON_FIELDS[f] ? t(PERSON_FIELDS[f]) : f),
  });
  const orgOptions = (orgs.data ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.clientErrors(name.trim() ? {} : { name: t('forms.nameRequired') })) return;
    const body: NewPerson = {
      name: name.trim(),
      title: title.trim() || null,
      organization_id: organizationId || null,
    };
    // Hidden contact details are not sent, so they are not overwritten.
    if (!person?.contact_hidden) {
      body.email = email.trim() || null;
      body.phone = phone.trim() || null;
    }
    await form.submit(() => onSubmit(body));
  }

  const text = (field: 'name' | 'title' | 'email' | 'phone', value: string, setter: (v: string) => void, extra = {}) => (
    <div className="field">
      <label htmlFor={form.id(field)}>{t(PERSON_FIELDS[field])}</label>
      {form.renderError(field)}
      <input {...form.fieldProps(field)} {...extra} value={value} onChange={(e) => setter(e.target.value)} />
    </div>
  );

  return (
    <form onSubmit={handleSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
      {form.renderSummary(staleAction)}
      <PublicRecordNote />
      {text('name', name, setName, { type: 'text', required: true, 'aria-required': 'true', maxLength: 200, autoComplete: 'off' })}
      {text('title', title, setTitle, { type: 'text', maxLength: 200 })}
      {!person?.contact_hidden && (
        <>
          {text('email', email, setEmail, { type: 'email', maxLength: 254, autoComplete: 'off' })}
          {text('phone', phone, setPhone, { type: 'tel', maxLength: 50, autoComplete: 'off' })}
        </>
      )}
      <div className="field">
        <label htmlFor={form.id('organization_id')}>{t('people.fields.organization')}</label>
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
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}

export function CreatePersonPage() {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreatePerson();
  const withKey = useIdempotencyKey();
  useDocumentTitle(t('people.newTitle'));
  if (!canWrite) return <Navigate to="/people" replace />;

  async function onSubmit(body: NewPerson) {
    const p = await withKey((idempotencyKey) => create.mutateAsync({ body, idempotencyKey }));
    flash.show(t('people.created', { name: p.name }), `/people/${p.id}`);
    navigate(`/people/${p.id}`);
  }

  return (
    <>
      <p>
        <Link to="/people">{t('people.backToList')}</Link>
      </p>
      <h1>{t('people.newTitle')}</h1>
      <PersonForm submitLabel={t('people.create')} onSubmit={onSubmit} />
    </>
  );
}

export function EditPersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const navigate = useNavigate();
  const flash = useFlash();
  const person = usePerson(id);
  const update = useUpdatePerson(id);
  useDocumentTitle(person.data ? t('people.editTitle', { name: person.data.name }) : t('people.title'));
  if (!canWrite) return <Navigate to={`/people/${id}`} replace />;
  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorMessage error={person.error} onRetry={() => void person.refetch()} />;
  const loaded = person.data;

  async function onSubmit(body: NewPerson) {
    await update.mutateAsync({ version: loaded.version, patch: body });
    flash.show(t('forms.updated'), `/people/${id}`);
    navigate(`/people/${id}`);
  }

  return (
    <>
      <p>
        <Link to={`/people/${id}`}>{t('common.back')}</Link>
      </p>
      <h1>{t('people.editTitle', { name: loaded.name })}</h1>
      <PersonForm
        key={loaded.version}
        person={loaded}
        submitLabel={t('common.save')}
        onSubmit={onSubmit}
        staleAction={
          <button type="button" className="button" onClick={() => void person.refetch()}>
            {t('common.reload')}
          </button>
        }
      />
    </>
  );
}
