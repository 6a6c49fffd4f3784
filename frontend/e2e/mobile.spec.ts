import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations, login } from './helpers';

const MAIN_PAGES = [
  '/', '/areas', '/organizations', '/councils', '/meetings', '/meetings?view=month', '/people', '/agreements', '/coverage', '/staffing',
  '/arenden', '/arenden/nytt', '/rapporter/svarstider', '/offentligt/kontakt', '/offentligt/arende', '/offentligt/arende/folj', '/offentligt/ansvar',
  '/councils/new', '/action-items?scope=all&show=all', '/calendar', '/indicators', '/indicators/import', '/initiatives', '/initiatives/new',
  '/follow-up', '/situation-pictures', '/situation-pictures/new', '/offentligt/moten', '/offentligt/rad', '/offentligt/medborgarloften',
  '/kontaktvagar', '/kontaktvagar?stale=true', '/kontaktvagar/sok', '/kontaktvagar/ny', '/amnen', '/amnen/ny', '/api-nycklar',
];

async function expectNoSidewaysScroll(page: Page, label: string) {
  await expect(page.getByText('Laddar …')).toHaveCount(0);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

for (const width of [320, 390]) {
  test(`at ${width} px the menu collapses and no page scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await login(page);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const menu = nav.getByRole('button', { name: 'Meny' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Personer' })).toBeHidden();

    // The disclosure works with the keyboard and closes with Escape.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const controls = await menu.getAttribute('aria-controls');
    await expect(page.locator(`[id="${controls}"]`)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Översikt' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();

    // Following a link closes the menu.
    await menu.click();
    await nav.getByRole('link', { name: 'Råd och grupper' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Råd och grupper' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    for (const path of MAIN_PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page, path);
    }
    // A council page (seats table) too.
    await page.goto('/councils');
    await page.getByRole('table').getByRole('rowheader').first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Platser och ledamöter' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'council page');
    if (width === 320) await expectNoA11yViolations(page, 'council page at 320 px');
    // An indicator's page: its charts and tables fit.
    await page.goto('/indicators');
    await page.getByRole('table').getByRole('rowheader').getByRole('link', { name: 'Otrygg ute ensam sent en kväll i det egna området' }).click();
    await expect(page.getByRole('region', { name: 'Järva', exact: true }).getByRole('img')).toBeVisible();
    await expectNoSidewaysScroll(page, 'indicator page');
    if (width === 320) await expectNoA11yViolations(page, 'indicator page at 320 px');
  });
}

/**
 * Every column of the table's first rows is shown inside the table's box at this width, with its
 * column's name beside it (a stacked table's cards): nothing cut off, nothing to scroll sideways.
 */
async function expectEveryColumnShown(table: Locator, label: string) {
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const r = await table.evaluate((t) => {
    const wrap = (t.closest('.table-wrap') ?? t) as HTMLElement;
    const box = wrap.getBoundingClientRect();
    const headers = [...t.querySelectorAll('thead th')].map((h) => h.textContent?.trim() ?? '');
    const rows = [...t.querySelectorAll('tbody tr')].slice(0, 5);
    const problems: string[] = [];
    for (const row of rows) {
      const cells = [...row.children] as HTMLElement[];
      if (cells.length !== headers.length) problems.push(`a row has ${cells.length} cells`);
      cells.forEach((c, i) => {
        const b = c.getBoundingClientRect();
        if (b.width === 0 || b.height === 0 || b.left < box.left - 1 || b.right > box.right + 1 || b.right > window.innerWidth)
          problems.push(`${headers[i]} cut off (${Math.round(b.left)}–${Math.round(b.right)})`);
        if (!getComputedStyle(c, '::before').content.includes(headers[i])) problems.push(`${headers[i]} has no label`);
      });
    }
    return { headers, rows: rows.length, sideways: wrap.scrollWidth - wrap.clientWidth, problems };
  });
  expect(r.rows, `${label}: rows`).toBeGreaterThan(0);
  expect(r.sideways, `${label} scrolls sideways inside its table`).toBeLessThanOrEqual(0);
  expect(r.problems, `${label}: ${r.headers.join(', ')}`).toEqual([]);
}

test('at 390 px the meetings list and a meeting’s attendance show every column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await login(page);
  // Held meetings with adjusted minutes: every column has content (time, council, title, form, status).
  await page.goto('/meetings?status=minutes_adjusted&from=2020-01-01');
  const meetings = page.getByRole('table', { name: /Möten/ });
  await expectEveryColumnShown(meetings, 'meetings list');
  const first = meetings.locator('tbody tr').first();
  await expect(async () => {
    await first.scrollIntoViewIfNeeded();
    await expect(first.getByText(/^(På plats|Digitalt|På plats och digitalt)$/)).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await expect(first.getByText('Protokoll justerat')).toBeInViewport();
  await expectNoSidewaysScroll(page, 'meetings list');
  await expectNoA11yViolations(page, 'meetings list at 390 px');

  await first.getByRole('rowheader').getByRole('link').click();
  const attendance = page.getByRole('region', { name: 'Närvaro' }).getByRole('table');
  await expectEveryColumnShown(attendance, 'attendance');
  const entry = attendance.locator('tbody tr').first();
  // The sections above load on their own and push the table down: scroll again until it stays.
  await expect(page.getByText('Laddar …')).toHaveCount(0);
  await expect(async () => {
    await entry.scrollIntoViewIfNeeded();
    await expect(entry.getByText(/^(Närvarande|Frånvarande|Ej markerad)$/)).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await expectNoSidewaysScroll(page, 'meeting page');
  await expectNoA11yViolations(page, 'meeting page at 390 px');
});

test('at 390 px the initiatives list shows every column, and an initiative page its timeline', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await login(page);
  await page.goto('/initiatives');
  const list = page.getByRole('table', { name: 'Insatser' });
  await expectEveryColumnShown(list, 'initiatives list');
  const first = list.locator('tbody tr').first();
  await expect(async () => {
    await first.scrollIntoViewIfNeeded();
    await expect(first.getByRole('progressbar')).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await expectNoSidewaysScroll(page, 'initiatives list');
  await expectNoA11yViolations(page, 'initiatives list at 390 px');

  await list.getByRole('link', { name: 'Nattvandring varje helg i Tensta och Rinkeby' }).click();
  await expect(page.getByRole('list', { name: 'Framsteg över tid' }).getByRole('listitem').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'initiative page');
  await expectNoA11yViolations(page, 'initiative page at 390 px');
});

test('at 390 px the follow-up report and a situation picture show every column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await login(page);
  await page.goto('/follow-up');
  const area = page.getByRole('combobox', { name: 'Område' });
  await area.click();
  await area.pressSequentially('Järva');
  await page.getByRole('option', { name: 'Järva (Stadsdelsområde)', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Uppföljning \d{4} – Järva$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Otrygg ute ensam sent en kväll i det egna området' }).getByRole('img')).toBeVisible();
  await expectEveryColumnShown(page.getByRole('table', { name: /^Insatser i Järva/ }), 'follow-up initiatives');
  await expectEveryColumnShown(page.getByRole('table', { name: /^Medborgarlöften i Järva/ }), 'follow-up citizen promises');
  await expectNoSidewaysScroll(page, 'follow-up report');
  await expectNoA11yViolations(page, 'follow-up report at 390 px');

  await page.getByLabel('År').selectOption(String(Number(await page.getByLabel('År').inputValue()) - 1));
  await page.getByRole('region', { name: 'Lägesbilder', exact: true }).getByRole('link', { name: /^Lägesbild Järva/ }).click();
  await expectEveryColumnShown(page.getByRole('table', { name: /^Indikatorvärden i Lägesbild Järva/ }), 'situation picture snapshot');
  await expectNoSidewaysScroll(page, 'situation picture');
  await expectNoA11yViolations(page, 'situation picture at 390 px');
});

test('at 390 px the contact routes list shows every column, and the directory its cards', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await login(page);
  await page.goto('/kontaktvagar');
  const list = page.getByRole('table', { name: 'Kontaktvägar' });
  await expectEveryColumnShown(list, 'contact routes list');
  await expectNoSidewaysScroll(page, 'contact routes list');
  await expectNoA11yViolations(page, 'contact routes list at 390 px');

  await list.getByRole('link', { name: 'Trygghetssamordnare Järva' }).first().click();
  await expect(page.getByRole('table', { name: 'Öppettider i veckan' })).toBeVisible();
  await expectEveryColumnShown(page.getByRole('table', { name: 'Kanaler' }), 'a route’s channels');
  await expectNoSidewaysScroll(page, 'contact route page');
  await expectNoA11yViolations(page, 'contact route page at 390 px');

  await page.goto('/kontaktvagar/sok');
  await page.getByLabel('Vad gäller det?').selectOption({ label: 'Trygghet i bostadsområdet' });
  const area = page.getByRole('combobox', { name: 'Område' });
  await area.click();
  await area.pressSequentially('Rinkeby');
  await page.getByRole('option', { name: 'Rinkeby (Stadsdel)', exact: true }).click();
  await page.getByRole('button', { name: 'Sök kontaktväg' }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'directory');
  await expectNoA11yViolations(page, 'directory at 390 px');
});
