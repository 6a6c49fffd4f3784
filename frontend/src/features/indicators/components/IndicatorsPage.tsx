import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Indicator } from '@/api/types';
import { betterDirectionText, INDICATOR_SOURCES } from '@/lib/indicators';
import { useCollectionCan } from '@/lib/permissions';
import type { Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SelectFilter } from '@/components/list/SearchForm';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { useIndicators, type IndicatorFilters } from '../api/indicators';

const parseFilters = (p: URLSearchParams): IndicatorFilters => ({
  source: oneOf(p.get('source'), INDICATOR_SOURCES),
});

export function IndicatorsPage() {
  const { t } = useTranslation();
  const { filters, update } = useUrlFilters(parseFilters);
  // Importing writes values: offered to those the values' list page allows `create`.
  const mayImport = useCollectionCan('indicator-values');
  const columns: Column<Indicator>[] = [
    { id: 'name', header: t('indicators.table.name'), rowHeader: true, cell: (i) => <Link to={`/indicators/${i.id}`}>{i.name}</Link> },
    { id: 'code', header: t('indicators.table.code'), cell: (i) => <code>{i.code}</code> },
    { id: 'source', header: t('indicators.table.source'), cell: (i) => t(`indicators.sources.${i.source}`) },
    { id: 'unit', header: t('indicators.table.unit'), cell: (i) => i.unit || t('common.none') },
    { id: 'better', header: t('indicators.table.better'), cell: (i) => betterDirectionText(t, i.better_direction) },
  ];
  return (
    <ListPage
      title={t('indicators.title')}
      list={useIndicators(filters)}
      create={{ to: '/indicators/new', label: t('indicators.new') }}
      actions={
        mayImport && (
          <Link to="/indicators/import" className="button">
            {t('indicators.import.open')}
          </Link>
        )
      }
      columns={columns}
      caption={t('indicators.table.caption')}
      filters={
        <SelectFilter
          label={t('indicators.sourceFilter')}
          value={filters.source}
          options={INDICATOR_SOURCES}
          allLabel={t('indicators.allSources')}
          optionLabel={(s) => t(`indicators.sources.${s}`)}
          onChange={(source) => update({ source })}
        />
      }
    />
  );
}
