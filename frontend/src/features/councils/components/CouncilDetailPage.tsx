import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { namesOf } from '@/lib/names';
import { useCan } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { EntityLinks } from '@/components/EntityLink';
import { useCouncil } from '../api/councils';
import { CouncilOverview } from './CouncilOverview';
import { MandateSection } from './MandateSection';
import { SeatsSection } from './SeatsSection';
import { HistorySection } from './HistorySection';
import { AgreementsSection, ChildrenSection } from './RelatedSections';

export function CouncilDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const council = useCouncil(id);
  useDocumentTitle(council.data?.name ?? t('councils.title'));

  if (council.isPending) return <Loading />;
  if (council.isError) return <ErrorMessage error={council.error} onRetry={() => void council.refetch()} />;
  const c = council.data;

  return (
    <>
      <p>
        <Link to="/councils">{t('councils.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{c.name}</h1>
        {can('update', c) && (
          <Link to={`/councils/${c.id}/edit`} className="button button-primary">
            {t('common.edit')}
          </Link>
        )}
      </div>
      <CouncilOverview council={c} />
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t('councils.fields.areas')}</h2>
        <p>
          <EntityLinks kind="area" ids={c.area_ids} names={namesOf(c)} />
        </p>
      </section>
      <MandateSection council={c} />
      <SeatsSection council={c} />
      <HistorySection council={c} />
      <ChildrenSection council={c} />
      <AgreementsSection council={c} />
    </>
  );
}
