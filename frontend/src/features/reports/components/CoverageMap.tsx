import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Area, CoverageReport } from '@/api/types';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useCityGeometry } from '../api/reports';
import {
  asMapGeometry,
  boundsOf,
  coveredAreaIds,
  equirectangular,
  geometryToPath,
  neighbourhoodStatus,
  type CoverageStatus,
  type MapGeometry,
} from '../lib/map';

const MAP_WIDTH = 800;

interface MapShape {
  id: string;
  name: string;
  d: string;
  status: CoverageStatus;
}

interface DistrictGroup {
  /** The district's id, or '' for neighbourhoods whose district is not in the report. */
  id: string;
  name: string | null;
  status: CoverageStatus;
  shapes: MapShape[];
}

/**
 * The coverage map: the city's neighbourhoods coloured by their district's coverage (hatching for
 * "none", not colour only). Each district is one keyboard stop with its name and status as its
 * accessible name; focusing it (or Enter/Space, or a click) shows its details below the map.
 */
export function CoverageMap({ report }: { report: CoverageReport }) {
  const { t } = useTranslation();
  const geometry = useCityGeometry();
  const patternId = useId().replace(/:/g, '');
  const detailsId = useId();
  const [selected, setSelected] = useState<string | null>(null);

  const map = useMemo(() => {
    if (!geometry.data) return null;
    const withGeom = geometry.data.neighbourhoods
      .map((a) => ({ area: a, geom: asMapGeometry(a.geometry) }))
      .filter((x): x is { area: Area; geom: MapGeometry } => x.geom !== null);
    if (withGeom.length === 0) return { groups: [] as DistrictGroup[], width: MAP_WIDTH, height: 0, total: 0 };
    const projection = equirectangular(boundsOf(withGeom.map((x) => x.geom)), MAP_WIDTH);
    const covered = coveredAreaIds(report);
    const districtNames = new Map(report.areas.map((a) => [a.area.id, a.area.name]));
    const groups = new Map<string, DistrictGroup>();
    for (const { area, geom } of withGeom) {
      const status = neighbourhoodStatus(area.parent_id, report, covered);
      const key = area.parent_id && districtNames.has(area.parent_id) ? area.parent_id : '';
      const group = groups.get(key) ?? { id: key, name: key ? (districtNames.get(key) ?? null) : null, status, shapes: [] };
      group.shapes.push({ id: area.id, name: area.name, d: geometryToPath(geom, projection), status });
      groups.set(key, group);
    }
    const sorted = [...groups.values()].sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'sv'));
    return { groups: sorted, width: projection.width, height: projection.height, total: withGeom.length };
  }, [geometry.data, report]);

  if (geometry.isPending) return <Loading />;
  if (geometry.isError) return <ErrorMessage error={geometry.error} onRetry={() => void geometry.refetch()} />;
  if (!map) return null;

  const count = (s: CoverageStatus) => map.groups.filter((g) => g.status === s).reduce((n, g) => n + g.shapes.length, 0);
  const kindName = t(`councils.kinds.${report.kind}`).toLowerCase();
  const label = t('coverage.mapLabel', { kind: kindName, covered: count('covered'), uncovered: count('uncovered'), total: map.total });
  const councilsOf = (districtId: string) => report.areas.find((a) => a.area.id === districtId)?.councils ?? [];
  const districtLabel = (g: DistrictGroup) =>
    t('coverage.districtLabel', { name: g.name, status: t(`coverage.status.${g.status}`), count: g.shapes.length });
  const current = map.groups.find((g) => g.id && g.id === selected) ?? null;

  function onKeyDown(e: KeyboardEvent, id: string) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      setSelected(id);
    } else if (e.key === 'Escape') {
      setSelected(null);
    }
  }

  return (
    <figure className="coverage-map">
      <p className="hint" id={`${detailsId}-hint`}>
        {t('coverage.mapKeyboardHint')}
      </p>
      <svg
        role="group"
        aria-label={label}
        aria-describedby={`${detailsId}-hint`}
        viewBox={`0 0 ${Math.ceil(map.width)} ${Math.ceil(map.height)}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <pattern id={`${patternId}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" className="map-uncovered-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="map-hatch" />
          </pattern>
        </defs>
        {map.groups.map((g) => {
          const paths = g.shapes.map((s) => (
            <path
              key={s.id}
              d={s.d}
              className={`map-area map-${s.status}`}
              style={s.status === 'uncovered' ? { fill: `url(#${patternId}-hatch)` } : undefined}
              fillRule="evenodd"
            >
              <title>
                {t('coverage.pathTitle', { name: s.name, district: g.name ?? t('common.none'), status: t(`coverage.status.${s.status}`) })}
              </title>
            </path>
          ));
          if (!g.id) return <g key="unknown">{paths}</g>;
          return (
            <g
              key={g.id}
              className={`map-district${g.id === selected ? ' map-district-selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={districtLabel(g)}
              aria-pressed={g.id === selected}
              aria-controls={detailsId}
              onFocus={() => setSelected(g.id)}
              onClick={() => setSelected(g.id)}
              onKeyDown={(e) => onKeyDown(e, g.id)}
            >
              {paths}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <div id={detailsId} className="map-details" aria-live="polite">
          {current ? (
            <>
              <h3>{current.name}</h3>
              <p>
                {t(`coverage.status.${current.status}`)}
                {' – '}
                {t('coverage.neighbourhoodCount', { count: current.shapes.length })}
              </p>
              {councilsOf(current.id).length > 0 ? (
                <ul className="plain-list">
                  {councilsOf(current.id).map((c) => (
                    <li key={c.id}>
                      <Link to={`/councils/${c.id}`}>{c.name}</Link>
                      {c.via === 'overlap' && <span className="muted"> ({t('coverage.viaOverlap')})</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t('coverage.noCouncilOfKind', { kind: kindName })}</p>
              )}
              <p className="muted">{current.shapes.map((s) => s.name).sort((a, b) => a.localeCompare(b, 'sv')).join(', ')}</p>
            </>
          ) : (
            <p className="hint">{t('coverage.mapChooseDistrict')}</p>
          )}
        </div>
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
          {count('unknown') > 0 && (
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
