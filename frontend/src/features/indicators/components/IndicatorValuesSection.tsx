import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Indicator, IndicatorValue } from '@/api/types';
import { groupByArea } from '@/lib/indicators';
import { useCan } from '@/lib/permissions';
import { EntityLink } from '@/components/EntityLink';
import { IndicatorTrend } from '@/components/indicators/IndicatorTrend';
import { ListView } from '@/components/list/ListView';
import { useIndicatorValues } from '../api/indicators';

/**
 * "Värden per område": the indicator's values, one chart and table per area (a series per group).
 * The values come in keyset pages; "Visa fler" adds the next page to the charts.
 */
export function IndicatorValuesSection({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useIndicatorValues({ indicator_id: indicator.id });
  const mayImport = can('create', list.data?.pages[0]);
  return (
    <section aria-labelledby="indicator-values-heading">
      <div className="page-heading">
        <h2 id="indicator-values-heading">{t('indicators.values.heading')}</h2>
        {mayImport && (
          <Link to={`/indicators/import?indicator=${encodeURIComponent(indicator.code)}`} className="button">
            {t('indicators.import.open')}
          </Link>
        )}
      </div>
      <ListView list={list} empty={t('indicators.values.none')}>
        {(items) => <AreaTrends indicator={indicator} values={items} />}
      </ListView>
    </section>
  );
}

function AreaTrends({ indicator, values }: { indicator: Indicator; values: IndicatorValue[] }) {
  const names: Record<string, string> = Object.assign({}, ...values.map((v) => v.names));
  return (
    <>
      {groupByArea(values, (id) => names[id]).map((area) => {
        const headingId = `indicator-area-${area.areaId}`;
        return (
          <section key={area.areaId} aria-labelledby={headingId} className="indicator-area">
            <h3 id={headingId}>
              <EntityLink kind="area" id={area.areaId} names={names} />
            </h3>
            <IndicatorTrend caption={`${indicator.name} – ${area.name ?? area.areaId}`} showCaption={false} indicator={indicator} points={area.values} />
          </section>
        );
      })}
    </>
  );
}
