import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { namesOf } from '@/lib/names';
import { DetailPage } from '@/components/pages/DetailPage';
import { EntityLinks } from '@/components/EntityLink';
import { useCouncil } from '../api/councils';
import { CouncilOverview } from './CouncilOverview';
import { MeetingsSection } from './MeetingsSection';
import { CalendarSection } from './CalendarSection';
import { MandateSection } from './MandateSection';
import { SeatsSection } from './SeatsSection';
import { HistorySection } from './HistorySection';
import { AgreementsSection, ChildrenSection } from './RelatedSections';

export function CouncilDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useCouncil(id)}
      title={(c) => c.name}
      loadingTitle={t('councils.title')}
      back="/councils"
      backLabel={t('councils.backToList')}
      edit={(c) => `/councils/${c.id}/edit`}
    >
      {(c) => (
        <>
          <CouncilOverview council={c} />
          <MeetingsSection council={c} />
          <CalendarSection council={c} />
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
      )}
    </DetailPage>
  );
}
