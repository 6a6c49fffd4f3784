import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPage } from '@/components/pages/DetailPage';
import { useInitiative } from '../api/initiatives';
import { ChildInitiativesSection } from './ChildInitiativesSection';
import { DeleteInitiativeSection } from './DeleteInitiativeSection';
import { InitiativeDefinition } from './InitiativeDefinition';
import { ProgressSection } from './ProgressSection';
import { TargetSection } from './TargetSection';
import './initiative-pages.css';

/**
 * `/initiatives/:id`: what the initiative is (kind, council, areas, lead and partners with their
 * commitments, owner, period, priority area, public or not, parent), its target and how far it has
 * come, the initiatives under it, and its progress reports newest first, with "Rapportera framsteg"
 * for those its `allowed_actions` allow `report`.
 */
export function InitiativeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useInitiative(id)}
      title={(i) => i.title}
      loadingTitle={t('initiatives.title')}
      back="/initiatives"
      backLabel={t('initiatives.backToList')}
      edit={(i) => `/initiatives/${i.id}/edit`}
    >
      {(i) => (
        <>
          <InitiativeDefinition initiative={i} />
          <TargetSection initiative={i} />
          <ChildInitiativesSection initiative={i} />
          <ProgressSection initiative={i} />
          <DeleteInitiativeSection initiative={i} />
        </>
      )}
    </DetailPage>
  );
}
