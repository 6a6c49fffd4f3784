import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { usePublicCouncils, type PublicCouncil } from '../api/public';
import { councilAreaOptions, councilsIn, parsePublicCouncilFilters } from '../lib/filters';
import { CouncilFeed } from './CouncilFeed';
import { PublicQuery } from './PublicQuery';
import './promises.css';

/**
 * `/offentligt/rad`: the public councils and groups — what each does, where (the areas it covers,
 * to filter by: "which council is mine?"), its meetings and its calendar feed. Dissolved ones last,
 * behind a disclosure, with a link to their past meetings.
 */
export function PublicCouncilsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('public.councils.title'));
  const query = usePublicCouncils();
  return (
    <>
      <h1>{t('public.councils.title')}</h1>
      <p>{t('public.councils.intro')}</p>
      <PublicQuery query={query}>{(councils) => <CouncilList councils={councils} />}</PublicQuery>
    </>
  );
}

function CouncilList({ councils }: { councils: PublicCouncil[] }) {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parsePublicCouncilFilters);
  const areaId = useId();
  const shown = councilsIn(councils, filters.area);
  const meeting = shown.filter((c) => c.status !== 'dissolved');
  const dissolved = shown.filter((c) => c.status === 'dissolved');
  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor={areaId}>{t('public.councils.area')}</label>
          <select id={areaId} value={filters.area ?? ''} onChange={(e) => update({ area: e.target.value || null })}>
            <option value="">{t('public.councils.allAreas')}</option>
            {councilAreaOptions(councils).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status">{t('public.councils.count', { count: meeting.length })}</p>
      {meeting.length > 0 && (
        <ul className="promise-list">
          {meeting.map((c) => (
            <li key={c.id}>
              <CouncilCard council={c} />
            </li>
          ))}
        </ul>
      )}
      {dissolved.length > 0 && (
        <details>
          <summary>{t('public.councils.dissolvedHeading', { count: dissolved.length })}</summary>
          <ul>
            {dissolved.map((c) => (
              <li key={c.id}>
                <Link to={`/offentligt/moten?council=${c.id}&period=past`}>{c.name}</Link>
                {c.areas.length > 0 && <span className="muted"> · {c.areas.map((a) => a.name).join(', ')}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function CouncilCard({ council: c }: { council: PublicCouncil }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className="promise" aria-labelledby={headingId}>
      <h2 id={headingId}>{c.name}</h2>
      <p className="promise-where">
        {t(`councils.kinds.${c.kind}`)}
        {c.areas.length > 0 && ` · ${t('public.meetings.covers')} ${c.areas.map((a) => a.name).join(', ')}`}
      </p>
      {c.description && <p className="pre-line">{c.description}</p>}
      <p>
        <Link to={`/offentligt/moten?council=${c.id}`}>
          {t('public.councils.meetings')}
          <span className="visually-hidden">: {c.name}</span>
        </Link>
      </p>
      <CouncilFeed councilId={c.id} name={c.name} />
    </article>
  );
}
