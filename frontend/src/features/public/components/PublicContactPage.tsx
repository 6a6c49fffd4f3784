import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoDurationText } from '@/lib/inquiry-time';
import { ListView } from '@/components/list/ListView';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useDirectoryAreas, usePublicContactRoutes, usePublicTopics } from '../api/inquiries';
import { channelHref, channelText, mergeRoutes, openingHoursLines, type DirectoryEntry } from '../lib/channels';
import { EmergencyBox } from './EmergencyBox';
import './contact.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const parse = (p: URLSearchParams) => {
  const id = (k: string) => {
    const v = p.get(k);
    return v && UUID.test(v) ? v : null;
  };
  return { topic_id: id('topic'), area_id: id('area') };
};

/**
 * `/offentligt/kontakt`: where to turn. The emergency numbers first (112, 114 14), then the public
 * directory (the public routes valid today) by topic and area: each route with its channels as links
 * that call, write or open, whether it is open now, its opening hours, how soon it promises an
 * answer, and a warning when its details have not been checked lately.
 */
export function PublicContactPage() {
  const { t, i18n } = useTranslation();
  const { filters, update } = useUrlFilters(parse);
  const list = usePublicContactRoutes(filters);
  const topics = usePublicTopics();
  const areas = useDirectoryAreas();
  const topicId = useId();
  const areaId = useId();
  const en = i18n.language.startsWith('en');

  useDocumentTitle(t('publicContact.title'));

  return (
    <>
      <h1>{t('publicContact.title')}</h1>
      <EmergencyBox />
      <p>{t('publicContact.intro')}</p>
      <p>
        <Link to="/offentligt/arende">{t('publicContact.toForm')}</Link>
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor={topicId}>{t('publicContact.topic')}</label>
          <select id={topicId} value={filters.topic_id ?? ''} onChange={(e) => update({ topic: e.target.value || null })}>
            <option value="">{t('publicContact.allTopics')}</option>
            {(topics.data ?? []).map((tp) => (
              <option key={tp.id} value={tp.id}>
                {en ? tp.name_en : tp.name_sv}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={areaId}>{t('publicContact.area')}</label>
          <select id={areaId} value={filters.area_id ?? ''} onChange={(e) => update({ area: e.target.value || null })}>
            <option value="">{t('publicContact.allAreas')}</option>
            {(areas.data ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* The API lists a route once per topic; the cards merge those, so the count is the cards'. */}
      <ListView list={list} empty={t('publicContact.empty')} hideCount>
        {(items) => {
          const entries = mergeRoutes(items);
          return (
            <>
              <p className="result-count" aria-live="polite">
                {t('publicContact.count', { count: entries.length })}
                {list.hasNextPage ? ` ${t('common.moreAvailable')}` : ''}
              </p>
              <ul className="contact-list">
                {entries.map((entry) => (
                  <li key={entry.key}>
                    <RouteCard entry={entry} />
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </ListView>
    </>
  );
}

function RouteCard({ entry }: { entry: DirectoryEntry }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const r = entry.route;
  const en = i18n.language.startsWith('en');
  const target = isoDurationText(r.response_target, t);
  const hours = openingHoursLines(r.opening_hours, (d) => t(`publicContact.days.${d}`));
  return (
    <article aria-labelledby={headingId} className="contact-route">
      <h2 id={headingId}>{r.function}</h2>
      <p className="contact-route-where">
        {r.organization_name} · {r.area_names.length > 0 ? r.area_names.join(', ') : t('publicContact.everywhere')}
      </p>
      <p>
        {t('publicContact.topics', { count: entry.topics.length })}: {entry.topics.map((tp) => (en ? tp.name_en : tp.name_sv)).join(', ')}
      </p>
      {r.from_audience !== 'any' && r.from_audience !== 'resident' && <p>{t('publicContact.forAudience', { audience: t(`inquiries.askers.${r.from_audience}`).toLowerCase() })}</p>}
      {r.open_now != null && (
        <p>
          <span className={`badge ${r.open_now ? 'badge-open' : 'badge-closed'}`}>{t(r.open_now ? 'publicContact.openNow' : 'publicContact.closedNow')}</span>
        </p>
      )}
      <ul className="contact-channels" aria-label={t('publicContact.channelsFor', { name: r.function })}>
        {r.channels.map((c, i) => {
          const href = channelHref(c);
          return (
            <li key={i}>
              <span className="channel-type">{t(`publicContact.channels.${c.type}`)}:</span>{' '}
              {href ? (
                <a href={href} {...(c.type === 'web' ? { rel: 'noopener noreferrer' } : {})}>
                  {channelText(c)}
                </a>
              ) : (
                channelText(c)
              )}
              {c.note && <span className="muted"> ({c.note})</span>}
            </li>
          );
        })}
      </ul>
      {hours.length > 0 && (
        <p>
          {t('publicContact.hours')}: {hours.join('; ')}
        </p>
      )}
      <p>{target ? t('publicContact.target', { time: target }) : t('publicContact.noTarget')}</p>
      {r.stale && <p className="contact-stale">{t('publicContact.stale')}</p>}
    </article>
  );
}
