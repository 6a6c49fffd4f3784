import { describe, expect, it } from 'vitest';
import { boundsOf, equirectangular, type MapGeometry } from './map';

const square: MapGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [17.8, 59.2],
      [18.2, 59.2],
      [18.2, 59.45],
      [17.8, 59.45],
      [17.8, 59.2],
    ],
  ],
};

describe('the map projection back from a pixel', () => {
  it('unprojects what it projects: a click lands on the point drawn there', () => {
    const projection = equirectangular(boundsOf([square]), 800);
    for (const p of [
      [17.8, 59.45],
      [18.2, 59.2],
      [17.928, 59.388],
    ] as [number, number][]) {
      const [lon, lat] = projection.unproject(projection.project(p));
      expect(lon).toBeCloseTo(p[0], 9);
      expect(lat).toBeCloseTo(p[1], 9);
    }
    expect(projection.unproject([0, 0])).toEqual([17.8, 59.45]);
  });
});
