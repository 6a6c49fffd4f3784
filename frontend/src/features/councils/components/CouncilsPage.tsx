import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Council, CouncilKind, CouncilStatus } from '@/api/types';
import { useCanWrite } from '@/lib/auth-context';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { COUNCIL_KINDS, COUNCIL_STATUSES, useCouncils, type CouncilFilters } from '../api/councils';

export interface CouncilNode {
  council: Council;
  children: CouncilNode[];
}

/** Parent → children; a council whose parent is not in the list is a root. Sorted by name. */
export function buildCouncilTree(councils: Council[]): CouncilNode[] {
  const nodes = new Map(councils.map((c) => [c.id, { council: c, children: [] as CouncilNode[] }]));
  const roots: CouncilNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.council.parent_id ? nodes.get(node.council.parent_id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: CouncilNode[]) => {
    list.sort((a, b) => a.council.name.localeCompare(b.council.name, 'sv'));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

function isKind(v: string | null): v is CouncilKind {
  return !!v && (COUNCIL_KINDS as string[]).includes(v);
}
function isStatus(v: string | null): v is CouncilStatus {
  return !!v && (COUNCIL_STATUSES as string[]).includes(v);
}

export function CouncilsPage() {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('councils.title'));

  const kind = params.get('kind');
  const status = params.get('status');
  const filters: CouncilFilters = {
    q: params.get('q') ?? '',
    kind: isKind(kind) ? kind : null,
    status: isStatus(status) ? status : null,
  };
  const view = params.get('view') === 'tree' ? 'tree' : 'table';

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  }

  return (
    <>
      <div className="page-heading">
        <h1>{t('councils.title')}</h1>
        {canWrite && (
          <Link to="/councils/new" className="button button-primary">
            {t('councils.new')}
          </Link>
        )}
      </div>
      <CouncilFiltersForm filters={filters} onChange={update} />
      <div className="view-switch" role="group" aria-label={t('councils.viewLabel')}>
        <button type="button" className="button button-small" aria-pressed={view === 'table'} onClick={() => update({ view: null })}>
          {t('councils.viewTable')}
        </button>
        <button type="button" className="button button-small" aria-pressed={view === 'tree'} onClick={() => update({ view: 'tree' })}>
          {t('councils.viewTree')}
        </button>
      </div>
      <CouncilResults filters={filters} view={view} />
    </>
  );
}

function CouncilFiltersForm({
  filters,
  onChange,
}: {
  filters: CouncilFilters;
  onChange: (c: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  const kindId = useId();
  const statusId = useId();
  const [text, setText] = useState(filters.q);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onChange({ q: text.trim() || null });
  }

  return (
    <div className="filters">
      <form role="search" onSubmit={onSubmit} className="search-form">
        <div className="field">
          <label htmlFor={searchId}>{t('councils.searchLabel')}</label>
          <div className="search-row">
            <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
            <button type="submit" className="button">
              {t('common.search')}
            </button>
          </div>
        </div>
      </form>
      <div className="field">
        <label htmlFor={kindId}>{t('councils.kindFilter')}</label>
        <select id={kindId} value={filters.kind ?? ''} onChange={(e) => onChange({ kind: e.target.value || null })}>
          <option value="">{t('councils.allKinds')}</option>
          {COUNCIL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`councils.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={statusId}>{t('councils.statusFilter')}</label>
        <select id={statusId} value={filters.status ?? ''} onChange={(e) => onChange({ status: e.target.value || null })}>
          <option value="">{t('councils.allStatuses')}</option>
          {COUNCIL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`councils.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function CouncilResults({ filters, view }: { filters: CouncilFilters; view: 'table' | 'tree' }) {
  const { t } = useTranslation();
  const councils = useCouncils(filters);
  if (councils.isPending) return <Loading />;
  if (councils.isError) return <ErrorMessage error={councils.error} onRetry={() => void councils.refetch()} />;
  const items = councils.data;
  const byId = new Map(items.map((c) => [c.id, c]));

  return (
    <>
      <p className="result-count" aria-live="polite">
        {t('common.showingCount', { count: items.length })}
      </p>
      {items.length === 0 ? (
        <p>{t('common.noResults')}</p>
      ) : view === 'tree' ? (
        <section aria-labelledby="council-tree-heading">
          <h2 id="council-tree-heading">{t('councils.treeHeading')}</h2>
          <p className="hint">{t('councils.treeHint')}</p>
          <CouncilTreeList nodes={buildCouncilTree(items)} />
        </section>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('councils.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('councils.fields.name')}</th>
                <th scope="col">{t('councils.fields.kind')}</th>
                <th scope="col">{t('councils.fields.status')}</th>
                <th scope="col">{t('councils.fields.parent')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/councils/${c.id}`}>{c.name}</Link>
                  </th>
                  <td>{t(`councils.kinds.${c.kind}`)}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>
                    {c.parent_id ? (
                      <Link to={`/councils/${c.parent_id}`}>{byId.get(c.parent_id)?.name ?? t('councils.parentCouncil')}</Link>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function CouncilTreeList({ nodes }: { nodes: CouncilNode[] }) {
  const { t } = useTranslation();
  return (
    <ul className="council-tree">
      {nodes.map((n) => (
        <li key={n.council.id}>
          <Link to={`/councils/${n.council.id}`}>{n.council.name}</Link>{' '}
          <span className="muted">
            ({t(`councils.kinds.${n.council.kind}`)}, {t(`councils.statuses.${n.council.status}`).toLowerCase()})
          </span>
          {n.children.length > 0 && <CouncilTreeList nodes={n.children} />}
        </li>
      ))}
    </ul>
  );
}

export function StatusBadge({ status }: { status: CouncilStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`councils.statuses.${status}`)}</span>;
}
