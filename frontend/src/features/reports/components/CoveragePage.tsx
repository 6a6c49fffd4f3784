import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Area, AreaKind, CouncilKind, CoverageReport } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { COUNCIL_KINDS } from '@/features/councils/api/councils';
import { CouncilLink, OrganizationLink, useCouncilLookup, useOrganizationLookup } from '@/features/councils/components/names';
import { useCoverage, useNeighbourhoodGeometry } from '../api/reports';
import {
  asMapGeometry,
  boundsOf,
  coverageCounts,
  coveredAreaIds,
  equirectangular,
  geometryToPath,
  neighbourhoodStatus,
  type CoverageStatus,
  type MapGeometry,
} from '../lib/map';

const MAP_WIDTH = 800;

function isKind(v: string | null): v is CouncilKind {
  return !!v && (COUNCIL_KINDS as string[]).includes(v);
}

export function CoveragePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const dateId = useId();
  const kindId = useId();
  useDocumentTitle(t('coverage.title'));

  const at = params.get('at') ?? todayIso();
  const kindParam = params.get('kind');
  const kind: CouncilKind = isKind(kindParam) ? kindParam : 'local_steering_group';
  const report = useCoverage(at, kind);

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
      <h1>{t('coverage.title')}</h1>
      <p>{t('coverage.intro')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={dateId}>{t('coverage.date')}</label>
          <input id={dateId} type="date" value={at} onChange={(e) => update({ at: e.target.value || null })} />
        </div>
        <div className="field">
          <label htmlFor={kindId}>{t('coverage.kind')}</label>
          <select id={kindId} value={kind} onChange={(e) => update({ kind: e.target.value })}>
            {COUNCIL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`councils.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <CoverageSummary report={report.data} />
          <section aria-labelledby="coverage-map-heading">
            <h2 id="coverage-map-heading">{t('coverage.mapHeading')}</h2>
            <CoverageMap report={report.data} />
          </section>
          <section aria-labelledby="coverage-table-heading">
            <h2 id="coverage-table-heading">{t('coverage.tableHeading')}</h2>
            <CoverageTable report={report.data} />
          </section>
          <p className="hint">{t('coverage.asOf', { date: formatDate(report.data.at, i18n.language) })}</p>
        </>
      )}
    </>
  );
}

function CoverageSummary({ report }: { report: CoverageReport }) {
  const { t } = useTranslation();
  const line = (key: 'coverage.summaryDistricts' | 'coverage.summaryLpas', kind: AreaKind) => {
    const c = coverageCounts(report, kind);
    const head = t(key, { covered: c.covered, total: c.total });
    if (c.overlapOnly === 0) return head;
    const via =
      c.direct === 0
        ? t('coverage.summaryOnlyOverlap', { overlapOnly: c.overlapOnly })
        : t('coverage.summaryDirectAndOverlap', { direct: c.direct, overlapOnly: c.overlapOnly });
    return `${head} ${via}`;
  };
  return (
    <ul className="summary-counts">
      <li>{line('coverage.summaryDistricts', 'district')}</li>
      <li>{line('coverage.summaryLpas', 'local_police_area')}</li>
    </ul>
  );
}

interface MapShape {
  id: string;
  name: string;
  d: string;
  status: CoverageStatus;
  districtName: string | null;
}

export function CoverageMap({ report }: { report: CoverageReport }) {
  const { t } = useTranslation();
  const geometry = useNeighbourhoodGeometry();
  const patternId = useId().replace(/:/g, '');

  const shapes = useMemo(() => {
    if (!geometry.data) return null;
    const withGeom = geometry.data
      .map((a) => ({ area: a, geom: asMapGeometry(a.geometry) }))
      .filter((x): x is { area: Area; geom: MapGeometry } => x.geom !== null);
    if (withGeom.length === 0) return { shapes: [] as MapShape[], width: MAP_WIDTH, height: 0 };
    const projection = equirectangular(
      boundsOf(withGeom.map((x) => x.geom)),
      MAP_WIDTH,
    );
    const covered = coveredAreaIds(report);
    const districtNames = new Map(report.areas.map((a) => [a.area.id, a.area.name]));
    return {
      width: projection.width,
      height: projection.height,
      shapes: withGeom.map<MapShape>(({ area, geom }) => ({
        id: area.id,
        name: area.name,
        d: geometryToPath(geom, projection),
        status: neighbourhoodStatus(area.parent_id, report, covered),
        districtName: area.parent_id ? districtNames.get(area.parent_id) ?? null : null,
      })),
    };
  }, [geometry.data, report]);

  if (geometry.isPending) return <Loading />;
  if (geometry.isError) return <ErrorMessage error={geometry.error} onRetry={() => void geometry.refetch()} />;
  if (!shapes) return null;

  const n = (s: CoverageStatus) => shapes.shapes.filter((x) => x.status === s).length;
  const label = t('coverage.mapLabel', {
    kind: t(`councils.kinds.${report.kind}`).toLowerCase(),
    covered: n('covered'),
    uncovered: n('uncovered'),
    total: shapes.shapes.length,
  });

  return (
    <figure className="coverage-map">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${Math.ceil(shapes.width)} ${Math.ceil(shapes.height)}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <pattern id={`${patternId}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" className="map-uncovered-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="map-hatch" />
          </pattern>
        </defs>
        {shapes.shapes.map((s) => (
          <path
            key={s.id}
            d={s.d}
            className={`map-area map-${s.status}`}
            style={s.status === 'uncovered' ? { fill: `url(#${patternId}-hatch)` } : undefined}
            fillRule="evenodd"
          >
            <title>
              {t('coverage.pathTitle', {
                name: s.name,
                district: s.districtName ?? t('common.none'),
                status: t(`coverage.status.${s.status}`),
              })}
            </title>
          </path>
        ))}
      </svg>
      <figcaption>
        <p className="visually-hidden">{t('coverage.mapTableHint')}</p>
        <ul className="map-legend" aria-label={t('coverage.legend')}>
          <li>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" className="map-area map-covered" />
            </svg>{' '}
            {t('coverage.status.covered')}
          </li>
          <li>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" className="map-area map-uncovered" style={{ fill: `url(#${patternId}-hatch)` }} />
            </svg>{' '}
            {t('coverage.status.uncovered')}
          </li>
          {n('unknown') > 0 && (
            <li>
              <svg width="24" height="16" aria-hidden="true" focusable="false">
                <rect width="24" height="16" className="map-area map-unknown" />
              </svg>{' '}
              {t('coverage.status.unknown')}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}

export function CoverageTable({ report }: { report: CoverageReport }) {
  const { t, i18n } = useTranslation();
  const councils = useCouncilLookup();
  const orgs = useOrganizationLookup();
  const rows = [...report.areas].sort((a, b) => {
    const ua = a.councils.length === 0 ? 0 : 1;
    const ub = b.councils.length === 0 ? 0 : 1;
    if (ua !== ub) return ua - ub;
    if (a.area.kind !== b.area.kind) return a.area.kind.localeCompare(b.area.kind);
    return a.area.name.localeCompare(b.area.name, 'sv');
  });

  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('coverage.tableCaption', { kind: t(`councils.kinds.${report.kind}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.area')}</th>
            <th scope="col">{t('coverage.areaKind')}</th>
            <th scope="col">{t('coverage.councils')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.area.id} className={row.councils.length === 0 ? 'row-vacant' : undefined}>
              <th scope="row">
                <Link to={`/areas/${row.area.id}`}>{row.area.name}</Link>
              </th>
              <td>{t(`areas.kinds.${row.area.kind}`)}</td>
              <td>
                {row.councils.length === 0 ? (
                  <span className="badge badge-vacant">{t('coverage.noCouncil')}</span>
                ) : (
                  <ul className="plain-list">
                    {row.councils.map((c) => {
                      const m = c.mandate;
                      const parts: React.ReactNode[] = [];
                      if (m?.decided_by_council_id) parts.push(<CouncilLink key="c" id={m.decided_by_council_id} lookup={councils} />);
                      else if (m?.decided_by_organization_id)
                        parts.push(<OrganizationLink key="o" id={m.decided_by_organization_id} lookup={orgs} />);
                      const text = [
                        m?.decision_reference,
                        m?.decided_on ? formatDate(m.decided_on, i18n.language) : null,
                        m?.registration_number ? `${t('coverage.regNo')} ${m.registration_number}` : null,
                      ].filter(Boolean);
                      return (
                        <li key={c.id}>
                          <Link to={`/councils/${c.id}`}>{c.name}</Link>
                          {c.via === 'overlap' && <span className="muted"> ({t('coverage.viaOverlap')})</span>}
                          <br />
                          <span className="muted">
                            {t('coverage.mandate')}:{' '}
                            {!m || (parts.length === 0 && text.length === 0) ? (
                              t('coverage.noMandate')
                            ) : (
                              <>
                                {parts.length > 0 && (
                                  <>
                                    {t('coverage.decidedBy')} {parts}
                                    {text.length > 0 && ', '}
                                  </>
                                )}
                                {text.join(', ')}
                              </>
                            )}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
