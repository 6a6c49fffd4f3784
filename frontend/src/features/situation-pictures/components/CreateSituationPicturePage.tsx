import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { NewSituationPicture, SituationPicture } from '@/api/types';
import { areaQuery } from '@/lib/resources';
import { thisYear } from '@/lib/years';
import { CreatePage } from '@/components/pages/CreatePage';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import type { FormBinding } from '@/components/ui/form';
import { Loading } from '@/components/ui/Spinner';
import { useCreateSituationPicture, useSituationPicture } from '../api/situation-pictures';
import { emptyState, stateFrom, uncopiedParts } from '../lib/form';
import { SituationPictureForm } from './SituationPictureForm';
import './situation-pictures.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (v: string | null) => (v && UUID.test(v) ? v : null);

/**
 * `/situation-pictures/new`: a new draft; `?area_id=…` starts it in an area. `?replaces_id=…` makes
 * a new version of an adopted picture: the form starts as a copy of it (what the caller may read of
 * it), and the new version replaces it once adopted.
 */
export function CreateSituationPicturePage() {
  const [params] = useSearchParams();
  const [replacesId] = useState(() => uuidOrNull(params.get('replaces_id')));
  const [areaId] = useState(() => uuidOrNull(params.get('area_id')));
  return replacesId ? <NewVersionPage replacesId={replacesId} /> : <NewPicturePage areaId={areaId} />;
}

function NewPicturePage({ areaId }: { areaId: string | null }) {
  const { t } = useTranslation();
  // The one place a name is read for itself: the area of the URL (docs/frontend.md, "Names"), labelled
  // as the area picker labels its options.
  const area = useQuery({ ...areaQuery(areaId ?? ''), enabled: !!areaId });
  const names = area.data ? { [area.data.id]: `${area.data.name} (${t(`areas.kinds.${area.data.kind}`)})` } : undefined;
  const [initial] = useState(() => emptyState({ area_id: areaId ?? undefined, year: thisYear() }));
  return (
    <Page title={t('situations.newTitle')}>{(form) => <SituationPictureForm initial={initial} names={names} {...form} />}</Page>
  );
}

function NewVersionPage({ replacesId }: { replacesId: string }) {
  const original = useSituationPicture(replacesId);
  if (original.isPending) return <Loading />;
  if (original.isError) return <ErrorMessage error={original.error} onRetry={() => void original.refetch()} />;
  return <NewVersionForm original={original.data} />;
}

function NewVersionForm({ original }: { original: SituationPicture }) {
  const { t } = useTranslation();
  const [initial] = useState(() => stateFrom(original, { revise: true }));
  const uncopied = uncopiedParts(original);
  return (
    <Page
      title={t('situations.versions.newTitle', { title: original.title })}
      back={`/situation-pictures/${original.id}`}
      intro={
        <>
          <p>{t('situations.versions.intro')}</p>
          {uncopied.length > 0 && (
            <div className="alert alert-warning">
              <p>{t('situations.versions.uncopied', { parts: uncopied.map((p) => t(`situations.parts.${p}`)).join(', ') })}</p>
            </div>
          )}
        </>
      }
    >
      {(form) => <SituationPictureForm initial={initial} names={original.names} {...form} />}
    </Page>
  );
}

/** The create page of either kind: after creating, the new draft's page. */
function Page({
  title,
  back = '/situation-pictures',
  intro,
  children,
}: {
  title: string;
  back?: string;
  intro?: ReactNode;
  children: (form: FormBinding<NewSituationPicture>) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <CreatePage
      title={title}
      collection="situation-pictures"
      back={back}
      backLabel={back === '/situation-pictures' ? t('situations.backToList') : t('situations.versions.back')}
      intro={intro}
      submitLabel={t('situations.form.create')}
      pendingLabel={t('situations.form.creating')}
      create={useCreateSituationPicture()}
      done={(s) => ({ to: `/situation-pictures/${s.id}`, message: t('situations.form.created', { title: s.title }) })}
    >
      {children}
    </CreatePage>
  );
}
