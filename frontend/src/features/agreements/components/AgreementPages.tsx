import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Agreement, AgreementPhase, NewAgreement } from '@/api/types';
import { useCanWrite } from '@/lib/auth-context';
import { formatDate } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { PublicRecordNote, useServerForm } from '@/components/ui/form';
import { CheckboxFilterList } from '@/components/ui/CheckboxFilterList';
import { useAllOrganizations } from '@/features/organizations/api/organizations';
import { useAllCouncils } from '@/features/councils/api/councils';
import { useAllPeople } from '@/features/people/api/people';
import {
  CouncilLink,
  OrganizationLink,
  PersonLink,
  useCouncilLookup,
  useOrganizationLookup,
} from '@/features/councils/components/names';
import { AGREEMENT_PHASES, useAgreement, useAgreements, useCreateAgreement, useUpdateAgreement } from '../api/agreements';

function isPhase(v: string | null): v is AgreementPhase {
  return !!v && (AGREEMENT_PHASES as string[]).includes(v);
}

export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const canWrite = useCanWrite();
  const [params, setParams] = useSearchParams();
  const searchId = useId();
  const phaseId = useId();
  const q = params.get('q') ?? '';
  const phaseParam = params.get('phase');
  const phase = isPhase(phaseParam) ? phaseParam : null;
  const [text, setText] = useState(q);
  const agreements = useAgreements({ ...(q ? { q } : {}), ...(phase ? { phase } : {}) });
  useDocumentTitle(t('agreements.title'));

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  }

  return (
    <>
      <div className="page-heading">
        <h1>{t('agreements.title')}</h1>
        {canWrite && (
          <Link to="/agreements/new" className="button button-primary">
            {t('agreements.new')}
          </Link>
        )}
      </div>
      <div className="filters">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: text.trim() || null });
          }}
        >
          <div className="field">
            <label htmlFor={searchId}>{t('agreements.searchLabel')}</label>
            <div className="search-row">
              <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
              <button type="submit" className="button">
                {t('common.search')}
              </button>
            </div>
          </div>
        </form>
        <div className="field">
          <label htmlFor={phaseId}>{t('agreements.phaseFilter')}</label>
          <select id={phaseId} value={phase ?? ''} onChange={(e) => update({ phase: e.target.value || null })}>
            <option value="">{t('agreements.allPhases')}</option>
            {AGREEMENT_PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`agreements.phases.${p}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {agreements.isPending ? (
        <Loading />
      ) : agreements.isError ? (
        <ErrorMessage error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {t('common.showingCount', { count: agreements.data.length })}
          </p>
          {agreements.data.length === 0 ? (
            <p>{t('common.noResults')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('agreements.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agreements.fields.name')}</th>
                    <th scope="col">{t('agreements.fields.phase')}</th>
                    <th scope="col">{t('agreements.fields.period')}</th>
                  </tr>
                </thead>
                <tbody>
                  {agreements.data.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        <Link to={`/agreements/${a.id}`}>{a.name}</Link>
                      </th>
                      <td>{t(`agreements.phases.${a.phase}`)}</td>
                      <td>{period(a, i18n.language, t('agreements.openEnded'))}</td>
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

function period(a: Agreement, lang: string, open: string): string {
  if (!a.valid_from && !a.valid_to) return open;
  return `${formatDate(a.valid_from, lang) || '…'} – ${formatDate(a.valid_to, lang) || open}`;
}

/** Brå's five steps, with the current one marked in text (not colour only). */
export function PhaseSteps({ phase }: { phase: AgreementPhase }) {
  const { t } = useTranslation();
  const current = AGREEMENT_PHASES.indexOf(phase);
  return (
    <ol className="phase-steps" aria-label={t('agreements.phaseSteps')}>
      {AGREEMENT_PHASES.map((p, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        return (
          <li key={p} className={`phase-step phase-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="phase-number" aria-hidden="true">
              {i + 1}
            </span>{' '}
            <span>{t(`agreements.phases.${p}`)}</span>
            <span className="visually-hidden"> ({t(`agreements.stepState.${state}`)})</span>
          </li>
        );
      })}
    </ol>
  );
}

export function AgreementDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const canWrite = useCanWrite();
  const agreement = useAgreement(id);
  const orgs = useOrganizationLookup();
  const councils = useCouncilLookup();
  const parent = useAgreement(agreement.data?.parent_id ?? '');
  const children = useAgreements({ parent_id: id });
  useDocumentTitle(agreement.data?.name ?? t('agreements.title'));

  if (agreement.isPending) return <Loading />;
  if (agreement.isError) return <ErrorMessage error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const a = agreement.data;
  const lang = i18n.language;

  return (
    <>
      <p>
        <Link to="/agreements">{t('agreements.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{a.name}</h1>
        {canWrite && (
          <Link to={`/agreements/${a.id}/edit`} className="button button-primary">
            {t('common.edit')}
          </Link>
        )}
      </div>
      <section aria-labelledby="phase-heading">
        <h2 id="phase-heading">
          {t('agreements.fields.phase')}: {t(`agreements.phases.${a.phase}`)}
        </h2>
        <PhaseSteps phase={a.phase} />
      </section>
      <dl className="details">
        <div>
          <dt>{t('agreements.fields.period')}</dt>
          <dd>{period(a, lang, t('agreements.openEnded'))}</dd>
        </div>
        <div>
          <dt>{t('agreements.fields.parent')}</dt>
          <dd>{a.parent_id ? <Link to={`/agreements/${a.parent_id}`}>{parent.data?.name ?? a.parent_id.slice(0, 8)}</Link> : t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('agreements.fields.description')}</dt>
          <dd className="pre-line">{a.description || t('common.none')}</dd>
        </div>
      </dl>
      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t('agreements.fields.parties')}</h2>
        {a.party_ids.length === 0 ? (
          <p>{t('common.none')}</p>
        ) : (
          <ul>
            {a.party_ids.map((pid) => (
              <li key={pid}>
                <OrganizationLink id={pid} lookup={orgs} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="priorities-heading">
        <h2 id="priorities-heading">{t('agreements.fields.priorityAreas')}</h2>
        {a.priority_areas.length === 0 ? (
          <p>{t('common.none')}</p>
        ) : (
          <ul>
            {a.priority_areas.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agreement-councils-heading">
        <h2 id="agreement-councils-heading">{t('agreements.fields.councils')}</h2>
        {a.council_ids.length === 0 ? (
          <p>{t('common.none')}</p>
        ) : (
          <ul>
            {a.council_ids.map((cid) => (
              <li key={cid}>
                <CouncilLink id={cid} lookup={councils} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="signatories-heading">
        <h2 id="signatories-heading">{t('agreements.fields.signatories')}</h2>
        {a.signatories.length === 0 ? (
          <p>{t('agreements.noSignatories')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('agreements.fields.signatories')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agreements.signatory.person')}</th>
                  <th scope="col">{t('agreements.signatory.organization')}</th>
                  <th scope="col">{t('agreements.signatory.signedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {a.signatories.map((s, i) => (
                  <tr key={i}>
                    <th scope="row">
                      <PersonLink id={s.person_id} />
                    </th>
                    <td>
                      <OrganizationLink id={s.organization_id} lookup={orgs} />
                    </td>
                    <td>{formatDate(s.signed_on, lang) || t('agreements.notSigned')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {children.data && children.data.length > 0 && (
        <section aria-labelledby="child-agreements-heading">
          <h2 id="child-agreements-heading">{t('agreements.children')}</h2>
          <ul>
            {children.data.map((c) => (
              <li key={c.id}>
                <Link to={`/agreements/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

interface SignatoryRow {
  key: number;
  person_id: string;
  organization_id: string;
  signed_on: string;
}
let rowKey = 0;

const AGREEMENT_FIELDS: Record<string, string> = {
  name: 'agreements.fields.name',
  phase: 'agreements.fields.phase',
  parent_id: 'agreements.fields.parent',
  valid_from: 'agreements.fields.validFrom',
  valid_to: 'agreements.fields.validTo',
  party_ids: 'agreements.fields.parties',
  priority_areas: 'agreements.fields.priorityAreas',
  council_ids: 'agreements.fields.councils',
  description: 'agreements.fields.description',
};

function mapAgreementField(field: string): string {
  const m = /^(party_ids|council_ids|priority_areas)\[\d+\]$/.exec(field);
  if (m) return m[1];
  return field;
}

function AgreementForm({
  agreement,
  submitLabel,
  onSubmit,
  staleAction,
}: {
  agreement?: Agreement;
  submitLabel: string;
  onSubmit: (body: NewAgreement) => Promise<void>;
  staleAction?: ReactNode;
}) {
  const { t } = useTranslation();
  const orgs = useAllOrganizations();
  const councils = useAllCouncils();
  const people = useAllPeople();
  const all = useAgreements({});
  const [name, setName] = useState(agreement?.name ?? '');
  const [phase, setPhase] = useState<AgreementPhase>(agreement?.phase ?? 'initiate');
  const [parentId, setParentId] = useState(agreement?.parent_id ?? '');
  const [validFrom, setValidFrom] = useState(agreement?.valid_from ?? '');
  const [validTo, setValidTo] = useState(agreement?.valid_to ?? '');
  const [partyIds, setPartyIds] = useState<string[]>(agreement?.party_ids ?? []);
  const [councilIds, setCouncilIds] = useState<string[]>(agreement?.council_ids ?? []);
  const [priorities, setPriorities] = useState((agreement?.priority_areas ?? []).join('\n'));
  const [description, setDescription] = useState(agreement?.description ?? '');
  const [signatories, setSignatories] = useState<SignatoryRow[]>(
    (agreement?.signatories ?? []).map((s) => ({ key: ++rowKey, person_id: s.person_id, organization_id: s.organization_id, signed_on: s.signed_on ?? '' })),
  );
  const form = useServerForm({
    prefix: 'agreement',
    isKnownField: (f) => f in AGREEMENT_FIELDS || /^signatories\[\d+\]\.\w+$/.test(f),
    labelFor: (f) => {
      const m = /^signatories\[(\d+)\]\.(\w+)$/.exec(f);
      if (m) return `${t('agreements.signatory.row', { n: Number(m[1]) + 1 })}: ${t(`agreements.signatory.${m[2] === 'person_id' ? 'person' : m[2] === 'organization_id' ? 'organization' : 'signedOn'}`)}`;
      return AGREEMENT_FIELDS[f] ? t(AGREEMENT_FIELDS[f]) : f;
    },
  });
  const sortByName = <T extends { name: string }>(list: T[] | undefined) =>
    (list ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const orgOptions = sortByName(orgs.data);
  const personOptions = sortByName(people.data).filter((p) => !p.erased);

  function setRow(i: number, change: Partial<SignatoryRow>) {
    setSignatories((rows) => rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  }

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!name.trim()) errs.name = t('forms.nameRequired');
    signatories.forEach((s, i) => {
      if (!s.person_id) errs[`signatories[${i}].person_id`] = t('agreements.signatory.personRequired');
      if (!s.organization_id) errs[`signatories[${i}].organization_id`] = t('agreements.signatory.organizationRequired');
    });
    if (form.clientErrors(errs)) return;
    const body: NewAgreement = {
      name: name.trim(),
      phase,
      parent_id: parentId || null,
      valid_from: validFrom || null,
      valid_to: validTo || null,
      party_ids: partyIds,
      council_ids: councilIds,
      priority_areas: priorities
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
      signatories: signatories.map((s) => ({ person_id: s.person_id, organization_id: s.organization_id, signed_on: s.signed_on || null })),
      description: description.trim() || null,
    };
    await form.submit(() => onSubmit(body), mapAgreementField);
  }

  const simple = (field: string, input: ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={form.id(field)}>{t(AGREEMENT_FIELDS[field])}</label>
      {hint && (
        <p id={`${form.id(field)}-hint`} className="hint">
          {hint}
        </p>
      )}
      {form.renderError(field)}
      {input}
    </div>
  );

  return (
    <form onSubmit={handleSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
      {form.renderSummary(staleAction)}
      <PublicRecordNote />
      {simple(
        'name',
        <input
          {...form.fieldProps('name')}
          type="text"
          required
          aria-required="true"
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />,
      )}
      {simple(
        'phase',
        <select {...form.fieldProps('phase')} value={phase} onChange={(e) => setPhase(e.target.value as AgreementPhase)}>
          {AGREEMENT_PHASES.map((p, i) => (
            <option key={p} value={p}>
              {i + 1}. {t(`agreements.phases.${p}`)}
            </option>
          ))}
        </select>,
      )}
      {simple(
        'parent_id',
        <select {...form.fieldProps('parent_id')} value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">{t('councils.form.noneChosen')}</option>
          {sortByName(all.data)
            .filter((a) => a.id !== agreement?.id)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>,
      )}
      {simple('valid_from', <input {...form.fieldProps('valid_from')} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />)}
      {simple('valid_to', <input {...form.fieldProps('valid_to')} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />)}
      <CheckboxFilterList
        id={form.id('party_ids')}
        legend={t('agreements.fields.parties')}
        options={orgOptions.map((o) => ({ id: o.id, label: o.name }))}
        value={partyIds}
        onChange={setPartyIds}
        error={form.renderError('party_ids')}
        invalid={!!form.errors.party_ids}
        describedBy={form.errors.party_ids ? `${form.id('party_ids')}-error` : undefined}
      />
      <CheckboxFilterList
        id={form.id('council_ids')}
        legend={t('agreements.fields.councils')}
        options={sortByName(councils.data).map((c) => ({ id: c.id, label: c.name }))}
        value={councilIds}
        onChange={setCouncilIds}
        error={form.renderError('council_ids')}
        invalid={!!form.errors.council_ids}
        describedBy={form.errors.council_ids ? `${form.id('council_ids')}-error` : undefined}
      />
      {simple(
        'priority_areas',
        <textarea
          {...form.fieldProps('priority_areas', `${form.id('priority_areas')}-hint`)}
          rows={4}
          value={priorities}
          onChange={(e) => setPriorities(e.target.value)}
        />,
        t('agreements.priorityHint'),
      )}
      <fieldset>
        <legend>{t('agreements.fields.signatories')}</legend>
        {signatories.length === 0 && <p>{t('agreements.noSignatories')}</p>}
        {signatories.map((s, i) => {
          const base = `signatories[${i}]`;
          return (
            <fieldset key={s.key} className="contact-row">
              <legend>{t('agreements.signatory.row', { n: i + 1 })}</legend>
              <div className="field">
                <label htmlFor={form.id(`${base}.person_id`)}>{t('agreements.signatory.person')}</label>
                {form.renderError(`${base}.person_id`)}
                <select {...form.fieldProps(`${base}.person_id`)} value={s.person_id} onChange={(e) => setRow(i, { person_id: e.target.value })}>
                  <option value="">{t('councils.members.choosePerson')}</option>
                  {personOptions.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={form.id(`${base}.organization_id`)}>{t('agreements.signatory.organization')}</label>
                {form.renderError(`${base}.organization_id`)}
                <select
                  {...form.fieldProps(`${base}.organization_id`)}
                  value={s.organization_id}
                  onChange={(e) => setRow(i, { organization_id: e.target.value })}
                >
                  <option value="">{t('councils.form.noneChosen')}</option>
                  {orgOptions.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={form.id(`${base}.signed_on`)}>{t('agreements.signatory.signedOn')}</label>
                {form.renderError(`${base}.signed_on`)}
                <input {...form.fieldProps(`${base}.signed_on`)} type="date" value={s.signed_on} onChange={(e) => setRow(i, { signed_on: e.target.value })} />
              </div>
              <button type="button" className="button button-small" onClick={() => setSignatories((rows) => rows.filter((_, j) => j !== i))}>
                {t('agreements.signatory.remove', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button"
          onClick={() => setSignatories((rows) => [...rows, { key: ++rowKey, person_id: '', organization_id: '', signed_on: '' }])}
        >
          {t('agreements.signatory.add')}
        </button>
      </fieldset>
      {simple(
        'description',
        <textarea {...form.fieldProps('description')} rows={5} maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />,
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}

export function CreateAgreementPage() {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreateAgreement();
  const withKey = useIdempotencyKey();
  useDocumentTitle(t('agreements.newTitle'));
  if (!canWrite) return <Navigate to="/agreements" replace />;

  async function onSubmit(body: NewAgreement) {
    const a = await withKey((idempotencyKey) => create.mutateAsync({ body, idempotencyKey }));
    flash.show(t('agreements.created', { name: a.name }), `/agreements/${a.id}`);
    navigate(`/agreements/${a.id}`);
  }

  return (
    <>
      <p>
        <Link to="/agreements">{t('agreements.backToList')}</Link>
      </p>
      <h1>{t('agreements.newTitle')}</h1>
      <AgreementForm submitLabel={t('agreements.create')} onSubmit={onSubmit} />
    </>
  );
}

export function EditAgreementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const navigate = useNavigate();
  const flash = useFlash();
  const agreement = useAgreement(id);
  const update = useUpdateAgreement(id);
  useDocumentTitle(agreement.data ? t('agreements.editTitle', { name: agreement.data.name }) : t('agreements.title'));
  if (!canWrite) return <Navigate to={`/agreements/${id}`} replace />;
  if (agreement.isPending) return <Loading />;
  if (agreement.isError) return <ErrorMessage error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const loaded = agreement.data;

  async function onSubmit(body: NewAgreement) {
    // A patch has no null phase (null would not mean "clear"); the form always sets one.
    await update.mutateAsync({ version: loaded.version, patch: { ...body, phase: body.phase ?? undefined } });
    flash.show(t('forms.updated'), `/agreements/${id}`);
    navigate(`/agreements/${id}`);
  }

  return (
    <>
      <p>
        <Link to={`/agreements/${id}`}>{t('common.back')}</Link>
      </p>
      <h1>{t('agreements.editTitle', { name: loaded.name })}</h1>
      <AgreementForm
        key={loaded.version}
        agreement={loaded}
        submitLabel={t('common.save')}
        onSubmit={onSubmit}
        staleAction={
          <button type="button" className="button" onClick={() => void agreement.refetch()}>
            {t('common.reload')}
          </button>
        }
      />
    </>
  );
}
