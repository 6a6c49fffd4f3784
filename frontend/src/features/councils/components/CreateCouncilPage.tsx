import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import type { CouncilKind, NewCouncil } from '@/api/types';
import { useCollectionCan } from '@/lib/permissions';
import { Loading } from '@/components/ui/Spinner';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { oneOf } from '@/components/list/useUrlFilters';
import { COUNCIL_KINDS, useCreateCouncil, usePrefillNames } from '../api/councils';
import { CouncilForm, type CouncilPrefill } from './CouncilForm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?kind=local_steering_group&area_id=…&parent_id=…` opens the form prefilled (e.g. from the coverage report). */
export function prefillFromParams(params: URLSearchParams): CouncilPrefill {
  const kind = oneOf<CouncilKind>(params.get('kind'), COUNCIL_KINDS);
  const areas = params.getAll('area_id').filter((a) => UUID.test(a));
  const parent = params.get('parent_id');
  return {
    ...(kind ? { kind } : {}),
    ...(areas.length ? { area_ids: areas } : {}),
    ...(parent && UUID.test(parent) ? { parent_id: parent } : {}),
  };
}

export function CreateCouncilPage() {
  const { t } = useTranslation();
  const mayCreate = useCollectionCan('councils');
  const navigate = useNavigate();
  const flash = useFlash();
  const [params] = useSearchParams();
  const [prefill] = useState(() => prefillFromParams(params));
  const prefillNames = usePrefillNames(prefill);
  const create = useCreateCouncil();
  const withKey = useIdempotencyKey();
  useDocumentTitle(t('councils.newTitle'));

  if (mayCreate === undefined) return <Loading />;
  if (!mayCreate) return <Navigate to="/councils" replace />;

  async function onSubmit(body: NewCouncil) {
    const c = await withKey((idempotencyKey) => create.mutateAsync({ body, idempotencyKey }));
    const target = `/councils/${c.id}`;
    flash.show(t('councils.form.created', { name: c.name }), target);
    navigate(target);
  }

  return (
    <>
      <p>
        <Link to="/councils">{t('councils.backToList')}</Link>
      </p>
      <h1>{t('councils.newTitle')}</h1>
      <CouncilForm prefill={{ ...prefill, names: prefillNames }} submitLabel={t('councils.form.create')} pendingLabel={t('councils.form.creating')} onSubmit={onSubmit} />
    </>
  );
}
