import type { AreaKind, CoverageReport } from '@/api/types';

export { asMapGeometry, boundsOf, equirectangular, geometryToPath } from '@/lib/map';
export type { Bounds, MapGeometry, MultiPolygonGeometry, PolygonGeometry, Position, Projection } from '@/lib/map';

export type CoverageStatus = 'covered' | 'uncovered' | 'unknown';

/** The ids of the areas in the report that at least one council covers. */
export function coveredAreaIds(report: CoverageReport): Set<string> {
  return new Set(report.areas.filter((a) => a.councils.length > 0).map((a) => a.area.id));
}

export interface CoverageCounts {
  /** Areas of the kind in the report. */
  total: number;
  /** Areas at least one council covers, directly or through an overlapping area. */
  covered: number;
  /** Areas at least one council names directly. */
  direct: number;
  /** Covered areas that no council names directly: covered only through an overlapping area. */
  overlapOnly: number;
}

/** How many areas of a kind the report counts as covered, and how (directly or only via an overlap). */
export function coverageCounts(report: CoverageReport, kind: AreaKind): CoverageCounts {
  const counts: CoverageCounts = { total: 0, covered: 0, direct: 0, overlapOnly: 0 };
  for (const a of report.areas) {
    if (a.area.kind !== kind) continue;
    counts.total += 1;
    if (a.councils.length === 0) continue;
    counts.covered += 1;
    if (a.councils.some((c) => c.via === 'direct')) counts.direct += 1;
    else counts.overlapOnly += 1;
  }
  return counts;
}

/**
 * A neighbourhood's colour on the coverage map: that of its district (its parent). A neighbourhood
 * whose district is not in the report (no parent, or not valid on the date) is "unknown".
 */
export function neighbourhoodStatus(
  parentId: string | null | undefined,
  report: CoverageReport,
  covered: Set<string> = coveredAreaIds(report),
): CoverageStatus {
  if (!parentId) return 'unknown';
  if (covered.has(parentId)) return 'covered';
  return report.areas.some((a) => a.area.id === parentId) ? 'uncovered' : 'unknown';
}
