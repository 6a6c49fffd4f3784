import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, testUser } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import type { Council } from '@/api/types';
import { CreateCouncilPage } from './CreateCouncilPage';
import { EditCouncilPage } from './EditCouncilPage';
import { buildCouncilTree, CouncilsPage } from './CouncilsPage';
import { formFieldId } from '@/components/ui/form';

const council: Council = {
  id: '01900000-0000-7000-8000-0000000000c1',
  name: 'Lokal styrgrupp Järva',
  kind: 'local_steering_group',
  parent_id: null,
  area_ids: [],
  status: 'active',
  founded_on: '2020-01-01',
  dissolved_on: null,
  cadence: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start_time: '18:00', duration_minutes: 90, time_zone: 'Europe/Stockholm' },
  next_meetings: ['2026-12-08T18:00:00+01:00'],
  mandate: null,
  description: null,
  is_public: true,
  version: 4,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  // A coordinator's view: `govern` too.
  allowed_actions: ['update', 'manage_seats', 'manage_memberships', 'govern'],
};
/** The same council as its chair sees it: they run it, but do not govern it. */
const chairs: Council = { ...council, allowed_actions: ['update', 'manage_seats', 'manage_memberships'] };

type Handler = (req: Request) => Response | Promise<Response>;

function serve(handler: Handler) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      requests.push(req.clone());
      return handler(req);
    }),
  );
  return requests;
}

const path = (req: Request) => new URL(req.url).pathname;
const emptyPage = () => json({ items: [], next_cursor: null, allowed_actions: ['create'] });

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('council form', () => {
  it('shows a bad RRULE at the cadence field, with aria-invalid, aria-describedby and a focused summary', async () => {
    const requests = serve((req) => {
      if (req.method === 'POST' && path(req) === '/api/v1/councils') {
        return json(
          {
            type: 'urn:samverkan:problem:validation_failed',
            title: 'Validation failed',
            status: 422,
            code: 'validation_failed',
            errors: [
              { field: 'cadence.rrule', code: 'invalid', message: '`XX` is not a valid weekday.' },
              { field: 'parent_id', code: 'required', message: 'A working group sits under a steering group or a council.' },
            ],
          },
          422,
        );
      }
      return emptyPage();
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateCouncilPage />);
    // The form shows once the list page's allowed_actions say the caller may create.
    await screen.findByRole('button', { name: 'Skapa' });

    await user.type(screen.getByLabelText('Namn (obligatoriskt)'), 'Arbetsgrupp X');
    await user.selectOptions(screen.getByLabelText('Typ'), 'working_group');
    // A rule the builder cannot express is written under "Avancerat".
    await user.selectOptions(screen.getByLabelText('Hur ofta möts rådet?'), 'advanced');
    await user.type(screen.getByLabelText('Upprepningsregel (RRULE)'), 'FREQ=MONTHLY;BYDAY=XX');
    await user.type(screen.getByLabelText('Diarienummer'), 'KS 2019/656');
    await user.click(screen.getByRole('button', { name: 'Skapa' }));

    const rrule = screen.getByLabelText('Upprepningsregel (RRULE)');
    await waitFor(() => expect(rrule).toHaveAttribute('aria-invalid', 'true'));
    const errorId = `${formFieldId('council', 'cadence.rrule')}-error`;
    expect(rrule.getAttribute('aria-describedby')?.split(' ')).toContain(errorId);
    expect(document.getElementById(errorId)).toHaveTextContent(/Regeln kunde inte tolkas.*XX/);
    // The hint stays in the description too.
    expect(rrule).toHaveAccessibleDescription(/FREQ=MONTHLY;BYDAY=2TU.*Regeln kunde inte tolkas/);

    const parent = screen.getByLabelText('Överordnat råd');
    expect(parent).toHaveAttribute('aria-invalid', 'true');
    expect(parent).toHaveAccessibleDescription(/måste ha ett överordnat råd/);

    const summary = screen.getByRole('group', { name: 'Formuläret innehåller fel' });
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: /Upprepningsregel/ }));
    expect(rrule).toHaveFocus();

    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toMatchObject({
      name: 'Arbetsgrupp X',
      kind: 'working_group',
      parent_id: null,
      cadence: { rrule: 'FREQ=MONTHLY;BYDAY=XX', start_time: '18:00', duration_minutes: 90, time_zone: 'Europe/Stockholm' },
      mandate: { registration_number: 'KS 2019/656', decided_by_council_id: null },
      is_public: false,
    });
  });

  it('requires a name before calling the server', async () => {
    const requests = serve(() => emptyPage());
    const user = userEvent.setup();
    renderWithProviders(<CreateCouncilPage />);
    // The form shows once the list page's allowed_actions say the caller may create.
    await screen.findByRole('button', { name: 'Skapa' });
    await user.click(screen.getByRole('button', { name: 'Skapa' }));
    expect(screen.getByLabelText('Namn (obligatoriskt)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Namn (obligatoriskt)')).toHaveAccessibleDescription(/Ange ett namn/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('PATCHes with If-Match and explains a 412', async () => {
    const requests = serve((req) => {
      if (req.method === 'GET' && path(req) === `/api/v1/councils/${council.id}`) return json(council, 200, { ETag: '"4"' });
      if (req.method === 'PATCH') return json({ type: 'about:blank', title: 'Precondition Failed', status: 412, code: 'stale_version' }, 412);
      return emptyPage();
    });
    const user = userEvent.setup();
    renderWithProviders(<EditCouncilPage />, { route: `/councils/${council.id}/edit`, path: '/councils/:id/edit' });
    const name = await screen.findByLabelText('Namn (obligatoriskt)');
    expect(name).toHaveValue('Lokal styrgrupp Järva');
    // A rule the builder can show opens in the builder.
    expect(screen.getByLabelText('Hur ofta möts rådet?')).toHaveValue('monthly_weekday');
    expect(screen.getByLabelText('Vilken i månaden')).toHaveValue('2');
    expect(screen.getByLabelText('Veckodag')).toHaveValue('TU');
    expect(screen.queryByLabelText('Upprepningsregel (RRULE)')).toBeNull();
    await user.clear(name);
    await user.type(name, 'Lokal styrgrupp Järva (ny)');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Någon annan har ändrat/);
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"4"');
    expect(await patch.json()).toMatchObject({
      name: 'Lokal styrgrupp Järva (ny)',
      is_public: true,
      cadence: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start_time: '18:00', duration_minutes: 90 },
    });
  });
});

describe('council form without govern (a chair or secretary)', () => {
  it('shows kind, parent, status, dates, areas, mandate and publicity read-only and PATCHes only name, description and cadence', async () => {
    const requests = serve((req) => {
      if (req.method === 'GET' && path(req) === `/api/v1/councils/${council.id}`) return json(chairs);
      if (req.method === 'PATCH') return json({ ...chairs, description: 'Vi ses', version: 5 });
      return emptyPage();
    });
    const user = userEvent.setup();
    renderWithProviders(<EditCouncilPage />, {
      route: `/councils/${council.id}/edit`,
      path: '/councils/:id/edit',
      user: testUser({ role: 'member' }),
    });
    const description = await screen.findByLabelText('Beskrivning');
    // No controls for what a coordinator governs …
    expect(screen.queryByLabelText('Typ')).toBeNull();
    expect(screen.queryByLabelText('Status')).toBeNull();
    expect(screen.queryByLabelText('Bildad')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Överordnat råd' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Områden' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Mandat' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    // … they are shown, with who changes them.
    const governed = screen.getByRole('region', { name: 'Ändras av samordnare' });
    expect(governed).toHaveTextContent('Lokal styrgrupp');
    expect(governed).toHaveTextContent('Aktiv');
    // Name, description and cadence stay the chair's.
    expect(screen.getByLabelText('Namn (obligatoriskt)')).toHaveValue('Lokal styrgrupp Järva');
    expect(screen.getByLabelText('Hur ofta möts rådet?')).toHaveValue('monthly_weekday');
    await user.type(description, 'Vi ses');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"4"');
    expect(await patch.json()).toEqual({
      name: 'Lokal styrgrupp Järva',
      description: 'Vi ses',
      cadence: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start_time: '18:00', duration_minutes: 90, time_zone: 'Europe/Stockholm' },
    });
    expect(await screen.findByText('other page')).toBeInTheDocument();
  });

  it('sends every field with govern, and shows a 403 naming a field at that field', async () => {
    const requests = serve((req) => {
      if (req.method === 'GET' && path(req) === `/api/v1/councils/${council.id}`) return json(council);
      if (req.method === 'PATCH')
        return json(
          {
            type: 'about:blank',
            title: 'Forbidden',
            status: 403,
            code: 'forbidden',
            errors: [{ field: 'kind', code: 'not_allowed', message: 'Only coordinators and admins may change this.' }],
          },
          403,
        );
      return emptyPage();
    });
    const user = userEvent.setup();
    renderWithProviders(<EditCouncilPage />, { route: `/councils/${council.id}/edit`, path: '/councils/:id/edit' });
    const kind = await screen.findByLabelText('Typ');
    expect(screen.queryByRole('region', { name: 'Ändras av samordnare' })).toBeNull();
    await user.selectOptions(kind, 'safety_council');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Du får inte göra detta');
    expect(kind).toHaveAttribute('aria-invalid', 'true');
    expect(kind).toHaveAccessibleDescription(/Bara samordnare och administratörer får ändra detta/);
    const body = await requests.find((r) => r.method === 'PATCH')!.json();
    expect(Object.keys(body).sort()).toEqual(
      ['area_ids', 'cadence', 'description', 'dissolved_on', 'founded_on', 'is_public', 'kind', 'mandate', 'name', 'parent_id', 'status'].sort(),
    );
    expect(body).toMatchObject({ kind: 'safety_council', status: 'active', is_public: true, founded_on: '2020-01-01' });
  });
});

describe('cadence builder', () => {
  it('writes the RRULE from the choices and previews the next dates', async () => {
    const requests = serve((req) => (req.method === 'POST' ? json({ ...council, id: council.id }, 201) : emptyPage()));
    const user = userEvent.setup();
    renderWithProviders(<CreateCouncilPage />);
    // The form shows once the list page's allowed_actions say the caller may create.
    await screen.findByRole('button', { name: 'Skapa' });
    await user.type(screen.getByLabelText('Namn (obligatoriskt)'), 'Trygghetsråd Test');
    await user.selectOptions(screen.getByLabelText('Typ'), 'safety_council');
    await user.selectOptions(screen.getByLabelText('Hur ofta möts rådet?'), 'weekly');
    await user.selectOptions(screen.getByLabelText('Hur ofta'), '2');
    await user.selectOptions(screen.getByLabelText('Veckodag'), 'TH');
    const preview = screen.getByRole('heading', { name: 'Nästa möten med den här regeln' }).parentElement!;
    expect(within(preview).getByText('Med 2 veckors mellanrum, torsdag, kl. 18:00 (90 minuter)')).toBeInTheDocument();
    const dates = within(preview).getAllByRole('listitem');
    expect(dates).toHaveLength(5);
    for (const d of dates) expect(d).toHaveTextContent(/torsdag .* kl\. 18:00/);
    await user.click(screen.getByRole('button', { name: 'Skapa' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect((await post.json()).cadence).toEqual({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', start_time: '18:00', duration_minutes: 90, time_zone: 'Europe/Stockholm' });
  });

  it('opens a rule the builder cannot show under "Avancerat"', async () => {
    const odd = { ...council, cadence: { ...council.cadence!, rrule: 'FREQ=WEEKLY;BYDAY=MO,WE' } };
    serve((req) => (path(req) === `/api/v1/councils/${council.id}` ? json(odd) : emptyPage()));
    renderWithProviders(<EditCouncilPage />, { route: `/councils/${council.id}/edit`, path: '/councils/:id/edit' });
    expect(await screen.findByLabelText('Upprepningsregel (RRULE)')).toHaveValue('FREQ=WEEKLY;BYDAY=MO,WE');
    expect(screen.getByLabelText('Hur ofta möts rådet?')).toHaveValue('advanced');
    expect(screen.getByText(/visas på rådets sida när regeln har sparats/)).toBeInTheDocument();
  });
});

describe('new local steering group', () => {
  it('defaults its parent to the central steering group and takes kind and area from the URL', async () => {
    const central = { ...council, id: '01900000-0000-7000-8000-0000000000ce', name: 'Central styrgrupp', kind: 'central_steering_group' as const };
    const areaId = '01900000-0000-7000-8000-0000000000a1';
    const requests = serve((req) => {
      const url = new URL(req.url);
      if (url.pathname === '/api/v1/councils' && url.searchParams.get('kind') === 'central_steering_group') return json({ items: [central], next_cursor: null, allowed_actions: ['create'] });
      if (url.pathname === `/api/v1/areas/${areaId}`) return json({ id: areaId, name: 'Farsta', kind: 'district', parent_id: null, code: null, valid_from: null, valid_to: null, predecessor_ids: [], successor_ids: [], version: 1, created_at: '', updated_at: '' });
      if (req.method === 'POST') return json({ ...council }, 201);
      return emptyPage();
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateCouncilPage />, { route: `/councils/new?kind=local_steering_group&area_id=${areaId}` });
    // The form shows once the list page's allowed_actions say the caller may create.
    await screen.findByRole('button', { name: 'Skapa' });
    expect(screen.getByLabelText('Typ')).toHaveValue('local_steering_group');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Överordnat råd' })).toHaveValue('Central styrgrupp'));
    expect(await screen.findByRole('checkbox', { name: 'Farsta' })).toBeChecked();
    await user.type(screen.getByLabelText('Namn (obligatoriskt)'), 'Lokal styrgrupp Farsta');
    await user.click(screen.getByRole('button', { name: 'Skapa' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await requests.find((r) => r.method === 'POST')!.json()).toMatchObject({ kind: 'local_steering_group', parent_id: central.id, area_ids: [areaId] });
  });
});

describe('council list', () => {
  it('nests councils under their parents; orphans become roots', () => {
    const c = (id: string, name: string, parent_id: string | null) => ({ ...council, id, name, parent_id });
    const tree = buildCouncilTree([c('w', 'Arbetsgrupp', 'l'), c('l', 'Lokal', 'central'), c('central', 'Central', null), c('x', 'Annan', 'gone')]);
    expect(tree.map((n) => n.council.id)).toEqual(['x', 'central']);
    expect(tree[1].children[0].council.id).toBe('l');
    expect(tree[1].children[0].children[0].council.id).toBe('w');
  });

  it('hides the create button for viewers and shows the tree view as nested lists', async () => {
    const child = { ...council, id: '01900000-0000-7000-8000-0000000000c2', name: 'Arbetsgrupp Trygg skolväg', kind: 'working_group' as const, parent_id: council.id };
    serve(() => json({ items: [council, child], next_cursor: null, allowed_actions: [] }));
    const user = userEvent.setup();
    renderWithProviders(<CouncilsPage />, { user: testUser({ role: 'viewer' }) });
    expect((await screen.findAllByRole('link', { name: 'Lokal styrgrupp Järva' }))[0]).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nytt råd eller grupp' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Träd' }));
    const region = await screen.findByRole('region', { name: 'Organisationsstruktur' });
    const parentItem = within(region).getByRole('link', { name: 'Lokal styrgrupp Järva' }).closest('li')!;
    expect(within(parentItem).getByRole('list')).toHaveTextContent('Arbetsgrupp Trygg skolväg');
  });
});
