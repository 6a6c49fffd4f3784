import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useCollectionCan } from '@/lib/permissions';
import type { Collection } from '@/lib/resources';
import type { FormBinding } from '@/components/ui/form';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { BackLink, useFinish, type Done } from './parts';

export interface CreatePageProps<B, S> {
  /** The heading and the document title. */
  title: string;
  /** The back link: the list (or the parent's page). */
  back: string;
  backLabel: string;
  /** Between the heading and the form. */
  intro?: ReactNode;
  /**
   * The collection whose list page's `allowed_actions` must include `create` (`useCollectionCan`);
   * a user without it is sent to `back`. Left out for a nested resource (a council's seats): its
   * parent's page offers the link only to those the parent allows.
   */
  collection?: Collection;
  submitLabel: string;
  /** The button's text while the request runs; default "Sparar …". */
  pendingLabel?: string;
  /** The feature's create mutation (`useCreateMutation`, which adds the Idempotency-Key). */
  create: { mutateAsync: (body: B) => Promise<S> };
  /** Where to go after creating, with what message (usually the new resource's page). */
  done: (saved: S, body: B) => Done;
  /** The form, given the binding to spread on it. */
  children: (form: FormBinding<B>) => ReactNode;
}

/** A create page: back link, heading and the form; after a create, the message at `done`'s page. */
export function CreatePage<B, S>({ title, back, backLabel, intro, collection, submitLabel, pendingLabel, create, done, children }: CreatePageProps<B, S>) {
  const finish = useFinish();
  useDocumentTitle(title);

  async function onSubmit(body: B) {
    const saved = await create.mutateAsync(body);
    finish(done(saved, body));
  }

  const page = (
    <>
      <BackLink to={back} label={backLabel} />
      <h1>{title}</h1>
      {intro}
      {children({ submitLabel, pendingLabel, onSubmit })}
    </>
  );
  return collection ? (
    <MayCreate collection={collection} otherwise={back}>
      {page}
    </MayCreate>
  ) : (
    page
  );
}

/** Its children once the collection's list page allows `create`; otherwise a redirect. */
function MayCreate({ collection, otherwise, children }: { collection: Collection; otherwise: string; children: ReactNode }) {
  const mayCreate = useCollectionCan(collection);
  if (mayCreate === undefined) return <Loading />;
  if (!mayCreate) return <Navigate to={otherwise} replace />;
  return children;
}
