import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Topic } from '@/api/types';
import { useCan } from '@/lib/permissions';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListPage } from '@/components/list/ListPage';
import { SelectFilter } from '@/components/list/SearchForm';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { useTopics, type TopicFilters } from '../api/topics';

const PUBLIC_OPTIONS = ['true', 'false'] as const;

const parseFilters = (p: URLSearchParams): TopicFilters => {
  const v = p.get('public');
  return { is_public: v === 'true' ? true : v === 'false' ? false : null };
};

/** `/amnen`: the topics contact routes and inquiries are about (code, names, public or not); coordinators and admins add and edit them. */
export function TopicsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { filters, update } = useUrlFilters(parseFilters);
  const columns: Column<Topic>[] = [
    { id: 'name', header: t('topics.fields.nameSv'), rowHeader: true, cell: (tp) => <span lang="sv">{tp.name_sv}</span> },
    { id: 'name_en', header: t('topics.fields.nameEn'), cell: (tp) => <span lang="en">{tp.name_en}</span> },
    { id: 'code', header: t('topics.fields.code'), cell: (tp) => <code>{tp.code}</code> },
    { id: 'public', header: t('topics.fields.isPublic'), cell: (tp) => (tp.is_public ? t('topics.public') : t('topics.internal')) },
    {
      id: 'actions',
      header: t('topics.actions'),
      cell: (tp) =>
        can('update', tp) ? (
          <Link to={`/amnen/${tp.id}/redigera`}>
            {t('common.edit')}
            <span className="visually-hidden"> {tp.name_sv}</span>
          </Link>
        ) : (
          t('common.none')
        ),
    },
  ];
  return (
    <ListPage
      title={t('topics.title')}
      list={useTopics(filters)}
      create={{ to: '/amnen/ny', label: t('topics.new') }}
      actions={
        <Link to="/kontaktvagar" className="button">
          {t('contactRoutes.title')}
        </Link>
      }
      beforeList={<p>{t('topics.intro')}</p>}
      filters={
        <SelectFilter
          label={t('topics.fields.isPublic')}
          value={filters.is_public === null ? null : filters.is_public ? 'true' : 'false'}
          options={PUBLIC_OPTIONS}
          allLabel={t('topics.allTopics')}
          optionLabel={(v) => (v === 'true' ? t('topics.public') : t('topics.internal'))}
          onChange={(v) => update({ public: v })}
        />
      }
    >
      {(rows) => <DataTable caption={t('topics.title')} columns={columns} rows={rows} rowKey={(tp) => tp.id} stacked />}
    </ListPage>
  );
}
