import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import { PublicInquiryFormPage } from './PublicInquiryFormPage';

const JARVA = '01900000-0000-7000-8000-0000000000a1';
const RINKEBY = '01900000-0000-7000-8000-0000000000a2';
const TENSTA = '01900000-0000-7000-8000-0000000000a3';
const SKARHOLMEN = '01900000-0000-7000-8000-0000000000a4';
const area = (id: string, kind: string, name: string, parent_id: string | null) => ({ id, kind, name, code: null, parent_id });
const districts = [area(JARVA, 'district', 'Järva', null)];
const neighbourhoods = [area(TENSTA, 'neighbourhood', 'Tensta', JARVA), area(RINKEBY, 'neighbourhood', 'Rinkeby', JARVA), area(SKARHOLMEN, 'neighbourhood', 'Skärholmen', null)];
const topics = [
  { id: '01900000-0000-7000-8000-0000000000t1', code: 'belysning', name_sv: 'Trasig eller dålig belysning', name_en: 'Broken or poor lighting' },
  { id: '01900000-0000-7000-8000-0000000000t2', code: 'nedskrapning', name_sv: 'Nedskräpning och klotter', name_en: 'Litter and graffiti' },
];
const route = {
  id: '01900000-0000-7000-8000-0000000000r1',
  function: 'Trygghetssamordnare Järva',
  organization_id: '01900000-0000-7000-8000-0000000000c1',
  organization_name: 'Järva stadsdelsförvaltning',
  area_ids: [JARVA],
  area_names: ['Järva'],
  channels: [],
  from_audience: 'resident',
  topic_id: topics[0].id,
  topic_name_sv: topics[0].name_sv,
  topic_name_en: topics[0].name_en,
  response_target: 'P3D',
  open_now: null,
  opening_hours: null,
  stale: false,
};

const path = (req: Request) => decodeURIComponent(new URL(req.url).pathname);

function serve({ status = 201 }: { status?: number } = {}) {
  return serveRequests(async (req) => {
    const p = path(req);
    if (p === '/api/v1/public/topics') return json({ items: topics, next_cursor: null, allowed_actions: [] });
    if (p === '/api/v1/public/contact-routes') return json({ items: [route], next_cursor: null, allowed_actions: [] });
    if (p === '/api/v1/public/areas') {
      const kind = new URL(req.url).searchParams.get('kind');
      return json({ items: kind === 'district' ? districts : kind === 'neighbourhood' ? neighbourhoods : [], next_cursor: null, allowed_actions: [] });
    }
    if (p === '/api/v1/public/inquiries/similar')
      return json({ items: [{ reference: 'ÄR-AAAA-BBBB', status: 'received', received_at: '2026-12-01T10:00:00Z', area_name: 'Järva', supporters: 2 }] });
    if (p === '/api/v1/public/inquiries/ÄR-AAAA-BBBB:support') return json({ supporters: 3 });
    if (p === '/api/v1/public/inquiries' && req.method === 'POST') {
      if (status === 429)
        return json({ type: 'x', title: 'Too many requests', status: 429, code: 'too_many_requests', detail: 'Too many' }, 429, { 'Retry-After': '1800' });
      return json({ reference: 'ÄR-7K4M-P9QX', status_token: 'tok-123', expected_at: '2026-12-08T13:00:00Z' }, 201);
    }
    return json({}, 404);
  });
}

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('a-token-that-must-not-be-sent');
});

async function fill(user: ReturnType<typeof userEvent.setup>) {
  const topic = await screen.findByLabelText(/Vad gäller det\?/);
  await waitFor(() => expect(within(topic).getAllByRole('option')).toHaveLength(3));
  await user.selectOptions(topic, 'belysning');
  const place = screen.getByLabelText('Stadsdel');
  await waitFor(() => expect(within(place).getAllByRole('option')).toHaveLength(4));
  // Every neighbourhood, under its district by name; one under no district last.
  const groups = within(place).getAllByRole('group');
  expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Järva', 'Övriga områden']);
  expect(within(groups[0]).getAllByRole('option').map((o) => o.textContent)).toEqual(['Rinkeby', 'Tensta']);
  await user.selectOptions(place, RINKEBY);
  await user.type(screen.getByLabelText(/Beskriv problemet/), 'Lampan vid lekplatsen är trasig.');
  await user.click(screen.getByRole('checkbox', { name: /Jag har läst hur personuppgifterna hanteras/ }));
}

describe('the public inquiry form', () => {
  it('shows similar concerns with "Instäm", sends the form and shows what to keep; never the token', async () => {
    const requests = serve();
    const user = userEvent.setup();
    renderWithProviders(<PublicInquiryFormPage />, { route: '/offentligt/arende', path: '/offentligt/arende', user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lämna ett ärende' })).toBeInTheDocument();
    expect(screen.getByText(/Vid nödsituation: ring/)).toBeInTheDocument();
    await fill(user);

    const similar = await screen.findByRole('region', { name: 'Liknande ärenden här' });
    expect(await within(similar).findByText(/Det finns 1 öppet ärende om trasig eller dålig belysning här/)).toBeInTheDocument();
    await user.click(within(similar).getByRole('button', { name: 'Instäm i ärende ÄR-AAAA-BBBB' }));
    expect(await within(similar).findByText('Tack, din röst är räknad. 3 har instämt.')).toBeInTheDocument();
    expect(within(similar).getByRole('button', { name: 'Instäm i ärende ÄR-AAAA-BBBB' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: 'Skicka ärendet' }));
    const receipt = await screen.findByRole('region', { name: 'Tack! Ditt ärende är skickat' });
    expect(receipt).toHaveTextContent('ÄR-7K4M-P9QX');
    expect(receipt).toHaveTextContent('tok-123');
    expect(within(receipt).getByRole('link', { name: 'Följ ditt ärende' })).toHaveAttribute('href', '/offentligt/arende/%C3%84R-7K4M-P9QX?token=tok-123');
    await waitFor(() => expect(within(receipt).getByRole('heading', { name: 'Tack! Ditt ärende är skickat' })).toHaveFocus());

    const post = requests.find((r) => r.method === 'POST' && path(r) === '/api/v1/public/inquiries')!;
    expect(await post.json()).toEqual({
      topic: 'belysning',
      area_id: RINKEBY,
      message: 'Lampan vid lekplatsen är trasig.',
      name: null,
      contact: null,
      consent: true,
      website: '',
    });
    const similarQuery = requests.find((r) => path(r) === '/api/v1/public/inquiries/similar')!;
    expect(new URL(similarQuery.url).searchParams.get('topic')).toBe('belysning');
    expect(new URL(similarQuery.url).searchParams.get('area_id')).toBe(RINKEBY);
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
    // Typing a form through user-event is slow on a loaded machine.
  }, 20_000);

  it('says how long to wait after too many (429 with Retry-After)', async () => {
    serve({ status: 429 });
    const user = userEvent.setup();
    renderWithProviders(<PublicInquiryFormPage />, { route: '/offentligt/arende', path: '/offentligt/arende', user: null });
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Skicka ärendet' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du har skickat flera ärenden på kort tid. Vänta 30 minuter och försök igen.');
    await waitFor(() => expect(alert).toHaveFocus());
    // The form stays, filled in, to send later.
    expect(screen.getByLabelText(/Beskriv problemet/)).toHaveValue('Lampan vid lekplatsen är trasig.');
  }, 20_000);

  it('keeps the honeypot out of sight, out of the tab order and away from screen readers', async () => {
    serve();
    renderWithProviders(<PublicInquiryFormPage />, { route: '/offentligt/arende', path: '/offentligt/arende', user: null });
    await screen.findByRole('heading', { level: 1, name: 'Lämna ett ärende' });
    const honeypot = document.querySelector('input[name="website"]')!;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Lämna det här fältet tomt' })).toBeNull();
  });
});
