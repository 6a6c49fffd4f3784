// A tiny stand-in for the Samverkan API (the contract in ../openapi.yaml) that also serves dist/.
// Only for trying the UI and the e2e suite without the Rust backend:
//   npm run build && node scripts/mock-api.mjs [port]   then   E2E_BASE_URL=http://127.0.0.1:PORT npm run e2e
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? process.env.PORT ?? 8090);
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const now = new Date().toISOString();

const users = {
  'admin@samverkan.test': ['samverkan-admin', 'admin'],
  'coordinator@samverkan.test': ['samverkan-coordinator', 'coordinator'],
  'member@samverkan.test': ['samverkan-member', 'member'],
  'viewer@samverkan.test': ['samverkan-viewer', 'viewer'],
};
const access = new Map(); // token -> email
const refresh = new Map(); // token -> email

const area = (kind, name, o = {}) => ({
  id: randomUUID(), kind, name, code: o.code ?? null, parent_id: o.parent_id ?? null,
  valid_from: o.valid_from ?? null, valid_to: o.valid_to ?? null,
  predecessor_ids: [], successor_ids: [], version: 1, created_at: now, updated_at: now,
});
const sthlm = area('municipality', 'Stockholm', { code: '0180' });
const rk = area('district', 'Rinkeby-Kista', { parent_id: sthlm.id, valid_from: '2007-01-01', valid_to: '2023-06-30' });
const st = area('district', 'Spånga-Tensta', { parent_id: sthlm.id, valid_from: '2007-01-01', valid_to: '2023-06-30' });
const jarva = area('district', 'Järva', { parent_id: sthlm.id, valid_from: '2023-07-01' });
const sod = area('district', 'Södermalm', { parent_id: sthlm.id, valid_from: '2007-01-01' });
jarva.predecessor_ids = [rk.id, st.id]; rk.successor_ids = [jarva.id]; st.successor_ids = [jarva.id];
const rinkeby = area('neighbourhood', 'Rinkeby', { parent_id: jarva.id });
const region = area('police_region', 'Polisregion Stockholm');
const nord = area('police_district', 'Polisområde Stockholm nord', { parent_id: region.id });
const lpa = area('local_police_area', 'Lokalpolisområde Rinkeby', { parent_id: nord.id });
const areas = [sthlm, rk, st, jarva, sod, rinkeby, region, nord, lpa];
const overlaps = { [lpa.id]: [jarva.id], [jarva.id]: [lpa.id] };

const orgs = [];
const idem = new Map();

function luhnOk(n) {
  const d = n.replace('-', '');
  let sum = 0;
  for (let i = 0; i < 10; i++) { let x = Number(d[i]) * (i % 2 === 0 ? 2 : 1); if (x > 9) x -= 9; sum += x; }
  return sum % 10 === 0;
}

function send(res, status, body, headers = {}) {
  const problem = status >= 400;
  res.writeHead(status, { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}
const problem = (res, status, title, code, errors) =>
  send(res, status, { type: 'about:blank', title, status, code, request_id: randomUUID(), ...(errors ? { errors } : {}) });

function tokens(res, email) {
  const a = randomUUID(); const r = randomUUID();
  access.set(a, email); refresh.set(r, email);
  send(res, 200, { access_token: a, token_type: 'Bearer', expires_in: 900, refresh_token: r }, {
    'Set-Cookie': `samverkan_refresh=${r}; HttpOnly; SameSite=Strict; Path=/api/v1/auth`,
  });
}

function page(items, url) {
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 50), 200);
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const slice = items.slice(start, start + limit);
  return { items: slice, next_cursor: start + limit < items.length ? String(start + limit) : null };
}

function validate(body, partial) {
  const errors = [];
  if (!partial || 'name' in body) if (!body.name || !String(body.name).trim()) errors.push({ field: 'name', code: 'required', message: 'name is required' });
  if (body.organization_number) {
    if (!/^\d{6}-\d{4}$/.test(body.organization_number)) errors.push({ field: 'organization_number', code: 'invalid_format', message: 'expected NNNNNN-NNNN' });
    else if (!luhnOk(body.organization_number)) errors.push({ field: 'organization_number', code: 'invalid_luhn', message: 'check digit is wrong' });
  }
  (body.contact_details ?? []).forEach((c, i) => {
    if (!c.value) errors.push({ field: `contact_details[${i}].value`, code: 'required', message: 'value is required' });
  });
  return errors;
}

async function readBody(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data ? JSON.parse(data) : {};
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const p = url.pathname;
  if (!p.startsWith('/api/')) {
    if (p === '/healthz') return send(res, 200, { status: 'ok' });
    const file = join(dist, p);
    const f = existsSync(file) && statSync(file).isFile() ? file : join(dist, 'index.html');
    res.writeHead(200, { 'Content-Type': types[extname(f)] ?? 'application/octet-stream' });
    return res.end(readFileSync(f));
  }
  try {
    const body = ['POST', 'PATCH'].includes(req.method) ? await readBody(req) : {};
    const cookie = /samverkan_refresh=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (p === '/api/v1/auth/login' && req.method === 'POST') {
      const u = users[body.email];
      if (!u || u[0] !== body.password) return problem(res, 401, 'Unauthorized', 'invalid_credentials');
      return tokens(res, body.email);
    }
    if (p === '/api/v1/auth/refresh' && req.method === 'POST') {
      const r = body.refresh_token ?? cookie;
      const email = r && refresh.get(r);
      if (!email) return problem(res, 401, 'Unauthorized', 'invalid_refresh_token');
      refresh.delete(r);
      return tokens(res, email);
    }
    if (p === '/api/v1/auth/logout' && req.method === 'POST') {
      refresh.delete(body.refresh_token ?? cookie);
      res.writeHead(204, { 'Set-Cookie': 'samverkan_refresh=; Max-Age=0; Path=/api/v1/auth' });
      return res.end();
    }
    const email = access.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!email) return problem(res, 401, 'Unauthorized', 'unauthenticated');
    const role = users[email][1];
    if (p === '/api/v1/me') return send(res, 200, { id: randomUUID(), email, display_name: email, role, version: 1, created_at: now, updated_at: now });
    if (p === '/api/v1/areas') {
      const kind = url.searchParams.get('kind'); const parent = url.searchParams.get('parent_id');
      const at = url.searchParams.get('valid_at'); const q = url.searchParams.get('q')?.toLowerCase();
      const list = areas.filter((a) => (!kind || a.kind === kind) && (!parent || a.parent_id === parent)
        && (!at || ((!a.valid_from || a.valid_from <= at) && (!a.valid_to || a.valid_to >= at)))
        && (!q || a.name.toLowerCase().includes(q)));
      return send(res, 200, page(list, url));
    }
    let m = /^\/api\/v1\/areas\/([^/]+)(\/overlaps)?$/.exec(p);
    if (m) {
      const a = areas.find((x) => x.id === m[1]);
      if (!a) return problem(res, 404, 'Not Found', 'not_found');
      if (m[2]) return send(res, 200, { items: (overlaps[a.id] ?? []).map((id) => areas.find((x) => x.id === id)), next_cursor: null });
      return send(res, 200, a, { ETag: `"${a.version}"` });
    }
    if (p === '/api/v1/organizations' && req.method === 'GET') {
      const q = url.searchParams.get('q')?.toLowerCase(); const kind = url.searchParams.get('kind');
      const list = orgs.filter((o) => (!q || o.name.toLowerCase().includes(q)) && (!kind || o.kind === kind));
      return send(res, 200, page(list, url));
    }
    const writer = role === 'admin' || role === 'coordinator';
    if (p === '/api/v1/organizations' && req.method === 'POST') {
      if (!writer) return problem(res, 403, 'Forbidden', 'forbidden');
      const key = req.headers['idempotency-key'];
      if (key && idem.has(key)) return send(res, 201, idem.get(key));
      const errors = validate(body, false);
      if (errors.length) return problem(res, 422, 'Unprocessable Content', 'validation_failed', errors);
      const o = { id: randomUUID(), kind: body.kind, name: body.name, parent_id: body.parent_id ?? null,
        organization_number: body.organization_number ?? null,
        contact_details: (body.contact_details ?? []).map((c) => ({ type: c.type, value: c.value, label: c.label ?? null })),
        version: 1, created_at: new Date().toISOString(), updated_at: new Date().toISOString() };
      orgs.push(o);
      if (key) idem.set(key, o);
      return send(res, 201, o, { Location: `/api/v1/organizations/${o.id}`, ETag: '"1"' });
    }
    m = /^\/api\/v1\/organizations\/([^/]+)$/.exec(p);
    if (m) {
      const o = orgs.find((x) => x.id === m[1]);
      if (!o) return problem(res, 404, 'Not Found', 'not_found');
      if (req.method === 'GET') return send(res, 200, o, { ETag: `"${o.version}"` });
      if (!writer) return problem(res, 403, 'Forbidden', 'forbidden');
      const ifMatch = req.headers['if-match'];
      if (!ifMatch) return problem(res, 428, 'Precondition Required', 'if_match_required');
      if (ifMatch !== `"${o.version}"`) return problem(res, 412, 'Precondition Failed', 'stale_version');
      if (req.method === 'PATCH') {
        const errors = validate(body, true);
        if (errors.length) return problem(res, 422, 'Unprocessable Content', 'validation_failed', errors);
        Object.assign(o, body, { version: o.version + 1, updated_at: new Date().toISOString() });
        return send(res, 200, o, { ETag: `"${o.version}"` });
      }
      if (req.method === 'DELETE') { orgs.splice(orgs.indexOf(o), 1); res.writeHead(204); return res.end(); }
    }
    return problem(res, 404, 'Not Found', 'not_found');
  } catch (e) {
    console.error(e);
    return problem(res, 500, 'Internal Server Error', 'internal');
  }
}).listen(port, '127.0.0.1', () => console.log(`mock API on http://127.0.0.1:${port}`));
