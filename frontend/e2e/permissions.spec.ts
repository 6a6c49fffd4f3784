import { expect, test, type Page } from '@playwright/test';
import { MEMBER, MEMBER_CHAIRS, VIEWER, login } from './helpers';

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
