import { Fragment, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useCan, type WithActions } from '@/lib/permissions';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import type { FormBinding } from '@/components/ui/form';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { BackLink, useFinish, type Done } from './parts';

export interface EditPageProps<T extends WithActions & { version: number }, B, S> {
  /** The resource's detail query. */
  query: UseQueryResult<T>;
  /** The heading and the document title. */
  title: string | ((resource: T) => string);
  /** The document title while the resource loads (default: `title` when it is a string). */
  loadingTitle?: string;
  /** The back link's target, and where a user the resource does not allow `update` is sent. */
  back: string;
  /** The back link's text; default "Tillbaka". */
  backLabel?: string;
  /** Between the heading and the form. */
  intro?: ReactNode;
  /** The submit button's text; default "Spara". */
  submitLabel?: string;
  /** The feature's update mutation (`useUpdateMutation`): sends the form's body with If-Match for the version shown. */
  update: { mutateAsync: (vars: { version: number; patch: B }) => Promise<S> };
  /** Where to go after saving, with what message; default: back, "Ändringarna har sparats." */
  done?: (saved: S, body: B) => Done;
  /** The form (and what follows it), given the loaded resource and the binding to spread on the form. */
  children: (resource: T, form: FormBinding<B>) => ReactNode;
}

/**
 * An edit page: loads the resource (loading, error with retry, not found), sends a user whose
 * `allowed_actions` lack `update` back, and renders back link, heading and form. The form starts
 * afresh for each version (after the 412 notice's reload button has fetched the new one); saving
 * sends If-Match with the version shown, then shows the message at `done`'s page.
 */
export function EditPage<T extends WithActions & { version: number }, B, S>({
  query,
  title,
  loadingTitle,
  back,
  backLabel,
  intro,
  submitLabel,
  update,
  done,
  children,
}: EditPageProps<T, B, S>) {
  const { t } = useTranslation();
  const can = useCan();
  const finish = useFinish();
  const heading = (r: T) => (typeof title === 'string' ? title : title(r));
  useDocumentTitle(query.data ? heading(query.data) : (loadingTitle ?? (typeof title === 'string' ? title : null)));

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const loaded = query.data;
  if (!can('update', loaded)) return <Navigate to={back} replace />;

  async function onSubmit(body: B) {
    const saved = await update.mutateAsync({ version: loaded.version, patch: body });
    finish(done ? done(saved, body) : { to: back, message: t('forms.updated') });
  }

  const reload = (
    <button type="button" className="button" onClick={() => void query.refetch()}>
      {t('common.reload')}
    </button>
  );

  return (
    <>
      <BackLink to={back} label={backLabel} />
      <h1>{heading(loaded)}</h1>
      {intro}
      {/* A new version (after a reload) starts a fresh form. */}
      <Fragment key={loaded.version}>
        {children(loaded, { submitLabel: submitLabel ?? t('common.save'), pendingLabel: t('common.saving'), onSubmit, staleAction: reload })}
      </Fragment>
    </>
  );
}
