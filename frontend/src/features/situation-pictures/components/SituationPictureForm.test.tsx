import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, serveRequests } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import { COUNCIL, INITIATIVE, JARVA, PICTURE, testPicture } from '../testing';
import { CreateSituationPicturePage } from './CreateSituationPicturePage';
import { EditSituationPicturePage } from './EditSituationPicturePage';

const path = (r: Request) => new URL(r.url).pathname;
const initiative = (id: string, title: string) => ({ id, title, kind: 'joint_action', status: 'in_progress' });

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

function serveCreate() {
  return serveRequests((req) => {
    const p = path(req);
    if (req.method === 'GET' && p === '/api/v1/situation-pictures') return json({ items: [], next_cursor: null, allowed_actions: ['create'] });
    if (p === `/api/v1/areas/${JARVA}`) return json({ id: JARVA, name: 'Järva', kind: 'district' });
    if (p === '/api/v1/initiatives')
      return json({ items: [initiative(INITIATIVE, 'Trygg i Järva'), initiative('01900000-0000-7000-8000-0000000000b2', 'Nattvandring')], next_cursor: null, allowed_actions: [] });
    if (p === '/api/v1/councils') return json({ items: [{ id: COUNCIL, name: 'Lokal styrgrupp Järva' }], next_cursor: null, allowed_actions: [] });
    if (req.method === 'POST' && p === '/api/v1/situation-pictures') return json(testPicture({ status: 'draft', title: 'Lägesbild Järva 2026' }), 201);
    return json({ items: [], next_cursor: null, allowed_actions: [] });
  });
}

describe('situation picture editor', () => {
  it('checks the fields, edits the problems with the keyboard and sends the draft', async () => {
    const requests = serveCreate();
    const user = userEvent.setup();
    renderWithProviders(<CreateSituationPicturePage />, { route: `/situation-pictures/new?area_id=${JARVA}`, path: '/situation-pictures/new' });
    const area = await screen.findByRole('combobox', { name: 'Område' });
    await waitFor(() => expect(area).toHaveValue('Järva (Stadsdelsområde)'));
    expect(screen.getByLabelText('Från och med (obligatoriskt)')).toHaveValue(`${new Date().getFullYear()}-01-01`);

    // Nothing typed: the errors at their fields, nothing sent.
    await user.click(screen.getByRole('button', { name: 'Skapa utkast' }));
    expect(await screen.findByRole('group', { name: 'Formuläret innehåller fel' })).toHaveFocus();
    expect(screen.getByLabelText('Rubrik (obligatoriskt)')).toHaveAccessibleDescription(/Skriv en rubrik\./);
    expect(screen.getByRole('combobox', { name: 'Råd' })).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Rubrik (obligatoriskt)'), 'Lägesbild Järva 2026');
    const council = screen.getByRole('combobox', { name: 'Råd' });
    await user.click(council);
    await user.type(council, 'Lokal');
    await user.click(await screen.findByRole('option', { name: 'Lokal styrgrupp Järva' }));
    await waitFor(() => expect(requests.some((r) => path(r) === '/api/v1/councils' && new URL(r.url).searchParams.get('area_id') === JARVA)).toBe(true));

    // The three parts under the law's headings, each with who may read it.
    const mapping = screen.getByRole('group', { name: 'Kartläggning av brottsligheten och dess konsekvenser' });
    await user.type(within(mapping).getByLabelText('Text'), 'Rån vid centrum kvällstid.');
    await user.selectOptions(within(mapping).getByLabelText('Vem får läsa'), 'restricted');
    const analysis = screen.getByRole('group', { name: 'Analys' });
    await user.type(within(analysis).getByLabelText('Text'), 'Få platser.');
    await user.selectOptions(within(analysis).getByLabelText('Vem får läsa'), 'public');

    // Two problems; the focus goes to each new one's title; the first is removed again.
    await user.click(screen.getByRole('button', { name: 'Lägg till ett problem' }));
    const first = screen.getByRole('group', { name: 'Problem 1' });
    expect(within(first).getByLabelText('Problemets rubrik (obligatoriskt)')).toHaveFocus();
    await user.keyboard('Tas bort');
    await user.click(screen.getByRole('button', { name: 'Lägg till ett problem' }));
    const second = screen.getByRole('group', { name: 'Problem 2' });
    expect(within(second).getByLabelText('Problemets rubrik (obligatoriskt)')).toHaveFocus();
    await user.keyboard('Otrygga gångvägar');
    await user.type(within(second).getByLabelText('Beskrivning'), 'Dålig belysning.');
    await user.selectOptions(within(second).getByLabelText('Prioritet'), '1');
    const initiatives = within(second).getByRole('group', { name: 'Insatser som möter problemet' });
    await user.click(await within(initiatives).findByRole('checkbox', { name: /Trygg i Järva/ }));
    expect(new URL(requests.find((r) => path(r) === '/api/v1/initiatives')!.url).searchParams.get('area_id')).toBe(JARVA);

    await user.click(within(first).getByRole('button', { name: 'Ta bort problem 1' }));
    expect(screen.getByText('Problem 1 är borttaget.')).toBeInTheDocument();
    const remaining = screen.getByRole('group', { name: 'Problem 1' });
    expect(remaining).toHaveFocus();
    expect(within(remaining).getByLabelText('Problemets rubrik (obligatoriskt)')).toHaveValue('Otrygga gångvägar');
    expect(screen.queryByRole('group', { name: 'Problem 2' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Skapa utkast' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    const year = new Date().getFullYear();
    expect(await post.json()).toEqual({
      title: 'Lägesbild Järva 2026',
      area_id: JARVA,
      council_id: COUNCIL,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      crime_mapping: 'Rån vid centrum kvällstid.',
      crime_mapping_classification: 'restricted',
      other_information: null,
      other_information_classification: 'internal',
      analysis: 'Få platser.',
      analysis_classification: 'public',
      problems: [{ title: 'Otrygga gångvägar', description: 'Dålig belysning.', priority: 1, initiative_ids: [INITIATIVE] }],
    });
    expect(await screen.findByText('other page')).toBeInTheDocument();
  });

  it('shows a 422 on a problem at that problem', async () => {
    serveRequests((req) => {
      const p = path(req);
      if (req.method === 'GET' && p === `/api/v1/situation-pictures/${PICTURE}`) return json(testPicture({ status: 'draft', allowed_actions: ['update'] }));
      if (p === '/api/v1/initiatives') return json({ items: [initiative(INITIATIVE, 'Trygg i Järva')], next_cursor: null, allowed_actions: [] });
      if (req.method === 'PATCH')
        return json(
          {
            type: 'x',
            title: 'Validation failed',
            status: 422,
            code: 'validation_failed',
            errors: [{ field: 'problems[1].title', code: 'too_long', message: 'Too long.' }],
          },
          422,
        );
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<EditSituationPicturePage />, { route: `/situation-pictures/${PICTURE}/edit`, path: '/situation-pictures/:id/edit' });
    await user.click(await screen.findByRole('button', { name: 'Spara' }));
    const second = await screen.findByRole('group', { name: 'Problem 2' });
    await waitFor(() => expect(within(second).getByLabelText('Problemets rubrik (obligatoriskt)')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('group', { name: 'Formuläret innehåller fel' })).toHaveTextContent('Problem 2: Problemets rubrik:');
  });

  it('edits a draft with If-Match, leaving the part the caller may not read as it is', async () => {
    const draft = testPicture({ status: 'draft', allowed_actions: ['update', 'delete', 'adopt'], version: 7 });
    const requests = serveRequests((req) => {
      const p = path(req);
      if (req.method === 'GET' && p === `/api/v1/situation-pictures/${PICTURE}`) return json(draft);
      if (p === '/api/v1/initiatives') return json({ items: [initiative(INITIATIVE, 'Trygg i Järva')], next_cursor: null, allowed_actions: [] });
      if (req.method === 'PATCH') return json({ ...draft, version: 8 });
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<EditSituationPicturePage />, { route: `/situation-pictures/${PICTURE}/edit`, path: '/situation-pictures/:id/edit' });
    const mapping = await screen.findByRole('group', { name: 'Kartläggning av brottsligheten och dess konsekvenser' });
    expect(mapping).toHaveTextContent('Innehållet är begränsat – du har inte behörighet att läsa det.');
    expect(within(mapping).queryByRole('textbox')).toBeNull();
    // Area and council are shown, not offered.
    expect(screen.queryByRole('combobox', { name: 'Område' })).toBeNull();
    expect(screen.getByText('Lokal styrgrupp Järva')).toBeInTheDocument();
    const title = screen.getByLabelText('Rubrik (obligatoriskt)');
    await user.clear(title);
    await user.type(title, 'Lägesbild Järva, reviderad');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"7"');
    const body = await patch.json();
    expect(body).toMatchObject({ title: 'Lägesbild Järva, reviderad', other_information_classification: 'internal', analysis_classification: 'public' });
    for (const absent of ['crime_mapping', 'crime_mapping_classification', 'area_id', 'council_id', 'replaces_id']) expect(body).not.toHaveProperty(absent);
  });
});
