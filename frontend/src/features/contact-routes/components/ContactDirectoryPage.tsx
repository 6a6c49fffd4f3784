import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FromAudience } from '@/api/types';
import { useCityGeometry } from '@/lib/city-geometry';
import { localeFor, todayIso } from '@/lib/format';
import { searchAreas } from '@/lib/options';
import { problemText } from '@/lib/problem-text';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { PointPickerMap, type PickedPoint } from '@/components/map/PointPickerMap';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { Form, SelectField, useServerForm } from '@/components/ui/form';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { FROM_AUDIENCES, useContactLookup, usePrefillArea } from '../api/contactRoutes';
import { lookupParams, parseLookupUrl } from '../lib/lookup-params';
import { EmergencyBox } from './EmergencyBox';
import { LookupResults } from './LookupResults';
import { topicLabel, useTopicOptions } from '@/lib/topics';
import './contact-routes.css';

const FIELDS: Record<string, string> = {
  topic: 'contactRoutes.lookup.topic',
  from: 'contactRoutes.lookup.from',
  place: 'contactRoutes.lookup.area',
};

/**
 * `/kontaktvagar/sok`, "Vem kontaktar jag om …?": a topic, who is asking and a place (an area, or a
 * point clicked on the map), then the routes best first with their backup and escalation, and
 * always where to call in an emergency. The question lives in the URL (shareable, back works).
 */
export function ContactDirectoryPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('contactRoutes.lookup.title'));
  const { filters: url, update } = useUrlFilters(parseLookupUrl);
  const topics = useTopicOptions();
  const topicList = topics.data?.pages.flatMap((p) => p.items) ?? [];
  const today = todayIso();
  const areaLabel = (a: { name: string; kind: string }) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`;

  const [topic, setTopic] = useState(url.topic);
  const [from, setFrom] = useState<FromAudience | ''>(url.from ?? '');
  const [areaId, setAreaId] = useState(url.area_id ?? '');
  const [chosenAreaLabel, setChosenAreaLabel] = useState<string | undefined>(undefined);
  // A point chosen on the map empties the area field: a new combobox (it keeps its own text).
  const [areaFieldKey, setAreaFieldKey] = useState(0);
  const [point, setPoint] = useState<PickedPoint | null>(
    url.lat !== null && url.lon !== null && !url.area_id ? { lat: url.lat, lon: url.lon, neighbourhoodId: null, neighbourhoodName: null } : null,
  );
  // The name of the area in the URL (the question asked, or a shared link), as the combobox labels its options.
  const prefillArea = usePrefillArea(url.area_id);
  const urlAreaName = url.area_id && prefillArea.data ? areaLabel(prefillArea.data) : undefined;
  const areaName = areaId ? (chosenAreaLabel ?? (areaId === url.area_id ? urlAreaName : undefined)) : undefined;

  const form = useServerForm({
    prefix: 'lookup',
    isKnownField: (f) => f in FIELDS,
    labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f),
  });

  const params = lookupParams(url);
  const lookup = useContactLookup(params);
  const geometry = useCityGeometry();
  const neighbourhoodName = (id: string | null | undefined) => (id ? geometry.data?.neighbourhoods.find((n) => n.id === id)?.name ?? null : null);

  function handleSubmit() {
    const errors: Record<string, string> = {};
    if (!topic) errors.topic = t('contactRoutes.lookup.topicRequired');
    if (!areaId && !point) errors.place = t('contactRoutes.lookup.placeRequired');
    if (form.clientErrors(errors)) return;
    update({
      topic,
      from: from || null,
      area: areaId || null,
      lat: !areaId && point ? String(point.lat) : null,
      lon: !areaId && point ? String(point.lon) : null,
    });
  }

  const numberFormat = new Intl.NumberFormat(localeFor(i18n.language), { minimumFractionDigits: 5, maximumFractionDigits: 5 });
  const pointText = (p: { lat: number; lon: number }, name: string | null) =>
    name
      ? t('contactRoutes.lookup.pointIn', { lat: numberFormat.format(p.lat), lon: numberFormat.format(p.lon), name })
      : t('contactRoutes.lookup.point', { lat: numberFormat.format(p.lat), lon: numberFormat.format(p.lon) });
  const chosenTopic = topicList.find((tp) => tp.code === url.topic);
  // The point asked about, in its neighbourhood: the one clicked, else the one the API placed it in.
  const urlPoint = url.lat !== null && url.lon !== null ? { lat: url.lat, lon: url.lon } : null;
  const samePoint = !!point && !!urlPoint && point.lat === urlPoint.lat && point.lon === urlPoint.lon;
  const urlPointName = (samePoint ? point?.neighbourhoodName : null) ?? neighbourhoodName(lookup.data?.neighbourhood_id);
  const placeForResults = url.area_id ? (urlAreaName ?? t('common.loadingName')) : urlPoint ? pointText(urlPoint, urlPointName) : '';
  const topicName = chosenTopic ? topicLabel(chosenTopic, i18n.language) : url.topic;
  const summary = !params
    ? ''
    : lookup.isPending
      ? t('app.loading')
      : lookup.isError
        ? t('contactRoutes.lookup.failed')
        : lookup.data.routes.length === 0
          ? t('contactRoutes.lookup.noneFound', { topic: topicName, place: placeForResults })
          : t('contactRoutes.lookup.found', { count: lookup.data.routes.length, topic: topicName, place: placeForResults });

  return (
    <>
      <div className="page-heading">
        <h1>{t('contactRoutes.lookup.title')}</h1>
        <Link to="/kontaktvagar" className="button">
          {t('contactRoutes.lookup.allRoutes')}
        </Link>
      </div>
      <p>{t('contactRoutes.lookup.intro')}</p>
      <EmergencyBox emergency={lookup.data?.emergency.phone} policeNonUrgent={lookup.data?.police_non_urgent.phone} />
      <Form form={form} onSubmit={handleSubmit} submitLabel={t('contactRoutes.lookup.search')}>
        {topics.isPending ? (
          <Loading />
        ) : (
          <SelectField
            form={form}
            field="topic"
            label={t('contactRoutes.lookup.topic')}
            required
            value={topic}
            onChange={setTopic}
            options={topicList.map((tp) => tp.code)}
            optionLabel={(code) => {
              const tp = topicList.find((x) => x.code === code);
              return tp ? topicLabel(tp, i18n.language) : code;
            }}
            empty={t('contactRoutes.lookup.chooseTopic')}
          />
        )}
        {topics.hasNextPage && (
          <p>
            <button type="button" className="button button-small" onClick={() => void topics.fetchNextPage()} disabled={topics.isFetchingNextPage}>
              {t('contactRoutes.moreTopics')}
            </button>
          </p>
        )}
        <SelectField
          form={form}
          field="from"
          label={t('contactRoutes.lookup.from')}
          hint={t('contactRoutes.lookup.fromHint')}
          value={from}
          onChange={setFrom}
          options={FROM_AUDIENCES}
          optionLabel={(f) => t(`contactRoutes.fromAudiences.${f}`)}
          empty={t('contactRoutes.lookup.fromEveryone')}
        />
        <fieldset className="lookup-place">
          <legend>
            {t('contactRoutes.lookup.place')}
            <span className="required-mark" aria-hidden="true">
              {' '}
              {t('forms.requiredMark')}
            </span>
          </legend>
          <EntityComboboxField
            key={areaFieldKey}
            form={form}
            field="place"
            label={t('contactRoutes.lookup.area')}
            hint={t('contactRoutes.lookup.areaHint')}
            value={areaId}
            valueLabel={areaName}
            onChange={(id, option) => {
              setAreaId(id);
              setChosenAreaLabel(option?.label);
              if (id) setPoint(null);
            }}
            search={(q) => searchAreas(q, today, areaLabel)}
            cacheKey={`areas-${today}`}
          />
          <PointPickerMap
            value={point}
            highlightId={point ? (point.neighbourhoodId ?? (samePoint ? lookup.data?.neighbourhood_id : null)) : areaId || null}
            onPick={(p) => {
              setPoint(p);
              if (areaId) setAreaFieldKey((k) => k + 1);
              setAreaId('');
              setChosenAreaLabel(undefined);
            }}
            hint={t('contactRoutes.lookup.mapHint')}
          />
          <p role="status" className="chosen-place">
            {point && !areaId
              ? `${t('contactRoutes.lookup.chosenPlace')} ${pointText(point, point.neighbourhoodName ?? (samePoint ? urlPointName : null))}`
              : areaId && areaName
                ? `${t('contactRoutes.lookup.chosenPlace')} ${areaName}`
                : ''}
          </p>
        </fieldset>
      </Form>
      <section aria-labelledby="lookup-results-heading" className="lookup-results">
        <h2 id="lookup-results-heading">{t('contactRoutes.lookup.resultsHeading')}</h2>
        <p role="status" className="result-count">
          {summary}
        </p>
        {!params ? (
          <p className="hint">{t('contactRoutes.lookup.askFirst')}</p>
        ) : lookup.isPending ? (
          <Loading />
        ) : lookup.isError ? (
          <div className="alert alert-error">
            <p>{problemText(t, (k) => i18n.exists(k), lookup.error)}</p>
            <button type="button" className="button" onClick={() => void lookup.refetch()}>
              {t('app.retry')}
            </button>
          </div>
        ) : (
          <LookupResults lookup={lookup.data} />
        )}
      </section>
    </>
  );
}
