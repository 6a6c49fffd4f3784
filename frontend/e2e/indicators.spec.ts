import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { COORDINATOR, VIEWER, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

/** A demo indicator with values for Järva and Södermalm 2023–2025, for everyone and for women and men. */
const DEMO = 'Otrygg ute ensam sent en kväll i det egna området';
const HEADER = 'indicator_code;area_id;period;group;value;n;note';

async function apiHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.post('/api/v1/auth/login', { data: { email: COORDINATOR.email, password: COORDINATOR.password } });
  expect(res.ok()).toBe(true);
  return { Authorization: `Bearer ${((await res.json()) as { access_token: string }).access_token}` };
}

async function areaId(request: APIRequestContext, headers: Record<string, string>, name: string): Promise<string> {
  const res = await request.get('/api/v1/areas', { headers, params: { q: name, limit: 50 } });
  const area = ((await res.json()) as { items: { id: string; name: string }[] }).items.find((a) => a.name === name);
  expect(area, name).toBeTruthy();
  return area!.id;
}

async function valuesOf(request: APIRequestContext, headers: Record<string, string>, indicatorId: string) {
  const res = await request.get('/api/v1/indicator-values', { headers, params: { indicator_id: indicatorId, limit: 200 } });
  return ((await res.json()) as { items: { period: string; value: number }[] }).items;
}

const csvFile = (name: string, rows: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n') + '\n') });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

test('indicators: a coordinator reads a chart and its table, creates an indicator and imports its values after a refused file', async ({ page, request }) => {
  const headers = await apiHeaders(request);
  const jarva = await areaId(request, headers, 'Järva');
  await login(page, COORDINATOR);

  // The list, filtered by source.
  await nav(page).getByRole('link', { name: 'Indikatorer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indikatorer' })).toBeVisible();
  await expect(page).toHaveTitle(/Indikatorer/);
  const table = page.getByRole('table', { name: 'Indikatorer' });
  await expect(table.getByRole('rowheader', { name: DEMO })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Otrygg eller avstår från att gå ut sent' })).toBeVisible();
  await expectNoA11yViolations(page, 'indicators list');
  await page.getByLabel('Källa').selectOption({ label: 'Stadens trygghetsundersökning' });
  await expect(page).toHaveURL(/source=city_safety_survey/);
  await expect(table.getByRole('rowheader', { name: 'Otrygg eller avstår från att gå ut sent' })).toHaveCount(0);

  // An indicator with demo values: its definition, and a chart and a table per area.
  await table.getByRole('link', { name: DEMO }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Lägre är bättre.' })).toBeVisible();
  const jarvaSection = page.getByRole('region', { name: 'Järva', exact: true });
  const chart = jarvaSection.getByRole('img', { name: `${DEMO} – Järva` });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(3);
  await expect(chart).toHaveAttribute('aria-describedby', /.+/);
  const description = await chart.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent);
  // The demo's values are of the two years before this one and this one.
  const year = new Date().getFullYear();
  expect(description).toContain(`Linjediagram från ${year - 2} till ${year}.`);
  expect(description).toContain('Lägre är bättre.');
  const values = jarvaSection.getByRole('table', { name: `${DEMO} – Järva: värden per period` });
  await expect(values.getByRole('columnheader')).toHaveText(['Period', 'Alla (%)', 'kvinnor (%)', 'män (%)']);
  await expect(values.getByRole('rowheader')).toHaveText([`${year - 2}`, `${year - 1}`, `${year}`]);
  await expect(values.getByRole('row').nth(1)).toContainText('16,0');
  await expect(page.getByRole('region', { name: 'Södermalm', exact: true }).getByRole('img')).toBeVisible();
  await expectNoA11yViolations(page, 'indicator page with charts');

  // A new indicator through the form.
  const code = `E2E_${uniqueSuffix().toUpperCase()}`;
  const name = `E2E-indikator ${code}`;
  await page.goto('/indicators');
  await page.getByRole('link', { name: 'Ny indikator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny indikator' })).toBeVisible();
  await page.getByLabel('Namn (obligatoriskt)').fill(name);
  await page.getByLabel('Kod (obligatoriskt)').fill(code);
  await page.getByLabel('Enhet').fill('%');
  await page.getByLabel('Vad är bättre (obligatoriskt)').selectOption({ label: 'Högre är bättre.' });
  await page.getByLabel('Källa (obligatoriskt)').selectOption({ label: 'Observationer' });
  await expectNoA11yViolations(page, 'create indicator form');
  await page.getByRole('button', { name: 'Skapa indikator' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Indikatorn ${name} har skapats.` })).toBeVisible();
  await expect(page.getByText('Indikatorn har inga värden ännu.')).toBeVisible();
  const indicatorUrl = page.url();
  const indicatorId = indicatorUrl.split('/').pop()!;

  // Import: a file with a bad cell is refused at its row and column, and nothing is written.
  await page.getByRole('link', { name: 'Importera värden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera indikatorvärden' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Så ska filen se ut' }).getByRole('link', { name: 'Ladda ner mallen (CSV)' })).toBeVisible();
  await expectNoA11yViolations(page, 'import page');
  const fileInput = page.getByLabel('CSV-fil (obligatoriskt)');
  await fileInput.setInputFiles(csvFile('fel.csv', [`${code};${jarva};2024;;12,5;800;`, `${code};${jarva};2025;;tolv;800;`]));
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const errorsHeading = page.getByRole('heading', { level: 2, name: 'Fel i filen' });
  await expect(errorsHeading).toBeFocused();
  const errors = page.getByRole('table', { name: 'Fel i filen, per rad och kolumn' });
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors.getByRole('row').nth(1).getByRole('cell')).toHaveText(['3', 'value', 'Inte ett tal. Skriv till exempel 12,5 eller 12.5.']);
  await expect(page.getByRole('button', { name: 'Importera', exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page, 'import page with errors');
  expect(await valuesOf(request, headers, indicatorId)).toEqual([]);

  // The corrected file: previewed (still nothing written), then imported.
  await fileInput.setInputFiles(csvFile('rattad.csv', [`${code};${jarva};2024;;12,5;800;`, `${code};${jarva};2025;;11,8;800;`]));
  await expect(errors).toHaveCount(0);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Filen är kontrollerad.' });
  await expect(status).toHaveText('Filen är kontrollerad. 2 rader: 2 nya, 0 ändrade, 0 oförändrade. Inget har sparats ännu. Välj Importera för att spara.');
  expect(await valuesOf(request, headers, indicatorId)).toEqual([]);
  await expectNoA11yViolations(page, 'import page with a preview');
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importen är klar.' })).toHaveText('Importen är klar. 2 rader: 2 nya, 0 ändrade, 0 oförändrade.');
  expect((await valuesOf(request, headers, indicatorId)).map((v) => [v.period, v.value]).sort()).toEqual([
    ['2024', 12.5],
    ['2025', 11.8],
  ]);

  // The new values on the indicator's page.
  await page.goto(indicatorUrl);
  const newValues = page.getByRole('region', { name: 'Järva', exact: true }).getByRole('table');
  await expect(newValues.getByRole('rowheader')).toHaveText(['2024', '2025']);
  await expect(newValues.getByRole('row').nth(2)).toContainText('11,8');
  await expect(page.getByRole('region', { name: 'Järva', exact: true }).getByRole('img', { name: `${name} – Järva` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ta bort indikatorn' })).toContainText('Indikatorn har värden och kan därför inte tas bort.');
});

test('indicators: an indicator without values is edited and deleted behind a confirmation', async ({ page, request }) => {
  const headers = await apiHeaders(request);
  const code = `E2E_DEL_${uniqueSuffix().toUpperCase()}`;
  const res = await request.post('/api/v1/indicators', {
    headers: { ...headers, 'Idempotency-Key': uniqueSuffix() },
    data: { code, name: `Att ta bort ${code}`, unit: 'antal', better_direction: 'lower', source: 'other' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const id = ((await res.json()) as { id: string }).id;
  await login(page, COORDINATOR);
  await page.goto(`/indicators/${id}`);
  await page.getByRole('link', { name: 'Redigera' }).click();
  await page.getByLabel('Beskrivning').fill('Ett test.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ändringarna har sparats' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Ett test.' })).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort indikatorn' }).click();
  const dialog = page.getByRole('dialog', { name: `Ta bort Att ta bort ${code}?` });
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectNoA11yViolations(page, 'delete indicator dialog');
  await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indikatorer' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Indikatorn Att ta bort ${code} har tagits bort.` })).toBeVisible();
  expect((await request.get(`/api/v1/indicators/${id}`, { headers })).status()).toBe(404);
});

test('indicators: a viewer reads them but is offered no edit, no delete and no import', async ({ page }) => {
  await login(page, VIEWER);
  await page.goto('/indicators');
  await expect(page.getByRole('table', { name: 'Indikatorer' }).getByRole('rowheader', { name: DEMO })).toBeVisible();
  await expect(page.getByText('Laddar')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ny indikator' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Importera värden' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'indicators list as a viewer');

  await page.getByRole('link', { name: DEMO }).click();
  await expect(page.getByRole('region', { name: 'Järva', exact: true }).getByRole('table')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Importera värden' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Ta bort indikatorn' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'indicator page as a viewer');

  // The import page sends a viewer back to the list.
  await page.goto('/indicators/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Indikatorer' })).toBeVisible();
  await expect(page).toHaveURL(/\/indicators$/);
});

test('indicators: at 320 px pasted text is checked, and the errors and the format fit the screen', async ({ page, request }) => {
  const headers = await apiHeaders(request);
  const jarva = await areaId(request, headers, 'Järva');
  await page.setViewportSize({ width: 320, height: 800 });
  await login(page, COORDINATOR);
  await page.goto('/indicators/import');
  await page.getByRole('radio', { name: 'Klistra in text' }).check();
  const text = page.getByLabel('Filens innehåll (obligatoriskt)');
  // An unknown column, a bad period and a bad number (nothing is written: the file is refused).
  await text.fill(`indicator_code;area_id;period;value;kommentar\nSST_ORO_BROTT;${jarva};2025-Q5;tolv;x\n`);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fel i filen' })).toBeFocused();
  const errors = page.getByRole('table', { name: 'Fel i filen, per rad och kolumn' });
  await expect(errors.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '1 (rubrikraden)',
    'kommentar',
    'Okänd kolumn. Kolumnerna heter indicator_code, area_id, period, value, group, n och note.',
  ]);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, 'the import page scrolls sideways').toBeLessThanOrEqual(innerWidth);
  await expectNoA11yViolations(page, 'import errors at 320 px');

  // The same values without the bad cells: a preview of what would change.
  await text.fill(`indicator_code;area_id;period;value\nSST_ORO_BROTT;${jarva};2025;13,6\n`);
  await expect(errors).toHaveCount(0);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Filen är kontrollerad.' })).toContainText('1 rad:');
  await expectNoA11yViolations(page, 'import preview at 320 px');
});
