import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { OrganizationKind } from '@/api/types';
import { useCanWrite } from '@/lib/auth-context';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { ORGANIZATION_KINDS, useOrganizations, type OrganizationFilters } from '../api/organizations';

function isKind(v: string | null): v is OrganizationKind {
  return !!v && (ORGANIZATION_KINDS as string[]).includes(v);
}

export function OrganizationsPage() {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('organizations.title'));

  const kindParam = params.get('kind');
  const filters: OrganizationFilters = {
    q: params.get('q') ?? '',
    kind: isKind(kindParam) ? kindParam : null,
  };

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
        <h1>{t('organizations.title')}</h1>
        {canWrite && (
          <Link to="/organizations/new" className="button button-primary">
            {t('organizations.new')}
          </Link>
        )}
      </div>
      <OrganizationFiltersForm filters={filters} onChange={update} />
      <OrganizationTable filters={filters} />
    </>
  );
}

function OrganizationFiltersForm({
  filters,
  onChange,
}: {
  filters: OrganizationFilters;
  onChange: (c: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  const kindId = useId();
  const [text, setText] = useState(filters.q);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onChange({ q: text.trim() || null });
  }

  return (
    <div className="filters">
      <form role="search" onSubmit={onSubmit} className="search-form">
        <div className="field">
          <label htmlFor={searchId}>{t('organizations.searchLabel')}</label>
          <div className="search-row">
            <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
            <button type="submit" className="button">
              {t('common.search')}
            </button>
          </div>
        </div>
      </form>
      <div className="field">
        <label htmlFor={kindId}>{t('organizations.kindFilter')}</label>
        <select id={kindId} value={filters.kind ?? ''} onChange={(e) => onChange({ kind: e.target.value || null })}>
          <option value="">{t('organizations.allKinds')}</option>
          {ORGANIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`organizations.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function OrganizationTable({ filters }: { filters: OrganizationFilters }) {
  const { t } = useTranslation();
  const orgs = useOrganizations(filters);

  if (orgs.isPending) return <Loading />;
  if (orgs.isError) return <ErrorMessage error={orgs.error} onRetry={() => void orgs.refetch()} />;
  const items = orgs.data.pages.flatMap((p) => p.items);

  return (
    <>
      <p className="result-count" aria-live="polite">
        {t('common.showingCount', { count: items.length })}
      </p>
      {items.length === 0 ? (
        <p>{t('common.noResults')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('organizations.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organizations.table.name')}</th>
                <th scope="col">{t('organizations.table.kind')}</th>
                <th scope="col">{t('organizations.table.organizationNumber')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                  </th>
                  <td>{t(`organizations.kinds.${o.kind}`)}</td>
                  <td>{o.organization_number ?? t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {orgs.hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void orgs.fetchNextPage()}
          disabled={orgs.isFetchingNextPage}
        >
          {orgs.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </button>
      )}
    </>
  );
}
