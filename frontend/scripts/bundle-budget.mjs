#!/usr/bin/env node
// After `vite build`: prints the gzipped JavaScript each route needs and fails when the first page
// (the app shell plus the login page) needs more than the budget. Reads Vite's manifest
// (dist/.vite/manifest.json, `build.manifest: true`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const BUDGET_BYTES = 200 * 1024;

/** The chunk keys a chunk needs before it runs: itself and its static imports, transitively. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

/**
 * The sizes: `entry` is what every page needs (index.html's chunk and its static imports);
 * each route (a dynamic import of the router) adds its own chunk and the static imports not in the entry.
 * `firstPage` is the entry plus the login route. `sizeOf(file)` gives a chunk's gzipped bytes.
 */
export function routeSizes(manifest, sizeOf, firstRoute = /LoginPage/) {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('No entry chunk in the manifest');
  const entry = staticClosure(manifest, entryKey);
  const sum = (keys) => [...keys].reduce((n, k) => n + sizeOf(manifest[k].file), 0);
  const routes = (manifest[entryKey].dynamicImports ?? []).map((key) => {
    const all = staticClosure(manifest, key);
    const own = new Set([...all].filter((k) => !entry.has(k)));
    return { route: key, own: sum(own), total: sum(new Set([...entry, ...all])) };
  });
  const login = routes.find((r) => firstRoute.test(r.route));
  const entryBytes = sum(entry);
  return { entry: entryBytes, firstPage: login ? login.total : entryBytes, routes };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function main() {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const cache = new Map();
  const sizeOf = (file) => {
    if (!file.endsWith('.js')) return 0;
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
    return cache.get(file);
  };
  const { entry, firstPage, routes } = routeSizes(manifest, sizeOf);
  const rows = routes.sort((a, b) => b.total - a.total);
  const width = Math.max(...rows.map((r) => r.route.length), 20);
  console.log(`\nGzipped JavaScript per route (budget for the first page: ${kb(BUDGET_BYTES)})`);
  console.log(`${'route chunk'.padEnd(width)}  ${'own'.padStart(9)}  ${'with shell'.padStart(10)}`);
  console.log(`${'(app shell: entry + static imports)'.padEnd(width)}  ${kb(entry).padStart(9)}  ${kb(entry).padStart(10)}`);
  for (const r of rows) console.log(`${r.route.padEnd(width)}  ${kb(r.own).padStart(9)}  ${kb(r.total).padStart(10)}`);
  console.log(`\nFirst page (login): ${kb(firstPage)} of ${kb(BUDGET_BYTES)}`);
  if (firstPage > BUDGET_BYTES) {
    console.error(`Bundle budget exceeded: the first page needs ${kb(firstPage)} gzipped, more than ${kb(BUDGET_BYTES)}.`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
