import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, login } from './helpers';

const MAIN_PAGES = ['/', '/areas', '/organizations', '/councils', '/meetings', '/meetings?view=month', '/people', '/agreements', '/coverage', '/staffing', '/councils/new', '/action-items?scope=all&show=all', '/calendar', '/offentligt/moten'];

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
  });
}
