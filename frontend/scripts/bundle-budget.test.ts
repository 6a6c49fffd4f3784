import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { routeSizes, staticClosure } from './bundle-budget.mjs';

const manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/Login.tsx', 'src/Map.tsx'] },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_aria.js': { file: 'assets/aria.js', imports: ['_vendor.js'] },
  'src/Login.tsx': { file: 'assets/LoginPage.js', isDynamicEntry: true, imports: ['_vendor.js'] },
  'src/Map.tsx': { file: 'assets/Map.js', isDynamicEntry: true, imports: ['_aria.js', '_vendor.js'], css: ['assets/map.css'] },
};
const sizes: Record<string, number> = {
  'assets/index.js': 10,
  'assets/vendor.js': 100,
  'assets/aria.js': 50,
  'assets/LoginPage.js': 5,
  'assets/Map.js': 20,
};

describe('bundle budget', () => {
  it('follows static imports once', () => {
    expect([...staticClosure(manifest, 'src/Map.tsx')].sort()).toEqual(['_aria.js', '_vendor.js', 'src/Map.tsx']);
  });

  it('counts each route as its own chunks plus the shared shell, and the first page as shell + login', () => {
    const r = routeSizes(manifest, (f: string) => sizes[f], /Login/);
    expect(r.entry).toBe(110);
    expect(r.firstPage).toBe(115);
    expect(r.routes).toEqual([
      { route: 'src/Login.tsx', own: 5, total: 115 },
      { route: 'src/Map.tsx', own: 70, total: 180 },
    ]);
  });
});
