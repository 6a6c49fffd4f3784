import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CreatePage } from '@/components/pages/CreatePage';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { useCreateInitiative, usePrefillParent } from '../api/initiatives';
import { prefillParent } from '../lib/filters';
import { InitiativeForm, type InitiativePrefill } from './InitiativeForm';

/**
 * `/initiatives/new`, or `/initiatives/new?parent_id=…` ("Ny delinsats" on an initiative's page): the
 * form opens in the parent's council and areas, with the parent chosen.
 */
export function CreateInitiativePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [parentId] = useState(() => prefillParent(params));
  const parent = usePrefillParent(parentId);
  const create = useCreateInitiative();

  let prefill: InitiativePrefill = {};
  if (parentId) {
    if (parent.isPending) return <Loading />;
    if (parent.isError) return <ErrorMessage error={parent.error} onRetry={() => void parent.refetch()} />;
    const p = parent.data;
    prefill = { council_id: p.council_id, parent_id: p.id, area_ids: p.area_ids, names: { ...p.names, [p.id]: p.title } };
  }

  return (
    <CreatePage
      title={parentId && parent.data ? t('initiatives.newChildTitle', { parent: parent.data.title }) : t('initiatives.newTitle')}
      collection="initiatives"
      back={parentId ? `/initiatives/${parentId}` : '/initiatives'}
      backLabel={parentId ? t('initiatives.backToParent') : t('initiatives.backToList')}
      submitLabel={t('initiatives.form.create')}
      pendingLabel={t('initiatives.form.creating')}
      create={create}
      done={(i) => ({ to: `/initiatives/${i.id}`, message: t('initiatives.form.created', { title: i.title }) })}
    >
      {(form) => <InitiativeForm prefill={prefill} {...form} />}
    </CreatePage>
  );
}
