import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '@/lib/format';
import { metText, targetText } from '@/lib/initiatives';
import { MetBadge } from '@/components/initiatives/MetBadge';
import { ProgressMeter } from '@/components/initiatives/ProgressMeter';
import { ListPage } from '@/components/list/ListPage';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { usePublicCitizenPromises, type PublicCitizenPromise } from '../api/public';
import { parsePublicCitizenPromiseFilters, promiseAreaOptions, promiseYears } from '../lib/filters';
import './promises.css';

/**
 * `/offentligt/medborgarloften`: the citizen promises (medborgarlöften) the councils made public, by
 * area and year: each with its council and areas, what was promised in words, whether it is kept (or
 * not yet decided), how far it has come, and the latest report the council made public.
 */
export function PublicCitizenPromisesPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parsePublicCitizenPromiseFilters);
  const list = usePublicCitizenPromises({ area_id: filters.area, year: filters.year });
  // The areas to choose among, from every promise of the year (the same request as the list when no
  // area is chosen): only areas with a promise that year, so no choice shows an empty list.
  const everyArea = usePublicCitizenPromises({ area_id: null, year: filters.year });
  const shown = list.data?.pages.flatMap((p) => p.items) ?? [];
  const chosenName = filters.area
    ? shown.flatMap((p) => p.area_ids.map((id, i) => (id === filters.area ? p.area_names[i] : undefined))).find(Boolean)
    : undefined;
  const areas = promiseAreaOptions(
    everyArea.data?.pages.flatMap((p) => p.items) ?? [],
    filters.area && chosenName ? { id: filters.area, name: chosenName } : null,
  );
  const areaId = useId();
  const yearId = useId();

  return (
    <ListPage
      title={t('public.promises.title')}
      list={list}
      filters={
        <>
          <p className="filters-intro">{t('public.promises.intro')}</p>
          <div className="field">
            <label htmlFor={areaId}>{t('public.promises.area')}</label>
            <select id={areaId} value={filters.area ?? ''} onChange={(e) => update({ area: e.target.value || null })}>
              <option value="">{t('public.promises.allAreas')}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={yearId}>{t('public.promises.year')}</label>
            <select id={yearId} value={filters.year ?? ''} onChange={(e) => update({ year: e.target.value || null })}>
              <option value="">{t('public.promises.allYears')}</option>
              {promiseYears(todayIso()).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        </>
      }
      empty={t('public.promises.empty')}
    >
      {(items) => (
        <ul className="promise-list">
          {items.map((p) => (
            <PromiseItem key={p.id} promise={p} />
          ))}
        </ul>
      )}
    </ListPage>
  );
}

function PromiseItem({ promise: p }: { promise: PublicCitizenPromise }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = useId();
  const period =
    p.starts_on && p.ends_on
      ? `${formatDate(p.starts_on)} – ${formatDate(p.ends_on)}`
      : p.starts_on
        ? t('initiatives.detail.periodFrom', { date: formatDate(p.starts_on) })
        : p.ends_on
          ? t('initiatives.detail.periodUntil', { date: formatDate(p.ends_on) })
          : null;
  return (
    <li>
      <article aria-labelledby={headingId} className="promise">
        <h2 id={headingId}>{p.title}</h2>
        <p className="promise-where">
          {p.council_name}
          {p.area_names.length > 0 && <> · {p.area_names.join(', ')}</>}
        </p>
        {p.description && <p className="pre-line">{p.description}</p>}
        <dl className="details">
          <div>
            <dt>{t('public.promises.target')}</dt>
            <dd>{p.target ? targetText(p.target, t, lang) : t('initiatives.target.none')}</dd>
          </div>
          {period && (
            <div>
              <dt>{t('public.promises.period')}</dt>
              <dd>{period}</dd>
            </div>
          )}
          <div>
            <dt>{t('public.promises.kept')}</dt>
            <dd>
              <MetBadge met={p.met} audience="public" /> <span>{metText(p.met, p.target, t, lang)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('public.promises.status')}</dt>
            <dd>{t(`initiatives.statuses.${p.status}`)}</dd>
          </div>
          <div>
            <dt>{t('public.promises.progress')}</dt>
            <dd>
              <ProgressMeter percent={p.percent} label={t('initiatives.progress.labelFor', { title: p.title })} />
            </dd>
          </div>
        </dl>
        <h3 className="promise-report-heading">
          {p.latest_reported_on
            ? t('public.promises.latestReport', { date: formatDate(p.latest_reported_on) })
            : t('public.promises.latestReportNone')}
        </h3>
        {p.latest_reported_on && <p className="pre-line">{p.latest_narrative || t('public.promises.noNarrative')}</p>}
      </article>
    </li>
  );
}
