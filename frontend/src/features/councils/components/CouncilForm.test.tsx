import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, testUser } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import type { Council } from '@/api/types';
import { CreateCouncilPage, EditCouncilPage } from './CouncilFormPages';
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
};

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
const emptyPage = () => json({ items: [], next_cursor: null });

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

    await user.type(screen.getByLabelText('Namn (obligatoriskt)'), 'Arbetsgrupp X');
    await user.selectOptions(screen.getByLabelText('Typ'), 'working_group');
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
    expect(screen.getByLabelText('Upprepningsregel (RRULE)')).toHaveValue('FREQ=MONTHLY;BYDAY=2TU');
    await user.clear(name);
    await user.type(name, 'Lokal styrgrupp Järva (ny)');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Någon annan har ändrat/);
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"4"');
    expect(await patch.json()).toMatchObject({ name: 'Lokal styrgrupp Järva (ny)', is_public: true });
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
    serve(() => json({ items: [council, child], next_cursor: null }));
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
