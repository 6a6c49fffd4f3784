import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Initiative, InitiativeUpdate } from '@/api/types';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import { newestFirst } from '../api/initiatives';
import { CreateInitiativePage } from './CreateInitiativePage';
import { EditInitiativePage } from './EditInitiativePage';
import { InitiativeDetailPage } from './InitiativeDetailPage';
import { ProgressTimeline } from './ProgressTimeline';

const ID = '01900000-0000-7000-8000-0000000000b1';
const PARENT = '01900000-0000-7000-8000-0000000000b0';
const COUNCIL = '01900000-0000-7000-8000-0000000000c1';
const AREA = '01900000-0000-7000-8000-0000000000a1';
const LEAD = '01900000-0000-7000-8000-0000000000d1';
const POLICE = '01900000-0000-7000-8000-0000000000d2';
const path = (req: Request) => new URL(req.url).pathname;
const query = (req: Request, key: string) => new URL(req.url).searchParams.get(key);

const promise = (overrides: Partial<Initiative> = {}): Initiative => ({
  id: ID,
  title: 'Nattvandring varje helg i Tensta och Rinkeby',
  kind: 'citizen_promise',
  council_id: COUNCIL,
  area_ids: [AREA],
  priority_area: 'Unga i riskzon',
  lead_organization_id: LEAD,
  partners: [{ organization_id: POLICE, commitment: 'Områdespoliser möter nattvandrarna' }],
  owner_person_id: null,
  status: 'completed',
  starts_on: '2026-01-01',
  ends_on: '2026-12-31',
  is_public: true,
  parent_id: PARENT,
  weight: 2,
  agenda_item_id: null,
  target: { type: 'count', target: 40, per: 52, unit: 'helger med nattvandring' },
  description: 'Vi lovar att vuxna nattvandrar.',
  progress: {
    percent: 100,
    rolled_up: false,
    met: { met: true, reason: 'count_reached', current: 44, target: 40, explanation: '44 helger med nattvandring reached the target of 40.' },
    missing_final_report: false,
    last_reported_on: '2026-11-30',
  },
  version: 2,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {
    [COUNCIL]: 'Lokal styrgrupp Järva',
    [AREA]: 'Järva',
    [LEAD]: 'Järva stadsdelsförvaltning',
    [POLICE]: 'Polisområde Nord',
    [PARENT]: 'Trygg i Järva – gemensam handlingsplan',
  },
  allowed_actions: [],
  ...overrides,
});

const report = (day: string, status: InitiativeUpdate['status'], percent: number, count: number, overrides: Partial<InitiativeUpdate> = {}): InitiativeUpdate => ({
  id: `01900000-0000-7000-8000-0000000${day.replace(/-/g, '').slice(2)}`,
  initiative_id: ID,
  reported_on: day,
  status,
  percent,
  narrative: `${count} helger hittills.`,
  achieved_count: count,
  measured_value: null,
  is_public: true,
  reported_by_name: 'Systemet',
  version: 1,
  created_at: `${day}T12:00:00Z`,
  updated_at: `${day}T12:00:00Z`,
  allowed_actions: [],
  ...overrides,
});

const REPORTS = [
  report('2026-03-31', 'in_progress', 25, 12),
  report('2026-06-30', 'in_progress', 50, 24, { is_public: false, reported_by_name: 'Anna Berg' }),
  report('2026-09-30', 'in_progress', 75, 36),
  report('2026-11-30', 'completed', 100, 44),
];

const emptyList = { items: [], next_cursor: null, allowed_actions: [] };

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('progress timeline', () => {
  it('puts the newest report first: by the day reported on, then the order made', () => {
    const late = report('2026-06-30', 'in_progress', 55, 26, { id: '01900000-0000-7000-8000-00000000ffff', created_at: '2026-07-01T08:00:00Z' });
    expect(newestFirst([...REPORTS, late]).map((r) => r.percent)).toEqual([100, 75, 55, 50, 25]);
  });

  it('lists each report with its date, status, per cent, count, narrative, public or internal, and who reported it', () => {
    renderWithProviders(
      <>
        <h2 id="t">Framsteg över tid</h2>
        <ProgressTimeline reports={newestFirst(REPORTS)} target={promise().target} labelledBy="t" />
      </>,
    );
    const list = screen.getByRole('list', { name: 'Framsteg över tid' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Rapport 2026-11-30',
      'Rapport 2026-09-30',
      'Rapport 2026-06-30',
      'Rapport 2026-03-31',
    ]);
    expect(within(items[0]).getByText('2026-11-30')).toHaveAttribute('datetime', '2026-11-30');
    expect(items[0]).toHaveTextContent('Genomförd');
    expect(items[0]).toHaveTextContent('Offentlig');
    expect(items[0]).toHaveTextContent('Framsteg100 %');
    expect(items[0]).toHaveTextContent('Antal44 helger med nattvandring');
    expect(items[0]).toHaveTextContent('44 helger hittills.');
    expect(items[0]).toHaveTextContent('Rapporterad av Systemet');
    expect(items[2]).toHaveTextContent('Intern');
    expect(items[2]).toHaveTextContent('Rapporterad av Anna Berg');
  });

  it('says when nothing has been reported', () => {
    renderWithProviders(<ProgressTimeline reports={[]} labelledBy="x" />);
    expect(screen.getByText('Inga rapporter än.')).toBeInTheDocument();
  });
});

describe('initiative page', () => {
  it('shows the definition, the target and met in Swedish words, and the reports newest first from every page', async () => {
    const requests = serveRequests((req) => {
      if (path(req) === `/api/v1/initiatives/${ID}`) return json(promise());
      if (path(req) === `/api/v1/initiatives/${ID}/updates`) {
        // Two pages, in the order made.
        return query(req, 'cursor') === 'next'
          ? json({ items: REPORTS.slice(2), next_cursor: null, allowed_actions: [] })
          : json({ items: REPORTS.slice(0, 2), next_cursor: 'next', allowed_actions: [] });
      }
      return json(emptyList);
    });
    renderWithProviders(<InitiativeDetailPage />, { route: `/initiatives/${ID}`, path: '/initiatives/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nattvandring varje helg i Tensta och Rinkeby' })).toBeInTheDocument();

    const overview = screen.getByRole('region', { name: 'Översikt' });
    expect(overview).toHaveTextContent('Medborgarlöfte');
    expect(within(overview).getByRole('link', { name: 'Lokal styrgrupp Järva' })).toHaveAttribute('href', `/councils/${COUNCIL}`);
    expect(within(overview).getByRole('link', { name: 'Trygg i Järva – gemensam handlingsplan' })).toHaveAttribute('href', `/initiatives/${PARENT}`);
    expect(overview).toHaveTextContent('(vikt 2)');
    expect(overview).toHaveTextContent('2026-01-01 – 2026-12-31');
    expect(overview).toHaveTextContent('Ja, visas bland medborgarlöftena på de offentliga sidorna');
    expect(screen.getByRole('region', { name: 'Parter och åtaganden' })).toHaveTextContent('Polisområde Nord: Områdespoliser möter nattvandrarna');

    const target = screen.getByRole('region', { name: 'Mål och framsteg' });
    expect(target).toHaveTextContent('minst 40 av 52 helger med nattvandring');
    expect(target).toHaveTextContent('Målet nått');
    expect(target).toHaveTextContent('44 helger med nattvandring – målet på minst 40 är nått.');
    expect(target).not.toHaveTextContent('reached the target');
    expect(within(target).getByRole('progressbar', { name: 'Framsteg' })).toHaveAttribute('value', '100');

    const timeline = await screen.findByRole('list', { name: 'Framsteg över tid' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(4));
    expect(within(timeline).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('2026-11-30');
    expect(requests.filter((r) => path(r) === `/api/v1/initiatives/${ID}/updates`).map((r) => query(r, 'cursor'))).toEqual([null, 'next']);
    // A reader: no report form, no edit, no delete.
    expect(screen.queryByRole('heading', { name: 'Rapportera framsteg' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ta bort insatsen' })).toBeNull();
  });

  it('reports progress: the form starts from the latest numbers, the report is sent, announced and takes the focus in the timeline', async () => {
    let reports = [...REPORTS.slice(0, 3)];
    let initiative = promise({ status: 'in_progress', allowed_actions: ['report'] });
    const saved = report('2026-11-30', 'completed', 100, 44, { id: '01900000-0000-7000-8000-0000000000ee', narrative: 'Löftet är uppfyllt.' });
    const requests = serveRequests(async (req) => {
      if (path(req) === `/api/v1/initiatives/${ID}/updates` && req.method === 'POST') {
        reports = [...reports, saved];
        initiative = { ...initiative, status: 'completed' };
        return json(saved, 201);
      }
      if (path(req) === `/api/v1/initiatives/${ID}/updates`) return json({ items: reports, next_cursor: null, allowed_actions: ['create'] });
      if (path(req) === `/api/v1/initiatives/${ID}`) return json(initiative);
      return json(emptyList);
    });
    const user = userEvent.setup();
    renderWithProviders(<InitiativeDetailPage />, { route: `/initiatives/${ID}`, path: '/initiatives/:id' });
    const form = await screen.findByRole('form', { name: 'Rapportera framsteg' });
    await waitFor(() => expect(within(form).getByLabelText('Antal hittills')).toHaveValue(36));
    expect(within(form).getByLabelText('Framsteg i procent')).toHaveValue(75);
    expect(within(form).getByLabelText('Status efter rapporten')).toHaveValue('in_progress');
    expect(within(form).getByLabelText('Antal hittills')).toHaveAccessibleDescription('Antal helger med nattvandring hittills; målet är minst 40.');

    await user.selectOptions(within(form).getByLabelText('Status efter rapporten'), 'completed');
    await user.clear(within(form).getByLabelText('Framsteg i procent'));
    await user.type(within(form).getByLabelText('Framsteg i procent'), '100');
    await user.clear(within(form).getByLabelText('Antal hittills'));
    await user.type(within(form).getByLabelText('Antal hittills'), '44');
    await user.type(within(form).getByLabelText('Vad har hänt?'), 'Löftet är uppfyllt.');
    await user.click(within(form).getByRole('button', { name: 'Rapportera' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Rapporten från 2026-11-30 är sparad. Insatsens status är nu Genomförd.');
    const timeline = screen.getByRole('list', { name: 'Framsteg över tid' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(4));
    await waitFor(() => expect(document.getElementById(`report-${saved.id}`)).toHaveFocus());
    await waitFor(() => expect(screen.getByRole('region', { name: 'Översikt' })).toHaveTextContent('Genomförd'));

    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    const body = await post.json();
    expect(body).toMatchObject({ status: 'completed', percent: 100, achieved_count: 44, measured_value: null, narrative: 'Löftet är uppfyllt.', is_public: true });
    expect(body.reported_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A fresh form, from the new latest report.
    await waitFor(() => expect(screen.getByLabelText('Vad har hänt?')).toHaveValue(''));
  });

  it('checks the report before sending it', async () => {
    const requests = serveRequests((req) => {
      if (path(req) === `/api/v1/initiatives/${ID}`) return json(promise({ allowed_actions: ['report'] }));
      return json(emptyList);
    });
    const user = userEvent.setup();
    renderWithProviders(<InitiativeDetailPage />, { route: `/initiatives/${ID}`, path: '/initiatives/:id' });
    const form = await screen.findByRole('form', { name: 'Rapportera framsteg' });
    await user.type(within(form).getByLabelText('Framsteg i procent'), '150');
    await user.click(within(form).getByRole('button', { name: 'Rapportera' }));
    expect(within(form).getByLabelText('Framsteg i procent')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Framsteg i procent')).toHaveAccessibleDescription(/Ange ett heltal från 0 till 100/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('explains why an initiative that was reported on cannot be deleted', async () => {
    serveRequests((req) => {
      if (req.method === 'DELETE') return json({ type: 'x', title: 'Conflict', status: 409, code: 'has_history', detail: 'reported' }, 409);
      if (path(req) === `/api/v1/initiatives/${ID}`) return json(promise({ allowed_actions: ['update', 'delete', 'report'] }));
      return json(emptyList);
    });
    const user = userEvent.setup();
    renderWithProviders(<InitiativeDetailPage />, { route: `/initiatives/${ID}`, path: '/initiatives/:id' });
    await user.click(await screen.findByRole('button', { name: 'Ta bort insatsen' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Nattvandring varje helg i Tensta och Rinkeby?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('framsteg har rapporterats på den');
    expect(alert).toHaveTextContent('status Inställd');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('states an indicator target with the indicator named, and a rolled-up parent', async () => {
    const INDICATOR = '01900000-0000-7000-8000-0000000000f1';
    serveRequests((req) => {
      if (path(req) === `/api/v1/initiatives/${ID}`) {
        return json(
          promise({
            kind: 'preventive_measure',
            is_public: false,
            target: { type: 'indicator', indicator_id: INDICATOR, baseline_value: 16, baseline_period: '2024', target_value: 14, target_period: '2026' },
            progress: {
              percent: 93.3,
              rolled_up: true,
              met: { met: false, reason: 'indicator_short', current: 14.4, target: 14, explanation: 'x' },
              missing_final_report: true,
              last_reported_on: null,
            },
            names: { ...promise().names, [INDICATOR]: 'Otrygg ute ensam sent en kväll' },
          }),
        );
      }
      if (path(req) === '/api/v1/initiatives' && query(req, 'parent_id') === ID) {
        return json({ items: [promise({ id: PARENT, title: 'Delen', parent_id: ID, weight: 3 })], next_cursor: null, allowed_actions: [] });
      }
      return json(emptyList);
    });
    renderWithProviders(<InitiativeDetailPage />, { route: `/initiatives/${ID}`, path: '/initiatives/:id' });
    const target = await screen.findByRole('region', { name: 'Mål och framsteg' });
    expect(target).toHaveTextContent('Otrygg ute ensam sent en kväll ska sjunka från 16 (2024) till 14 (2026)');
    expect(target).toHaveTextContent('Indikatorn har gått från 16 till 14,4; målet är 14.');
    expect(target).toHaveTextContent('Sammanvägt från delinsatsernas framsteg efter deras vikt.');
    expect(target).toHaveTextContent('Slutrapport saknas');
    expect(within(target).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '93,3\u00a0%');
    expect(screen.getByRole('region', { name: 'Översikt' })).toHaveTextContent('Nej, intern');
    const children = await screen.findByRole('list', { name: 'Delinsatser' });
    expect(within(children).getByRole('link', { name: 'Delen' })).toHaveAttribute('href', `/initiatives/${PARENT}`);
    expect(children).toHaveTextContent('vikt 3');
  });
});

describe('initiative form', () => {
  it('asks for title, kind, council and what is counted before sending', async () => {
    const requests = serveRequests((req) => (path(req) === '/api/v1/initiatives' ? json({ ...emptyList, allowed_actions: ['create'] }) : json(emptyList)));
    const user = userEvent.setup();
    renderWithProviders(<CreateInitiativePage />, { route: '/initiatives/new', path: '/initiatives/new' });
    await user.click(await screen.findByRole('radio', { name: 'Ett antal' }));
    await user.type(screen.getByLabelText(/^Minst/), '10');
    await user.click(screen.getByRole('button', { name: 'Skapa insats' }));
    const summary = await screen.findByRole('group', { name: 'Formuläret innehåller fel' });
    expect(summary).toHaveTextContent('Titel: Ange en titel.');
    expect(summary).toHaveTextContent('Typ: Välj en typ.');
    expect(summary).toHaveTextContent('Råd eller grupp: Välj ett råd eller en grupp.');
    expect(summary).toHaveTextContent('Vad som räknas: Ange vad som räknas.');
    expect(screen.getByLabelText(/^Vad som räknas/)).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('creates an initiative under a parent, with a partner and a count target; server errors land at their fields', async () => {
    const parent = promise({ id: PARENT, title: 'Trygg i Järva – gemensam handlingsplan', kind: 'joint_action', parent_id: null, target: null, partners: [] });
    const requests = serveRequests((req) => {
      if (path(req) === `/api/v1/initiatives/${PARENT}`) return json(parent);
      if (path(req) === '/api/v1/initiatives' && req.method === 'POST') {
        return json(
          {
            type: 'x',
            title: 'Validation failed',
            status: 422,
            code: 'validation_failed',
            errors: [
              { field: 'target.unit', code: 'too_long', message: 'long' },
              { field: 'partners[0].commitment', code: 'too_long', message: 'long' },
            ],
          },
          422,
        );
      }
      if (path(req) === '/api/v1/initiatives') return json({ items: [parent], next_cursor: null, allowed_actions: ['create'] });
      if (path(req) === '/api/v1/organizations') return json({ items: [{ id: POLICE, name: 'Polisområde Nord' }], next_cursor: null, allowed_actions: [] });
      return json(emptyList);
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateInitiativePage />, { route: `/initiatives/new?parent_id=${PARENT}`, path: '/initiatives/new' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ny delinsats under Trygg i Järva – gemensam handlingsplan' })).toBeInTheDocument();
    // The parent's council, areas and the parent itself come prefilled.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Råd eller grupp' })).toHaveValue('Lokal styrgrupp Järva'));
    await waitFor(() => expect(screen.getByLabelText(/^Överordnad insats/)).toHaveValue(PARENT));
    expect(screen.getByRole('checkbox', { name: 'Järva' })).toBeChecked();

    await user.type(screen.getByLabelText(/^Titel/), 'Nattvandring');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ' }), 'citizen_promise');
    await user.clear(screen.getByLabelText(/^Vikt/));
    await user.type(screen.getByLabelText(/^Vikt/), '2');
    await user.click(screen.getByRole('button', { name: 'Lägg till part' }));
    const partner = screen.getByRole('group', { name: 'Part 1' });
    const org = within(partner).getByRole('combobox', { name: 'Organisation' });
    await user.click(org);
    await user.type(org, 'Polis');
    await user.click(await screen.findByRole('option', { name: 'Polisområde Nord' }));
    await user.type(within(partner).getByLabelText(/^Åtagande/), 'Områdespoliser');
    await user.click(screen.getByRole('radio', { name: 'Ett antal' }));
    await user.type(screen.getByLabelText(/^Minst/), '40');
    await user.type(screen.getByLabelText(/^Av/), '52');
    await user.type(screen.getByLabelText(/^Vad som räknas/), 'helger med nattvandring');
    await user.click(screen.getByRole('button', { name: 'Skapa insats' }));

    await waitFor(() => expect(screen.getByLabelText(/^Vad som räknas/)).toHaveAttribute('aria-invalid', 'true'));
    expect(within(partner).getByLabelText(/^Åtagande/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('group', { name: 'Formuläret innehåller fel' })).toHaveTextContent('Part 1: Åtagande');

    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({
      title: 'Nattvandring',
      kind: 'citizen_promise',
      council_id: COUNCIL,
      parent_id: PARENT,
      weight: 2,
      area_ids: [AREA],
      priority_area: null,
      lead_organization_id: null,
      partners: [{ organization_id: POLICE, commitment: 'Områdespoliser' }],
      owner_person_id: null,
      status: 'proposed',
      starts_on: null,
      ends_on: null,
      is_public: false,
      target: { type: 'count', target: 40, per: 52, unit: 'helger med nattvandring' },
      description: null,
    });
  });

  it('edits an initiative with If-Match, keeping its council, and changes its target to an indicator', async () => {
    const INDICATOR = '01900000-0000-7000-8000-0000000000f1';
    const requests = serveRequests((req) => {
      if (path(req) === `/api/v1/initiatives/${ID}` && req.method === 'PATCH') return json(promise({ version: 3 }));
      if (path(req) === `/api/v1/initiatives/${ID}`) return json(promise({ allowed_actions: ['update'] }));
      if (path(req) === '/api/v1/indicators') {
        return json({ items: [{ id: INDICATOR, name: 'Otrygg ute ensam sent en kväll', unit: '%' }], next_cursor: null, allowed_actions: [] });
      }
      return json(emptyList);
    });
    const user = userEvent.setup();
    renderWithProviders(<EditInitiativePage />, { route: `/initiatives/${ID}/edit`, path: '/initiatives/:id/edit' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera Nattvandring varje helg i Tensta och Rinkeby' })).toBeInTheDocument();
    // The council is shown, not chosen.
    expect(screen.queryByRole('combobox', { name: 'Råd eller grupp' })).toBeNull();
    expect(screen.getByText('Lokal styrgrupp Järva')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Polisområde Nord');

    await user.click(screen.getByRole('radio', { name: 'En indikator' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Indikator' }), await screen.findByRole('option', { name: 'Otrygg ute ensam sent en kväll (%)' }));
    await user.type(screen.getByLabelText(/^Utgångsvärde/), '16,5');
    await user.type(screen.getByLabelText(/^Utgångsperiod/), '2024');
    await user.type(screen.getByLabelText(/^Målvärde/), '14');
    await user.type(screen.getByLabelText(/^Målperiod/), '2026-H3');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByLabelText(/^Målperiod/)).toHaveAccessibleDescription(/Ange en period: 2025, 2025-H1, 2025-Q3 eller 2025-03/);
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);

    await user.clear(screen.getByLabelText(/^Målperiod/));
    await user.type(screen.getByLabelText(/^Målperiod/), '2026-H2');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"2"');
    const body = await patch.json();
    expect(body).not.toHaveProperty('council_id');
    expect(body).toMatchObject({
      title: 'Nattvandring varje helg i Tensta och Rinkeby',
      parent_id: PARENT,
      weight: 2,
      partners: [{ organization_id: POLICE, commitment: 'Områdespoliser möter nattvandrarna' }],
      status: 'completed',
      target: { type: 'indicator', indicator_id: INDICATOR, baseline_value: 16.5, baseline_period: '2024', target_value: 14, target_period: '2026-H2' },
    });
  });
});
