import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '@/api/types';
import { formatDateTime } from '@/lib/format';
import { entityName } from '@/lib/names';
import type { Classification, Minutes, MinutesStatus, Paragraph, Review } from '../api/minutes';
import { decisionLabel } from '../lib/minutes';

/** The id of the minutes' status line: it takes the focus when the minutes change hands (submitted, sent back, adjusted). */
export const MINUTES_STATUS_ID = 'minutes-status';

/** The minutes' status as a badge: "Utkast", "Hos justerarna", "Justerat". */
export function MinutesStatusBadge({ status }: { status: MinutesStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-minutes-${status}`}>{t(`minutes.statuses.${status}`)}</span>;
}

/** "Intern" or "Sekretess" on a paragraph that is not public (in print too); nothing on a public one. */
export function ClassificationMark({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  if (classification === 'public') return null;
  return <span className={`badge badge-classification-${classification}`}>{t(`minutes.classification.${classification}`)}</span>;
}

/** "§ 3 Trygghetsvandring i stadsdelen". */
export const paragraphHeading = (p: Pick<Paragraph, 'number' | 'title'>) => `§ ${p.number} ${p.title}`;

/** The adjusters' comments (a round's, on one paragraph or on the whole minutes). */
export function ReviewComments({ reviews, names, label }: { reviews: Review[]; names: Minutes['names']; label: string }) {
  const { t, i18n } = useTranslation();
  if (reviews.length === 0) return null;
  return (
    <div className="review-comments">
      <p className="subheading">{label}</p>
      <ul className="plain-list">
        {reviews.map((r, i) => (
          <li key={`${r.person_id}-${r.created_at}-${i}`}>
            <span className="muted">
              {t('minutes.review.by', { name: entityName(r.person_id, names) ?? t('common.nameMissing'), date: formatDateTime(r.created_at, i18n.language) })}
            </span>
            <span className="pre-line">{r.comment}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A paragraph as written: text, decision with its number, result; "Omedelbart justerad" when so. */
export function ParagraphText({ paragraph: p }: { paragraph: Paragraph }) {
  const { t, i18n } = useTranslation();
  const number = decisionLabel(p);
  return (
    <>
      {p.minutes_text ? <p className="pre-line">{p.minutes_text}</p> : <p className="muted">{t('minutes.paragraph.noText')}</p>}
      {p.decision && (
        <div className="decision">
          <p className="subheading">
            {t('minutes.paragraph.decision')}
            {number && <> {t('minutes.paragraph.decisionNumber', { number })}</>}
          </p>
          <p className="pre-line">{p.decision}</p>
        </div>
      )}
      {p.result && <p>{t('minutes.paragraph.resultIs', { result: t(`minutes.results.${p.result}`) })}</p>}
      {p.adjusted_at && (
        <p className="badge badge-minutes-adjusted">{t('minutes.paragraph.adjustedAt', { date: formatDateTime(p.adjusted_at, i18n.language) })}</p>
      )}
    </>
  );
}

/** The links from the meeting page: the minutes and the printable protocol (not for a cancelled meeting). */
export function MinutesLinks({ meeting }: { meeting: Pick<Meeting, 'id' | 'status'> }) {
  const { t } = useTranslation();
  if (meeting.status === 'cancelled') return null;
  return (
    <p className="button-row">
      <Link to={`/meetings/${meeting.id}/minutes`} className="button">
        {t('minutes.link')}
      </Link>
      <Link to={`/meetings/${meeting.id}/protocol`} className="button">
        {t('minutes.protocolLink')}
      </Link>
    </p>
  );
}
