import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests, testMeeting, testUser } from '@/testing/test-utils';
import type { Attendance, Minutes, Paragraph } from '../api/minutes';
import { MinutesPage } from './MinutesPage';
import { ProtocolPage } from './ProtocolPage';

const meeting = testMeeting({ location: 'Medborgarplatsen 3' });
const ID = meeting.id;
const AHMED = '01900000-0000-7000-8000-00000000000a';
const ELIN = '01900000-0000-7000-8000-00000000000b';
const P1 = '01900000-0000-7000-8000-0000000000a1';
const P2 = '01900000-0000-7000-8000-0000000000a2';
const AT = '2027-01-12T20:00:00Z';
const path = (req: Request) => new URL(req.url).pathname;

const paragraph = (over: Partial<Paragraph>): Paragraph => ({
  id: P1,
  meeting_id: ID,
  number: 1,
  title: 'Lägesbild',
  kind: 'information',
  classification: 'public',
  minutes_text: null,
  decision: null,
  decision_number: null,
  decision_year: null,
  result: null,
  adjusted_at: null,
  version: 1,
  created_at: AT,
  updated_at: AT,
  names: {},
  allowed_actions: [],
  ...over,
});

const minutes = (over: Partial<Minutes> = {}): Minutes => ({
  id: 'minutes',
  meeting_id: ID,
  council_id: meeting.council_id,
  status: 'draft',
  revision: 0,
  adjust_by: null,
  other_business: null,
  submitted_at: null,
  adjusted_at: null,
  adjusters: [],
  paragraphs: [
    paragraph({ minutes_text: 'Polisen redogjorde.', result: 'noted' }),
    paragraph({ id: P2, number: 2, title: 'Trygghetsvandring', kind: 'decision', classification: 'restricted' }),
  ],
  reviews: [],
  corrections: [],
  version: 4,
  created_at: AT,
  updated_at: AT,
  names: { [meeting.council_id]: 'Lokal styrgrupp Södermalm', [AHMED]: 'Ahmed Dahl', [ELIN]: 'Elin Sandberg' },
  allowed_actions: [],
  ...over,
});

const attended = (person: string, name: string, presence: Attendance['presence'] = 'attended'): Attendance => ({
  id: `att-${person}`,
  meeting_id: ID,
  person_id: person,
  membership_id: `term-${person}`,
  substitute_for_membership_id: null,
  guest_name: null,
  guest_organization: null,
  rsvp: 'accepted',
  presence,
  version: 1,
  created_at: AT,
  updated_at: AT,
  names: { [person]: name },
  allowed_actions: [],
});

/** The minutes pages' requests; `writes` answers the rest (PATCH, POST). */
function serve(current: () => Minutes, writes: (req: Request) => Response | Promise<Response> = () => json({}, 500)) {
  return serveRequests((req) => {
    const p = path(req);
    if (req.method === 'GET' && p === `/api/v1/meetings/${ID}`) return json(meeting, 200, { ETag: `"${meeting.version}"` });
    if (req.method === 'GET' && p === `/api/v1/meetings/${ID}/minutes`) return json(current());
    if (req.method === 'GET' && p === `/api/v1/meetings/${ID}/attendance`)
      return json({ items: [attended(AHMED, 'Ahmed Dahl'), attended(ELIN, 'Elin Sandberg'), attended('x', 'Borta Bortsson', 'absent')], next_cursor: null });
    if (req.method === 'GET' && p === `/api/v1/councils/${meeting.council_id}/memberships`)
      return json({
        items: [
          {
            id: `term-${ELIN}`,
            council_id: meeting.council_id,
            person_id: ELIN,
            role: 'secretary',
            on_behalf_of_id: 'org',
            current: true,
            names: { org: 'Polisen', [ELIN]: 'Elin Sandberg' },
          },
        ],
        next_cursor: null,
      });
    if (req.method !== 'GET') return writes(req);
    return json({ items: [], next_cursor: null, allowed_actions: [] });
  });
}

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

const renderMinutes = () => renderWithProviders(<MinutesPage />, { route: `/meetings/${ID}/minutes`, path: '/meetings/:id/minutes', user: testUser() });

describe('minutes page', () => {
  it('the secretary’s draft: saves only what changed, each with its own If-Match, then submits', async () => {
    let m = minutes({
      allowed_actions: ['update', 'submit'],
      paragraphs: minutes().paragraphs.map((p) => ({ ...p, allowed_actions: ['update', 'adjust_now'] })),
    });
    const requests = serve(
      () => m,
      async (req) => {
        const p = path(req);
        if (req.method === 'PATCH' && p === `/api/v1/meetings/${ID}/minutes/paragraphs/${P2}`) {
          const body = await req.clone().json();
          const saved = { ...m.paragraphs[1], ...body, decision_number: 7, decision_year: 2027, version: 2 };
          m = { ...m, paragraphs: [m.paragraphs[0], saved] };
          return json(saved);
        }
        if (req.method === 'PATCH' && p === `/api/v1/meetings/${ID}/minutes`) {
          const body = await req.clone().json();
          m = { ...m, version: 5, adjust_by: body.adjust_by, adjusters: body.adjuster_person_ids.map((id: string) => ({ person_id: id, approved: false })) };
          return json(m);
        }
        if (req.method === 'POST' && p === `/api/v1/meetings/${ID}/minutes:submit`) {
          m = { ...m, status: 'submitted', revision: 1, version: 6, submitted_at: AT, allowed_actions: [] };
          return json(m);
        }
        return json({}, 500);
      },
    );
    renderMinutes();
    const user = userEvent.setup();
    const second = await screen.findByRole('group', { name: /§ 2 Trygghetsvandring/ });
    expect(within(second).getByText('Sekretess')).toBeInTheDocument();
    // Two weeks after the meeting (12 January 2027) unless set.
    expect(screen.getByLabelText('Justeras senast')).toHaveValue('2027-01-26');
    await user.type(within(second).getByLabelText('Beslut'), 'Att genomföra en trygghetsvandring.');
    await user.selectOptions(within(second).getByLabelText('Resultat'), 'decided');
    // Only those who attended can be chosen.
    const adjusters = screen.getByRole('group', { name: 'Justerare' });
    expect(within(adjusters).queryByLabelText('Borta Bortsson')).toBeNull();
    await user.click(within(adjusters).getByLabelText('Ahmed Dahl'));
    await user.click(within(adjusters).getByLabelText('Elin Sandberg'));
    await user.click(screen.getByRole('button', { name: 'Skicka för justering' }));

    expect(await screen.findByText('Hos justerarna')).toBeInTheDocument();
    const writes = requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${path(r)} ${r.headers.get('If-Match')}`)).toEqual([
      `PATCH /api/v1/meetings/${ID}/minutes/paragraphs/${P2} "1"`,
      `PATCH /api/v1/meetings/${ID}/minutes "4"`,
      `POST /api/v1/meetings/${ID}/minutes:submit "5"`,
    ]);
    expect(await writes[0].json()).toEqual({ decision: 'Att genomföra en trygghetsvandring.', result: 'decided' });
    expect(await writes[1].json()).toEqual({ adjust_by: '2027-01-26', adjuster_person_ids: [AHMED, ELIN] });
    // The number the server gave shows with the paragraph; the form is gone.
    expect(screen.getByText('Beslut (beslut 2027:7)')).toBeInTheDocument();
    expect(screen.queryByLabelText('Protokolltext')).toBeNull();
  });

  it('submit without adjusters: the client says so at the field and sends nothing', async () => {
    const requests = serve(() => minutes({ allowed_actions: ['update', 'submit'] }));
    renderMinutes();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Skicka för justering' }));
    expect(await screen.findAllByText(/Välj minst en justerare/)).not.toHaveLength(0);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('an adjuster sees the approvals and approves with If-Match; nothing to write', async () => {
    let m = minutes({
      status: 'submitted',
      revision: 2,
      submitted_at: AT,
      adjusters: [
        { person_id: AHMED, approved: false, approved_revision: 1, approved_at: AT },
        { person_id: ELIN, approved: true, approved_revision: 2, approved_at: AT },
      ],
      reviews: [
        { revision: 1, person_id: AHMED, verdict: 'commented', agenda_item_id: P1, comment: 'Ange datum.', created_at: AT },
        { revision: 2, person_id: ELIN, verdict: 'approved', agenda_item_id: null, comment: null, created_at: AT },
      ],
      allowed_actions: ['approve', 'comment'],
    });
    const requests = serve(
      () => m,
      (req) => {
        m = {
          ...m,
          status: 'adjusted',
          adjusted_at: AT,
          version: 5,
          adjusters: m.adjusters.map((a) => ({ ...a, approved: true, approved_revision: 2 })),
          allowed_actions: [],
        };
        return path(req).endsWith(':approve') ? json(m) : json({}, 500);
      },
    );
    renderMinutes();
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Justerare och vad de har godkänt' });
    expect(within(table).getByRole('row', { name: /Ahmed Dahl Godkände omgång 1/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Elin Sandberg Godkänt 2027-01-12 21:00/ })).toBeInTheDocument();
    expect(screen.getByText('Omgång 1')).toBeInTheDocument();
    expect(screen.queryByLabelText('Protokolltext')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Godkänn protokollet' }));
    await waitFor(() => expect(screen.getAllByText('Justerat').length).toBeGreaterThan(0));
    const approve = requests.find((r) => r.method === 'POST')!;
    expect(path(approve)).toBe(`/api/v1/meetings/${ID}/minutes:approve`);
    expect(approve.headers.get('If-Match')).toBe('"4"');
    expect(screen.queryByRole('button', { name: 'Godkänn protokollet' })).toBeNull();
  });

  it('adjusted minutes are locked; a correction is appended with If-Match', async () => {
    let m = minutes({ status: 'adjusted', revision: 1, adjusted_at: AT, allowed_actions: ['correct'] });
    const requests = serve(
      () => m,
      async (req) => {
        const body = await req.clone().json();
        m = { ...m, version: 5, corrections: [{ id: 'c1', text: body.text, agenda_item_id: body.agenda_item_id, author_name: 'Kim Samordnare', created_at: AT }] };
        return json(m);
      },
    );
    renderMinutes();
    const user = userEvent.setup();
    expect(await screen.findByText('Justerat 2027-01-12 21:00')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Protokolltext' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Spara utkast' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Rättelsen gäller'), P1);
    await user.type(screen.getByRole('textbox', { name: /^Rättelse/ }), 'Fel datum i § 1.');
    await user.click(screen.getByRole('button', { name: 'Lägg till rättelsen' }));
    expect(await screen.findByText('Fel datum i § 1.')).toBeInTheDocument();
    expect(screen.getByText(/2027-01-12 21:00, Kim Samordnare/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(path(post)).toBe(`/api/v1/meetings/${ID}/minutes/corrections`);
    expect(post.headers.get('If-Match')).toBe('"4"');
    expect(await post.json()).toEqual({ text: 'Fel datum i § 1.', agenda_item_id: P1 });
  });

  it('a reader without the right to the minutes gets a plain explanation', async () => {
    serveRequests((req) =>
      path(req).endsWith('/minutes')
        ? json({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' }, 403)
        : json(meeting),
    );
    renderMinutes();
    expect(await screen.findByText(/kan läsas av rådets ledamöter/)).toBeInTheDocument();
  });
});

describe('protocol page', () => {
  it('lays out the protocol: council, date, time, place, present with organisation, absent, §, Beslut, the signatures', async () => {
    serve(() =>
      minutes({
        status: 'adjusted',
        adjusted_at: AT,
        adjusters: [
          { person_id: AHMED, approved: true, approved_revision: 1, approved_at: '2027-01-20T09:00:00Z' },
          { person_id: ELIN, approved: true, approved_revision: 1, approved_at: '2027-01-21T23:30:00Z' },
        ],
        paragraphs: [
          paragraph({ minutes_text: 'Polisen redogjorde.', result: 'noted' }),
          paragraph({ id: P2, number: 2, title: 'Trygghetsvandring', classification: 'restricted', decision: 'Att genomföra.', decision_number: 7, decision_year: 2027, result: 'decided' }),
        ],
      }),
    );
    renderWithProviders(<ProtocolPage />, { route: `/meetings/${ID}/protocol`, path: '/meetings/:id/protocol' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Protokoll' })).toBeInTheDocument();
    expect(screen.getByText('Lokal styrgrupp Södermalm')).toBeInTheDocument();
    expect(screen.getByText('tisdag 12 januari 2027')).toBeInTheDocument();
    expect(screen.getByText('18:00–19:30')).toBeInTheDocument();
    expect(screen.getByText('Medborgarplatsen 3')).toBeInTheDocument();
    const present = screen.getByRole('region', { name: 'Närvarande' });
    expect(within(present).getByText('Elin Sandberg, Polisen (sekreterare)')).toBeInTheDocument();
    expect(within(present).queryByText(/Borta/)).toBeNull();
    const absent = screen.getByRole('region', { name: 'Frånvarande' });
    expect(within(absent).getByRole('listitem')).toHaveTextContent('Borta Bortsson');
    expect(within(absent).queryByText(/Ahmed/)).toBeNull();
    const p2 = screen.getByRole('region', { name: /§ 2 Trygghetsvandring/ });
    expect(within(p2).getByText('Sekretess')).toBeInTheDocument();
    expect(within(p2).getAllByRole('heading').map((h) => h.textContent)).toContain('Beslut (beslut 2027:7)');
    // "Vid protokollet": the secretary; "Justeras": each adjuster with the day they approved (in Stockholm); a line to sign above each name.
    const signatures = screen.getByRole('region', { name: 'Underskrifter' });
    expect(within(signatures).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Vid protokollet', 'Justeras']);
    const secretary = screen.getByRole('heading', { name: 'Vid protokollet' }).parentElement!;
    expect(secretary).toHaveTextContent('Elin SandbergSekreterare');
    expect(secretary.querySelector('.signature-line + .signature-name')).toHaveTextContent('Elin Sandberg');
    const adjusters = within(screen.getByRole('heading', { name: 'Justeras' }).parentElement!).getAllByRole('listitem');
    expect(adjusters.map((li) => li.textContent)).toEqual(['Ahmed DahlJusterat 2027-01-20', 'Elin SandbergJusterat 2027-01-22']);
    for (const li of adjusters) expect(li.firstElementChild).toHaveClass('signature-line');
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument();
    expect(screen.queryByText('Utkast – inte justerat')).toBeNull();
  });
});
