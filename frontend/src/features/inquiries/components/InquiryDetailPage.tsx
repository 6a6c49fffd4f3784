import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCan } from '@/lib/permissions';
import { DetailPage } from '@/components/pages/DetailPage';
import { useInquiry } from '../api/inquiries';
import { BreachedBadge, InquiryStatusBadge } from './InquiryBadges';
import { InquiryDefinition, InquiryPersonalData, InquiryTimes } from './InquiryDefinition';
import { MessagesSection } from './MessagesSection';
import { ProposeSection } from './ProposeSection';
import { TriageSection } from './TriageSection';
import './inquiries.css';

/**
 * `/arenden/:id`: an inquiry. What it is about and where, its clock against the target, the personal
 * data of the one who raised it (until purged), triage for those it allows `update`, proposing it for
 * a council's agenda (`propose`), and its internal notes and public replies.
 */
export function InquiryDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  return (
    <DetailPage
      query={useInquiry(id)}
      title={(i) => t('inquiries.detail.title', { reference: i.reference })}
      loadingTitle={t('inquiries.title')}
      back="/arenden"
      backLabel={t('inquiries.backToList')}
    >
      {(i) => (
        <>
          <p className="inquiry-heading-badges">
            <InquiryStatusBadge status={i.status} />
            <BreachedBadge breached={i.breached} />
          </p>
          <InquiryDefinition inquiry={i} />
          <InquiryTimes inquiry={i} />
          <InquiryPersonalData inquiry={i} />
          {can('update', i) && <TriageSection inquiry={i} />}
          <ProposeSection inquiry={i} />
          <MessagesSection inquiry={i} />
        </>
      )}
    </DetailPage>
  );
}
