import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Area } from '@/api/types';
import { formatDate } from '@/lib/format';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useArea, useAreaChildren, useAreaLookup, useAreaOverlaps } from '../api/areas';
import { AreaLinks } from './AreaLinks';

function parentChain(area: Area, lookup: Map<string, Area> | undefined): Area[] {
  const chain: Area[] = [];
  const seen = new Set<string>([area.id]);
  let id = area.parent_id;
  while (id && lookup?.has(id) && !seen.has(id)) {
    const parent = lookup.get(id)!;
    chain.unshift(parent);
    seen.add(id);
    id = parent.parent_id;
  }
  return chain;
}

export function AreaDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const area = useArea(id);
  const lookup = useAreaLookup();
  useDocumentTitle(area.data?.name ?? t('areas.title'));

  if (area.isPending) return <Loading />;
  if (area.isError) return <ErrorMessage error={area.error} onRetry={() => void area.refetch()} />;

  const a = area.data;
  const lang = i18n.language;
  const chain = parentChain(a, lookup.data);

  return (
    <>
      <p>
        <Link to={`/areas?kind=${a.kind}`}>{t('areas.detail.backToList')}</Link>
      </p>
      <h1>{a.name}</h1>
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

      <section aria-labelledby="hierarchy-heading">
        <h2 id="hierarchy-heading">{t('areas.detail.hierarchy')}</h2>
        <h3>{t('areas.detail.parentChain')}</h3>
        {chain.length === 0 ? (
          <p>{t('areas.detail.noParent')}</p>
        ) : (
          <ol className="breadcrumb-list">
            {chain.map((p) => (
              <li key={p.id}>
                <Link to={`/areas/${p.id}`}>{p.name}</Link> ({t(`areas.kinds.${p.kind}`)})
              </li>
            ))}
            <li aria-current="page">{a.name}</li>
          </ol>
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
                <AreaLinks ids={a.predecessor_ids} lookup={lookup.data} />
              </dd>
            </div>
            <div>
              <dt>{t('areas.detail.successors')}</dt>
              <dd>
                <AreaLinks ids={a.successor_ids} lookup={lookup.data} />
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

function AreaList({ areas, empty }: { areas: Area[]; empty: string }) {
  const { t, i18n } = useTranslation();
  if (areas.length === 0) return <p>{empty}</p>;
  return (
    <ul className="area-list">
      {areas.map((c) => (
        <li key={c.id}>
          <Link to={`/areas/${c.id}`}>{c.name}</Link> ({t(`areas.kinds.${c.kind}`)}
          {c.valid_to ? `, ${t('areas.detail.validTo').toLowerCase()} ${formatDate(c.valid_to, i18n.language)}` : ''})
        </li>
      ))}
    </ul>
  );
}

function AreaChildren({ id }: { id: string }) {
  const { t } = useTranslation();
  const children = useAreaChildren(id);
  if (children.isPending) return <Loading />;
  if (children.isError) return <ErrorMessage error={children.error} />;
  const sorted = [...children.data].sort((x, y) => x.name.localeCompare(y.name, 'sv'));
  return <AreaList areas={sorted} empty={t('areas.detail.noChildren')} />;
}

function AreaOverlaps({ id }: { id: string }) {
  const { t } = useTranslation();
  const overlaps = useAreaOverlaps(id);
  if (overlaps.isPending) return <Loading />;
  if (overlaps.isError) return <ErrorMessage error={overlaps.error} />;
  return <AreaList areas={overlaps.data} empty={t('areas.detail.noOverlaps')} />;
}
