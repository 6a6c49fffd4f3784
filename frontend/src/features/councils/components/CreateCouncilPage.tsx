import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CouncilKind } from '@/api/types';
import { CreatePage } from '@/components/pages/CreatePage';
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
  const [params] = useSearchParams();
  const [prefill] = useState(() => prefillFromParams(params));
  const prefillNames = usePrefillNames(prefill);
  return (
    <CreatePage
      title={t('councils.newTitle')}
      collection="councils"
      back="/councils"
      backLabel={t('councils.backToList')}
      submitLabel={t('councils.form.create')}
      pendingLabel={t('councils.form.creating')}
      create={useCreateCouncil()}
      done={(c) => ({ to: `/councils/${c.id}`, message: t('councils.form.created', { name: c.name }) })}
    >
      {(form) => <CouncilForm prefill={{ ...prefill, names: prefillNames }} {...form} />}
    </CreatePage>
  );
}
