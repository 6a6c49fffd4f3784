import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, COORDINATOR, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

/** This year in Stockholm: the demo's values run to it, and its adopted situation picture covers the two years before. */
const YEAR = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()));
const DEMO_PICTURE = `Lägesbild Järva ${YEAR - 2}–${YEAR - 1}`;
const DEMO_INDICATOR = 'Otrygg ute ensam sent en kväll i det egna området';
const CSV_HEADER = 'del;namn;period;grupp;värde;förändring;bättre;status;uppfyllt';
const MAPPING = 'Kartläggning av brottsligheten och dess konsekvenser';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

async function chooseOption(page: Page, box: string, text: string, option: string) {
  const combobox = page.getByRole('combobox', { name: box, exact: true });
  await combobox.click();
  await combobox.pressSequentially(text);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(combobox).toHaveValue(option);
}

/** The link beside "Tidigare version" or "Nyare version" in the picture's facts. */
const versionLink = (page: Page, term: string) => page.locator('dl.details > div').filter({ has: page.getByRole('term').filter({ hasText: term }) }).getByRole('link');

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
}

test('follow-up: the year of Järva in charts, tables and words, as CSV and on paper; its situation picture as each role may read it', async ({ page }) => {
  await login(page, COORDINATOR);
  await nav(page).getByRole('link', { name: 'Uppföljning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uppföljning' })).toBeVisible();
  await expect(page.getByText('Välj ett område för att se dess uppföljning.')).toBeVisible();
  await expect(page.getByLabel('År')).toHaveValue(String(YEAR));
  await chooseOption(page, 'Område', 'Järva', 'Järva (Stadsdelsområde)');
  await expect(page).toHaveURL(new RegExp(`area_id=[0-9a-f-]{36}`));
  await expect(page.getByRole('heading', { level: 1, name: `Uppföljning ${YEAR} – Järva` })).toBeVisible();
  await expect(page).toHaveTitle(`Uppföljning ${YEAR} – Järva – Samverkan`);
  const followUpUrl = page.url();

  // An indicator: the latest value against the previous, the change in words, the target set on it, the chart and its table.
  const indicator = page.getByRole('region', { name: DEMO_INDICATOR, exact: true });
  await expect(indicator).toContainText(`Senaste värdet14,4 % (${YEAR})`);
  await expect(indicator).toContainText(`Föregående värde15,2 % (${YEAR - 1})`);
  await expect(indicator).toContainText('Minskade med 0,8 procentenheter – åt rätt håll.');
  await expect(indicator).toContainText('Bättre belysning i Tensta centrum: från 16,0 % (');
  await expect(indicator).toContainText('Kan inte bedömas ännu – Indikatorn är 14,4 %; målet är 14,0 %.');
  const chart = indicator.getByRole('img', { name: `${DEMO_INDICATOR} – Järva` });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(3);
  const values = indicator.getByRole('table', { name: `${DEMO_INDICATOR} – Järva: värden per period` });
  await expect(values.getByRole('rowheader')).toHaveText([String(YEAR - 2), String(YEAR - 1), String(YEAR)]);
  await expect(values.getByRole('columnheader')).toHaveText(['Period', 'Alla (%)', 'kvinnor (%)', 'män (%)']);
  // Every indicator has its chart and its table.
  const indicators = page.getByRole('region', { name: 'Indikatorer', exact: true });
  const figures = await indicators.getByRole('figure').count();
  expect(figures).toBeGreaterThan(1);
  await expect(indicators.getByRole('table')).toHaveCount(figures);
  await expect(page.getByRole('region', { name: 'Klotter ett problem i området' })).toContainText('Ökade med 1,5 procentenheter – åt fel håll.');

  // The initiatives and the year's citizen promise, kept.
  const initiatives = page.getByRole('table', { name: `Insatser i Järva ${YEAR}` });
  await expect(initiatives.getByRole('row').filter({ hasText: 'Bättre belysning i Tensta centrum' })).toContainText('80 %');
  await expect(initiatives.getByRole('link', { name: 'Trygg i Järva – gemensam handlingsplan' })).toHaveAttribute('href', /^\/initiatives\/[0-9a-f-]{36}$/);
  const promise = page.getByRole('table', { name: `Medborgarlöften i Järva ${YEAR}` }).getByRole('row').filter({ hasText: 'Nattvandring varje helg i Tensta och Rinkeby' });
  await expect(promise).toContainText('Hållet');
  await expect(promise).toContainText('44 av målet 40.');
  await expectNoA11yViolations(page, 'follow-up report');

  // The CSV, fetched with the token and saved under the server's name.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`uppfoljning-jarva-${YEAR}.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split(/\r?\n/)[0]).toBe(CSV_HEADER);
  expect(csv).toContain(`indikator;${DEMO_INDICATOR} (%);${YEAR};;14,4;-0,8;ja;;`);
  await expect(page.getByRole('status').filter({ hasText: 'är nedladdad' })).toHaveText(`uppfoljning-jarva-${YEAR}.csv är nedladdad.`);

  // On paper: the report without the app around it or its controls.
  await page.emulateMedia({ media: 'print' });
  await expect(nav(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ladda ner CSV' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Område' })).toBeHidden();
  await expect(page.getByText(/^Utskriven \d{4}-\d{2}-\d{2} ur Samverkan\.$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Uppföljning ${YEAR} – Järva` })).toBeVisible();
  await expect(chart).toBeVisible();
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });

  // Last year: the demo's adopted situation picture covers it.
  await page.getByLabel('År').selectOption(String(YEAR - 1));
  await expect(page.getByRole('heading', { level: 1, name: `Uppföljning ${YEAR - 1} – Järva` })).toBeVisible();
  const situations = page.getByRole('region', { name: 'Lägesbilder', exact: true });
  await situations.getByRole('link', { name: DEMO_PICTURE }).click();

  // The coordinator may not read the restricted crime mapping: it is said to be there.
  await expect(page.getByRole('heading', { level: 1, name: DEMO_PICTURE })).toBeVisible();
  const pictureUrl = page.url();
  const mapping = page.getByRole('region', { name: MAPPING });
  await expect(mapping).toContainText('Vem får läsa: Begränsad');
  await expect(mapping).toContainText('Innehållet är begränsat – du har inte behörighet att läsa det.');
  await expect(page.getByRole('region', { name: 'Annan relevant information' })).toContainText('Vem får läsa: Intern');
  await expect(page.getByRole('region', { name: 'Annan relevant information' })).toContainText('Trygghetsmätningen visar');
  await expect(page.getByRole('region', { name: 'Analys' })).toContainText('Vem får läsa: Offentlig');
  const problems = page.getByRole('region', { name: 'Identifierade problem' });
  await expect(problems.getByRole('heading', { level: 3 })).toHaveText(['Otrygga gångvägar och centrum kvällstid', 'Unga i riskzon rekryteras till kriminalitet', 'Nedskräpning och klotter']);
  await expect(problems.getByRole('link', { name: 'Trygg i Järva – gemensam handlingsplan' }).first()).toHaveAttribute('href', /^\/initiatives\/[0-9a-f-]{36}$/);
  const snapshot = page.getByRole('table', { name: `Indikatorvärden i ${DEMO_PICTURE}` });
  await expect(snapshot.getByRole('columnheader')).toHaveText(['Indikator', 'Grupp', String(YEAR - 2), String(YEAR - 1)]);
  await expect(snapshot.getByRole('row').filter({ hasText: DEMO_INDICATOR }).first()).toContainText('16,0 %');
  await expect(page.getByText(/^Fastställd \d{4}-\d{2}-\d{2} \d{2}:\d{2} av .+\.$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny version' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'situation picture, a part withheld');

  // An administrator is cleared for it.
  await logout(page);
  await login(page, ADMIN);
  await page.goto(pictureUrl);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_PICTURE })).toBeVisible();
  await expect(page.getByRole('region', { name: MAPPING })).toContainText('Anmälda brott har minskat');
  await expect(page.getByRole('region', { name: MAPPING })).not.toContainText('du har inte behörighet');
  await logout(page);

  // Back in the follow-up (its URL keeps the area and year).
  await login(page, COORDINATOR);
  await page.goto(followUpUrl);
  await expect(page.getByRole('heading', { level: 1, name: `Uppföljning ${YEAR} – Järva` })).toBeVisible();
});

test('situation pictures: a coordinator drafts one for Järva with a problem, adopts it, and sees it locked and a new version offered', async ({ page }) => {
  const title = `E2E-lägesbild ${uniqueSuffix()}`;
  await login(page, COORDINATOR);
  await nav(page).getByRole('link', { name: 'Lägesbilder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lägesbilder' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Lägesbilder' });
  await expect(list.getByRole('row').filter({ hasText: DEMO_PICTURE })).toContainText('Fastställd');
  await expectNoA11yViolations(page, 'situation pictures list');
  await page.getByLabel('Status').selectOption({ label: 'Utkast' });
  await expect(page).toHaveURL(/status=draft/);
  await expect(list.getByRole('row').filter({ hasText: DEMO_PICTURE })).toHaveCount(0);
  await page.getByLabel('Status').selectOption({ label: 'Alla' });

  // A draft.
  await page.getByRole('link', { name: 'Ny lägesbild' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny lägesbild' })).toBeVisible();
  await page.getByLabel('Rubrik (obligatoriskt)', { exact: true }).fill(title);
  await chooseOption(page, 'Område', 'Järva', 'Järva (Stadsdelsområde)');
  await chooseOption(page, 'Råd', 'Lokal styrgrupp', 'Lokal styrgrupp Järva');
  await expect(page.getByLabel('Från och med (obligatoriskt)')).toHaveValue(`${YEAR}-01-01`);
  await expect(page.getByLabel('Till och med (obligatoriskt)')).toHaveValue(`${YEAR}-12-31`);
  const other = page.getByRole('group', { name: 'Annan relevant information' });
  await other.getByLabel('Text').fill('Trygghetsvandringen i oktober visade mörka gångvägar.');
  const analysis = page.getByRole('group', { name: 'Analys' });
  await analysis.getByLabel('Text').fill('Belysning och vuxennärvaro kvällstid.');
  await analysis.getByLabel('Vem får läsa').selectOption({ label: 'Offentlig' });
  await page.getByRole('button', { name: 'Lägg till ett problem' }).click();
  const problem = page.getByRole('group', { name: 'Problem 1' });
  await expect(problem.getByLabel('Problemets rubrik (obligatoriskt)')).toBeFocused();
  await page.keyboard.type('Mörka gångvägar vid tunnelbanan');
  await problem.getByLabel('Prioritet').selectOption({ label: '1 (högst)' });
  await problem.getByRole('checkbox', { name: /Trygg i Järva – gemensam handlingsplan/ }).check();
  await expectNoA11yViolations(page, 'situation picture form');
  await page.getByRole('button', { name: 'Skapa utkast' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Lägesbilden ${title} är skapad som utkast.` })).toBeVisible();
  await expect(page.getByText('Utkast – inte fastställt.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Redigera' })).toBeVisible();
  const problems = page.getByRole('region', { name: 'Identifierade problem' });
  await expect(problems.getByRole('heading', { level: 3, name: 'Mörka gångvägar vid tunnelbanan' })).toBeVisible();
  await expect(problems).toContainText('Prioritet 1 (högst)');
  await expect(problems.getByRole('link', { name: 'Trygg i Järva – gemensam handlingsplan' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Analys' })).toContainText('Vem får läsa: Offentlig');
  await expectNoA11yViolations(page, 'draft situation picture');
  const draftUrl = page.url();

  // Adopting it, behind a confirmation that says it locks.
  await page.getByRole('button', { name: 'Fastställ' }).click();
  const dialog = page.getByRole('dialog', { name: `Fastställa ${title}?` });
  await expect(dialog).toContainText('En fastställd lägesbild är låst');
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectNoA11yViolations(page, 'adopt confirmation');
  await dialog.getByRole('button', { name: 'Fastställ' }).click();
  await expect(page.getByText('Lägesbilden är låst och kan inte ändras. Ändringar görs i en ny version.')).toBeVisible();
  await expect(page.getByText(/^Fastställd \d{4}-\d{2}-\d{2} \d{2}:\d{2} av .+\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fastställ' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ta bort utkastet' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: `Indikatorvärden i ${title}` }).getByRole('columnheader', { name: String(YEAR) })).toBeVisible();
  await expectNoA11yViolations(page, 'adopted situation picture');
  // Locked: its edit page sends the user back.
  await page.goto(`${draftUrl}/edit`);
  await expect(page).toHaveURL(draftUrl);

  // A new version starts as a copy and, once created, names the one it replaces.
  await page.getByRole('link', { name: 'Ny version' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ny version av ${title}` })).toBeVisible();
  await expect(page.getByLabel('Rubrik (obligatoriskt)', { exact: true })).toHaveValue(title);
  await expect(page.getByRole('group', { name: 'Problem 1' }).getByLabel('Problemets rubrik (obligatoriskt)')).toHaveValue('Mörka gångvägar vid tunnelbanan');
  await page.getByLabel('Rubrik (obligatoriskt)', { exact: true }).fill(`${title} v2`);
  await page.getByRole('button', { name: 'Skapa utkast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} v2` })).toBeVisible();
  const newVersionUrl = page.url();
  await expect(page.getByText('Utkast – inte fastställt.')).toBeVisible();
  await versionLink(page, 'Tidigare version').click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // Revised once: no second new version, a link to the one there is.
  await expect(page.getByRole('link', { name: 'Ny version' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Det finns en nyare version' })).toHaveAttribute('href', new URL(newVersionUrl).pathname);
  await expect(versionLink(page, 'Nyare version')).toHaveAttribute('href', new URL(newVersionUrl).pathname);
});
