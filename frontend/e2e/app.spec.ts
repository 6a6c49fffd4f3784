import { expect, test } from '@playwright/test';
import {
  VIEWER,
  expectNoA11yViolations,
  login,
  randomOrganizationNumber,
  uniqueSuffix,
  withCheckDigit,
} from './helpers';

test('the Luhn helper agrees with known organisation numbers', () => {
  expect(withCheckDigit('556016068')).toBe('556016-0680');
  expect(withCheckDigit('212000014')).toBe('212000-0142');
});

test('login page is accessible and rejects bad credentials', async ({ page }) => {
  // A fresh visit is simply "not logged in": nothing is logged as an error (no refresh that answers 401).
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto('/login');
  await expect(page.getByLabel('E-postadress')).toBeVisible();
  expect(consoleErrors).toEqual([]);
  await expect(page).toHaveTitle(/Logga in/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expectNoA11yViolations(page, 'login page');
  await page.getByLabel('E-postadress').fill('coordinator@samverkan.test');
  await page.getByLabel('Lösenord').fill('wrong-password');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('alert')).toContainText('Fel e-postadress eller lösenord');
});

test('areas: list by kind, historical districts, detail with hierarchy and overlaps', async ({ page }) => {
  await login(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Områden' }).click();
  await expect(page).toHaveURL(/\/areas/);
  await expect(page.getByRole('heading', { level: 1, name: 'Områden' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Stadsdelsområde' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Järva', exact: true })).toBeVisible();
  // Rinkeby-Kista ended 2023-06-30: only listed as Järva's predecessor, not as a row of its own.
  await expect(table.getByRole('rowheader', { name: 'Rinkeby-Kista', exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page, 'areas page');

  // Show all, including historical districts.
  await page.getByRole('button', { name: 'Visa alla (även historiska)' }).click();
  await expect(table.getByRole('rowheader', { name: 'Rinkeby-Kista', exact: true })).toBeVisible();

  // Local police areas tab.
  await page.getByRole('tab', { name: 'Lokalpolisområde' }).click();
  await expect(page.getByRole('tab', { name: 'Lokalpolisområde' })).toHaveAttribute('aria-selected', 'true');
  const firstLpa = page.getByRole('table').getByRole('rowheader').first().getByRole('link');
  const lpaName = (await firstLpa.textContent())?.trim() ?? '';
  await firstLpa.click();
  await expect(page.getByRole('heading', { level: 1, name: lpaName })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Hierarki' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Överlappande områden' })).toBeVisible();
  await expect(page.getByText('Laddar')).toHaveCount(0);
  await expect(page).toHaveTitle(new RegExp(lpaName));
  await expectNoA11yViolations(page, 'area detail page');
});

test('organizations: create, find by search, server field error, accessibility', async ({ page }) => {
  await login(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  await expect(page).toHaveTitle(/Organisationer/);
  await expect(page.getByText('Laddar')).toHaveCount(0);
  await expectNoA11yViolations(page, 'organizations list');

  // Create one with a valid organisation number.
  const name = `E2E-förening ${uniqueSuffix()}`;
  const number = randomOrganizationNumber();
  await page.getByRole('link', { name: 'Ny organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny organisation' })).toBeVisible();
  await expectNoA11yViolations(page, 'create organization form');
  // No kind is preselected.
  await expect(page.getByLabel('Typ (obligatoriskt)', { exact: true })).toHaveValue('');
  await page.getByLabel('Typ (obligatoriskt)', { exact: true }).selectOption('civil_society');
  await page.getByLabel('Namn').fill(name);
  await page.getByLabel('Organisationsnummer').fill(number);
  await page.getByRole('button', { name: 'Lägg till kontaktuppgift' }).click();
  await page.getByLabel('Uppgift').fill(`info-${uniqueSuffix()}@example.org`);
  await page.getByLabel('Etikett (valfri)').fill('Kansli');
  await page.getByRole('button', { name: 'Skapa organisation' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'har skapats' })).toBeVisible();
  await expect(page.getByText(number)).toBeVisible();
  await expectNoA11yViolations(page, 'organization detail page');

  // Edit it (PATCH with If-Match); the success message is announced in the live region.
  await page.getByRole('link', { name: 'Redigera' }).click();
  await expect(page).toHaveTitle(/Redigera/);
  const renamed = `${name} (ändrad)`;
  await page.getByLabel('Namn').fill(renamed);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ändringarna har sparats' })).toBeVisible();

  // Find it in the list by searching.
  await page.getByRole('link', { name: 'Tillbaka till organisationer' }).click();
  await page.getByLabel('Sök organisation').fill(name);
  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('table').getByRole('link', { name: renamed })).toBeVisible();

  // A wrong check digit is reported next to the organisation number field.
  await page.goto('/organizations/new');
  await page.getByLabel('Typ (obligatoriskt)', { exact: true }).selectOption('business');
  await page.getByLabel('Namn').fill(`E2E-fel ${uniqueSuffix()}`);
  await page.getByLabel('Organisationsnummer').fill('556016-0681');
  await page.getByRole('button', { name: 'Skapa organisation' }).click();
  const orgNumber = page.getByLabel('Organisationsnummer');
  await expect(orgNumber).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await orgNumber.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
  expect(errorId).toBeTruthy();
  await expect(page.locator(`[id="${errorId}"]`)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Formuläret innehåller fel' })).toBeFocused();
  await expectNoA11yViolations(page, 'create form with errors');
});

test('a detail page with a malformed id shows the not-found page', async ({ page }) => {
  await login(page);
  for (const path of ['/councils/not-a-uuid', '/people/x', '/organizations/x', '/areas/x', '/agreements/x']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeVisible();
    await expect(page.getByText(/path parameter|UUID/i)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Försök igen' })).toHaveCount(0);
  }
});

test('viewers do not see write buttons', async ({ page }) => {
  await login(page, VIEWER);
  await page.goto('/organizations');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  await expect(page.getByText('Laddar')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ny organisation' })).toHaveCount(0);
});

test('language switch to English persists and session survives a reload', async ({ page }) => {
  await login(page);
  await page.getByRole('button', { name: 'English' }).click();
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link', { name: 'Areas' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Organisations' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The access token is in memory only: a reload restores the session from the refresh cookie.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
});
