import { expect, test, type Page } from '@playwright/test';
import { COORDINATOR, MEMBER, MEMBER_CHAIRS, VIEWER, daysFromToday, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

/** The date `days` days ago in Stockholm (YYYY-MM-DD): the demo's reports are dated from today. */
function daysAgo(days: number): string {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const JOINT_PLAN = 'Trygg i Järva – gemensam handlingsplan';
const KEPT_PROMISE = 'Nattvandring varje helg i Tensta och Rinkeby';
const LIGHTING = 'Bättre belysning i Tensta centrum';
const BROKEN_PROMISE = 'Ren och trygg Medborgarplats';
const NO_FINAL_REPORT = 'Trygghetsvandringar på Södermalm';
/** The demo's follow-up runs in this year (backend/src/seed_followup.rs): the promises, their reports, the indicator target. */
const YEAR = Number(daysFromToday(0).slice(0, 4));

async function waitForLoaded(page: Page) {
  await expect(page.getByText('Laddar …')).toHaveCount(0);
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });
const row = (page: Page, title: string) => page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });

/** Chooses `option` in an API-backed combobox after typing `text`. */
async function choose(page: Page, combobox: string, text: string, option: string) {
  const box = page.getByRole('combobox', { name: combobox });
  await box.click();
  await box.pressSequentially(text);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(box).toHaveValue(option);
}

test('coordinator: the list filtered to Järva, the joint plan rolled up from two children, the kept promise and its timeline', async ({ page }) => {
  await login(page, COORDINATOR);
  await nav(page).getByRole('link', { name: 'Insatser' }).click();
  await expect(page).toHaveURL(/\/initiatives$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Insatser' })).toBeVisible();
  await waitForLoaded(page);
  // Last year's walks ended without a final report; the Södermalm promise falls short.
  await expect(row(page, NO_FINAL_REPORT)).toContainText('Slutrapport saknas');
  await expect(row(page, BROKEN_PROMISE)).toContainText('Målet inte nått');
  await expect(page.getByRole('link', { name: 'Ny insats' })).toBeVisible();
  await expectNoA11yViolations(page, 'initiatives list');

  await choose(page, 'Område', 'Järva', 'Järva (Stadsdelsområde)');
  await expect(page).toHaveURL(/area=[0-9a-f-]+/);
  await waitForLoaded(page);
  await expect(page.getByText('Visar 3 st.')).toBeVisible();
  for (const title of [JOINT_PLAN, KEPT_PROMISE, LIGHTING]) await expect(row(page, title)).toBeVisible();
  await expect(row(page, BROKEN_PROMISE)).toHaveCount(0);
  // Progress as a bar with its value, and the met badge in words.
  await expect(row(page, JOINT_PLAN).getByRole('progressbar', { name: `Framsteg: ${JOINT_PLAN}` })).toHaveAttribute('aria-valuetext', '93,3\u00a0%');
  await expect(row(page, JOINT_PLAN)).toContainText('sammanvägt från delinsatserna');
  await expect(row(page, KEPT_PROMISE)).toContainText('Målet nått');
  await page.getByLabel('Typ av insats').selectOption({ label: 'Medborgarlöfte' });
  await expect(page).toHaveURL(/kind=citizen_promise/);
  await expect(page.getByText('Visar 1 st.')).toBeVisible();
  await page.getByLabel('Typ av insats').selectOption({ label: 'Alla typer' });
  await expectNoA11yViolations(page, 'initiatives list filtered to Järva');

  // The joint plan: its progress rolled up from its two children.
  await row(page, JOINT_PLAN).getByRole('link', { name: JOINT_PLAN }).click();
  await expect(page.getByRole('heading', { level: 1, name: JOINT_PLAN })).toBeVisible();
  await waitForLoaded(page);
  const target = page.getByRole('region', { name: 'Mål och framsteg' });
  await expect(target.getByRole('progressbar', { name: 'Framsteg' })).toHaveAttribute('aria-valuetext', '93,3\u00a0%');
  await expect(target).toContainText('Sammanvägt från delinsatsernas framsteg efter deras vikt.');
  await expect(target).toContainText('Inget mål');
  const partners = page.getByRole('region', { name: 'Parter och åtaganden' });
  await expect(partners).toContainText('Polisområde Nord: Kommunpolis och områdespoliser');
  const children = page.getByRole('list', { name: 'Delinsatser' });
  await expect(children.getByRole('listitem')).toHaveCount(2);
  await expect(children.getByRole('link', { name: LIGHTING })).toBeVisible();
  await expectNoA11yViolations(page, 'joint plan');

  // The lighting measure: an indicator target in words.
  await children.getByRole('link', { name: LIGHTING }).click();
  await expect(page.getByRole('heading', { level: 1, name: LIGHTING })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mål och framsteg' })).toContainText(
    `Otrygg ute ensam sent en kväll i det egna området ska sjunka från 16 (${YEAR - 2}) till 14 (${YEAR})`,
  );
  await expect(page.getByRole('region', { name: 'Mål och framsteg' })).toContainText('Indikatorn har gått från 16 till 14,4; målet är 14.');
  await page.goBack();

  // The kept citizen promise: met, and its four reports newest first.
  await page.getByRole('list', { name: 'Delinsatser' }).getByRole('link', { name: KEPT_PROMISE }).click();
  await expect(page.getByRole('heading', { level: 1, name: KEPT_PROMISE })).toBeVisible();
  await waitForLoaded(page);
  const promise = page.getByRole('region', { name: 'Mål och framsteg' });
  await expect(promise).toContainText('minst 40 av 52 helger med nattvandring');
  await expect(promise).toContainText('Målet nått');
  await expect(promise).toContainText('44 helger med nattvandring – målet på minst 40 är nått.');
  // The English explanation is not shown in Swedish.
  await expect(page.getByText(/reached the target/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: JOINT_PLAN })).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Framsteg över tid' });
  const reports = timeline.getByRole('listitem');
  await expect(reports).toHaveCount(4);
  await expect(reports.first().getByRole('heading', { level: 3 })).toHaveText(`Rapport ${daysAgo(3)}`);
  await expect(reports.first()).toContainText('Genomförd');
  await expect(reports.first()).toContainText('100\u00a0%');
  await expect(reports.first()).toContainText('44 helger med nattvandring');
  await expect(reports.first()).toContainText('löftet är uppfyllt');
  await expect(reports.first()).toContainText('Offentlig');
  await expect(reports.first()).toContainText('Rapporterad av');
  await expect(reports.last().getByRole('heading', { level: 3 })).toHaveText(`Rapport ${daysAgo(270)}`);
  // The coordinator runs every council: report, edit and delete are offered.
  await expect(page.getByRole('heading', { level: 2, name: 'Rapportera framsteg' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Redigera' })).toBeVisible();
  await expectNoA11yViolations(page, 'kept citizen promise');
});

test('the chair of Södermalm creates an initiative with a count target, edits it and reports progress', async ({ page }) => {
  const title = `Trygghetsvandring varje månad ${uniqueSuffix()}`;
  await login(page, MEMBER);
  await page.goto('/initiatives');
  await page.getByRole('link', { name: 'Ny insats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny insats' })).toBeVisible();
  await page.getByLabel('Titel').fill(title);
  await page.getByRole('combobox', { name: 'Typ', exact: true }).selectOption({ label: 'Medborgarlöfte' });
  await choose(page, 'Råd eller grupp', MEMBER_CHAIRS, MEMBER_CHAIRS);
  await page.getByLabel('Startdatum').fill(`${YEAR}-01-01`);
  await page.getByLabel('Slutdatum').fill(`${YEAR}-12-31`);
  await page.getByRole('button', { name: 'Lägg till part' }).click();
  const partner = page.getByRole('group', { name: 'Part 1' });
  const org = partner.getByRole('combobox', { name: 'Organisation' });
  await org.click();
  await org.pressSequentially('Polisområde City');
  await page.getByRole('option', { name: 'Polisområde City', exact: true }).click();
  await partner.getByLabel('Åtagande').fill('Poliser går med på vandringarna');
  await page.getByRole('radio', { name: 'Ett antal' }).check();
  await page.getByLabel('Minst').fill('10');
  await page.getByLabel('Av', { exact: true }).fill('12');
  await page.getByLabel('Vad som räknas').fill('månader med trygghetsvandring');
  await expectNoA11yViolations(page, 'new initiative form');
  await page.getByRole('button', { name: 'Skapa insats' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`Insatsen ${title} har skapats.`)).toBeVisible();
  const target = page.getByRole('region', { name: 'Mål och framsteg' });
  await expect(target).toContainText('minst 10 av 12 månader med trygghetsvandring');
  await expect(target).toContainText('Inte bedömt än');
  await expect(page.getByRole('region', { name: 'Parter och åtaganden' })).toContainText('Polisområde City: Poliser går med på vandringarna');
  await expect(page.getByRole('region', { name: 'Översikt' })).toContainText('Föreslagen');
  await expect(page.getByText('Inga rapporter än.')).toBeVisible();

  // Edit: a priority area.
  await page.getByRole('link', { name: 'Redigera' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Redigera ${title}` })).toBeVisible();
  await page.getByLabel('Prioriterat område').fill('Otrygga och brottsutsatta platser');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Ändringarna har sparats.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Översikt' })).toContainText('Otrygga och brottsutsatta platser');

  // Report progress: the timeline grows and the initiative takes the report's status.
  const timeline = page.getByRole('list', { name: 'Framsteg över tid' });
  await page.getByLabel('Status efter rapporten').selectOption({ label: 'Pågår' });
  await page.getByLabel('Framsteg i procent').fill('25');
  await page.getByLabel('Antal hittills').fill('3');
  await page.getByLabel('Vad har hänt?').fill('Tre vandringar genomförda, med polisen.');
  await page.getByRole('button', { name: 'Rapportera' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Insatsens status är nu Pågår.' })).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline.getByRole('heading', { level: 3 }).first()).toBeFocused();
  await expect(page.getByRole('region', { name: 'Översikt' })).toContainText('Pågår');
  // Short of the target while the initiative runs: not judged yet.
  await expect(target).toContainText('Inte bedömt än');
  await expect(target).toContainText('3 månader med trygghetsvandring – 7 kvar till målet på 10.');
  await expectNoA11yViolations(page, 'initiative after a report');

  // The form starts afresh with the latest numbers; a final report completes it.
  await expect(page.getByLabel('Antal hittills')).toHaveValue('3');
  await page.getByLabel('Status efter rapporten').selectOption({ label: 'Genomförd' });
  await page.getByLabel('Framsteg i procent').fill('100');
  await page.getByLabel('Antal hittills').fill('11');
  await page.getByLabel('Vad har hänt?').fill('Elva månader med vandring.');
  await page.getByRole('button', { name: 'Rapportera' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Insatsens status är nu Genomförd.' })).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').first()).toContainText('Elva månader med vandring.');
  await expect(timeline.getByRole('listitem').first()).toContainText('Genomförd');
  await expect(page.getByRole('region', { name: 'Översikt' })).toContainText('Genomförd');
  await expect(target).toContainText('Målet nått');

  // Reported on: it cannot be deleted, and the page says why.
  await page.getByRole('button', { name: 'Ta bort insatsen' }).click();
  const dialog = page.getByRole('dialog', { name: `Ta bort ${title}?` });
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByRole('alert')).toContainText('framsteg har rapporterats på den');
  await expect(page.getByRole('alert')).toBeFocused();

  // The list shows it in the chair's council.
  await page.goto('/initiatives?status=completed');
  await expect(row(page, title)).toContainText(MEMBER_CHAIRS);
  await expect(row(page, title)).toContainText('Målet nått');
});

test('a viewer reads initiatives without create, edit or report actions', async ({ page }) => {
  await login(page, VIEWER);
  await page.goto('/initiatives');
  await waitForLoaded(page);
  await expect(row(page, KEPT_PROMISE)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny insats' })).toHaveCount(0);
  await row(page, KEPT_PROMISE).getByRole('link', { name: KEPT_PROMISE }).click();
  await expect(page.getByRole('heading', { level: 1, name: KEPT_PROMISE })).toBeVisible();
  await waitForLoaded(page);
  await expect(page.getByRole('list', { name: 'Framsteg över tid' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Rapportera framsteg' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rapportera' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ta bort insatsen' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ny delinsats' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'initiative for a viewer');
  // The create form sends them back to the list.
  await page.goto('/initiatives/new');
  await expect(page).toHaveURL(/\/initiatives$/);
});

test('the public citizen promises without logging in: one kept, one not, never a token', async ({ page }) => {
  const requests: { path: string; auth: boolean }[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) requests.push({ path: url.pathname, auth: !!req.headers()['authorization'] });
  });
  await page.goto('/offentligt/moten');
  await page.getByRole('navigation', { name: 'Offentliga sidor' }).getByRole('link', { name: 'Medborgarlöften' }).click();
  await expect(page).toHaveURL(/\/offentligt\/medborgarloften$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Medborgarlöften' })).toBeVisible();
  await waitForLoaded(page);
  const kept = page.getByRole('article', { name: KEPT_PROMISE });
  const broken = page.getByRole('article', { name: BROKEN_PROMISE });
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(kept).toContainText('Lokal styrgrupp Järva · Järva');
  await expect(kept).toContainText('minst 40 av 52 helger med nattvandring');
  await expect(kept).toContainText('Hållet');
  await expect(kept.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '100\u00a0%');
  // The demo dates its last report three days back.
  await expect(kept).toContainText(`Senaste rapport, ${daysFromToday(-3)}`);
  await expect(kept).toContainText('44 helger med nattvandring: löftet är uppfyllt.');
  await expect(broken).toContainText('Lokal styrgrupp Södermalm · Södermalm');
  await expect(broken).toContainText('Inte hållet');
  await expect(broken).toContainText('9 månader med extra städning och trygghetsvandring – 3 kvar till målet på 12.');
  await expectNoA11yViolations(page, 'public citizen promises');

  // By area and year.
  await page.getByLabel('Område').selectOption({ label: 'Södermalm' });
  await expect(page).toHaveURL(/area=/);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(broken).toBeVisible();
  await page.getByLabel('År').selectOption(String(YEAR));
  await expect(page).toHaveURL(new RegExp(`year=${YEAR}`));
  await expect(broken).toBeVisible();
  await page.getByLabel('År').selectOption(String(YEAR - 4));
  await expect(page.getByText('Inga medborgarlöften.')).toBeVisible();

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => r.auth || !r.path.startsWith('/api/v1/public/'))).toEqual([]);
  await expect(page).toHaveURL(/\/offentligt\//);
});
