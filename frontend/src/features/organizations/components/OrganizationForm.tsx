import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactType, NewOrganization, Organization, OrganizationKind } from '@/api/types';
import { isApiError } from '@/lib/problem';
import { RequiredMark } from '@/components/ui/form';
import { ORGANIZATION_KINDS, useAllOrganizations } from '../api/organizations';

const CONTACT_TYPES: ContactType[] = ['email', 'phone', 'url', 'address', 'other'];

interface ContactRow {
  key: number;
  type: ContactType;
  value: string;
  label: string;
}

interface FormState {
  /** Empty until the user chooses: there is no sensible default kind. */
  kind: OrganizationKind | '';
  name: string;
  parent_id: string;
  organization_number: string;
  contacts: ContactRow[];
}

type Errors = Record<string, string>;

let rowKey = 0;

function toState(org?: Organization): FormState {
  return {
    kind: org?.kind ?? '',
    name: org?.name ?? '',
    parent_id: org?.parent_id ?? '',
    organization_number: org?.organization_number ?? '',
    contacts: (org?.contact_details ?? []).map((c) => ({
      key: ++rowKey,
      type: c.type,
      value: c.value,
      label: c.label ?? '',
    })),
  };
}

/** DOM id of the control for an API field name ("contact_details[0].value" → row control). */
export function fieldDomId(field: string): string {
  return `org-${field.replace(/\[(\d+)\]\.?/g, '-$1-').replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

export interface OrganizationFormProps {
  organization?: Organization;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (body: NewOrganization) => Promise<void>;
  /** Extra content for a stale (412) result, e.g. a reload button. */
  staleAction?: ReactNode;
}

export function OrganizationForm({ organization, submitLabel, pendingLabel, onSubmit, staleAction }: OrganizationFormProps) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<FormState>(() => toState(organization));
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const staleRef = useRef<HTMLDivElement>(null);
  const orgs = useAllOrganizations();

  useEffect(() => {
    if (attempt === 0) return;
    if (stale) staleRef.current?.focus();
    else summaryRef.current?.focus();
  }, [attempt, stale]);

  const hasErrors = Object.keys(errors).length > 0 || general.length > 0;

  function messageFor(code: string, fallback: string): string {
    const key = `organizations.errors.${code}`;
    return i18n.exists(key) ? t(key) : fallback;
  }

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setState((s) => ({ ...s, [key]: value }));
  }

  function setContact(index: number, change: Partial<ContactRow>) {
    setState((s) => ({ ...s, contacts: s.contacts.map((c, i) => (i === index ? { ...c, ...change } : c)) }));
  }

  function addContact() {
    setState((s) => ({ ...s, contacts: [...s.contacts, { key: ++rowKey, type: 'email', value: '', label: '' }] }));
  }

  function removeContact(index: number) {
    setState((s) => ({ ...s, contacts: s.contacts.filter((_, i) => i !== index) }));
  }

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    // Rows left completely empty are dropped; remember which row each sent entry came from.
    const sentRows: number[] = [];
    state.contacts.forEach((c, i) => {
      if (c.value.trim() || c.label.trim()) sentRows.push(i);
    });

    const clientErrors: Errors = {};
    if (!state.kind) clientErrors.kind = t('organizations.form.kindRequired');
    if (!state.name.trim()) clientErrors.name = t('organizations.form.nameRequired');
    for (const i of sentRows) {
      if (!state.contacts[i].value.trim()) clientErrors[`contact_details[${i}].value`] = t('organizations.form.contactValueRequired');
    }
    setStale(false);
    if (!state.kind || Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      setGeneral([]);
      setAttempt((a) => a + 1);
      return;
    }

    const body: NewOrganization = {
      kind: state.kind,
      name: state.name.trim(),
      parent_id: state.parent_id || null,
      organization_number: state.organization_number.trim() || null,
      contact_details: sentRows.map((i) => {
        const c = state.contacts[i];
        return { type: c.type, value: c.value.trim(), label: c.label.trim() || null };
      }),
    };

    setPending(true);
    try {
      await onSubmit(body);
      setErrors({});
      setGeneral([]);
    } catch (err) {
      const fieldErrors: Errors = {};
      const generalErrors: string[] = [];
      if (isApiError(err) && err.status === 412) {
        setStale(true);
      } else if (isApiError(err) && err.status === 422 && err.fieldErrors.length > 0) {
        for (const fe of err.fieldErrors) {
          // Map the index of the sent contact entry back to the form row.
          const field = fe.field.replace(/^contact_details\[(\d+)\]/, (_, n: string) => `contact_details[${sentRows[Number(n)] ?? n}]`);
          const known = ['kind', 'name', 'parent_id', 'organization_number'].includes(field) || field.startsWith('contact_details[');
          const msg = messageFor(fe.code, fe.message);
          if (known) fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${msg}` : msg;
          else generalErrors.push(msg);
        }
      } else if (isApiError(err) && err.status === 409) {
        generalErrors.push(err.problem?.detail ?? t('organizations.form.conflict'));
      } else if (isApiError(err) && err.status === 403) {
        generalErrors.push(t('organizations.form.forbidden'));
      } else {
        generalErrors.push(isApiError(err) && err.problem?.detail ? err.problem.detail : t('organizations.form.failed'));
      }
      setErrors(fieldErrors);
      setGeneral(generalErrors);
      setAttempt((a) => a + 1);
    } finally {
      setPending(false);
    }
  }

  function fieldProps(field: string, hintId?: string) {
    const id = fieldDomId(field);
    const error = errors[field];
    const describedBy = [hintId, error ? `${id}-error` : null].filter(Boolean).join(' ');
    return {
      id,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    } as const;
  }

  function renderError(field: string) {
    const error = errors[field];
    if (!error) return null;
    return (
      <p id={`${fieldDomId(field)}-error`} className="field-error">
        <span className="visually-hidden">{t('organizations.form.errorSummary')}: </span>
        {error}
      </p>
    );
  }

  function focusField(e: React.MouseEvent, field: string) {
    e.preventDefault();
    document.getElementById(fieldDomId(field))?.focus();
  }

  function labelFor(field: string): string {
    const m = /^contact_details\[(\d+)\]\.(\w+)$/.exec(field);
    if (m) {
      const part = m[2] === 'type' ? 'contactType' : m[2] === 'label' ? 'contactLabel' : 'contactValue';
      return `${t('organizations.fields.contactRow', { n: Number(m[1]) + 1 })}: ${t(`organizations.fields.${part}`)}`;
    }
    const names: Record<string, string> = {
      kind: 'kind',
      name: 'name',
      parent_id: 'parent',
      organization_number: 'organizationNumber',
    };
    return names[field] ? t(`organizations.fields.${names[field]}`) : field;
  }

  const parentOptions = (orgs.data ?? [])
    .filter((o) => o.id !== organization?.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  // Keep the current parent selectable while the list loads.
  const parentMissing = state.parent_id && !parentOptions.some((o) => o.id === state.parent_id);

  return (
    <form onSubmit={handleSubmit} noValidate className="form" aria-busy={pending || undefined}>
      {stale && (
        <div ref={staleRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{t('organizations.form.stale')}</p>
          {staleAction}
        </div>
      )}
      {hasErrors && !stale && (
        <div ref={summaryRef} className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title" role="group">
          <h2 id="error-summary-title">{t('organizations.form.errorSummary')}</h2>
          <p>{t('organizations.form.errorSummaryIntro')}</p>
          <ul>
            {Object.entries(errors).map(([field, msg]) => (
              <li key={field}>
                <a href={`#${fieldDomId(field)}`} onClick={(e) => focusField(e, field)}>
                  {labelFor(field)}: {msg}
                </a>
              </li>
            ))}
            {general.map((msg, i) => (
              <li key={`g${i}`}>{msg}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="field">
        <label htmlFor={fieldDomId('kind')}>
          {t('organizations.fields.kind')}
          <RequiredMark />
        </label>
        {renderError('kind')}
        <select
          {...fieldProps('kind')}
          required
          aria-required="true"
          value={state.kind}
          onChange={(e) => set('kind', e.target.value as OrganizationKind | '')}
        >
          <option value="">{t('organizations.form.kindPlaceholder')}</option>
          {ORGANIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organizations.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor={fieldDomId('name')}>
          {t('organizations.fields.name')}
          <RequiredMark />
        </label>
        {renderError('name')}
        <input
          {...fieldProps('name')}
          type="text"
          required
          aria-required="true"
          maxLength={200}
          autoComplete="organization"
          value={state.name}
          onChange={(e) => set('name', e.target.value)}
        />
      </div>

      <div className="field">
        <label htmlFor={fieldDomId('parent_id')}>{t('organizations.fields.parent')}</label>
        {renderError('parent_id')}
        <select {...fieldProps('parent_id')} value={state.parent_id} onChange={(e) => set('parent_id', e.target.value)}>
          <option value="">{t('organizations.fields.noParent')}</option>
          {parentMissing && <option value={state.parent_id}>{state.parent_id}</option>}
          {parentOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor={fieldDomId('organization_number')}>{t('organizations.fields.organizationNumber')}</label>
        <p id="org-number-hint" className="hint">
          {t('organizations.fields.organizationNumberHint')}
        </p>
        {renderError('organization_number')}
        <input
          {...fieldProps('organization_number', 'org-number-hint')}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={state.organization_number}
          onChange={(e) => set('organization_number', e.target.value)}
        />
      </div>

      <fieldset className="contacts">
        <legend>{t('organizations.fields.contactDetails')}</legend>
        {state.contacts.length === 0 && <p>{t('organizations.fields.noContacts')}</p>}
        {state.contacts.map((c, i) => {
          const base = `contact_details[${i}]`;
          return (
            <fieldset key={c.key} className="contact-row">
              <legend>{t('organizations.fields.contactRow', { n: i + 1 })}</legend>
              <div className="field">
                <label htmlFor={fieldDomId(`${base}.type`)}>{t('organizations.fields.contactType')}</label>
                {renderError(`${base}.type`)}
                <select
                  {...fieldProps(`${base}.type`)}
                  value={c.type}
                  onChange={(e) => setContact(i, { type: e.target.value as ContactType })}
                >
                  {CONTACT_TYPES.map((ct) => (
                    <option key={ct} value={ct}>
                      {t(`organizations.contactTypes.${ct}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldDomId(`${base}.value`)}>
                  {t('organizations.fields.contactValue')}
                  <RequiredMark />
                </label>
                {renderError(`${base}.value`)}
                <input
                  {...fieldProps(`${base}.value`)}
                  type="text"
                  required
                  aria-required="true"
                  value={c.value}
                  onChange={(e) => setContact(i, { value: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={fieldDomId(`${base}.label`)}>{t('organizations.fields.contactLabel')}</label>
                {renderError(`${base}.label`)}
                <input
                  {...fieldProps(`${base}.label`)}
                  type="text"
                  value={c.label}
                  onChange={(e) => setContact(i, { label: e.target.value })}
                />
              </div>
              <button type="button" className="button button-small" onClick={() => removeContact(i)}>
                {t('organizations.fields.removeContact', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button" onClick={addContact}>
          {t('organizations.fields.addContact')}
        </button>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
