import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/api/types';
import { isApiError } from '@/lib/problem';
import { fieldErrorText, problemText } from '@/lib/problem-text';
import { useAuth } from '@/lib/auth-context';

export type Errors = Record<string, string>;

/** DOM id of the control for an API field name ("cadence.rrule" → "council-cadence-rrule"). */
export function formFieldId(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/\[(\d+)\]\.?/g, '-$1-').replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

export interface ServerFormOptions {
  /** Prefix for DOM ids of the controls. */
  prefix: string;
  /** The API field names that have a control in the form; other field errors go to the summary. */
  isKnownField: (field: string) => boolean;
  /** A human label for a field, for the error summary. */
  labelFor: (field: string) => string;
  /** Message for a 409; default: the server's detail. */
  conflictMessage?: (code: string | undefined, detail: string | undefined) => string | null;
  /** A message for a particular field and code (e.g. a rule only this form knows); null for the default. */
  fieldMessage?: (field: string, code: string, message: string) => string | null;
}

/**
 * The error handling shared by the forms: client and server (422) field errors shown at the field
 * (aria-invalid, aria-describedby), a focused error summary, a 412 "stale" alert, a 403 alert (with the
 * fields a 403 names as `not_allowed`, also shown at those fields), and general errors.
 */
export function useServerForm({ prefix, isKnownField, labelFor, conflictMessage, fieldMessage }: ServerFormOptions) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [forbidden, setForbidden] = useState(false);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const staleRef = useRef<HTMLDivElement>(null);
  const forbiddenRef = useRef<HTMLDivElement>(null);
  const role = useAuth().user?.role;

  useEffect(() => {
    if (attempt === 0) return;
    if (stale) staleRef.current?.focus();
    else if (forbidden) forbiddenRef.current?.focus();
    else summaryRef.current?.focus();
  }, [attempt, stale, forbidden]);

  const exists = (key: string) => i18n.exists(key);
  const messageFor = (code: string, fallback: string) => fieldErrorText(t, exists, code, fallback);

  const id = (field: string) => formFieldId(prefix, field);

  /** Shows client-side errors; returns true when there were any (and the request should not be sent). */
  function clientErrors(errs: Errors): boolean {
    setStale(false);
    setForbidden(false);
    if (Object.keys(errs).length === 0) return false;
    setErrors(errs);
    setGeneral([]);
    setAttempt((a) => a + 1);
    return true;
  }

  /** Sorts the server's field errors: a known field's at the field, any other into the general list. */
  function collectFieldErrors(list: readonly FieldError[], mapField: (field: string) => string, fieldErrors: Errors, generalErrors: string[]) {
    for (const fe of list) {
      const field = mapField(fe.field);
      const msg = fieldMessage?.(field, fe.code, fe.message) ?? messageFor(fe.code, fe.message);
      if (isKnownField(field)) fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${msg}` : msg;
      else generalErrors.push(`${labelFor(field)}: ${msg}`);
    }
  }

  /** Runs the request and turns a failure into field errors, a stale notice or a general error. */
  async function submit(run: () => Promise<void>, mapField: (field: string) => string = (f) => f): Promise<boolean> {
    if (pending) return false;
    setPending(true);
    setStale(false);
    setForbidden(false);
    try {
      await run();
      setErrors({});
      setGeneral([]);
      return true;
    } catch (err) {
      const fieldErrors: Errors = {};
      const generalErrors: string[] = [];
      if (isApiError(err) && err.status === 412) {
        setStale(true);
      } else if (isApiError(err) && err.status === 403) {
        // Not a validation error: the user's role does not allow this, whatever they type. A 403 may
        // name the fields the caller may not change (`not_allowed`): those are shown at their fields too.
        setForbidden(true);
        collectFieldErrors(err.fieldErrors, mapField, fieldErrors, generalErrors);
      } else if (isApiError(err) && err.status === 422 && err.fieldErrors.length > 0) {
        collectFieldErrors(err.fieldErrors, mapField, fieldErrors, generalErrors);
      } else if (isApiError(err) && err.status === 409) {
        const custom = conflictMessage?.(err.problem?.code, err.problem?.detail ?? undefined);
        generalErrors.push(custom ?? problemText(t, exists, err));
      } else {
        generalErrors.push(problemText(t, exists, err));
      }
      setErrors(fieldErrors);
      setGeneral(generalErrors);
      setAttempt((a) => a + 1);
      return false;
    } finally {
      setPending(false);
    }
  }

  function fieldProps(field: string, hintId?: string) {
    const error = errors[field];
    const describedBy = [hintId, error ? `${id(field)}-error` : null].filter(Boolean).join(' ');
    return {
      id: id(field),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    } as const;
  }

  /** For a composite control (combobox, checkbox list) that renders its own input: its error state. */
  function errorProps(field: string) {
    return { invalid: !!errors[field], describedBy: errors[field] ? `${id(field)}-error` : undefined };
  }

  /** For a control that is a fieldset (checkbox list): its error state, and the error to show inside it. */
  function fieldsetProps(field: string) {
    return { ...errorProps(field), error: renderError(field) };
  }

  function renderError(field: string) {
    const error = errors[field];
    if (!error) return null;
    return (
      <p id={`${id(field)}-error`} className="field-error">
        <span className="visually-hidden">{t('forms.errorPrefix')}: </span>
        {error}
      </p>
    );
  }

  const hasErrors = Object.keys(errors).length > 0 || general.length > 0;

  /** The errors as a list: a field's links to its control. */
  function errorList() {
    return (
      <ul>
        {Object.entries(errors).map(([field, msg]) => (
          <li key={field}>
            <a
              href={`#${id(field)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(id(field))?.focus();
              }}
            >
              {labelFor(field)}: {msg}
            </a>
          </li>
        ))}
        {general.map((msg, i) => (
          <li key={`g${i}`}>{msg}</li>
        ))}
      </ul>
    );
  }

  function renderSummary(staleAction?: ReactNode) {
    return (
      <>
        {forbidden && (
          <div ref={forbiddenRef} className="alert alert-error" role="alert" tabIndex={-1}>
            <p>
              <strong>{t('problems.forbiddenTitle')}</strong>
            </p>
            <p>{t('problems.forbiddenRole', { role: role ? t(`roles.${role}`) : '' })}</p>
            {hasErrors && errorList()}
          </div>
        )}
        {stale && (
          <div ref={staleRef} className="alert alert-error" role="alert" tabIndex={-1}>
            <p>{t('forms.stale')}</p>
            {staleAction}
          </div>
        )}
        {hasErrors && !stale && !forbidden && (
          <div ref={summaryRef} className="error-summary" tabIndex={-1} aria-labelledby={`${prefix}-summary-title`} role="group">
            <h2 id={`${prefix}-summary-title`}>{t('forms.errorSummary')}</h2>
            <p>{t('forms.errorSummaryIntro')}</p>
            {errorList()}
          </div>
        )}
      </>
    );
  }

  return { errors, pending, stale, forbidden, id, clientErrors, submit, fieldProps, errorProps, fieldsetProps, renderError, renderSummary };
}

/** What `useServerForm` returns, for subcomponents that render part of a form. */
export type ServerForm = ReturnType<typeof useServerForm>;

/** The one-line reminder on forms with free text. */
export function PublicRecordNote() {
  const { t } = useTranslation();
  return <p className="hint public-record-note">{t('forms.publicRecordNote')}</p>;
}

/**
 * The visible "(obligatoriskt)" after a required field's label. Hidden from assistive technology,
 * which gets the same fact from the control's aria-required, so the accessible name stays the label.
 */
export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="required-mark" aria-hidden="true">
      {' '}
      {t('forms.requiredMark')}
    </span>
  );
}

/** What a page hands its resource form: `EditPage` and `CreatePage` fill it in, the form spreads it on `<Form>`. */
export interface FormBinding<B> {
  submitLabel: string;
  /** The button's text while the request runs; default "Sparar …". */
  pendingLabel?: string;
  /** Sends the body; throws the API's error, which the form shows (`useServerForm.submit`). */
  onSubmit: (body: B) => Promise<void>;
  /** Shown with the 412 "changed by someone else" notice: the edit page's reload button. */
  staleAction?: ReactNode;
}

/**
 * The `<form>` of a `useServerForm` form: the error summary (and the 412 and 403 notices) first, the
 * fields, then the submit button, which says `pendingLabel` and is disabled while the request runs.
 * `onSubmit` runs on submit (the browser's own validation and submission are off).
 */
export function Form({
  form,
  onSubmit,
  submitLabel,
  pendingLabel,
  staleAction,
  children,
}: {
  form: ServerForm;
  onSubmit: () => void | Promise<void>;
  submitLabel: string;
  pendingLabel?: string;
  staleAction?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      noValidate
      className="form"
      aria-busy={form.pending || undefined}
    >
      {form.renderSummary(staleAction)}
      {children}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? (pendingLabel ?? t('common.saving')) : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** What every field takes: the form, the API field name (the control's id and its errors), the label. */
export interface FieldProps {
  form: ServerForm;
  /** The API field name ("name", "mandate.decided_on", "contact_details[0].value"). */
  field: string;
  label: ReactNode;
  /** A hint under the label, read with the control (aria-describedby). */
  hint?: ReactNode;
  /** `required` and `aria-required` on the control, and "(obligatoriskt)" after the label. */
  required?: boolean;
  /**
   * false: no visible "(obligatoriskt)" for a required field. Only for the fields that never had it
   * (their tests find them by the bare label); a new required field shows the mark.
   */
  requiredMark?: boolean;
}

/** label, hint, error, control: the layout of every single-control field. */
function FieldFrame({ form, field, label, hint, required, requiredMark = true, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={form.id(field)}>
        {label}
        {required && requiredMark && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${form.id(field)}-hint`} className="hint">
          {hint}
        </p>
      )}
      {form.renderError(field)}
      {children}
    </div>
  );
}

/** The control's id, error wiring (aria-invalid, aria-describedby with the hint) and required state. */
function controlProps({ form, field, hint, required }: FieldProps) {
  return {
    ...form.fieldProps(field, hint ? `${form.id(field)}-hint` : undefined),
    ...(required ? { required: true, 'aria-required': true } : {}),
  };
}

function splitField<P extends FieldProps>({ form, field, label, hint, required, requiredMark, ...rest }: P) {
  return { frame: { form, field, label, hint, required, requiredMark }, rest };
}

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'form' | 'value' | 'onChange' | 'required' | 'checked' | 'type'>;

/** A text input (also e-mail, phone, number, date, time, local date and time): `value` is the input's text. */
export function TextField(
  props: FieldProps & InputAttributes & { type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'date' | 'time' | 'datetime-local'; value: string; onChange: (value: string) => void },
) {
  const { frame, rest } = splitField(props);
  const { type = 'text', value, onChange, ...input } = rest;
  return (
    <FieldFrame {...frame}>
      <input {...controlProps(frame)} {...input} type={type} value={value} onChange={(e) => onChange(e.target.value)} />
    </FieldFrame>
  );
}

/** A date (`YYYY-MM-DD`, '' for none). */
export function DateField(props: FieldProps & { value: string; onChange: (value: string) => void }) {
  return <TextField {...props} type="date" />;
}

type TextareaAttributes = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'form' | 'value' | 'onChange' | 'required'>;

export function TextAreaField(props: FieldProps & TextareaAttributes & { value: string; onChange: (value: string) => void }) {
  const { frame, rest } = splitField(props);
  const { value, onChange, ...textarea } = rest;
  return (
    <FieldFrame {...frame}>
      <textarea {...controlProps(frame)} {...textarea} value={value} onChange={(e) => onChange(e.target.value)} />
    </FieldFrame>
  );
}

/**
 * A choice from a small fixed set (kinds, roles, a council's seats; many go in `EntityCombobox`).
 * `empty` adds a first option with the value '' (none, or "choose …"); `value` is then `V | ''`.
 */
export function SelectField<V extends string>(
  props: FieldProps & {
    value: V;
    onChange: (value: V) => void;
    options: readonly V[];
    optionLabel: (option: V, index: number) => string;
    empty?: string;
  },
) {
  const { frame, rest } = splitField(props);
  const { value, onChange, options, optionLabel, empty } = rest;
  return (
    <FieldFrame {...frame}>
      <select {...controlProps(frame)} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o, i) => (
          <option key={o} value={o}>
            {optionLabel(o, i)}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A checkbox with its label after it. */
export function CheckboxField({ form, field, label, checked, onChange }: Omit<FieldProps, 'hint' | 'required' | 'requiredMark'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field field-checkbox">
      {form.renderError(field)}
      <label>
        <input {...form.fieldProps(field)} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
        {label}
      </label>
    </div>
  );
}
