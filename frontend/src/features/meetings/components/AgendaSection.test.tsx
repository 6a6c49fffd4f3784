import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests, testMeeting } from '@/testing/test-utils';
import type { AgendaItem } from '../api/agenda';
import { moved } from '../api/agenda';
import { AgendaSection } from './AgendaSection';

const MANAGER_MEETING = testMeeting({ allowed_actions: ['update', 'cancel', 'publish_agenda'] });
const ID = MANAGER_MEETING.id;
const PERSON = '01900000-0000-7000-8000-0000000000a1';
const ORG = '01900000-0000-7000-8000-0000000000a2';
const path = (req: Request) => new URL(req.url).pathname;

function point(n: number, title: string, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: `01900000-0000-7000-8000-00000000010${n}`,
    meeting_id: ID,
    council_id: MANAGER_MEETING.council_id,
    number: n,
    title,
    kind: 'information',
    presenter_person_id: null,
    organization_id: null,
    duration_minutes: null,
    classification: 'internal',
    description: null,
    standing: false,
    version: 1,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    names: {},
    allowed_actions: ['update', 'delete'],
    ...overrides,
  };
}

const THREE = [point(1, 'Alfa'), point(2, 'Beta'), point(3, 'Gamma')];

/** The agenda endpoints over `items`, as the server keeps them; `pageActions` is the list's allowed_actions. */
function serveAgenda(start: AgendaItem[], pageActions: string[] = ['create'], overrides: (req: Request) => Response | null = () => null) {
  let items = start;
  // The agenda's ETag: a new one with each reorder; a reorder must send the current one.
  let revision = 1;
  const etag = () => ({ ETag: `"agenda-${revision}"` });
  const requests = serveRequests(async (req) => {
    const special = overrides(req);
    if (special) return special;
    const p = path(req);
    if (req.method === 'GET' && p === `/api/v1/meetings/${ID}/agenda-items`) return json({ items, next_cursor: null, allowed_actions: pageActions }, 200, etag());
    if (req.method === 'POST' && p === `/api/v1/meetings/${ID}/agenda:reorder`) {
      if (req.headers.get('If-Match') !== etag().ETag) return json({ type: 'x', title: 'Precondition failed', status: 412, code: 'version_mismatch' }, 412);
      const { item_ids } = (await req.clone().json()) as { item_ids: string[] };
      items = item_ids.map((id, i) => ({ ...items.find((x) => x.id === id)!, number: i + 1 }));
      revision += 1;
      return json({ items, next_cursor: null, allowed_actions: ['create'] }, 200, etag());
    }
    if (req.method === 'POST' && p === `/api/v1/meetings/${ID}/agenda-items`) {
      const body = (await req.clone().json()) as Partial<AgendaItem>;
      const saved = point(items.length + 1, body.title ?? '', { ...body, id: `01900000-0000-7000-8000-0000000002${String(items.length).padStart(2, '0')}` });
      items = [...items, saved];
      return json(saved, 201);
    }
    return json({ items: [], next_cursor: null, allowed_actions: [] });
  });
  return requests;
}

const renderSection = (meeting: Meeting = MANAGER_MEETING) => renderWithProviders(<AgendaSection meeting={meeting} />);
const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
const pointItem = (title: string) => screen.getByRole('heading', { level: 3, name: new RegExp(`${title}$`) }).closest('li') as HTMLElement;

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('moved', () => {
  it('moves a point and keeps the numbers where they are', () => {
    expect(moved(THREE, 2, 1).map((i) => `${i.number} ${i.title}`)).toEqual(['1 Alfa', '2 Gamma', '3 Beta']);
    expect(moved(THREE, 0, 2).map((i) => `${i.number} ${i.title}`)).toEqual(['1 Beta', '2 Gamma', '3 Alfa']);
  });
});

describe('agenda section', () => {
  it('shows the points with §, kind, presenter, organization, duration, classification and description', async () => {
    serveAgenda(
      [
        point(1, 'Lägesbild', {
          kind: 'decision',
          presenter_person_id: PERSON,
          organization_id: ORG,
          duration_minutes: 30,
          classification: 'restricted',
          description: 'Från lokalpolisområdet.',
          names: { [PERSON]: 'Anna Berg', [ORG]: 'Polisen' },
        }),
      ],
      [],
    );
    renderSection(testMeeting());
    const item = (await screen.findByRole('heading', { level: 3, name: '§ 1 Lägesbild' })).closest('li') as HTMLElement;
    expect(within(item).getByText('Beslut')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Anna Berg' })).toHaveAttribute('href', `/people/${PERSON}`);
    expect(within(item).getByRole('link', { name: 'Polisen' })).toHaveAttribute('href', `/organizations/${ORG}`);
    expect(within(item).getByText('30 minuter')).toBeInTheDocument();
    expect(within(item).getByText('Begränsad')).toBeInTheDocument();
    expect(within(item).getByText('Från lokalpolisområdet.')).toBeInTheDocument();
  });

  it('offers no changes without the allowed_actions (a member reading the agenda)', async () => {
    serveAgenda(THREE.map((i) => ({ ...i, allowed_actions: [] })), []);
    renderSection(testMeeting());
    await screen.findByRole('heading', { level: 3, name: '§ 1 Alfa' });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/Ändra ordningen/)).toBeNull();
  });

  it('offers add, edit, delete, reorder and publish as the allowed_actions say, and no draft on a non-empty agenda', async () => {
    serveAgenda(THREE);
    renderSection();
    await screen.findByRole('heading', { level: 3, name: '§ 1 Alfa' });
    expect(screen.getByRole('button', { name: 'Lägg till punkt' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Flytta upp' })).toHaveLength(3);
    expect(screen.getAllByRole('button', { name: 'Redigera' })).toHaveLength(3);
    expect(screen.getAllByRole('button', { name: 'Ta bort' })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Publicera dagordningen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hämta från föregående möte' })).toBeNull();
  });

  it('reorders by keyboard: the move is sent, announced, and the focus stays on the moved point', async () => {
    const requests = serveAgenda(THREE);
    const user = userEvent.setup();
    renderSection();
    await screen.findByRole('heading', { level: 3, name: '§ 3 Gamma' });
    const up = within(pointItem('Gamma')).getByRole('button', { name: 'Flytta upp' });
    up.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('§ 3 flyttad till § 2');
    expect(headings()).toEqual(['§ 1 Alfa', '§ 2 Gamma', '§ 3 Beta']);
    expect(within(pointItem('Gamma')).getByRole('button', { name: 'Flytta upp' })).toHaveFocus();

    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(path(post)).toBe(`/api/v1/meetings/${ID}/agenda:reorder`);
    expect(await post.json()).toEqual({ item_ids: [THREE[0].id, THREE[2].id, THREE[1].id] });
    expect(post.headers.get('If-Match')).toBe('"agenda-1"');

    // Again, to the top: "Flytta upp" is then aria-disabled, keeps the focus and sends nothing.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('§ 2 flyttad till § 1');
    const top = within(pointItem('Gamma')).getByRole('button', { name: 'Flytta upp' });
    expect(top).toHaveFocus();
    expect(top).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(2));
    // Each reorder sends the ETag the one before it answered.
    expect(requests.filter((r) => r.method === 'POST')[1].headers.get('If-Match')).toBe('"agenda-2"');
    await user.keyboard('{Enter}');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(headings()).toEqual(['§ 1 Gamma', '§ 2 Alfa', '§ 3 Beta']);

    // "Flytta ned" from the keyboard.
    await user.tab();
    expect(within(pointItem('Gamma')).getByRole('button', { name: 'Flytta ned' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('§ 1 flyttad till § 2');
    expect(headings()).toEqual(['§ 1 Alfa', '§ 2 Gamma', '§ 3 Beta']);
    expect(within(pointItem('Gamma')).getByRole('button', { name: 'Flytta ned' })).toHaveFocus();
  });

  it('puts the agenda back as the server has it when a reorder is refused (422 item_ids)', async () => {
    serveAgenda(THREE, ['create'], (req) =>
      req.method === 'POST' && path(req).endsWith('agenda:reorder')
        ? json({ type: 'about:blank', title: 'Validation failed', status: 422, code: 'validation_failed', errors: [{ field: 'item_ids', code: 'invalid', message: 'Name every point of this agenda once.' }] }, 422)
        : null,
    );
    const user = userEvent.setup();
    renderSection();
    await screen.findByRole('heading', { level: 3, name: '§ 3 Gamma' });
    await user.click(within(pointItem('Gamma')).getByRole('button', { name: 'Flytta upp' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Ordningen kunde inte sparas/);
    await waitFor(() => expect(alert).toHaveFocus());
    await waitFor(() => expect(headings()).toEqual(['§ 1 Alfa', '§ 2 Beta', '§ 3 Gamma']));
  });

  it('after publishing: numbers fixed, no reorder, delete or publish; points may still be edited and added', async () => {
    serveAgenda(THREE);
    renderSection(testMeeting({ status: 'agenda_published', agenda_published_at: '2026-12-01T09:00:00Z', allowed_actions: ['update', 'cancel'] }));
    await screen.findByRole('heading', { level: 3, name: '§ 1 Alfa' });
    expect(screen.getByText(/^Publicerad .*Punkternas nummer ligger fast\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Flytta upp' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Flytta ned' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ta bort' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publicera dagordningen' })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Redigera' })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Lägg till punkt' })).toBeInTheDocument();
  });

  it('offers nothing to change on a cancelled meeting (its update is gone) even where the points say update', async () => {
    serveAgenda(THREE);
    renderSection(testMeeting({ status: 'cancelled', allowed_actions: [] }));
    await screen.findByRole('heading', { level: 3, name: '§ 1 Alfa' });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('publishes behind a confirmation with If-Match of the meeting', async () => {
    let published = false;
    const requests = serveAgenda(THREE, ['create'], (req) => {
      if (req.method === 'POST' && path(req).endsWith('agenda:publish')) {
        published = true;
        return json({ ...MANAGER_MEETING, status: 'agenda_published', agenda_published_at: '2026-12-01T09:00:00Z', version: 4, allowed_actions: ['update', 'cancel'] });
      }
      return null;
    });
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Publicera dagordningen' }));
    const dialog = screen.getByRole('dialog', { name: 'Publicera dagordningen för Lokal styrgrupp Södermalm?' });
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Publicera' }));
    await waitFor(() => expect(published).toBe(true));
    const post = requests.find((r) => path(r).endsWith('agenda:publish'))!;
    expect(post.headers.get('If-Match')).toBe('"3"');
  });

  it('drafts an empty agenda from the previous meeting', async () => {
    const requests = serveAgenda([], ['create'], (req) =>
      req.method === 'POST' && path(req).endsWith('agenda:from-previous')
        ? json({ items: [point(1, 'Mötets öppnande', { standing: true }), point(2, 'Uppföljning av åtgärder', { kind: 'follow_up' })], next_cursor: null, allowed_actions: ['create'] })
        : null,
    );
    const user = userEvent.setup();
    renderSection();
    expect(await screen.findByText('Dagordningen har inga punkter ännu.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hämta från föregående möte' }));
    expect(await screen.findByRole('heading', { level: 3, name: '§ 1 Mötets öppnande' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('2 punkter har hämtats från föregående möte.');
    expect(requests.some((r) => path(r).endsWith('agenda:from-previous'))).toBe(true);
    expect(screen.queryByRole('button', { name: 'Hämta från föregående möte' })).toBeNull();
  });

  it('adds points, each with its own Idempotency-Key, and refuses a duration out of range before sending', async () => {
    const requests = serveAgenda([]);
    const user = userEvent.setup();
    renderSection();
    for (const title of ['Alfa', 'Beta']) {
      await user.click(await screen.findByRole('button', { name: 'Lägg till punkt' }));
      const form = screen.getByRole('form', { name: 'Ny punkt' });
      const name = within(form).getByLabelText('Rubrik (obligatoriskt)');
      expect(name).toHaveFocus();
      await user.type(name, title);
      await user.selectOptions(within(form).getByLabelText('Typ'), 'Beslut');
      const minutes = within(form).getByLabelText('Tid');
      await user.type(minutes, '601');
      await user.click(within(form).getByRole('button', { name: 'Lägg till' }));
      expect(minutes).toHaveAccessibleDescription(/Ange tiden i hela minuter/);
      await user.clear(minutes);
      await user.type(minutes, '20');
      await user.click(within(form).getByRole('button', { name: 'Lägg till' }));
      expect(await screen.findByRole('heading', { level: 3, name: new RegExp(`${title}$`) })).toHaveFocus();
    }
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(await posts[0].json()).toEqual({
      title: 'Alfa',
      kind: 'decision',
      presenter_person_id: null,
      organization_id: null,
      duration_minutes: 20,
      classification: 'internal',
      description: null,
      standing: false,
    });
    const keys = posts.map((p) => p.headers.get('Idempotency-Key'));
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).not.toBe(keys[0]);
    expect(headings()).toEqual(['§ 1 Alfa', '§ 2 Beta']);
  });
});
