import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { AreaKind } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { AREA_KINDS, useAreaLookup, useAreas, type AreaFilters } from '../api/areas';
import { AreaLinks } from './AreaLinks';

function isAreaKind(v: string | null): v is AreaKind {
  return !!v && (AREA_KINDS as string[]).includes(v);
}

export function AreasPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('areas.title'));

  const kindParam = params.get('kind');
  const kind: AreaKind = isAreaKind(kindParam) ? kindParam : 'district';
  // valid_at: absent = today; "all" = no filter (historical too).
  const validParam = params.get('valid_at');
  const validAt = validParam === 'all' ? null : (validParam ?? todayIso());
  const q = params.get('q') ?? '';

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  }

  const filters: AreaFilters = { kind, validAt, q };

  return (
    <>
      <h1>{t('areas.title')}</h1>
      <AreaFiltersForm
        validAt={validAt}
        q={q}
        onValidAt={(v) => update({ valid_at: v ?? 'all' })}
        onSearch={(v) => update({ q: v || null })}
      />
      <Tabs
        selectedKey={kind}
        onSelectionChange={(key: Key) => update({ kind: String(key) })}
        className="tabs"
      >
        <TabList aria-label={t('areas.kindFilter')} className="tab-list">
          {AREA_KINDS.map((k) => (
            <Tab key={k} id={k} className="tab">
              {t(`areas.kinds.${k}`)}
            </Tab>
          ))}
        </TabList>
        {AREA_KINDS.map((k) => (
          <TabPanel key={k} id={k} className="tab-panel">
            {k === kind && <AreaTable filters={filters} />}
          </TabPanel>
        ))}
      </Tabs>
    </>
  );
}

function AreaFiltersForm(props: {
  validAt: string | null;
  q: string;
  onValidAt: (v: string | null) => void;
  onSearch: (v: string) => void;
}) {
  const { t } = useTranslation();
  const dateId = useId();
  const helpId = useId();
  const searchId = useId();
  const [text, setText] = useState(props.q);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    props.onSearch(text.trim());
  }

  return (
    <div className="filters">
      <div className="field">
        <label htmlFor={dateId}>{t('areas.validOn')}</label>
        <input
          id={dateId}
          type="date"
          value={props.validAt ?? ''}
          aria-describedby={helpId}
          onChange={(e) => props.onValidAt(e.target.value || null)}
        />
        <p id={helpId} className="hint">
          {t('areas.validOnHelp')}
        </p>
      </div>
      <div className="field field-inline">
        <button type="button" className="button" onClick={() => props.onValidAt(null)} disabled={props.validAt === null}>
          {t('areas.showAll')}
        </button>
      </div>
      <form role="search" onSubmit={onSubmit} className="search-form">
        <div className="field">
          <label htmlFor={searchId}>{t('areas.searchLabel')}</label>
          <div className="search-row">
            <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
            <button type="submit" className="button">
              {t('common.search')}
            </button>
          </div>
        </div>
      </form>
    </div>
  );
}

function AreaTable({ filters }: { filters: AreaFilters }) {
  const { t, i18n } = useTranslation();
  const areas = useAreas(filters);
  const lookup = useAreaLookup();

  if (areas.isPending) return <Loading />;
  if (areas.isError) return <ErrorMessage error={areas.error} onRetry={() => void areas.refetch()} />;

  const items = areas.data.pages.flatMap((p) => p.items);
  const lang = i18n.language;

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
            <caption className="visually-hidden">
              {t('areas.table.caption', { kind: t(`areas.kinds.${filters.kind}`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('areas.table.name')}</th>
                <th scope="col">{t('areas.table.code')}</th>
                <th scope="col">{t('areas.table.parent')}</th>
                <th scope="col">{t('areas.table.validFrom')}</th>
                <th scope="col">{t('areas.table.validTo')}</th>
                <th scope="col">{t('areas.table.predecessors')}</th>
                <th scope="col">{t('areas.table.successors')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/areas/${a.id}`}>{a.name}</Link>
                  </th>
                  <td>{a.code ?? t('common.none')}</td>
                  <td>{a.parent_id ? <AreaLinks ids={[a.parent_id]} lookup={lookup.data} /> : t('common.none')}</td>
                  <td>{formatDate(a.valid_from, lang) || t('common.none')}</td>
                  <td>{formatDate(a.valid_to, lang) || t('common.none')}</td>
                  <td>
                    <AreaLinks ids={a.predecessor_ids} lookup={lookup.data} />
                  </td>
                  <td>
                    <AreaLinks ids={a.successor_ids} lookup={lookup.data} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {areas.hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void areas.fetchNextPage()}
          disabled={areas.isFetchingNextPage}
        >
          {areas.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </button>
      )}
    </>
  );
}
