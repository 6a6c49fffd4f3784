import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '@/api/types';
import { indicatorQuery, listIndicatorValues } from '@/lib/resources';
import { entityName, namesOf } from '@/lib/names';
import { IndicatorTrend } from '@/components/indicators/IndicatorTrend';

/**
 * For an initiative with an indicator target: how the indicator has moved in the initiative's
 * (first) area, as a chart with its table. Nothing for other targets or an initiative without areas.
 */
export function IndicatorTargetChart({ initiative: i }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const target = i.target?.type === 'indicator' ? i.target : null;
  const area = i.area_ids[0];
  const indicator = useQuery({ ...indicatorQuery(target?.indicator_id ?? ''), enabled: !!target });
  const values = useQuery({
    queryKey: ['indicator-values', 'list', 'initiative', target?.indicator_id, area],
    queryFn: () => listIndicatorValues({ indicator_id: target!.indicator_id, area_id: area, limit: 200 }),
    enabled: !!target && !!area,
  });
  if (!target || !area || !indicator.data || !values.data) return null;
  const areaName = entityName(area, namesOf(i));
  if (values.data.items.length === 0) return <p className="hint">{t('initiatives.detail.noIndicatorValues', { area: areaName })}</p>;
  return (
    <section aria-labelledby="initiative-indicator-heading">
      <h3 id="initiative-indicator-heading">{t('initiatives.detail.indicatorHeading', { indicator: indicator.data.name, area: areaName })}</h3>
      <IndicatorTrend caption={`${indicator.data.name} – ${areaName}`} showCaption={false} indicator={indicator.data} points={values.data.items} />
    </section>
  );
}
