import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/api/types';
import { useCityGeometry } from '@/lib/city-geometry';
import { asMapGeometry, boundsOf, equirectangular, geometryToPath, type MapGeometry } from '@/lib/map';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import './point-picker-map.css';

const MAP_WIDTH = 800;

/** A point chosen on the map, with the neighbourhood it lies in (null outside them). */
export interface PickedPoint {
  lat: number;
  lon: number;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
}

const round = (n: number) => Math.round(n * 100_000) / 100_000;

/**
 * The city's neighbourhoods (the coverage map's geometry, fetched once per session) to click a point
 * on. For a pointing device only: the map is hidden from assistive technology and the page offers
 * the same choice as a list of areas, which the hint names (`hint`). The chosen point is marked, its
 * neighbourhood and `highlightId` (an area chosen instead) outlined.
 */
export function PointPickerMap({
  value,
  onPick,
  highlightId,
  hint,
}: {
  value: { lat: number; lon: number } | null;
  onPick: (point: PickedPoint) => void;
  highlightId?: string | null;
  hint: string;
}) {
  const { t } = useTranslation();
  const geometry = useCityGeometry();

  const map = useMemo(() => {
    if (!geometry.data) return null;
    const shapes = geometry.data.neighbourhoods
      .map((a) => ({ area: a, geom: asMapGeometry(a.geometry) }))
      .filter((x): x is { area: Area; geom: MapGeometry } => x.geom !== null);
    if (shapes.length === 0) return null;
    const projection = equirectangular(boundsOf(shapes.map((s) => s.geom)), MAP_WIDTH);
    return { projection, shapes: shapes.map((s) => ({ id: s.area.id, name: s.area.name, d: geometryToPath(s.geom, projection) })) };
  }, [geometry.data]);

  if (geometry.isPending) return <Loading />;
  if (geometry.isError) return <ErrorMessage error={geometry.error} onRetry={() => void geometry.refetch()} />;
  if (!map) return <p className="hint">{t('pointMap.noMap')}</p>;

  function onClick(e: MouseEvent<SVGSVGElement>) {
    if (!map) return;
    const svg = e.currentTarget;
    const ctm = svg.getScreenCTM?.();
    if (!ctm) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const [lon, lat] = map.projection.unproject([pt.x, pt.y]);
    const hit = (e.target as Element).closest?.('[data-area-id]');
    const id = hit?.getAttribute('data-area-id') ?? null;
    onPick({ lat: round(lat), lon: round(lon), neighbourhoodId: id, neighbourhoodName: map.shapes.find((s) => s.id === id)?.name ?? null });
  }

  const marker = value ? map.projection.project([value.lon, value.lat]) : null;
  return (
    <figure className="point-map">
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 ${Math.ceil(map.projection.width)} ${Math.ceil(map.projection.height)}`}
        preserveAspectRatio="xMidYMid meet"
        onClick={onClick}
      >
        {map.shapes.map((s) => (
          <path key={s.id} d={s.d} data-area-id={s.id} className={`point-map-area${s.id === highlightId ? ' point-map-chosen' : ''}`} fillRule="evenodd">
            <title>{s.name}</title>
          </path>
        ))}
        {marker && (
          <g className="point-map-marker" transform={`translate(${marker[0]} ${marker[1]})`}>
            <circle r="9" />
            <circle r="3" className="point-map-marker-dot" />
          </g>
        )}
      </svg>
      <figcaption className="hint">{hint}</figcaption>
    </figure>
  );
}
