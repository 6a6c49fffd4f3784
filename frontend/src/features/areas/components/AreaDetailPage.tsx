import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Area, Council } from '@/api/types';
import { formatDate } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { newLocalSteeringGroupPath } from '@/lib/paths';
import { useCollectionCan } from '@/lib/permissions';
import { DetailPage } from '@/components/pages/DetailPage';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { CouncilStatusBadge } from '@/components/ui/CouncilStatusBadge';
import { EntityLinks } from '@/components/EntityLink';
import { DataTable } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { useArea, useAreaChildren, useAreaCouncils, useAreaOverlaps } from '../api/areas';
import { AreaList } from './AreaList';
import { ParentChain } from './ParentChain';

export function AreaDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useArea(id)}
      title={(a) => a.name}
      loadingTitle={t('areas.title')}
      back={(a) => `/areas?kind=${a.kind}`}
      backLabel={t('areas.detail.backToList')}
    >
      {(a) => <AreaDetails area={a} />}
    </DetailPage>
  );
}

function AreaDetails({ area: a }: { area: Area }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <dl className="details">
        <div>
          <dt>{t('areas.detail.kind')}</dt>
          <dd>{t(`areas.kinds.${a.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('areas.detail.code')}</dt>
          <dd>{a.code ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('areas.detail.validFrom')}</dt>
          <dd>{formatDate(a.valid_from, lang) || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('areas.detail.validTo')}</dt>
          <dd>{formatDate(a.valid_to, lang) || t('areas.detail.unlimited')}</dd>
        </div>
      </dl>

      <AreaCouncils area={a} />

      <section aria-labelledby="hierarchy-heading">
        <h2 id="hierarchy-heading">{t('areas.detail.hierarchy')}</h2>
        <h3>{t('areas.detail.parentChain')}</h3>
        {a.parent_id ? (
          <ol className="breadcrumb-list">
            <ParentChain id={a.parent_id} seen={[a.id]} />
            <li aria-current="page">{a.name}</li>
          </ol>
        ) : (
          <p>{t('areas.detail.noParent')}</p>
        )}
        <h3>{t('areas.detail.children')}</h3>
        <AreaChildren id={a.id} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('areas.detail.history')}</h2>
        {a.predecessor_ids.length === 0 && a.successor_ids.length === 0 ? (
          <p>{t('areas.detail.noHistory')}</p>
        ) : (
          <dl className="details">
            <div>
              <dt>{t('areas.detail.predecessors')}</dt>
              <dd>
                <EntityLinks kind="area" ids={a.predecessor_ids} names={namesOf(a)} />
              </dd>
            </div>
            <div>
              <dt>{t('areas.detail.successors')}</dt>
              <dd>
                <EntityLinks kind="area" ids={a.successor_ids} names={namesOf(a)} />
              </dd>
            </div>
          </dl>
        )}
      </section>

      <section aria-labelledby="overlaps-heading">
        <h2 id="overlaps-heading">{t('areas.detail.overlaps')}</h2>
        <AreaOverlaps id={a.id} />
      </section>
    </>
  );
}

/** The councils that name this area, with a shortcut to create a local steering group for it. */
function AreaCouncils({ area }: { area: Area }) {
  const { t } = useTranslation();
  const mayCreateCouncil = useCollectionCan('councils');
  const councils = useAreaCouncils(area.id);
  return (
    <section aria-labelledby="area-councils-heading">
      <div className="page-heading">
        <h2 id="area-councils-heading">{t('areas.detail.councils')}</h2>
        {mayCreateCouncil && (
          <Link className="button" to={newLocalSteeringGroupPath(area.id)}>
            {t('coverage.createLocalHere')}
          </Link>
        )}
      </div>
      <ListView list={councils} hideCount empty={t('areas.detail.noCouncils')}>
        {(items) => (
          <DataTable<Council>
            caption={t('areas.detail.councilsCaption', { name: area.name })}
            rows={items}
            rowKey={(c) => c.id}
            columns={[
              { id: 'name', header: t('councils.fields.name'), rowHeader: true, cell: (c) => <Link to={`/councils/${c.id}`}>{c.name}</Link> },
              { id: 'kind', header: t('councils.fields.kind'), cell: (c) => t(`councils.kinds.${c.kind}`) },
              { id: 'status', header: t('councils.fields.status'), cell: (c) => <CouncilStatusBadge status={c.status} /> },
            ]}
          />
        )}
      </ListView>
    </section>
  );
}

function AreaChildren({ id }: { id: string }) {
  const { t } = useTranslation();
  const children = useAreaChildren(id);
  return (
    <ListView list={children} hideCount empty={t('areas.detail.noChildren')}>
      {(items) => <AreaList areas={[...items].sort((x, y) => x.name.localeCompare(y.name, 'sv'))} />}
    </ListView>
  );
}

function AreaOverlaps({ id }: { id: string }) {
  const { t } = useTranslation();
  const overlaps = useAreaOverlaps(id);
  if (overlaps.isPending) return <Loading />;
  if (overlaps.isError) return <ErrorMessage error={overlaps.error} onRetry={() => void overlaps.refetch()} />;
  if (overlaps.data.length === 0) return <p>{t('areas.detail.noOverlaps')}</p>;
  return <AreaList areas={overlaps.data} />;
}
