import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement, AgreementPhase } from '@/api/types';
import type { Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SearchForm, SelectFilter } from '@/components/list/SearchForm';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { AGREEMENT_PHASES, useAgreements } from '../api/agreements';
import { period } from '../lib/period';

const parseFilters = (p: URLSearchParams) => ({ q: p.get('q') ?? '', phase: oneOf<AgreementPhase>(p.get('phase'), AGREEMENT_PHASES) });

export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const { filters, update } = useUrlFilters(parseFilters);
  const columns: Column<Agreement>[] = [
    { id: 'name', header: t('agreements.fields.name'), rowHeader: true, cell: (a) => <Link to={`/agreements/${a.id}`}>{a.name}</Link> },
    { id: 'phase', header: t('agreements.fields.phase'), cell: (a) => t(`agreements.phases.${a.phase}`) },
    { id: 'period', header: t('agreements.fields.period'), cell: (a) => period(a, i18n.language, t('agreements.openEnded')) },
  ];
  return (
    <ListPage
      title={t('agreements.title')}
      list={useAgreements(filters)}
      create={{ to: '/agreements/new', label: t('agreements.new') }}
      columns={columns}
      filters={
        <>
          <SearchForm label={t('agreements.searchLabel')} value={filters.q} onSearch={(q) => update({ q })} />
          <SelectFilter
            label={t('agreements.phaseFilter')}
            value={filters.phase}
            options={AGREEMENT_PHASES}
            allLabel={t('agreements.allPhases')}
            optionLabel={(p) => t(`agreements.phases.${p}`)}
            onChange={(phase) => update({ phase })}
          />
        </>
      }
    />
  );
}
