import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, serveRequests, testUser } from '@/testing/test-utils';
import type { Inquiry, InquiryMessage } from '../api/inquiries';
import { InquiryDetailPage } from './InquiryDetailPage';

const ID = '01900000-0000-7000-8000-0000000000a1';
const TOPIC = '01900000-0000-7000-8000-0000000000e1';
const AREA = '01900000-0000-7000-8000-0000000000f1';
const ROUTE = '01900000-0000-7000-8000-0000000000b1';
const ORG = '01900000-0000-7000-8000-0000000000c1';

const inquiry = (o: Partial<Inquiry> = {}): Inquiry => ({
  id: ID,
  reference: 'ÄR-7K4M-P9QX',
  source: 'public',
  from_audience: 'resident',
  topic_id: TOPIC,
  area_id: AREA,
  lat: null,
  lon: null,
  message: 'Gatlampan vid lekplatsen är trasig.',
  name: 'Anna Andersson',
  contact: 'anna@example.se',
  route_id: ROUTE,
  organization_id: ORG,
  assignee_person_id: null,
  status: 'received',
  duplicate_of_id: null,
  supporters: 2,
  received_at: '2026-12-01T10:00:00Z',
  expected_at: '2099-12-04T10:00:00Z',
  first_response_at: null,
  closed_at: null,
  breached: false,
  purged_at: null,
  agenda_item_id: null,
  meeting_id: null,
  version: 3,
  created_at: '2026-12-01T10:00:00Z',
  updated_at: '2026-12-01T10:00:00Z',
  names: { [TOPIC]: 'Trasig eller dålig belysning', [AREA]: 'Rinkeby', [ROUTE]: 'Stadens kontaktcenter', [ORG]: 'Stockholms stad' },
  allowed_actions: ['update', 'reply'],
  ...o,
});

const note: InquiryMessage = {
  id: '01900000-0000-7000-8000-0000000000m1',
  inquiry_id: ID,
  kind: 'internal_note',
  body: 'Felanmält till entreprenören.',
  author_name: 'Maja Medlem',
  created_at: '2026-12-01T12:00:00Z',
  updated_at: '2026-12-01T12:00:00Z',
  version: 1,
  allowed_actions: [],
};
const reply: InquiryMessage = { ...note, id: '01900000-0000-7000-8000-0000000000m2', kind: 'public_reply', body: 'Lampan lagas i veckan.' };

const path = (req: Request) => new URL(req.url).pathname;

beforeEach(() => vi.unstubAllGlobals());

describe('an inquiry’s page', () => {
  it('shows the inquiry, its clock, the personal data, notes and replies told apart; a handler’s routing change is a 403 at the field', async () => {
    const requests = serveRequests(async (req) => {
      const p = path(req);
      if (p === `/api/v1/inquiries/${ID}` && req.method === 'GET') return json(inquiry());
      if (p === `/api/v1/inquiries/${ID}` && req.method === 'PATCH') {
        const body = await req.clone().json();
        if ('organization_id' in body)
          return json(
            {
              type: 'x',
              title: 'Forbidden',
              status: 403,
              code: 'forbidden',
              errors: [{ field: 'organization_id', code: 'not_allowed', message: 'Only coordinators and admins may change this.' }],
            },
            403,
          );
        return json(inquiry({ ...body, version: 4 }));
      }
      if (p === `/api/v1/inquiries/${ID}/messages`) return json({ items: [note, reply], next_cursor: null, allowed_actions: ['create'] });
      if (p === '/api/v1/contact-routes') return json({ items: [], next_cursor: null, allowed_actions: [] });
      if (p === '/api/v1/organizations')
        return json({ items: [{ id: '01900000-0000-7000-8000-0000000000c2', name: 'Polismyndigheten' }], next_cursor: null, allowed_actions: [] });
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    const user = userEvent.setup();
    renderWithProviders(<InquiryDetailPage />, { route: `/arenden/${ID}`, path: '/arenden/:id', user: testUser({ role: 'member' }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ärende ÄR-7K4M-P9QX' })).toBeInTheDocument();
    const about = screen.getByRole('region', { name: 'Ärendet' });
    expect(about).toHaveTextContent('Gatlampan vid lekplatsen är trasig.');
    expect(about).toHaveTextContent('Offentliga formuläret, invånare');
    expect(about).toHaveTextContent('Stadens kontaktcenter');
    expect(about).toHaveTextContent('2 invånare har instämt');
    expect(screen.getByRole('region', { name: 'Tider' })).toHaveTextContent(/svar senast 4 dec 2099 11:00 – \d+ dagar kvar/);
    const personal = screen.getByRole('region', { name: 'Personuppgifter' });
    expect(personal).toHaveTextContent('Anna Andersson');
    expect(personal).toHaveTextContent('raderas när ärendet har avslutats');
    // No propose for a handler who is not a coordinator.
    expect(screen.queryByRole('button', { name: 'Föreslå till dagordning' })).toBeNull();

    const list = await screen.findByRole('list', { name: 'Anteckningar och svar' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Intern anteckning · Maja Medlem');
    expect(items[1]).toHaveTextContent('Svar till invånaren · Maja Medlem');

    // Moving the status sends the status alone, with If-Match.
    const triage = screen.getByRole('form', { name: 'Hantera ärendet' });
    await user.selectOptions(within(triage).getByLabelText(/^Status/), 'in_progress');
    await user.click(within(triage).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ändringarna har sparats.')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    expect(await patch.json()).toEqual({ status: 'in_progress' });

    // Routing is for coordinators: the 403 names the field, and the form shows it there.
    const form = screen.getByRole('form', { name: 'Hantera ärendet' });
    const organization = within(form).getByRole('combobox', { name: 'Organisation' });
    await user.clear(organization);
    await user.type(organization, 'Polis');
    await user.click(await screen.findByRole('option', { name: 'Polismyndigheten' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Organisation: Bara samordnare och administratörer får ändra detta.');
    await waitFor(() => expect(organization).toHaveAttribute('aria-invalid', 'true'));
    const patches = requests.filter((r) => r.method === 'PATCH');
    expect(await patches[patches.length - 1].json()).toEqual({ organization_id: '01900000-0000-7000-8000-0000000000c2' });
  }, 30_000);

  it('says when the personal data was purged', async () => {
    serveRequests((req) => {
      const p = path(req);
      if (p === `/api/v1/inquiries/${ID}`) return json(inquiry({ name: null, contact: null, purged_at: '2026-12-20T08:00:00Z', status: 'closed', allowed_actions: [] }));
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    renderWithProviders(<InquiryDetailPage />, { route: `/arenden/${ID}`, path: '/arenden/:id' });
    const personal = await screen.findByRole('region', { name: 'Personuppgifter' });
    expect(personal).toHaveTextContent('Personuppgifterna raderades 2026-12-20 09:00, efter att ärendet avslutats.');
    expect(screen.queryByRole('form', { name: 'Hantera ärendet' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Skriv en anteckning eller ett svar' })).toBeNull();
  });

  it('links the meeting it was proposed to', async () => {
    const MEETING = '01900000-0000-7000-8000-0000000000d1';
    serveRequests((req) => {
      const p = path(req);
      if (p === `/api/v1/inquiries/${ID}`)
        return json(
          inquiry({
            agenda_item_id: '01900000-0000-7000-8000-0000000000d2',
            meeting_id: MEETING,
            names: { ...inquiry().names, [MEETING]: 'Trygghetsrådet i Järva, januari' },
          }),
        );
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    renderWithProviders(<InquiryDetailPage />, { route: `/arenden/${ID}`, path: '/arenden/:id' });
    const link = await screen.findByRole('link', { name: 'Trygghetsrådet i Järva, januari' });
    expect(link).toHaveAttribute('href', `/meetings/${MEETING}`);
  });
});
