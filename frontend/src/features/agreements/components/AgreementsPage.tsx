import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement, AgreementPhase } from '@/api/types';
import { useCan } from '@/lib/permissions';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { SearchForm, SelectFilter } from '@/components/list/SearchForm';
import { oneOf, useUrlFilters } from '@/components/list/useUrlFilters';
import { AGREEMENT_PHASES, useAgreements } from '../api/agreements';
import { period } from '../lib/period';

const parseFilters = (p: URLSearchParams) => ({ q: p.get('q') ?? '', phase: oneOf<AgreementPhase>(p.get('phase'), AGREEMENT_PHASES) });

export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { filters, update } = useUrlFilters(parseFilters);
  const agreements = useAgreements({ ...(filters.q ? { q: filters.q } : {}), ...(filters.phase ? { phase: filters.phase } : {}) });
  useDocumentTitle(t('agreements.title'));

  const columns: Column<Agreement>[] = [
    { id: 'name', header: t('agreements.fields.name'), rowHeader: true, cell: (a) => <Link to={`/agreements/${a.id}`}>{a.name}</Link> },
    { id: 'phase', header: t('agreements.fields.phase'), cell: (a) => t(`agreements.phases.${a.phase}`) },
    { id: 'period', header: t('agreements.fields.period'), cell: (a) => period(a, i18n.language, t('agreements.openEnded')) },
  ];

  return (
    <>
      <div className="page-heading">
        <h1>{t('agreements.title')}</h1>
        {can('create', agreements.data?.pages[0]) && (
          <Link to="/agreements/new" className="button button-primary">
            {t('agreements.new')}
          </Link>
        )}
      </div>
      <div className="filters">
        <SearchForm label={t('agreements.searchLabel')} value={filters.q} onSearch={(q) => update({ q })} />
        <SelectFilter
          label={t('agreements.phaseFilter')}
          value={filters.phase}
          options={AGREEMENT_PHASES}
          allLabel={t('agreements.allPhases')}
          optionLabel={(p) => t(`agreements.phases.${p}`)}
          onChange={(phase) => update({ phase })}
        />
      </div>
      <ListView list={agreements}>
        {(items) => <DataTable caption={t('agreements.title')} columns={columns} rows={items} rowKey={(a) => a.id} />}
      </ListView>
    </>
  );
}
