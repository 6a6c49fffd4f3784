import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { COORDINATOR, MEMBER, MEMBER_CHAIRS, daysFromToday, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

/** The council the test meeting belongs to: one the member login does not run, so it answers as an invitee. */
const COUNCIL = 'Trygghetsråd Södermalm';


async function apiToken(request: APIRequestContext): Promise<string> {
  const res = await request.post('/api/v1/auth/login', { data: { email: COORDINATOR.email, password: COORDINATOR.password } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function councilId(request: APIRequestContext, headers: Record<string, string>, name: string): Promise<string> {
  const res = await request.get('/api/v1/councils', { headers, params: { q: name, limit: 20 } });
  const { items } = (await res.json()) as { items: { id: string; name: string }[] };
  const council = items.find((c) => c.name === name);
  expect(council, name).toBeTruthy();
  return council!.id;
}

/**
 * The setup the UI is not under test for: the member login's person (the chair of MEMBER_CHAIRS)
 * gets a plain term in COUNCIL, so a new meeting there invites them; then a planned meeting of
 * COUNCIL far ahead (its members invited when it is made), with an empty agenda.
 */
async function setUp(request: APIRequestContext): Promise<string> {
  const headers = { Authorization: `Bearer ${await apiToken(request)}` };
  const chaired = await councilId(request, headers, MEMBER_CHAIRS);
  const terms = await request.get(`/api/v1/councils/${chaired}/memberships`, { headers, params: { current: true, limit: 200 } });
  const chair = ((await terms.json()) as { items: { person_id: string; role: string }[] }).items.find((m) => m.role === 'chair');
  expect(chair).toBeTruthy();
  const council = await councilId(request, headers, COUNCIL);
  const own = await request.get(`/api/v1/people/${chair!.person_id}/memberships`, { headers, params: { limit: 200 } });
  const sits = ((await own.json()) as { items: { council_id: string; end_date: string | null }[] }).items.some(
    (m) => m.council_id === council && (!m.end_date || m.end_date >= daysFromToday(0)),
  );
  if (!sits) {
    const added = await request.post(`/api/v1/councils/${council}/memberships`, {
      headers,
      data: { person_id: chair!.person_id, start_date: daysFromToday(0), role: 'member' },
    });
    expect(added.status(), await added.text()).toBe(201);
  }
  // Two years ahead, at a random quarter hour of a random day, so repeated runs do not overlap.
  for (let attempt = 0; attempt < 5; attempt++) {
    const start = new Date(Date.now() + (700 + Math.floor(Math.random() * 60)) * 86_400_000);
    start.setUTCHours(6 + Math.floor(Math.random() * 10), 15 * Math.floor(Math.random() * 4), 0, 0);
    const end = new Date(start.getTime() + 60 * 60_000);
    const res = await request.post('/api/v1/meetings', {
      headers,
      data: { council_id: council, title: `Dagordningstest ${uniqueSuffix()}`, starts_at: start.toISOString(), ends_at: end.toISOString() },
    });
    if (res.status() === 409) continue;
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }
  throw new Error('no free time for the test meeting');
}

const agenda = (page: Page) => page.getByRole('region', { name: 'Dagordning' });
const item = (page: Page, title: string) => agenda(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`${title}$`) }) });

async function addItem(page: Page, title: string, kind: string, minutes: string) {
  await agenda(page).getByRole('button', { name: 'Lägg till punkt' }).click();
  const form = agenda(page).getByRole('form', { name: 'Ny punkt' });
  await expect(form.getByLabel('Rubrik (obligatoriskt)')).toBeFocused();
  await form.getByLabel('Rubrik (obligatoriskt)').fill(title);
  await form.getByLabel('Typ').selectOption({ label: kind });
  await form.getByLabel('Tid').fill(minutes);
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await expect(form).toHaveCount(0);
  await expect(item(page, title).getByRole('heading')).toBeFocused();
}

async function headings(page: Page): Promise<string[]> {
  return (await agenda(page).getByRole('listitem').getByRole('heading', { level: 3 }).allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

test('agenda: a coordinator adds three points, reorders them by keyboard and publishes; a member answers the invitation', async ({ page, request }) => {
  const meetingId = await setUp(request);

  await login(page, COORDINATOR);
  await page.goto(`/meetings/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Trygghetsråd Södermalm|^Dagordningstest/ })).toBeVisible();
  await expect(agenda(page).getByText('Dagordningen har inga punkter ännu.')).toBeVisible();
  // An empty agenda may be drafted from the previous meeting.
  await expect(agenda(page).getByRole('button', { name: 'Hämta från föregående möte' })).toBeVisible();

  await addItem(page, 'Alfa', 'Information', '10');
  await addItem(page, 'Beta', 'Beslut', '20');
  await addItem(page, 'Gamma', 'Uppföljning', '15');
  expect(await headings(page)).toEqual(['§ 1 Alfa', '§ 2 Beta', '§ 3 Gamma']);
  await expect(item(page, 'Beta')).toContainText('Beslut');
  await expect(item(page, 'Beta')).toContainText('20 minuter');
  await expect(item(page, 'Beta')).toContainText('Intern');

  // By keyboard: "Flytta upp" on § 3, twice; the move is announced and the focus stays on the button.
  const up = item(page, 'Gamma').getByRole('button', { name: 'Flytta upp' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(agenda(page).getByRole('status')).toHaveText('§ 3 flyttad till § 2');
  expect(await headings(page)).toEqual(['§ 1 Alfa', '§ 2 Gamma', '§ 3 Beta']);
  await expect(item(page, 'Gamma').getByRole('button', { name: 'Flytta upp' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(agenda(page).getByRole('status')).toHaveText('§ 2 flyttad till § 1');
  expect(await headings(page)).toEqual(['§ 1 Gamma', '§ 2 Alfa', '§ 3 Beta']);
  await expect(item(page, 'Gamma').getByRole('button', { name: 'Flytta upp' })).toBeFocused();
  // At the top "Flytta upp" does nothing (and keeps the focus).
  await expect(item(page, 'Gamma').getByRole('button', { name: 'Flytta upp' })).toHaveAttribute('aria-disabled', 'true');
  // Tab to "Flytta ned" and move Gamma back down one.
  await page.keyboard.press('Tab');
  await expect(item(page, 'Gamma').getByRole('button', { name: 'Flytta ned' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(agenda(page).getByRole('status')).toHaveText('§ 1 flyttad till § 2');
  await expect(item(page, 'Gamma').getByRole('button', { name: 'Flytta ned' })).toBeFocused();
  expect(await headings(page)).toEqual(['§ 1 Alfa', '§ 2 Gamma', '§ 3 Beta']);

  // The server has the order.
  await page.reload();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(3);
  expect(await headings(page)).toEqual(['§ 1 Alfa', '§ 2 Gamma', '§ 3 Beta']);
  await expectNoA11yViolations(page, 'meeting page with its agenda');

  // With the mouse: drag § 3 by its handle onto the top half of § 1.
  await item(page, 'Beta').locator('.agenda-drag-handle').dragTo(item(page, 'Alfa'), { targetPosition: { x: 40, y: 5 } });
  await expect(agenda(page).getByRole('status')).toHaveText('§ 3 flyttad till § 1');
  expect(await headings(page)).toEqual(['§ 1 Beta', '§ 2 Alfa', '§ 3 Gamma']);
  await page.reload();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(3);
  expect(await headings(page)).toEqual(['§ 1 Beta', '§ 2 Alfa', '§ 3 Gamma']);

  // Publishing, behind a confirmation: the numbers are fixed and reordering and removing are gone.
  await agenda(page).getByRole('button', { name: 'Publicera dagordningen' }).click();
  const dialog = page.getByRole('dialog', { name: /^Publicera dagordningen för / });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Publicera' }).click();
  await expect(agenda(page).getByText(/^Publicerad .*Punkternas nummer ligger fast\.$/)).toBeFocused();
  await expect(agenda(page).getByRole('button', { name: 'Flytta upp' })).toHaveCount(0);
  await expect(agenda(page).getByRole('button', { name: 'Flytta ned' })).toHaveCount(0);
  await expect(agenda(page).getByRole('button', { name: 'Ta bort' })).toHaveCount(0);
  await expect(agenda(page).getByRole('button', { name: 'Publicera dagordningen' })).toHaveCount(0);
  await expect(page.getByText('Dagordning publicerad', { exact: true })).toBeVisible();
  expect(await headings(page)).toEqual(['§ 1 Beta', '§ 2 Alfa', '§ 3 Gamma']);
  await page.getByRole('button', { name: 'Logga ut' }).click();

  // The member, invited as a member of the council, answers.
  await login(page, MEMBER);
  await page.goto(`/meetings/${meetingId}`);
  const attendance = page.getByRole('region', { name: 'Närvaro' });
  const answer = attendance.getByRole('group', { name: 'Ditt svar' });
  await expect(answer).toContainText('Du är inbjuden och har inte svarat ännu.');
  // A member reads the agenda but may not change it (the agenda loads on its own: wait for it).
  await expect(agenda(page).getByRole('listitem')).toHaveCount(3);
  expect(await headings(page)).toEqual(['§ 1 Beta', '§ 2 Alfa', '§ 3 Gamma']);
  await expect(agenda(page).getByRole('button')).toHaveCount(0);
  await answer.getByRole('button', { name: 'Jag kommer', exact: true }).click();
  await expect(answer).toContainText('Du har svarat: Kommer.');
  await expect(answer.getByRole('button', { name: 'Jag kommer', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(attendance.getByRole('status')).toHaveText('Ditt svar är sparat: Kommer.');
  await expectNoA11yViolations(page, 'meeting page as an invitee');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Närvaro' }).getByRole('group', { name: 'Ditt svar' }).getByRole('button', { name: 'Jag kommer', exact: true })).toHaveAttribute('aria-pressed', 'true');
});
