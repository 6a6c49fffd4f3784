/**
 * Drawing the city's areas (GeoJSON polygons) as SVG: an equirectangular projection fitted to a width,
 * and back from a pixel to a point. The coverage map (features/reports) and the contact-route
 * directory's point picker (components/map) draw with it.
 */
export type Position = [number, number];
export type PolygonGeometry = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygonGeometry = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type MapGeometry = PolygonGeometry | MultiPolygonGeometry;

/** Narrows an area's untyped GeoJSON to the polygons the map can draw. */
export function asMapGeometry(value: unknown): MapGeometry | null {
  if (!value || typeof value !== 'object') return null;
  const g = value as { type?: unknown; coordinates?: unknown };
  if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates)) return g as MapGeometry;
  return null;
}

function polygons(g: MapGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export type Bounds = { minLon: number; minLat: number; maxLon: number; maxLat: number };

export function boundsOf(geometries: MapGeometry[]): Bounds {
  const b = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const g of geometries) {
    for (const poly of polygons(g)) {
      for (const ring of poly) {
        for (const [lon, lat] of ring) {
          if (lon < b.minLon) b.minLon = lon;
          if (lon > b.maxLon) b.maxLon = lon;
          if (lat < b.minLat) b.minLat = lat;
          if (lat > b.maxLat) b.maxLat = lat;
        }
      }
    }
  }
  return b;
}

export interface Projection {
  width: number;
  height: number;
  /** [lon, lat] → [x, y] in pixels. */
  project: (p: Position) => Position;
  /** [x, y] in pixels → [lon, lat]: where a click on the map lies. */
  unproject: (xy: Position) => Position;
}

/**
 * An equirectangular projection: longitude scaled by cos(reference latitude), y pointing down,
 * fitted to `width` pixels (the height follows from the aspect ratio).
 */
export function equirectangular(bounds: Bounds, width: number, referenceLatitude = 59.3): Projection {
  const k = Math.cos((referenceLatitude * Math.PI) / 180);
  const spanX = (bounds.maxLon - bounds.minLon) * k || 1;
  const scale = width / spanX;
  const height = (bounds.maxLat - bounds.minLat) * scale;
  return {
    width,
    height,
    project: ([lon, lat]) => [(lon - bounds.minLon) * k * scale, (bounds.maxLat - lat) * scale],
    unproject: ([x, y]) => [bounds.minLon + x / (k * scale), bounds.maxLat - y / scale],
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path ("M x y L … Z" per ring) for a Polygon or MultiPolygon. */
export function geometryToPath(g: MapGeometry, projection: Projection): string {
  const out: string[] = [];
  for (const poly of polygons(g)) {
    for (const ring of poly) {
      if (ring.length === 0) continue;
      const pts = ring.slice();
      const first = pts[0];
      const last = pts[pts.length - 1];
      if (pts.length > 1 && first[0] === last[0] && first[1] === last[1]) pts.pop();
      out.push(
        pts
          .map((p, i) => {
            const [x, y] = projection.project(p);
            return `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
          })
          .join('') + 'Z',
      );
    }
  }
  return out.join('');
}
