import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { SituationPicture } from '@/api/types';
import { formatDate, formatDateTime } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { useCan } from '@/lib/permissions';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { EntityLink } from '@/components/EntityLink';
import { DetailPage } from '@/components/pages/DetailPage';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { useFlash } from '@/components/ui/Flash';
import { SITUATION_PARTS, useAdoptSituationPicture, useDeleteSituationPicture, useSituationPicture } from '../api/situation-pictures';
import { ProblemsView, SectionView, SituationStatusBadge, SnapshotView } from './SituationParts';
import './situation-pictures.css';

/**
 * `/situation-pictures/:id`: a situation picture. Its status (a draft, or adopted by whom and when,
 * and then locked), area, council, period and versions; the law's three parts, each with who may
 * read it; the problems by priority; the indicator values copied at adoption. Drafts are edited,
 * adopted ("Fastställ", behind a confirmation) or removed; an adopted one gets a new version.
 */
export function SituationPictureDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useSituationPicture(id)}
      title={(s) => s.title}
      loadingTitle={t('situations.title')}
      back="/situation-pictures"
      backLabel={t('situations.backToList')}
      edit={(s) => (s.status === 'draft' ? `/situation-pictures/${s.id}/edit` : null)}
    >
      {(s) => <SituationPictureView picture={s} />}
    </DetailPage>
  );
}

function SituationPictureView({ picture: s }: { picture: SituationPicture }) {
  const { t } = useTranslation();
  const can = useCan();
  const statusRef = useRef<HTMLDivElement>(null);
  // Adopting removes the button that had the focus (its section goes): the focus goes to the new status.
  const shownStatus = useRef(s.status);
  useEffect(() => {
    if (shownStatus.current === 'draft' && s.status === 'adopted') statusRef.current?.focus();
    shownStatus.current = s.status;
  }, [s.status]);

  return (
    <>
      <div ref={statusRef} tabIndex={-1} className={`situation-status-box situation-status-box-${s.status}`}>
        {s.status === 'adopted' ? (
          <>
            <p>
              <SituationStatusBadge status={s.status} />{' '}
              {s.adopted_at && t('situations.adoptedBy', { date: formatDateTime(s.adopted_at), name: s.adopted_by_name ?? t('common.nameMissing') })}
            </p>
            <p>{t('situations.locked')}</p>
          </>
        ) : (
          <p>
            <SituationStatusBadge status={s.status} /> {t('situations.draftNote')}
          </p>
        )}
        {s.replaced_by_id ? (
          <p>
            <Link to={`/situation-pictures/${s.replaced_by_id}`}>{t('situations.versions.newer')}</Link>
          </p>
        ) : (
          can('revise', s) && (
            <p>
              <Link to={`/situation-pictures/new?replaces_id=${s.id}`} className="button button-primary">
                {t('situations.versions.revise')}
              </Link>
            </p>
          )
        )}
      </div>
      <dl className="details">
        <div>
          <dt>{t('situations.fields.area')}</dt>
          <dd>
            <EntityLink kind="area" id={s.area_id} names={namesOf(s)} />
          </dd>
        </div>
        <div>
          <dt>{t('situations.fields.council')}</dt>
          <dd>
            <EntityLink kind="council" id={s.council_id} names={namesOf(s)} />
          </dd>
        </div>
        <div>
          <dt>{t('situations.fields.period')}</dt>
          <dd>{t('situations.periodRange', { from: formatDate(s.period_start), to: formatDate(s.period_end) })}</dd>
        </div>
        {s.replaces_id && (
          <div>
            <dt>{t('situations.versions.replaces')}</dt>
            <dd>
              <Link to={`/situation-pictures/${s.replaces_id}`}>{s.names[s.replaces_id] ?? t('situations.versions.previous')}</Link>
            </dd>
          </div>
        )}
        {s.replaced_by_id && (
          <div>
            <dt>{t('situations.versions.replacedBy')}</dt>
            <dd>
              <Link to={`/situation-pictures/${s.replaced_by_id}`}>{s.names[s.replaced_by_id] ?? t('situations.versions.next')}</Link>
            </dd>
          </div>
        )}
      </dl>
      <p>
        <Link to={`/follow-up?area_id=${s.area_id}&year=${s.period_end.slice(0, 4)}`}>{t('situations.followUpLink')}</Link>
      </p>
      {SITUATION_PARTS.map((part) => (
        <SectionView key={part} picture={s} part={part} />
      ))}
      <ProblemsView picture={s} />
      <SnapshotView picture={s} />
      {can('adopt', s) && <AdoptSection picture={s} />}
      {can('delete', s) && <DeleteSection picture={s} />}
    </>
  );
}

/** "Fastställ": behind a confirmation that says it locks the picture; a failure is said in an alert. */
function AdoptSection({ picture }: { picture: SituationPicture }) {
  const { t, i18n } = useTranslation();
  const adopt = useAdoptSituationPicture(picture.id);
  const query = useSituationPicture(picture.id);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  return (
    <section aria-labelledby="situation-adopt" className="situation-action">
      <h2 id="situation-adopt">{t('situations.adopt.heading')}</h2>
      <p>{t('situations.adopt.intro')}</p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <ConfirmAction
        variant="primary"
        label={t('situations.adopt.button')}
        title={t('situations.adopt.confirmTitle', { title: picture.title })}
        description={
          <>
            <p>{t('situations.adopt.confirmLocks')}</p>
            <p>{t('situations.adopt.confirmSnapshot')}</p>
          </>
        }
        confirmLabel={t('situations.adopt.confirm')}
        onConfirm={async () => {
          setError(null);
          await adopt.mutateAsync({ version: picture.version });
        }}
        onError={(err) => {
          // Someone changed it meanwhile: show what it is now, and say so.
          if (isApiError(err) && (err.status === 412 || err.status === 409)) void query.refetch();
          setError(problemText(t, (k) => i18n.exists(k), err));
        }}
        errorFocus={errorRef}
      />
    </section>
  );
}

/** "Ta bort utkastet", behind a confirmation; then the list. */
function DeleteSection({ picture }: { picture: SituationPicture }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const remove = useDeleteSituationPicture(picture);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  return (
    <section aria-labelledby="situation-delete" className="situation-action">
      <h2 id="situation-delete">{t('situations.delete.heading')}</h2>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      <ConfirmAction
        label={t('situations.delete.button')}
        title={t('situations.delete.confirmTitle', { title: picture.title })}
        description={<p>{t('situations.delete.confirmText')}</p>}
        confirmLabel={t('situations.delete.confirm')}
        onConfirm={async () => {
          setError(null);
          await remove.mutateAsync({ version: picture.version });
          flash.show(t('situations.delete.done', { title: picture.title }), '/situation-pictures');
          navigate('/situation-pictures');
        }}
        onError={(err) => setError(problemText(t, (k) => i18n.exists(k), err))}
        errorFocus={errorRef}
      />
    </section>
  );
}
