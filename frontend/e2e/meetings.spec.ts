import { expect, test, type Page } from '@playwright/test';
import { ADJUSTER, MEMBER, MEMBER_CHAIRS, VIEWER, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

async function waitForLoaded(page: Page) {
  await expect(page.getByText('Laddar …')).toHaveCount(0);
}

/** Today in Stockholm plus `months` calendar months, YYYY-MM-DD. */
function monthsAhead(months: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last));
  return date.toISOString().slice(0, 10);
}

async function openCouncil(page: Page, name: string) {
  await page.goto(`/councils?q=${encodeURIComponent(name)}`);
  await page.getByRole('table').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Möten' })).toBeVisible();
  await waitForLoaded(page);
}

test('the start page’s upcoming meetings are those of the member’s own councils; a viewer on none is told so', async ({ page }) => {
  // The adjuster login sits on one council only: its meetings, none of another council's.
  await login(page, ADJUSTER);
  const upcoming = page.getByRole('region', { name: 'Kommande möten' });
  await expect(upcoming.getByText('Möten i de råd och grupper du sitter i.')).toBeVisible();
  const items = upcoming.getByRole('list', { name: 'Kommande möten' }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item).toContainText(MEMBER_CHAIRS);
  await expectNoA11yViolations(page, 'start page (member)');

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await login(page, VIEWER);
  await expect(upcoming.getByText('Du sitter inte i något råd eller någon grupp, så här visas inga möten.')).toBeVisible();
  await expect(upcoming.getByRole('link', { name: 'Visa alla kommande möten' })).toBeVisible();
});

test('meetings: the list, its month view by keyboard, and the start page’s upcoming meetings', async ({ page }) => {
  await login(page, MEMBER);
  const upcoming = page.getByRole('region', { name: 'Kommande möten' });
  await expect(upcoming.getByRole('list', { name: 'Kommande möten' }).getByRole('listitem')).toHaveCount(5);

  await nav(page).getByRole('link', { name: 'Möten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Möten' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();
  // The chair of a council may schedule its meetings.
  await expect(page.getByRole('link', { name: 'Nytt möte' })).toBeVisible();
  await expectNoA11yViolations(page, 'meetings list');

  // The status filter goes to the URL.
  await page.getByLabel('Status').selectOption('planned');
  await expect(page).toHaveURL(/status=planned/);
  await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();

  // The month view: a grid with one tab stop; arrows move, Enter shows the day's meetings.
  await page.getByRole('button', { name: 'Månad' }).click();
  await expect(page).toHaveURL(/view=month/);
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  await waitForLoaded(page);
  await expectNoA11yViolations(page, 'meetings month view');
  const start = grid.locator('[role="gridcell"][tabindex="0"]');
  await expect(start).toHaveCount(1);
  await start.focus();
  const from = await start.getAttribute('data-day');
  await page.keyboard.press('ArrowDown');
  const focused = grid.locator('[role="gridcell"]:focus');
  await expect(focused).toHaveCount(1);
  const moved = await focused.getAttribute('data-day');
  expect(moved).not.toBe(from);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Möten / })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`day=${moved}`));
  // The next month by Page Down.
  await start.focus();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  await expect(grid.locator('[role="gridcell"]:focus')).toHaveCount(1);
});

test('meetings: a chair generates meetings from the cadence, changes a meeting’s place and cancels another with a reason', async ({ page }) => {
  const suffix = uniqueSuffix();
  // Beyond the demo's year of meetings, so the cadence has dates to fill.
  const from = monthsAhead(13);
  const to = monthsAhead(15);

  await login(page, MEMBER);
  await openCouncil(page, MEMBER_CHAIRS);
  const councilId = new URL(page.url()).pathname.split('/').pop();
  const section = page.getByRole('region', { name: 'Möten' });
  await expect(section.getByRole('list', { name: 'Möten' }).getByRole('listitem').first()).toBeVisible();
  const generate = page.getByRole('region', { name: 'Skapa möten från mötesrytmen' });
  await expect(generate.getByLabel('Från och med')).not.toHaveValue('');
  await expectNoA11yViolations(page, 'council page with meetings');

  await generate.getByLabel('Från och med').fill(from);
  await generate.getByLabel('Till och med').fill(to);
  await generate.getByRole('button', { name: 'Skapa möten' }).click();
  const result = generate.getByRole('status');
  await expect(result).toHaveText(/^\d+ möten? skapades, \d+ fanns redan\.$/);
  const [created, skipped] = ((await result.textContent()) ?? '').match(/\d+/g)!.map(Number);
  expect(created + skipped).toBeGreaterThanOrEqual(2);
  // Run again: nothing new.
  await generate.getByRole('button', { name: 'Skapa möten' }).click();
  await expect(result).toHaveText(`0 möten skapades, ${created + skipped} fanns redan.`);

  // The period's planned meetings of the council.
  await page.goto(`/meetings?council=${councilId}&from=${from}&to=${to}&status=planned`);
  await expect(page.getByRole('combobox', { name: 'Råd eller grupp' })).toHaveValue(MEMBER_CHAIRS);
  const titles = page.getByRole('table').getByRole('rowheader').getByRole('link');
  await expect(titles.first()).toBeVisible();
  expect(await titles.count()).toBeGreaterThanOrEqual(2);
  const listUrl = page.url();

  // Open the first, change its place.
  await titles.first().click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${MEMBER_CHAIRS}, `) })).toBeVisible();
  await waitForLoaded(page);
  await expect(page.getByText(/kl\. \d\d:\d\d–\d\d:\d\d/)).toBeVisible();
  await expectNoA11yViolations(page, 'meeting page');
  await page.getByRole('link', { name: 'Redigera', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Redigera ${MEMBER_CHAIRS}, `) })).toBeVisible();
  await expect(page.getByLabel('Börjar')).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await expectNoA11yViolations(page, 'meeting edit form');
  const place = `Medborgarplatsen 3, sal ${suffix}`;
  await page.getByLabel('Plats', { exact: true }).fill(place);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Ändringarna har sparats.')).toBeVisible();
  await expect(page.getByText(place)).toBeVisible();

  // Cancel the second, with a reason.
  await page.goto(listUrl);
  await expect(titles.nth(1)).toBeVisible();
  await titles.nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${MEMBER_CHAIRS}, `) })).toBeVisible();
  const open = page.getByRole('button', { name: 'Ställ in mötet' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: `Ställ in ${MEMBER_CHAIRS}?` });
  await expect(dialog).toBeVisible();
  const reason = dialog.getByRole('textbox', { name: 'Orsak' });
  await expect(reason).toBeFocused();
  await expectNoA11yViolations(page, 'cancel dialog');
  // A reason is required.
  await dialog.getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  const why = `Lokalen är inte tillgänglig (${suffix}).`;
  await reason.fill(why);
  await dialog.getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Orsak: ${why}`)).toBeVisible();
  await expect(page.getByText('Mötet har ställts in.')).toBeVisible();
  await expect(page.locator('.alert-cancelled')).toBeFocused();
  await expect(page.locator('.alert-cancelled')).toContainText('Inställt');
  await expect(page.getByRole('button', { name: 'Ställ in mötet' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Redigera', exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page, 'cancelled meeting');
});

test('meetings: a viewer sees no write buttons', async ({ page }) => {
  await login(page, VIEWER);
  await page.goto('/meetings');
  await expect(page.getByRole('heading', { level: 1, name: 'Möten' })).toBeVisible();
  const first = page.getByRole('table').getByRole('rowheader').first().getByRole('link');
  await expect(first).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nytt möte' })).toHaveCount(0);

  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForLoaded(page);
  // The meeting's own "Tid" (the agenda's points have one each too).
  await expect(page.locator('dl.details').getByText('Tid', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Redigera', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ställ in mötet' })).toHaveCount(0);

  await openCouncil(page, MEMBER_CHAIRS);
  await expect(page.getByRole('region', { name: 'Möten' }).getByRole('list', { name: 'Möten' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Skapa möten från mötesrytmen' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Nytt möte/ })).toHaveCount(0);

  // The create form sends a viewer back to the list.
  await page.goto('/meetings/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Möten' })).toBeVisible();
  await expect(page).toHaveURL(/\/meetings$/);
});
