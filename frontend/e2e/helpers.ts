import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const ADMIN = { email: 'admin@samverkan.test', password: 'samverkan-admin' };
export const COORDINATOR = { email: 'coordinator@samverkan.test', password: 'samverkan-coordinator' };
export const VIEWER = { email: 'viewer@samverkan.test', password: 'samverkan-viewer' };
/** The chair of "Lokal styrgrupp Södermalm" (backend/src/seed.rs), a member everywhere else. */
export const MEMBER = { email: 'member@samverkan.test', password: 'samverkan-member' };
export const MEMBER_CHAIRS = 'Lokal styrgrupp Södermalm';
/** The vice chair of "Lokal styrgrupp Södermalm" (backend/src/seed.rs): a second person who can adjust its minutes. */
export const ADJUSTER = { email: 'adjuster@samverkan.test', password: 'samverkan-adjuster' };

/** Runs axe with the WCAG 2.1 A/AA rules and fails with a readable list of violations. */
export async function expectNoA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function login(page: Page, user = COORDINATOR): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-postadress').fill(user.email);
  await page.getByLabel('Lösenord').fill(user.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
}

/** A valid Swedish organisation number (NNNNNN-NNNN, Luhn check digit) with random digits. */
export function randomOrganizationNumber(): string {
  const digits = [5, 5, 9, ...Array.from({ length: 6 }, () => Math.floor(Math.random() * 10))];
  return withCheckDigit(digits.join(''));
}

export function withCheckDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** A Stockholm date `days` from today, YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
