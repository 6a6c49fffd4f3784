import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Meeting, Membership } from '@/api/types';
import { formatDate, formatDateTime } from '@/lib/format';
import { entityName } from '@/lib/names';
import { isApiError } from '@/lib/problem';
import { formatStockholmClock, formatStockholmDay, stockholmDate } from '@/lib/stockholm-time';
import { BackLink } from '@/components/pages/parts';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useMeeting } from '../api/meetings';
import { useAttendance, useCouncilTerms, useMinutes, type Attendance, type Minutes } from '../api/minutes';
import { absentLines, decisionLabel, presentLines, secretaryName, unrecordedNames, type PresentLine } from '../lib/minutes';
import { useCorrectionTarget } from './CorrectionsSection';
import { ClassificationMark, paragraphHeading } from './MinutesParts';
import './minutes.css';

/**
 * `/meetings/:id/protocol`: the minutes laid out as a Swedish protocol, to print (`@media print` in
 * `print.css` and `minutes.css`: no app chrome, black on white, no § split over two pages). Council,
 * "Protokoll", date, time, place; "Närvarande" with organisations, "Frånvarande"; each § with its text
 * and "Beslut"; övrigt; corrections; the signatures: "Vid protokollet" (the secretary) and "Justeras"
 * (each adjuster, with the date they approved), each name under a line to sign on. Paragraphs that
 * are not public are marked, in print too; a draft says it is not adjusted.
 */
export function ProtocolPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  const minutes = useMinutes(id);
  const attendance = useAttendance(id, minutes.isSuccess);
  const terms = useCouncilTerms(minutes.data?.council_id);
  const m = minutes.data;
  useDocumentTitle(
    m && meeting.data
      ? t('minutes.protocol.documentTitle', { council: m.names[m.council_id] ?? '', date: stockholmDate(meeting.data.starts_at) })
      : t('minutes.protocol.title'),
  );

  if (isApiError(minutes.error) && minutes.error.status === 403)
    return (
      <>
        <BackLink to={`/meetings/${id}`} label={t('minutes.backToMeeting')} />
        <h1>{t('minutes.protocol.title')}</h1>
        <p className="alert alert-info">{t('minutes.notAllowed')}</p>
      </>
    );
  if (minutes.isError) return <ErrorMessage error={minutes.error} onRetry={() => void minutes.refetch()} />;
  if (meeting.isError) return <ErrorMessage error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!m || !meeting.data || attendance.isPending) return <Loading />;

  return (
    <>
      <div className="protocol-toolbar no-print">
        <BackLink to={`/meetings/${id}/minutes`} label={t('minutes.protocol.back')} />
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('minutes.protocol.print')}
        </button>
      </div>
      {attendance.isError && (
        <p className="alert alert-error no-print" role="alert">
          {t('minutes.protocol.attendanceFailed')}
        </p>
      )}
      <Protocol meeting={meeting.data} minutes={m} attendance={attendance.data} terms={terms.data} />
    </>
  );
}

function Protocol({
  meeting,
  minutes: m,
  attendance,
  terms,
}: {
  meeting: Meeting;
  minutes: Minutes;
  attendance: Attendance[] | undefined;
  terms: Membership[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const present = presentLines(attendance, terms);
  const absent = absentLines(attendance, terms);
  const unrecorded = unrecordedNames(attendance);
  const secretary = secretaryName(attendance, terms);
  const target = useCorrectionTarget(m);
  const hasClosed = m.paragraphs.some((p) => p.classification !== 'public');
  const place = [meeting.location, meeting.mode !== 'in_person' ? t(`meetings.modes.${meeting.mode}`) : null].filter(Boolean).join(', ');
  return (
    <article className="protocol" aria-labelledby="protocol-title">
      <header className="protocol-header">
        <p className="protocol-council">{m.names[m.council_id] ?? entityName(m.council_id, meeting.names) ?? meeting.title}</p>
        <h1 id="protocol-title">{t('minutes.protocol.title')}</h1>
        {m.status !== 'adjusted' && <p className="protocol-draft">{t('minutes.protocol.notAdjusted')}</p>}
        <dl className="protocol-facts">
          <div>
            <dt>{t('minutes.protocol.date')}</dt>
            <dd>{formatStockholmDay(meeting.starts_at, lang, 'long')}</dd>
          </div>
          <div>
            <dt>{t('minutes.protocol.time')}</dt>
            <dd>
              {formatStockholmClock(meeting.starts_at)}–{formatStockholmClock(meeting.ends_at)}
            </dd>
          </div>
          <div>
            <dt>{t('minutes.protocol.place')}</dt>
            <dd>{place || t('common.none')}</dd>
          </div>
        </dl>
        {hasClosed && <p className="protocol-closed-note">{t('minutes.protocol.closedNote')}</p>}
      </header>

      <section className="protocol-present" aria-labelledby="protocol-present">
        <h2 id="protocol-present">{t('minutes.protocol.present')}</h2>
        {present.length === 0 ? <p>{t('minutes.protocol.noneRecorded')}</p> : <PersonLines lines={present} />}
      </section>

      <section className="protocol-present" aria-labelledby="protocol-absent">
        <h2 id="protocol-absent">{t('minutes.protocol.absent')}</h2>
        {absent.length > 0 ? (
          <PersonLines lines={absent} />
        ) : (
          <p>{present.length === 0 ? t('minutes.protocol.noneRecorded') : t('minutes.protocol.noneAbsent')}</p>
        )}
        {unrecorded.length > 0 && <p className="protocol-unrecorded">{t('minutes.protocol.unrecorded', { names: unrecorded.join(', ') })}</p>}
      </section>

      {m.paragraphs.map((p) => {
        const number = decisionLabel(p);
        return (
          <section key={p.id} className="protocol-paragraph" aria-labelledby={`protocol-p-${p.id}`}>
            <h2 id={`protocol-p-${p.id}`}>
              {paragraphHeading(p)} <ClassificationMark classification={p.classification} />
            </h2>
            {p.minutes_text && <p className="pre-line">{p.minutes_text}</p>}
            {p.decision ? (
              <div className="protocol-decision">
                <h3>
                  {t('minutes.protocol.decision')}
                  {number && <span className="protocol-decision-number"> {t('minutes.paragraph.decisionNumber', { number })}</span>}
                </h3>
                <p className="pre-line">{p.decision}</p>
              </div>
            ) : (
              p.result && p.result !== 'decided' && <p className="protocol-result">{t(`minutes.protocol.results.${p.result}`)}</p>
            )}
            {p.adjusted_at && (
              <p className="protocol-adjusted-now">{t('minutes.protocol.adjustedNow', { date: formatDate(stockholmDate(p.adjusted_at)) })}</p>
            )}
          </section>
        );
      })}

      {m.other_business && (
        <section className="protocol-paragraph" aria-labelledby="protocol-other">
          <h2 id="protocol-other">{t('minutes.fields.otherBusiness')}</h2>
          <p className="pre-line">{m.other_business}</p>
        </section>
      )}

      {m.corrections.length > 0 && (
        <section className="protocol-corrections" aria-labelledby="protocol-corrections">
          <h2 id="protocol-corrections">{t('minutes.corrections.heading')}</h2>
          <ol>
            {m.corrections.map((c) => (
              <li key={c.id}>
                <p>
                  {t('minutes.corrections.by', { name: c.author_name, date: formatDateTime(c.created_at, lang) })}
                  {target(c) && <> · {target(c)}</>}
                </p>
                <p className="pre-line">{c.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="protocol-signatures" aria-label={t('minutes.protocol.signatures')}>
        <div className="protocol-signature">
          <h2>{t('minutes.protocol.secretarySigns')}</h2>
          <div className="signature">
            <p className="signature-line" aria-hidden="true" />
            {/* No secretary known: the line and the role stay, for a name written by hand. */}
            <p className="signature-name">{secretary ?? '\u00a0'}</p>
            <p className="signature-note">{t('minutes.protocol.secretary')}</p>
          </div>
        </div>
        <div className="protocol-signature">
          <h2>{t('minutes.protocol.adjustersSign')}</h2>
          {m.adjusters.length === 0 && <p>{t('minutes.adjusting.noAdjusters')}</p>}
          <ul className="plain-list">
            {m.adjusters.map((a) => (
              <li key={a.person_id} className="signature">
                <p className="signature-line" aria-hidden="true" />
                <p className="signature-name">{entityName(a.person_id, m.names) ?? t('common.nameMissing')}</p>
                <p className="signature-note">
                  {a.approved && a.approved_at
                    ? t('minutes.protocol.adjustedOn', { date: formatDate(stockholmDate(a.approved_at)) })
                    : t('minutes.protocol.notApprovedYet')}
                </p>
              </li>
            ))}
          </ul>
        </div>
      </section>
      {m.status === 'adjusted' && m.adjusted_at && (
        <p className="protocol-footer">{t('minutes.protocol.adjustedFooter', { date: formatDate(stockholmDate(m.adjusted_at)) })}</p>
      )}
    </article>
  );
}

/** The protocol's list of people: "Name, Organisation (role)", deputies and guests marked. */
function PersonLines({ lines }: { lines: PresentLine[] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {lines.map((l) => (
        <li key={l.key}>
          {l.name}
          {l.organization && <>, {l.organization}</>}
          {l.role && l.role !== 'member' && <> ({t(`councils.roles.${l.role}`).toLowerCase()})</>}
          {l.deputy && <> ({t('minutes.protocol.deputy')})</>}
          {l.guest && <> ({t('minutes.protocol.guest')})</>}
        </li>
      ))}
    </ul>
  );
}
