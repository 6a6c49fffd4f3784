import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ContactLookup, ContactRoute, Topic } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import { ContactDirectoryPage } from './ContactDirectoryPage';
import { ContactRouteDetailPage } from './ContactRouteDetailPage';
import { EditContactRoutePage } from './EditContactRoutePage';

const ID = '01900000-0000-7000-8000-0000000000e1';
const ORG = '01900000-0000-7000-8000-0000000000a1';
const TOPIC = '01900000-0000-7000-8000-0000000000b1';
const AREA = '01900000-0000-7000-8000-0000000000c1';
const BACKUP = '01900000-0000-7000-8000-0000000000e2';
const path = (req: Request) => new URL(req.url).pathname;

const topic: Topic = {
  id: TOPIC,
  code: 'ordningsstorning',
  name_sv: 'Ordningsstörning',
  name_en: 'Public disorder',
  is_public: true,
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  allowed_actions: ['update'],
};

const route = (overrides: Partial<ContactRoute> = {}): ContactRoute => ({
  id: ID,
  from_audience: 'housing_company',
  organization_id: ORG,
  function: 'Trygghetsvärdar Järva',
  topic_id: TOPIC,
  area_ids: [AREA],
  channels: [{ type: 'phone', value: '+46850829000', note: 'Växeln' }],
  opening_hours: {
    weekly: [
      { day: 'mon', opens: '08:00', closes: '16:30' },
      { day: 'tue', opens: '08:00', closes: '16:30' },
    ],
    exceptions: [{ date: '2026-12-24', opens: null, closes: null, note: 'Julafton' }],
  },
  open_now: true,
  response_target: 'P2D',
  backup_route_id: BACKUP,
  escalation_route_id: null,
  audience: 'internal',
  valid_from: null,
  valid_to: null,
  last_verified_at: '2026-11-13T18:14:01Z',
  last_verified_by: 'Samordnare Demo',
  stale: true,
  note: null,
  version: 3,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: { [ORG]: 'AB Svenska Bostäder', [TOPIC]: 'Ordningsstörning', [AREA]: 'Järva', [BACKUP]: 'Kommunpolis Järva' },
  allowed_actions: ['update', 'delete', 'verify'],
  ...overrides,
});

const page = <T,>(items: T[], extra: object = {}) => ({ items, next_cursor: null, allowed_actions: ['create'], ...extra });

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('a contact route’s page', () => {
  it('shows every field, the phone as written in Sweden with the stored E.164, the week as a table, and verifies with If-Match', async () => {
    const requests = serveRequests((req) => {
      if (req.method === 'GET' && path(req) === `/api/v1/contact-routes/${ID}`) return json(route());
      if (req.method === 'GET' && path(req) === '/api/v1/topics') return json(page([topic]));
      if (req.method === 'POST' && path(req) === `/api/v1/contact-routes/${ID}:verify`) {
        return json(route({ stale: false, version: 4, last_verified_at: '2026-12-03T10:00:00Z', last_verified_by: 'Kim Samordnare' }));
      }
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<ContactRouteDetailPage />, { route: `/kontaktvagar/${ID}`, path: '/kontaktvagar/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Trygghetsvärdar Järva' })).toBeInTheDocument();
    const phone = screen.getByRole('link', { name: '08-508 290 00' });
    expect(phone).toHaveAttribute('href', 'tel:+46850829000');
    expect(screen.getByText('+46850829000')).toBeInTheDocument();
    expect(screen.getByText('Svar inom 2 dagar')).toBeInTheDocument();
    expect(screen.getByText('Bostadsbolag')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kommunpolis Järva' })).toHaveAttribute('href', `/kontaktvagar/${BACKUP}`);
    expect(screen.getAllByText('Inaktuell').length).toBeGreaterThan(0);

    const week = screen.getByRole('table', { name: 'Öppettider i veckan' });
    expect(within(week).getByRole('row', { name: 'måndag 08:00–16:30' })).toBeInTheDocument();
    expect(within(week).getByRole('row', { name: 'söndag Stängt' })).toBeInTheDocument();
    const exceptions = screen.getByRole('table', { name: 'Avvikande dagar' });
    expect(within(exceptions).getByText('Stängt hela dagen')).toBeInTheDocument();
    expect(within(exceptions).getByText('Julafton')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bekräfta att uppgifterna stämmer' }));
    expect(await screen.findByText('Kontaktvägen är bekräftad 2026-12-03 av Kim Samordnare.')).toBeInTheDocument();
    const verify = requests.find((r) => r.method === 'POST')!;
    expect(verify.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(screen.queryByText('Inaktuell')).toBeNull());
  });

  it('offers no verify button without `verify`', async () => {
    serveRequests((req) => {
      if (path(req) === `/api/v1/contact-routes/${ID}`) return json(route({ allowed_actions: [] }));
      if (path(req) === '/api/v1/topics') return json(page([topic]));
      return json({}, 404);
    });
    renderWithProviders(<ContactRouteDetailPage />, { route: `/kontaktvagar/${ID}`, path: '/kontaktvagar/:id' });
    await screen.findByRole('heading', { level: 1, name: 'Trygghetsvärdar Järva' });
    expect(screen.queryByRole('button', { name: 'Bekräfta att uppgifterna stämmer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ta bort kontaktvägen' })).toBeNull();
  });
});

describe('the route editor', () => {
  it('sends the route with If-Match and shows the server’s errors at their rows', async () => {
    const requests = serveRequests((req) => {
      if (req.method === 'GET' && path(req) === `/api/v1/contact-routes/${ID}`) return json(route());
      if (req.method === 'GET' && path(req) === '/api/v1/contact-routes') return json(page([route({ id: BACKUP, function: 'Kommunpolis Järva', names: { [ORG]: 'Polisen' } })]));
      if (req.method === 'GET' && path(req) === '/api/v1/topics') return json(page([topic]));
      if (req.method === 'GET' && path(req) === '/api/v1/organizations') return json(page([]));
      if (req.method === 'PATCH') {
        return json(
          {
            type: 'urn:samverkan:problem:validation_failed',
            title: 'Validation failed',
            status: 422,
            code: 'validation_failed',
            request_id: 'r1',
            errors: [
              { field: 'channels[0].value', code: 'personal_contact', message: "This is a person's own e-mail address or phone number." },
              { field: 'opening_hours.weekly[1].closes', code: 'invalid', message: 'Closes before it opens.' },
              { field: 'opening_hours.exceptions[0]', code: 'required', message: 'Give both opens and closes, or neither.' },
              { field: 'backup_route_id', code: 'cycle', message: 'The backup or escalation routes lead back to this route.' },
            ],
          },
          422,
        );
      }
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<EditContactRoutePage />, { route: `/kontaktvagar/${ID}/redigera`, path: '/kontaktvagar/:id/redigera' });
    const phone = await screen.findByLabelText('Telefonnummer (obligatoriskt)');
    expect(phone).toHaveValue('+46850829000');
    expect(screen.getByLabelText('Antal')).toHaveValue(2);
    expect(screen.getByLabelText('Enhet')).toHaveValue('days');
    await waitFor(() => expect(screen.getByLabelText('Reservväg')).toHaveValue(BACKUP));
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(/en persons egen e-postadress eller telefonnummer/);
    const closes = screen.getAllByLabelText('Stänger (obligatoriskt)')[1];
    expect(closes).toHaveAttribute('aria-invalid', 'true');
    expect(closes).toHaveAccessibleDescription(/stänger före den öppnar/);
    // The exception row's own error is shown at its first time.
    const opens = screen.getAllByLabelText('Öppnar');
    expect(opens[opens.length - 1]).toHaveAccessibleDescription(/Ange både öppnar och stänger/);
    expect(screen.getByLabelText('Reservväg')).toHaveAccessibleDescription(/leder tillbaka till den här kontaktvägen/);
    expect(screen.getByRole('group', { name: 'Formuläret innehåller fel' })).toHaveFocus();
    expect(screen.getByRole('link', { name: /Kanal 1: Uppgift: Det här är en persons egen/ })).toBeInTheDocument();

    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    const body = await patch.json();
    expect(body).toMatchObject({
      channels: [{ type: 'phone', value: '+46850829000', note: 'Växeln' }],
      response_target: 'P2D',
      backup_route_id: BACKUP,
      audience: 'internal',
      opening_hours: { weekly: [{ day: 'mon', opens: '08:00', closes: '16:30' }, { day: 'tue', opens: '08:00', closes: '16:30' }] },
    });
  });
});

describe('the directory', () => {
  const lookup: ContactLookup = {
    area_ids: [AREA],
    neighbourhood_id: null,
    names: {},
    emergency: { phone: '112' },
    police_non_urgent: { phone: '114 14' },
    routes: [
      {
        route: route(),
        specificity: 1,
        backup: route({ id: BACKUP, function: 'Kommunpolis Järva', open_now: false, stale: false, backup_route_id: null, channels: [{ type: 'email', value: 'kommunpolis.jarva@polisen.se' }] }),
        escalation: null,
      },
    ],
  };

  it('always shows where to call in an emergency, and the routes for the question in the URL', async () => {
    const requests = serveRequests((req) => {
      if (path(req) === '/api/v1/topics') return json(page([topic]));
      if (path(req) === '/api/v1/contact-routes/lookup') return json(lookup);
      if (path(req) === `/api/v1/areas/${AREA}`) return json({ id: AREA, name: 'Järva', kind: 'district', names: {}, allowed_actions: [] });
      if (path(req) === '/api/v1/areas') return json(page([]));
      return json({}, 404);
    });
    renderWithProviders(<ContactDirectoryPage />, { route: `/kontaktvagar/sok?topic=ordningsstorning&from=housing_company&area=${AREA}` });
    const box = screen.getByRole('complementary', { name: 'Vid nödsituation' });
    expect(box).toHaveTextContent('Vid nödsituation: ring 112. Polisen, ej akut: 114 14.');
    expect(within(box).getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
    expect(within(box).getByRole('link', { name: '114 14' })).toHaveAttribute('href', 'tel:11414');

    expect(await screen.findByRole('heading', { level: 3, name: /Trygghetsvärdar Järva/ })).toBeInTheDocument();
    expect(await screen.findByText('1 kontaktväg för Ordningsstörning, Järva (Stadsdelsområde).')).toBeInTheDocument();
    const card = screen.getByRole('article', { name: /Trygghetsvärdar Järva/ });
    expect(within(card).getByText('Stadsdelsområde/lokalpolisområde')).toBeInTheDocument();
    expect(within(card).getByText('Öppet nu')).toBeInTheDocument();
    expect(within(card).getByText('Svar inom 2 dagar')).toBeInTheDocument();
    expect(within(card).getByText('mån–tis 08:00–16:30')).toBeInTheDocument();
    expect(within(card).getByRole('region', { name: 'Reserv: Kommunpolis Järva' })).toHaveTextContent('Stängt nu');
    const sent = requests.find((r) => path(r) === '/api/v1/contact-routes/lookup')!;
    expect(Object.fromEntries(new URL(sent.url).searchParams)).toEqual({ topic: 'ordningsstorning', from: 'housing_company', area_id: AREA });
  });

  it('asks for a topic and a place before looking', async () => {
    const requests = serveRequests((req) => (path(req) === '/api/v1/topics' ? json(page([topic])) : json(page([]))));
    const user = userEvent.setup();
    renderWithProviders(<ContactDirectoryPage />, { route: '/kontaktvagar/sok' });
    await screen.findByRole('option', { name: 'Ordningsstörning' });
    await user.click(screen.getByRole('button', { name: 'Sök kontaktväg' }));
    expect(screen.getByLabelText('Vad gäller det? (obligatoriskt)')).toHaveAccessibleDescription(/Välj vad det gäller/);
    expect(screen.getByRole('link', { name: 'Område: Välj ett område eller klicka på kartan.' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Vid nödsituation' })).toBeInTheDocument();
    expect(requests.some((r) => path(r) === '/api/v1/contact-routes/lookup')).toBe(false);
  });
});
