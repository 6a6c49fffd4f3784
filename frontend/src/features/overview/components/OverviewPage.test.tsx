import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { json, renderWithProviders, serveRequests, testMeeting, testUser } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import { addDaysIso, todayIso } from '@/lib/format';
import type { CoverageReport, StaffingReport } from '@/api/types';
import { OverviewPage } from './OverviewPage';

const today = todayIso();
const councilId = '01900000-0000-7000-8000-0000000000c1';
const areaId = '01900000-0000-7000-8000-0000000000a1';
const PERSON = '01900000-0000-7000-8000-0000000000b1';

const staffing: StaffingReport = {
  at: today,
  councils: [
    {
      council_id: councilId,
      council_name: 'Lokal styrgrupp Järva',
      names: {},
      allowed_actions: [],
      vacant_required_seat_ids: Array.from({ length: 12 }, (_, i) => `seat-${i}`),
      mismatched_seat_ids: [],
      ending_soon_membership_ids: ['m1'],
      seats: [
        ...Array.from({ length: 12 }, (_, i) => ({
          seat_id: `seat-${i}`,
          label: `Plats ${String(i).padStart(2, '0')}`,
          role: 'member' as const,
          required: true,
          max_holders: 1,
          holders: [],
          vacant: true,
        })),
        {
          seat_id: 'seat-chair',
          label: 'Ordförande',
          role: 'chair',
          required: true,
          max_holders: 1,
          vacant: false,
          holders: [
            {
              membership_id: 'm1',
              person_id: 'p1',
              person_name: 'Elin Sandberg',
              role: 'chair',
              start_date: '2024-01-01',
              end_date: addDaysIso(today, 10),
              ending_soon: true,
              wrong_organization: false,
              confirmed: true,
            },
          ],
        },
      ],
    },
  ],
};

const coverage: CoverageReport = {
  at: today,
  kind: 'local_steering_group',
  names: {},
  areas: [{ area: { id: areaId, name: 'Norrmalm', kind: 'district' }, councils: [] }],
  uncovered: [{ id: areaId, name: 'Norrmalm', kind: 'district' }],
};

/** `allowed`: the list pages' actions; `onCouncil`: the staffing report council's. */
function serve(allowed: string[], onCouncil: StaffingReport['councils'][number]['allowed_actions']) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(input, init);
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/reports/staffing')
        return json({ ...staffing, councils: staffing.councils.map((c) => ({ ...c, allowed_actions: onCouncil })) });
      if (path === '/api/v1/reports/coverage') return json(coverage);
      return json({ items: [], next_cursor: null, allowed_actions: allowed });
    }),
  );
}

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('overview', () => {
  it('lists what needs attention with links to act on it, and the create shortcuts the list pages allow', async () => {
    serve(['create'], ['update', 'manage_seats', 'manage_memberships']);
    renderWithProviders(<OverviewPage />, { user: testUser({ role: 'coordinator' }) });
    expect(screen.getByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();

    const vacancies = await screen.findByRole('region', { name: 'Vakanta obligatoriska platser (12)' });
    const fill = within(vacancies).getAllByRole('link', { name: /^Tillsätt platsen/ });
    expect(fill).toHaveLength(10);
    expect(fill[0]).toHaveAttribute('href', `/councils/${councilId}/members/new?seat=seat-0`);
    expect(fill[0]).toHaveAccessibleName('Tillsätt platsen Plats 00 i Lokal styrgrupp Järva');
    expect(within(vacancies).getByText('Visar de 10 första av 12.')).toBeInTheDocument();
    expect(within(vacancies).getByRole('link', { name: 'Visa alla 12 vakanta platser i bemanningsrapporten' })).toHaveAttribute('href', '/staffing?problems=1');

    const ending = screen.getByRole('region', { name: 'Uppdrag som slutar inom 60 dagar (1)' });
    expect(within(ending).getByRole('link', { name: 'Elin Sandberg' })).toHaveAttribute('href', '/people/p1');
    expect(within(ending).getByRole('link', { name: /^Utse efterträdare/ })).toHaveAttribute(
      'href',
      `/councils/${councilId}/members/new?seat=seat-chair&start=${addDaysIso(today, 11)}`,
    );

    const uncovered = await screen.findByRole('region', { name: 'Områden utan lokal styrgrupp (1)' });
    expect(within(uncovered).getByRole('link', { name: 'Norrmalm' })).toHaveAttribute('href', `/areas/${areaId}`);
    expect(await within(uncovered).findByRole('link', { name: 'Skapa en lokal styrgrupp här (Norrmalm)' })).toHaveAttribute(
      'href',
      `/councils/new?kind=local_steering_group&area_id=${areaId}`,
    );

    const create = await screen.findByRole('region', { name: 'Skapa nytt' });
    expect(within(create).getByRole('link', { name: 'Nytt råd eller grupp' })).toHaveAttribute('href', '/councils/new');
    expect(within(create).getAllByRole('link')).toHaveLength(4);
  });

  it('offers no create shortcut or create link when the list pages do not allow it, and no fill link on a council the caller does not run', async () => {
    serve([], []);
    renderWithProviders(<OverviewPage />, { user: testUser({ role: 'viewer' }) });
    const vacancies = await screen.findByRole('region', { name: 'Vakanta obligatoriska platser (12)' });
    expect(within(vacancies).queryByRole('link', { name: /Tillsätt platsen/ })).toBeNull();
    const uncovered = await screen.findByRole('region', { name: 'Områden utan lokal styrgrupp (1)' });
    expect(within(uncovered).queryByRole('link', { name: /Skapa en lokal styrgrupp/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Skapa nytt' })).toBeNull();
  });

  it('lists the next five meetings of any council from today for a coordinator, with their councils, and links to them all', async () => {
    const requests = serveRequests((req) => {
      const url = new URL(req.url);
      if (url.pathname === '/api/v1/meetings') {
        return json({
          items: [
            testMeeting(),
            testMeeting({ id: '01900000-0000-7000-8000-0000000000e2', title: 'Extra möte', status: 'cancelled', cancel_reason: 'Sjukdom' }),
          ],
          next_cursor: 'more',
          allowed_actions: [],
        });
      }
      if (url.pathname === '/api/v1/reports/staffing') return json(staffing);
      if (url.pathname === '/api/v1/reports/coverage') return json(coverage);
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    renderWithProviders(<OverviewPage />, { user: testUser({ role: 'coordinator', person_id: PERSON }) });
    const upcoming = await screen.findByRole('region', { name: 'Kommande möten' });
    const list = await within(upcoming).findByRole('list', { name: 'Kommande möten' });
    expect(within(upcoming).queryByText('Möten i de råd och grupper du sitter i.')).toBeNull();
    expect(within(list).getByRole('link', { name: 'Lokal styrgrupp Södermalm' })).toHaveAttribute('href', `/meetings/${testMeeting().id}`);
    // Another title: the council's name follows; a cancelled one says so.
    const extra = within(list).getByRole('link', { name: 'Extra möte' }).closest('li')!;
    expect(extra).toHaveTextContent('(Lokal styrgrupp Södermalm)');
    expect(extra).toHaveTextContent('Inställt');
    expect(list).toHaveTextContent('tis 12 jan 2027 18:00–19:30');
    expect(within(upcoming).getByRole('link', { name: 'Visa alla kommande möten' })).toHaveAttribute('href', '/meetings');
    const q = new URL(requests.find((r) => new URL(r.url).pathname === '/api/v1/meetings')!.url).searchParams;
    expect(q.get('from')).toBe(today);
    expect(q.get('limit')).toBe('5');
    expect(q.get('council_id')).toBeNull();
    expect(requests.some((r) => new URL(r.url).pathname.includes('/memberships'))).toBe(false);
  });

  it('lists only the meetings of the member’s own current councils (mine=true), in time order', async () => {
    const own = '01900000-0000-7000-8000-0000000000c2';
    const at = (id: string, title: string, starts: string, council = councilId) =>
      testMeeting({ id, title, council_id: council, starts_at: starts, ends_at: starts.replace('T17', 'T18'), names: { [council]: council === own ? 'Trygghetsråd Järva' : 'Lokal styrgrupp Södermalm' } });
    const requests = serveRequests((req) => {
      const url = new URL(req.url);
      if (url.pathname === `/api/v1/people/${PERSON}/memberships`)
        return json({
          items: [
            { id: 't1', council_id: councilId, person_id: PERSON, role: 'chair', current: true, names: {} },
            { id: 't2', council_id: own, person_id: PERSON, role: 'member', current: true, names: {} },
          ],
          next_cursor: null,
          allowed_actions: [],
        });
      if (url.pathname === '/api/v1/meetings') {
        const items =
          url.searchParams.get('mine') === 'true'
            ? [
                at('01900000-0000-7000-8000-0000000000e1', 'Södermalm januari', '2027-01-12T17:00:00Z'),
                at('01900000-0000-7000-8000-0000000000e2', 'Järva februari', '2027-02-02T17:00:00Z', own),
                at('01900000-0000-7000-8000-0000000000e3', 'Södermalm mars', '2027-03-09T17:00:00Z'),
              ]
            : [at('01900000-0000-7000-8000-0000000000e9', 'Någon annans', '2027-01-01T17:00:00Z')];
        return json({ items, next_cursor: null, allowed_actions: [] });
      }
      if (url.pathname === '/api/v1/reports/staffing') return json(staffing);
      if (url.pathname === '/api/v1/reports/coverage') return json(coverage);
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    renderWithProviders(<OverviewPage />, { user: testUser({ role: 'member', person_id: PERSON }) });
    const upcoming = await screen.findByRole('region', { name: 'Kommande möten' });
    const list = await within(upcoming).findByRole('list', { name: 'Kommande möten' });
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['Södermalm januari', 'Järva februari', 'Södermalm mars']);
    expect(within(upcoming).getByText('Möten i de råd och grupper du sitter i.')).toBeInTheDocument();
    const asked = requests.filter((r) => new URL(r.url).pathname === '/api/v1/meetings').map((r) => new URL(r.url).searchParams);
    expect(asked).toHaveLength(1);
    expect(asked[0].get('mine')).toBe('true');
    expect(asked[0].get('from')).toBe(today);
    expect(asked[0].get('limit')).toBe('5');
  });

  it('says so when a viewer sits on no council, and links to all meetings', async () => {
    const requests = serveRequests((req) => {
      const url = new URL(req.url);
      if (url.pathname === '/api/v1/reports/staffing') return json(staffing);
      if (url.pathname === '/api/v1/reports/coverage') return json(coverage);
      return json({ items: [testMeeting()], next_cursor: null, allowed_actions: [] });
    });
    renderWithProviders(<OverviewPage />, { user: testUser({ role: 'viewer', person_id: null }) });
    const upcoming = await screen.findByRole('region', { name: 'Kommande möten' });
    expect(await within(upcoming).findByText('Du sitter inte i något råd eller någon grupp, så här visas inga möten.')).toBeInTheDocument();
    expect(within(upcoming).queryByRole('list')).toBeNull();
    expect(within(upcoming).getByRole('link', { name: 'Visa alla kommande möten' })).toHaveAttribute('href', '/meetings');
    expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/meetings')).toBe(false);
  });

  it('lists the open inquiries past their target for those who handle them, each linked, with the inbox filtered to them', async () => {
    const TOPIC = '01900000-0000-7000-8000-0000000000d1';
    const AREA = '01900000-0000-7000-8000-0000000000d2';
    const late = Array.from({ length: 12 }, (_, n) => ({
      id: `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
      reference: `ÄR-AAAA-BB${String(n).padStart(2, '0')}`,
      topic_id: TOPIC,
      area_id: AREA,
      expected_at: '2026-12-01T10:00:00Z',
      names: { [TOPIC]: 'Trasig eller dålig belysning', [AREA]: 'Rinkeby' },
    }));
    const requests = serveRequests((req) => {
      const url = new URL(req.url);
      if (url.pathname === '/api/v1/inquiries') return json({ items: late, next_cursor: 'more', allowed_actions: ['create'] });
      if (url.pathname === '/api/v1/reports/staffing') return json(staffing);
      if (url.pathname === '/api/v1/reports/coverage') return json(coverage);
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    renderWithProviders(<OverviewPage />, { user: testUser({ role: 'member' }) });
    const section = await screen.findByRole('region', { name: 'Ärenden efter svarslöftet (12+)' });
    const links = within(section).getAllByRole('link', { name: /^ÄR-/ });
    expect(links).toHaveLength(10);
    expect(links[0]).toHaveAttribute('href', `/arenden/${late[0].id}`);
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent('ÄR-AAAA-BB00: Trasig eller dålig belysning, Rinkeby');
    expect(within(section).getByText('Visar de 10 första av 12+.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Visa alla försenade ärenden i inkorgen' })).toHaveAttribute('href', '/arenden?open=true&breached=true');
    const asked = new URL(requests.find((r) => new URL(r.url).pathname === '/api/v1/inquiries')!.url).searchParams;
    expect([asked.get('open'), asked.get('breached')]).toEqual(['true', 'true']);
  });

  it('shows a viewer no inquiries section and asks for none', async () => {
    const requests = serveRequests((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/reports/staffing') return json(staffing);
      if (path === '/api/v1/reports/coverage') return json(coverage);
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    renderWithProviders(<OverviewPage />, { user: testUser({ role: 'viewer' }) });
    await screen.findByRole('region', { name: 'Områden utan lokal styrgrupp (1)' });
    expect(screen.queryByRole('region', { name: /^Ärenden efter svarslöftet/ })).toBeNull();
    expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/inquiries')).toBe(false);
  });
});
