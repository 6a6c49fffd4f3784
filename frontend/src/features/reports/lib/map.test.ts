import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '@/api/types';
import { asMapGeometry, boundsOf, coverageCounts, coveredAreaIds, equirectangular, geometryToPath, neighbourhoodStatus, type MapGeometry } from './map';

const square: MapGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [18, 59],
      [19, 59],
      [19, 60],
      [18, 60],
      [18, 59],
    ],
  ],
};

describe('map projection and paths', () => {
  it('draws a square polygon as a closed path (no longitude scaling at the equator)', () => {
    const projection = equirectangular(boundsOf([square]), 100, 0);
    expect(projection.height).toBe(100);
    expect(geometryToPath(square, projection)).toBe('M0 100L100 100L100 0L0 0Z');
  });

  it('scales longitude by cos(59.3°), so a 1°×1° square is about twice as tall as wide', () => {
    const projection = equirectangular(boundsOf([square]), 100);
    const k = Math.cos((59.3 * Math.PI) / 180);
    expect(projection.height).toBeCloseTo(100 / k, 6);
    expect(projection.project([18.5, 59.5])).toEqual([50, expect.closeTo(50 / k, 6)]);
    expect(geometryToPath(square, projection)).toBe(`M0 ${Math.round((100 / k) * 10) / 10}L100 ${Math.round((100 / k) * 10) / 10}L100 0L0 0Z`);
  });

  it('draws every ring of a MultiPolygon, holes included', () => {
    const multi: MapGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 0],
          ],
          [
            [0.5, 0.5],
            [1, 0.5],
            [1, 1],
            [0.5, 0.5],
          ],
        ],
        [
          [
            [3, 0],
            [4, 0],
            [4, 1],
          ],
        ],
      ],
    };
    const projection = equirectangular(boundsOf([multi]), 40, 0);
    const d = geometryToPath(multi, projection);
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.match(/Z/g)).toHaveLength(3);
    expect(d.startsWith('M0 20L20 20L20 0Z')).toBe(true);
  });

  it('accepts only polygons as map geometry', () => {
    expect(asMapGeometry(square)).toBe(square);
    expect(asMapGeometry({ type: 'Point', coordinates: [18, 59] })).toBeNull();
    expect(asMapGeometry(null)).toBeNull();
  });
});

describe('coverage colouring', () => {
  const report: CoverageReport = {
    at: '2026-11-22',
    kind: 'local_steering_group',
      names: {},
    areas: [
      { area: { id: 'd-jarva', name: 'Järva', kind: 'district' }, councils: [{ id: 'c1', name: 'Lokal styrgrupp Järva', via: 'direct' }] },
      { area: { id: 'd-skarholmen', name: 'Skärholmen', kind: 'district' }, councils: [] },
      {
        area: { id: 'lpa-jarva', name: 'Lokalpolisområde Järva', kind: 'local_police_area' },
        councils: [{ id: 'c1', name: 'Lokal styrgrupp Järva', via: 'overlap' }],
      },
    ],
    uncovered: [{ id: 'd-skarholmen', name: 'Skärholmen', kind: 'district' }],
  };

  it('colours a neighbourhood by whether its district is covered', () => {
    const covered = coveredAreaIds(report);
    expect(neighbourhoodStatus('d-jarva', report, covered)).toBe('covered');
    expect(neighbourhoodStatus('d-skarholmen', report, covered)).toBe('uncovered');
  });

  it('marks a neighbourhood whose district is missing from the report as unknown', () => {
    expect(neighbourhoodStatus(null, report)).toBe('unknown');
    expect(neighbourhoodStatus('d-old-district', report)).toBe('unknown');
  });
});

describe('coverage counts', () => {
  const lpa = (id: string) => ({ id, name: id, kind: 'local_police_area' as const });
  const district = (id: string) => ({ id, name: id, kind: 'district' as const });
  const report: CoverageReport = {
    at: '2026-11-22',
    kind: 'local_steering_group',
      names: {},
    areas: [
      { area: district('d1'), councils: [{ id: 'c1', name: 'C1', via: 'direct' }] },
      { area: district('d2'), councils: [] },
      // Named directly by one council and reached through an overlap by another: counts as direct.
      { area: lpa('l1'), councils: [{ id: 'c1', name: 'C1', via: 'overlap' }, { id: 'c2', name: 'C2', via: 'direct' }] },
      { area: lpa('l2'), councils: [{ id: 'c1', name: 'C1', via: 'overlap' }] },
      { area: lpa('l3'), councils: [{ id: 'c1', name: 'C1', via: 'overlap' }, { id: 'c3', name: 'C3', via: 'overlap' }] },
      { area: lpa('l4'), councils: [] },
    ],
    uncovered: [district('d2'), lpa('l4')],
  };

  it('splits covered areas into directly covered and covered only through an overlapping area', () => {
    expect(coverageCounts(report, 'local_police_area')).toEqual({ total: 4, covered: 3, direct: 1, overlapOnly: 2 });
    expect(coverageCounts(report, 'district')).toEqual({ total: 2, covered: 1, direct: 1, overlapOnly: 0 });
  });

  it('counts nothing for a kind the report does not hold', () => {
    expect(coverageCounts(report, 'neighbourhood')).toEqual({ total: 0, covered: 0, direct: 0, overlapOnly: 0 });
  });
});
