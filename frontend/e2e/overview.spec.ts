import { expect, test } from '@playwright/test';
import { ADMIN, expectNoA11yViolations, login } from './helpers';

test('overview: the admin lands on the start page, sees what needs attention and fills a vacant seat from it', async ({ page }) => {
  await login(page, ADMIN);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: 'Översikt' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Laddar …')).toHaveCount(0);

  const vacancies = page.getByRole('region', { name: /^Vakanta obligatoriska platser \(\d+\)$/ });
  const ending = page.getByRole('region', { name: /^Uppdrag som slutar inom 60 dagar \(\d+\)$/ });
  const uncovered = page.getByRole('region', { name: /^Områden utan lokal styrgrupp \(\d+\)$/ });
  await expect(vacancies).toBeVisible();
  await expect(ending).toBeVisible();
  await expect(uncovered).toBeVisible();
  // The demo has open inquiries past their target: each links to its page, and to the inbox filtered.
  const late = page.getByRole('region', { name: /^Ärenden efter svarslöftet \(\d+\+?\)$/ });
  await expect(late.getByRole('link', { name: /^ÄR-/ }).first()).toHaveAttribute('href', /^\/arenden\/[0-9a-f-]{36}$/);
  await expect(late.getByRole('link', { name: 'Visa alla försenade ärenden i inkorgen' })).toHaveAttribute('href', '/arenden?open=true&breached=true');
  // The admin may create in every list.
  const create = page.getByRole('region', { name: 'Skapa nytt' });
  await expect(create.getByRole('link', { name: 'Nytt råd eller grupp' })).toBeVisible();
  await expectNoA11yViolations(page, 'overview');

  // An uncovered area's link opens the create form for a local steering group there (when there is one).
  const createHere = uncovered.getByRole('link', { name: /^Skapa en lokal styrgrupp här/ });
  if ((await createHere.count()) > 0) {
    await expect(createHere.first()).toHaveAttribute('href', /\/councils\/new\?kind=local_steering_group&area_id=/);
  }

  // The demo has vacant required seats: the first "fill" link opens the add-member form with the seat chosen.
  const fill = vacancies.getByRole('link', { name: /^Tillsätt platsen/ }).first();
  const fillName = (await fill.getAttribute('href')) ?? '';
  const seatId = new URL(fillName, 'http://x').searchParams.get('seat');
  await fill.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny ledamot' })).toBeVisible();
  await expect(page.getByText('Laddar …')).toHaveCount(0);
  await expect(page.getByLabel('Plats', { exact: true })).toHaveValue(seatId ?? '');
  await expect(page.getByRole('button', { name: 'Lägg till ledamot' })).toBeVisible();
});
