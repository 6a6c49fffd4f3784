import { expect, test, type Page } from '@playwright/test';
import { ADMIN, COORDINATOR, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

/**
 * Issue 11, the staff side of contact routes: a coordinator writes a route (a phone number as people
 * type it, opening hours), sees it as the API stored it and verifies it; the directory finds it for a
 * housing company asking about disorder in Rinkeby, by area and by a point on the map, always with
 * 112 and 114 14; an admin issues an Open311 key, sees it once, and revokes it.
 */
test.describe.configure({ mode: 'serial' });

const suffix = uniqueSuffix();
const FUNCTION = `Bostadsjouren Järva ${suffix}`;

async function waitForLoaded(page: Page) {
  await expect(page.getByText('Laddar …')).toHaveCount(0);
}

/** Chooses `option` in an API-backed combobox after typing `text`. */
async function choose(page: Page, combobox: string, text: string, option: string) {
  const box = page.getByRole('combobox', { name: combobox });
  await box.click();
  await box.pressSequentially(text);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(box).toHaveValue(option);
}

test('coordinator: writes a route with a phone number and opening hours, sees it stored in E.164, verifies it', async ({ page }) => {
  await login(page, COORDINATOR);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kontaktvägar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vem kontaktar jag om …?' })).toBeVisible();
  await page.getByRole('link', { name: 'Alla kontaktvägar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontaktvägar' })).toBeVisible();
  // The demo has a stale route: coordinators are reminded, and the reminder leads to the stale list.
  await expect(page.getByRole('note').filter({ hasText: 'inaktuell' })).toBeVisible();
  await page.getByRole('link', { name: 'Visa inaktuella kontaktvägar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inaktuella kontaktvägar' })).toBeVisible();
  await expect(page.getByRole('table').getByText('Inaktuell').first()).toBeVisible();
  await expectNoA11yViolations(page, 'stale contact routes');

  await page.goto('/kontaktvagar/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny kontaktväg' })).toBeVisible();
  await waitForLoaded(page);
  // Nothing filled in: the checks name the fields before anything is sent.
  await page.getByRole('button', { name: 'Skapa kontaktväg' }).click();
  await expect(page.getByRole('group', { name: 'Formuläret innehåller fel' })).toBeFocused();
  await expect(page.getByLabel('Telefonnummer')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Vem frågar').selectOption({ label: 'Bostadsbolag' });
  await page.getByLabel('Ämne').selectOption({ label: 'Ordningsstörning' });
  await choose(page, 'Organisation', 'Svenska Bost', 'AB Svenska Bostäder');
  await page.getByLabel('Funktion').fill(FUNCTION);
  await page.getByLabel('Sök område').fill('Järva');
  await page.getByRole('checkbox', { name: 'Järva (Stadsdelsområde)' }).check();
  await page.getByLabel('Telefonnummer').fill('08-508 290 00');
  await page.getByLabel('Anteckning (valfri)').first().fill('Växeln, be om bostadsjouren');
  // Opening hours: the working week, Saturday mornings, and Christmas Eve closed.
  await page.getByRole('button', { name: 'Lägg till vardagar 08:00–16:30' }).click();
  await expect(page.getByRole('combobox', { name: 'Dag' })).toHaveCount(5);
  await page.getByRole('button', { name: 'Lägg till öppettid' }).click();
  const day = page.getByRole('combobox', { name: 'Dag' }).nth(5);
  await expect(day).toBeFocused();
  await expect(day).toHaveValue('sat');
  await page.getByLabel('Öppnar').nth(5).fill('10:00');
  await page.getByLabel('Stänger').nth(5).fill('14:00');
  await page.getByRole('button', { name: 'Lägg till avvikande dag' }).click();
  await page.getByLabel('Datum').fill('2027-12-24');
  await page.getByLabel('Anteckning (valfri)').last().fill('Julafton');
  await page.getByLabel('Antal').fill('2');
  await page.getByLabel('Enhet').selectOption({ label: 'dagar' });
  await page.getByRole('button', { name: 'Skapa kontaktväg' }).click();

  await expect(page.getByRole('heading', { level: 1, name: FUNCTION })).toBeVisible();
  await expect(page.getByText(`Kontaktvägen ${FUNCTION} har skapats.`)).toBeVisible();
  // Stored as E.164, shown as written in Sweden, called by the stored number.
  const phone = page.getByRole('link', { name: '08-508 290 00' });
  await expect(phone).toHaveAttribute('href', 'tel:+46850829000');
  await expect(page.getByText('+46850829000')).toBeVisible();
  await expect(page.getByText('Svar inom 2 dagar')).toBeVisible();
  const week = page.getByRole('table', { name: 'Öppettider i veckan' });
  await expect(week.getByRole('row', { name: 'måndag 08:00–16:30' })).toBeVisible();
  await expect(week.getByRole('row', { name: 'lördag 10:00–14:00' })).toBeVisible();
  await expect(week.getByRole('row', { name: 'söndag Stängt' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Avvikande dagar' }).getByRole('row', { name: /2027-12-24 Stängt hela dagen Julafton/ })).toBeVisible();
  await expectNoA11yViolations(page, 'contact route page');

  await page.getByRole('button', { name: 'Bekräfta att uppgifterna stämmer' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Kontaktvägen är bekräftad \d{4}-\d{2}-\d{2} av / })).toBeVisible();

  // The editor opens with what was stored, and a mistake in the hours is named at its row.
  await page.getByRole('link', { name: 'Redigera' }).click();
  await expect(page.getByLabel('Telefonnummer')).toHaveValue('+46850829000');
  await page.getByLabel('Stänger').nth(1).fill('07:00');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByLabel('Stänger').nth(1)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('link', { name: 'Öppettid 2: Stänger: Stänger före den öppnar.' })).toBeVisible();
  await page.getByLabel('Stänger').nth(1).fill('16:30');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Ändringarna har sparats.')).toBeVisible();
});

test('directory: a housing company asking about disorder in Rinkeby finds the route, by area and by the map, with 112 and 114 14', async ({ page }) => {
  await login(page, COORDINATOR);
  await page.goto('/kontaktvagar/sok');
  const emergency = page.getByRole('complementary', { name: 'Vid nödsituation' });
  await expect(emergency).toHaveText('Vid nödsituation: ring 112. Polisen, ej akut: 114 14.');
  await expect(emergency.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');

  await page.getByLabel('Vad gäller det?').selectOption({ label: 'Ordningsstörning' });
  await page.getByLabel('Vem frågar?').selectOption({ label: 'Bostadsbolag' });
  await choose(page, 'Område', 'Rinkeby', 'Rinkeby (Stadsdel)');
  await page.getByRole('button', { name: 'Sök kontaktväg' }).click();
  await expect(page).toHaveURL(/topic=ordningsstorning/);
  const status = page.getByRole('status').filter({ hasText: /kontaktväg(ar)? för Ordningsstörning, Rinkeby \(Stadsdel\)/ });
  await expect(status).toBeVisible();
  const card = page.getByRole('article', { name: new RegExp(FUNCTION) });
  await expect(card).toBeVisible();
  await expect(card.getByText('Stadsdelsområde/lokalpolisområde')).toBeVisible();
  await expect(card.getByText('Svar inom 2 dagar')).toBeVisible();
  await expect(card.getByText('mån–fre 08:00–16:30; lör 10:00–14:00')).toBeVisible();
  await expect(card.getByRole('link', { name: '08-508 290 00' })).toHaveAttribute('href', 'tel:+46850829000');
  await expect(card.getByText(/Öppet nu|Stängt nu/)).toBeVisible();
  await expect(emergency).toHaveText('Vid nödsituation: ring 112. Polisen, ej akut: 114 14.');
  await expectNoA11yViolations(page, 'directory with results');

  // A point clicked on the map instead: the same route, found through the point's neighbourhood.
  await page.locator('.point-map svg path').filter({ has: page.locator('title', { hasText: /^Rinkeby$/ }) }).click();
  await expect(page.getByRole('status').filter({ hasText: /Vald plats: en punkt i Rinkeby/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Område' })).toHaveValue('');
  await page.getByRole('button', { name: 'Sök kontaktväg' }).click();
  await expect(page).toHaveURL(/lat=59\.\d+&lon=17\.\d+/);
  await expect(page.getByRole('status').filter({ hasText: /för Ordningsstörning, en punkt i Rinkeby/ })).toBeVisible();
  await expect(page.getByRole('article', { name: new RegExp(FUNCTION) })).toBeVisible();
});

test('admin: issues an Open311 key, sees it once, revokes it', async ({ page }) => {
  await login(page, ADMIN);
  await page.goto('/kontaktvagar');
  await page.getByRole('link', { name: 'API-nycklar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API-nycklar' })).toBeVisible();
  await expect(page.getByText('/open311/v2/requests.json')).toBeVisible();
  const name = `FixMyStreet ${suffix}`;
  await page.getByLabel('Klientens namn').fill(name);
  await page.getByRole('button', { name: 'Utfärda nyckel' }).click();

  const issued = page.getByRole('region', { name: `Ny nyckel för ${name}` });
  await expect(issued).toBeVisible();
  await expect(issued.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(issued).toContainText('Nyckeln visas bara nu.');
  const key = await issued.getByLabel('API-nyckel').inputValue();
  expect(key.length).toBeGreaterThan(20);
  const row = page.getByRole('table', { name: 'Utfärdade nycklar' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toContainText(`${key.slice(0, 8)}…`);
  await expect(row).toContainText('Aktiv');
  await expectNoA11yViolations(page, 'API keys with an issued key');

  // Once: after a reload the key is nowhere on the page, only its first characters.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'API-nycklar' })).toBeVisible();
  await expect(row).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);
  await expect(page.locator(`input[value="${key}"]`)).toHaveCount(0);

  await row.getByRole('button', { name: `Återkalla ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Återkalla nyckeln för ${name}?` });
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Återkalla' }).click();
  await expect(page.getByText(`Nyckeln för ${name} är återkallad.`)).toBeVisible();
  await expect(row).toContainText('Återkallad');
  await expect(row.getByRole('button')).toHaveCount(0);
});
