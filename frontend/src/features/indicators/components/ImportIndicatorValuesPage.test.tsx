import { File as NodeFile } from 'node:buffer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, serveRequests, testUser } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import { ImportIndicatorValuesPage } from './ImportIndicatorValuesPage';

/** Node's own File: jsdom's is not a body Node's fetch can send. */
const csv = (text: string, name = 'varden.csv') => new NodeFile([text], name, { type: 'text/csv' }) as unknown as File;

const GOOD = 'indicator_code;area_id;period;value\nSST_ORO_BROTT;01a2;2026;12,5\n';
const BAD = 'indicator_code;area_id;period;value\nSST_ORO_BROTT;01a2;2026;tolv\n';

type Import = (req: Request, dryRun: boolean) => Response | Promise<Response>;

function serve(onImport: Import, { mayImport = true } = {}) {
  return serveRequests((req) => {
    const url = new URL(req.url);
    if (url.pathname === '/api/v1/indicator-values' && req.method === 'GET') return json({ items: [], next_cursor: null, allowed_actions: mayImport ? ['create'] : [] });
    if (url.pathname === '/api/v1/areas') return json({ items: [], next_cursor: null, allowed_actions: [] });
    if (url.pathname === '/api/v1/indicator-values/import' && req.method === 'POST') return onImport(req, url.searchParams.get('dry_run') === 'true');
    return json({ title: 'Not found', status: 404 }, 404);
  });
}

const summary = (dry_run: boolean) => ({ dry_run, rows: 3, created: 1, updated: 1, unchanged: 1 });
const imports = (requests: Request[]) => requests.filter((r) => r.method === 'POST');

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

async function choose(user: ReturnType<typeof userEvent.setup>, file: File) {
  await screen.findByRole('heading', { level: 1, name: 'Importera indikatorvärden' });
  await user.upload(screen.getByLabelText('CSV-fil (obligatoriskt)'), file);
}

describe('import indicator values', () => {
  it('previews with a dry run, then imports exactly the previewed file and says what was written', async () => {
    const requests = serve((_req, dryRun) => json(summary(dryRun)));
    const user = userEvent.setup();
    renderWithProviders(<ImportIndicatorValuesPage />);
    await choose(user, csv(GOOD));
    expect(screen.getByText(/^Vald fil: varden\.csv \(65 byte\)\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));

    const status = screen.getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent('Filen är kontrollerad. 3 rader: 1 ny, 1 ändrad, 1 oförändrad. Inget har sparats ännu. Välj Importera för att spara.'),
    );
    const [check] = imports(requests);
    expect(new URL(check.url).searchParams.get('dry_run')).toBe('true');
    expect(check.headers.get('Content-Type')).toBe('text/csv');
    expect(check.headers.get('Authorization')).toBe('Bearer token');
    expect(await check.text()).toBe(GOOD);

    await user.click(screen.getByRole('button', { name: 'Importera' }));
    await waitFor(() => expect(status).toHaveTextContent('Importen är klar. 3 rader: 1 ny, 1 ändrad, 1 oförändrad.'));
    const [, write] = imports(requests);
    expect(new URL(write.url).searchParams.get('dry_run')).toBe('false');
    expect(await write.text()).toBe(GOOD);
    // The Import button is gone: the focus goes to the result, which offers the next steps.
    expect(screen.queryByRole('button', { name: 'Importera' })).toBeNull();
    expect(screen.getByText('Värdena syns nu på indikatorernas sidor.').parentElement).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Till indikatorerna' })).toHaveAttribute('href', '/indicators');
    expect(screen.getByRole('button', { name: 'Importera en fil till' })).toBeInTheDocument();
  });

  it('lists the bad cells by row and column in Swedish, writes nothing and offers no import', async () => {
    const requests = serve(() =>
      json(
        {
          type: 'urn:samverkan:problem:validation_failed',
          title: 'Validation failed',
          status: 422,
          code: 'validation_failed',
          errors: [
            { field: 'row[4].period', code: 'invalid', message: 'A period: 2025, 2025-H1, 2025-Q3 or 2025-03.' },
            { field: 'row[2].value', code: 'invalid', message: 'A number, e.g. 12,5 or 12.5.' },
            { field: 'row[1].area', code: 'unknown_field', message: 'Unknown column' },
            { field: 'row[5].file', code: 'too_many', message: 'The row has 5 cells; the header 4.' },
            { field: 'row[6].group', code: 'invalid', message: 'No control characters.' },
          ],
        },
        422,
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<ImportIndicatorValuesPage />);
    await choose(user, csv(BAD));
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Fel i filen' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Filen innehåller 5 fel. Inget har sparats. Rätta filen och förhandsgranska den igen.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Fel i filen, per rad och kolumn' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['1 (rubrikraden)', 'area', 'Okänd kolumn. Kolumnerna heter indicator_code, area_id, period, value, group, n och note.'],
      ['2', 'value', 'Inte ett tal. Skriv till exempel 12,5 eller 12.5.'],
      ['4', 'period', 'Perioden skrivs 2025, 2025-H1, 2025-Q3 eller 2025-03.'],
      ['5', 'Hela raden', 'Raden har fler celler än rubrikraden.'],
      // No text of its own: the field code's.
      ['6', 'group', 'Värdet är inte giltigt (till exempel otillåtna tecken eller en felaktig e-postadress).'],
    ]);
    expect(screen.queryByRole('button', { name: 'Importera' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(imports(requests)).toHaveLength(1);
    expect(new URL(imports(requests)[0].url).searchParams.get('dry_run')).toBe('true');

    // Choosing the corrected file drops the errors of the old one.
    await user.upload(screen.getByLabelText('CSV-fil (obligatoriskt)'), csv(GOOD, 'rattad.csv'));
    expect(screen.queryByRole('table', { name: 'Fel i filen, per rad och kolumn' })).toBeNull();
  });

  it('sends pasted text as the file, and says when there is nothing to import', async () => {
    const requests = serve(() => json({ dry_run: true, rows: 1, created: 0, updated: 0, unchanged: 1 }));
    const user = userEvent.setup();
    renderWithProviders(<ImportIndicatorValuesPage />);
    await screen.findByRole('heading', { level: 1, name: 'Importera indikatorvärden' });
    await user.click(screen.getByRole('radio', { name: 'Klistra in text' }));
    // Nothing pasted: said at the field, nothing sent.
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    const text = screen.getByRole('textbox', { name: 'Filens innehåll' });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/Klistra in filens innehåll\./);
    expect(imports(requests)).toHaveLength(0);

    await user.click(text);
    await user.paste(GOOD);
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 rad: 0 nya, 0 ändrade, 1 oförändrad. Alla värden finns redan; det finns inget att importera.'));
    expect(await imports(requests)[0].text()).toBe(GOOD);
    expect(imports(requests)[0].headers.get('Content-Type')).toBe('text/csv');
    expect(screen.queryByRole('button', { name: 'Importera' })).toBeNull();
  });

  it('puts a refusal of the file itself (too large) at the file field', async () => {
    serve(() => json({ type: 'urn:samverkan:problem:file_too_large', title: 'Payload Too Large', status: 413, code: 'file_too_large' }, 413));
    const user = userEvent.setup();
    renderWithProviders(<ImportIndicatorValuesPage />);
    await choose(user, csv(GOOD));
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    const input = screen.getByLabelText('CSV-fil (obligatoriskt)');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(/Filen är för stor\./);
    expect(screen.getByRole('group', { name: 'Formuläret innehåller fel' })).toHaveFocus();
  });

  it('explains the format with a downloadable template', async () => {
    serve(() => json({}, 500));
    renderWithProviders(<ImportIndicatorValuesPage />, { route: '/indicators/import?indicator=SST_ORO_BROTT' });
    const section = await screen.findByRole('region', { name: 'Så ska filen se ut' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Kolumner' })).toBeInTheDocument();
    expect(within(section).getAllByRole('term').map((h) => h.textContent)).toEqual([
      'indicator_code (obligatorisk)',
      'area_id (obligatorisk)',
      'period (obligatorisk)',
      'group (valfri)',
      'value (obligatorisk)',
      'n (valfri)',
      'note (valfri)',
    ]);
    expect(section).toHaveTextContent('decimalkomma (12,5)');
    const link = within(section).getByRole('link', { name: 'Ladda ner mallen (CSV)' });
    expect(link).toHaveAttribute('download', 'indikatorvarden-mall.csv');
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    const template = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(template).toBe('\uFEFFindicator_code;area_id;period;group;value;n;note\r\nSST_ORO_BROTT;OMRADETS_ID;2025;;12,5;812;\r\nSST_ORO_BROTT;OMRADETS_ID;2025;kvinnor;15,1;430;\r\n');
  });

  it('sends a user who may not import back to the list', async () => {
    serve(() => json({}, 500), { mayImport: false });
    renderWithProviders(<ImportIndicatorValuesPage />, { user: testUser({ role: 'viewer' }), route: '/indicators/import', path: '/indicators/import' });
    expect(await screen.findByText('other page')).toBeInTheDocument();
  });
});
