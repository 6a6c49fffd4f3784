import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { COORDINATOR, MEMBER, MEMBER_CHAIRS, VIEWER, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

async function openCouncil(page: Page, name: string) {
  await page.goto(`/councils?q=${encodeURIComponent(name)}`);
  await page.getByRole('table').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // The seats section has loaded (its buttons come with the council, its table with the staffing report).
  await expect(page.getByRole('heading', { level: 2, name: 'Platser och ledamöter' })).toBeVisible();
  await expect(page.getByText('Laddar …')).toHaveCount(0);
}

test('permissions: a member manages the council they chair and no other', async ({ page }) => {
  await login(page, MEMBER);

  await openCouncil(page, 'Lokal styrgrupp Järva');
  await expect(page.getByRole('link', { name: 'Redigera', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Lägg till plats' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Lägg till ledamot' })).toHaveCount(0);

  await openCouncil(page, MEMBER_CHAIRS);
  await expect(page.getByRole('link', { name: 'Redigera', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lägg till plats' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lägg till ledamot' })).toBeVisible();

  // A member creates nothing in the lists.
  await page.goto('/councils');
  await expect(page.getByRole('heading', { level: 1, name: 'Råd och grupper' })).toBeVisible();
  await expect(page.getByText('Laddar …')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nytt råd eller grupp' })).toHaveCount(0);
});

test('permissions: a chair saves their council’s description; what a coordinator governs is not editable', async ({ page }) => {
  await login(page, MEMBER);
  await openCouncil(page, MEMBER_CHAIRS);
  await page.getByRole('link', { name: 'Redigera', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Redigera ${MEMBER_CHAIRS}` })).toBeVisible();
  await expect(page.getByLabel('Namn (obligatoriskt)', { exact: true })).toHaveValue(MEMBER_CHAIRS);

  // Kind, areas (and the rest a coordinator governs) are shown, not edited.
  await expect(page.getByLabel('Typ', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Områden' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  const governed = page.getByRole('region', { name: 'Ändras av samordnare' });
  await expect(governed).toContainText('Lokal styrgrupp');
  await expectNoA11yViolations(page, 'the chair’s council edit form');

  const description = `Beskrivning från ordföranden ${uniqueSuffix()}`;
  await page.getByLabel('Beskrivning', { exact: true }).fill(description);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  // Saved (no 403): back on the council page with the new description.
  await expect(page.getByText('Ändringarna har sparats.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: MEMBER_CHAIRS })).toBeVisible();
  await expect(page.getByText(description)).toBeVisible();
  await expect(page.getByText('Du får inte göra detta')).toHaveCount(0);
});

/** The API's `Authorization` header for `user`. */
async function bearer(request: APIRequestContext, user: { email: string; password: string }) {
  const res = await request.post('/api/v1/auth/login', { data: user });
  expect(res.ok()).toBe(true);
  return { Authorization: `Bearer ${(await res.json()).access_token}` };
}

test('permissions: a term the chair adds waits for a coordinator, who confirms it', async ({ page, browser, request }) => {
  // Set up through the API: a coordinator adds a person, the chair seats them (unconfirmed).
  const coordinatorApi = await bearer(request, COORDINATOR);
  const chairApi = await bearer(request, MEMBER);
  const name = `E2E Bekräftas ${uniqueSuffix()}`;
  const person = await request.post('/api/v1/people', { headers: { ...coordinatorApi, 'Idempotency-Key': crypto.randomUUID() }, data: { name } });
  expect(person.ok()).toBe(true);
  const councils = await (await request.get(`/api/v1/councils?q=${encodeURIComponent(MEMBER_CHAIRS)}`, { headers: chairApi })).json();
  const council = councils.items.find((c: { name: string }) => c.name === MEMBER_CHAIRS);
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const term = await request.post(`/api/v1/councils/${council.id}/memberships`, {
    headers: { ...chairApi, 'Idempotency-Key': crypto.randomUUID() },
    data: { person_id: (await person.json()).id, role: 'observer', start_date: today },
  });
  expect(term.ok()).toBe(true);
  expect((await term.json()).confirmed).toBe(false);

  // The chair sees it waiting, and cannot confirm it.
  await login(page, MEMBER);
  await openCouncil(page, MEMBER_CHAIRS);
  const chairsRow = page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(chairsRow.getByText('Ej bekräftad')).toBeVisible();
  await expect(chairsRow.getByRole('button', { name: /^Bekräfta/ })).toHaveCount(0);

  // A coordinator confirms it.
  const context = await browser.newContext();
  const coordinator = await context.newPage();
  try {
    await login(coordinator, COORDINATOR);
    await openCouncil(coordinator, MEMBER_CHAIRS);
    const row = coordinator.getByRole('listitem').filter({ has: coordinator.getByRole('link', { name, exact: true }) });
    await expect(row.getByText('Ej bekräftad')).toBeVisible();
    await row.getByRole('button', { name: `Bekräfta uppdraget för ${name}` }).click();
    await expect(coordinator.getByText('Uppdraget har bekräftats.')).toBeVisible();
    await expect(row.getByText('Ej bekräftad')).toHaveCount(0);
    await expect(row).toBeVisible();
  } finally {
    await context.close();
  }
});

test('permissions: a viewer sees no create buttons on the list pages, the start page or the create forms', async ({ page }) => {
  await login(page, VIEWER);
  const lists: [string, string, string][] = [
    ['/councils', 'Råd och grupper', 'Nytt råd eller grupp'],
    ['/organizations', 'Organisationer', 'Ny organisation'],
    ['/people', 'Personer', 'Ny person'],
    ['/agreements', 'Överenskommelser', 'Ny överenskommelse'],
  ];
  for (const [path, heading, create] of lists) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // Wait for the first row, so the page (and its allowed_actions) has loaded.
    await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();
    await expect(page.getByRole('link', { name: create })).toHaveCount(0);
  }

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Vakanta obligatoriska platser \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Skapa nytt' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Tillsätt platsen/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Skapa en lokal styrgrupp här/ })).toHaveCount(0);

  // The create form sends a viewer back to the list.
  await page.goto('/councils/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Råd och grupper' })).toBeVisible();
  await expect(page).toHaveURL(/\/councils$/);
});
