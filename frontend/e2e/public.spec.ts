import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { COORDINATOR, MEMBER, expectNoA11yViolations, login } from './helpers';

const PUBLIC_COUNCIL = 'Trygghetsråd Södermalm';

async function waitForLoaded(page: Page) {
  await expect(page.getByText('Laddar …')).toHaveCount(0);
}

async function token(request: APIRequestContext, user: { email: string; password: string }): Promise<string> {
  const res = await request.post('/api/v1/auth/login', { data: user });
  expect(res.ok()).toBeTruthy();
  return (await res.json()).access_token as string;
}

/** Records the API requests the page makes: the path and whether it carried a token. */
function recordApiRequests(page: Page) {
  const seen: { path: string; auth: boolean }[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) seen.push({ path: url.pathname, auth: !!req.headers()['authorization'] });
  });
  return seen;
}

test('public pages without logging in: meetings, a meeting, its minutes with the public paragraphs only', async ({ page, request }) => {
  const requests = recordApiRequests(page);
  await page.goto('/offentligt/moten');
  await expect(page.getByRole('heading', { level: 1, name: 'Möten i trygghetsråden' })).toBeVisible();
  await expect(page).toHaveURL(/\/offentligt\/moten/);
  // The public frame: its own header with the login, no app menu, the emergency numbers.
  await expect(page.getByText('Samverkan – offentliga sidor')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Logga in' })).toHaveAttribute('href', '/login');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText('Vid akuta nödsituationer: ring 112. Polisen, ej akut: 114 14.');
  await waitForLoaded(page);
  await expect(page.getByRole('list').getByRole('listitem').first()).toBeVisible();
  await expectNoA11yViolations(page, 'public meetings');

  // The councils to choose among are the public ones: for upcoming meetings those that still meet,
  // for past ones the dissolved too, marked. Past meetings of one council: its areas and its feed.
  const dissolved = page.getByLabel('Råd eller grupp').locator('option', { hasText: '(upplöst)' });
  await expect(page.getByLabel('Råd eller grupp').locator('option', { hasText: PUBLIC_COUNCIL })).toHaveCount(1);
  await expect(dissolved).toHaveCount(0);
  await page.getByLabel('Period').selectOption('past');
  await expect(page).toHaveURL(/period=past/);
  await waitForLoaded(page);
  await expect(page.getByLabel('Råd eller grupp').locator('option', { hasText: 'Lokal styrgrupp Rinkeby-Kista (upplöst)' })).toHaveCount(1);
  await page.getByLabel('Råd eller grupp').selectOption({ label: PUBLIC_COUNCIL });
  await expect(page).toHaveURL(/council=/);
  await expect(page.getByRole('region', { name: PUBLIC_COUNCIL })).toContainText('Verkar i:');
  await expect(page.getByRole('region', { name: PUBLIC_COUNCIL })).toContainText('Södermalm');
  await page.getByText(`Prenumerera på kalendern för ${PUBLIC_COUNCIL}`).click();
  const feed = page.getByLabel('Kalenderadress');
  await expect(feed).toBeVisible();
  await expect(feed).toHaveValue(/\/api\/v1\/public\/councils\/[0-9a-f-]+\/calendar\.ics$/);
  const ics = await request.get(await feed.inputValue());
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  await expectNoA11yViolations(page, 'public meetings, past, one council');

  // A held meeting with adjusted minutes.
  const withMinutes = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Läs protokollet/ }) }).first();
  await withMinutes.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/offentligt\/moten\/[0-9a-f-]+$/);
  const meetingId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${PUBLIC_COUNCIL}, `) })).toBeVisible();
  await expect(page.getByText('Protokoll justerat')).toBeVisible();
  await expectNoA11yViolations(page, 'public meeting');

  await page.getByRole('link', { name: 'Läs protokollet' }).click();
  await expect(page).toHaveURL(`/offentligt/moten/${meetingId}/protokoll`);
  await expect(page.getByRole('heading', { level: 1, name: /^Protokoll: / })).toBeVisible();
  const paragraphs = page.getByRole('list', { name: 'Paragrafer' });
  await expect(paragraphs.getByRole('heading', { level: 2, name: '§ 3 Trygghetsvandring i stadsdelen' })).toBeVisible();
  await expect(page.getByText('Justerare', { exact: true })).toBeVisible();
  await expect(page.getByText('Justerat', { exact: true })).toBeVisible();
  // What the logged-in API shows as internal is not here: only the public paragraphs.
  const auth = { Authorization: `Bearer ${await token(request, COORDINATOR)}` };
  const minutes = await (await request.get(`/api/v1/meetings/${meetingId}/minutes`, { headers: auth })).json();
  const internal = (minutes.paragraphs as { number: number; title: string; classification: string }[]).filter((p) => p.classification !== 'public');
  expect(internal.length).toBeGreaterThan(0);
  for (const p of internal) await expect(page.getByText(p.title)).toHaveCount(0);
  const shown = (minutes.paragraphs as { number: number; title: string; classification: string }[]).filter((p) => p.classification === 'public');
  await expect(paragraphs.getByRole('heading', { level: 2 })).toHaveCount(shown.length);
  await expectNoA11yViolations(page, 'public minutes');

  // Nothing asked for a login: no token sent, no refresh, still on the public pages.
  expect(requests.filter((r) => r.auth || !r.path.startsWith('/api/v1/public/'))).toEqual([]);
  await expect(page).toHaveURL(/\/offentligt\//);

  // A meeting that does not exist: the public not-found page, linking back to the public meetings.
  await page.goto('/offentligt/moten/01900000-0000-7000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Alla offentliga möten' })).toBeVisible();
});

test('public citizen promises without logging in: each kept or not, no token', async ({ page }) => {
  const requests = recordApiRequests(page);
  await page.goto('/offentligt/medborgarloften');
  await expect(page.getByRole('heading', { level: 1, name: 'Medborgarlöften' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Offentliga sidor' }).getByRole('link', { name: 'Medborgarlöften' })).toHaveAttribute('aria-current', 'page');
  await waitForLoaded(page);
  await expect(page.getByRole('article', { name: 'Nattvandring varje helg i Tensta och Rinkeby' })).toContainText('Hållet');
  await expect(page.getByRole('article', { name: 'Ren och trygg Medborgarplats' })).toContainText('Inte hållet');
  await expectNoA11yViolations(page, 'public citizen promises');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => r.auth || !r.path.startsWith('/api/v1/public/'))).toEqual([]);
});

test('public councils without logging in: which council covers my area, its meetings, the dissolved ones apart', async ({ page }) => {
  const requests = recordApiRequests(page);
  await page.goto('/offentligt/moten');
  await page.getByRole('navigation', { name: 'Offentliga sidor' }).getByRole('link', { name: 'Råd' }).click();
  await expect(page).toHaveURL(/\/offentligt\/rad$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Råd och grupper' })).toBeVisible();
  await waitForLoaded(page);
  await expectNoA11yViolations(page, 'public councils');
  // Södermalm: its safety council and its local steering group, nothing of Järva.
  await page.getByLabel('Område').selectOption({ label: 'Södermalm' });
  await expect(page).toHaveURL(/area=/);
  const council = page.getByRole('article', { name: PUBLIC_COUNCIL });
  await expect(council).toContainText('Trygghetsråd · Verkar i: Södermalm');
  await expect(page.getByRole('article', { name: 'Lokal styrgrupp Södermalm' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Trygghetsråd Järva' })).toHaveCount(0);
  // The dissolved ones are apart, each with its past meetings.
  await page.getByLabel('Område').selectOption('');
  await page.getByText(/^Upplösta råd och grupper \(\d+\)$/).click();
  await expect(page.getByRole('link', { name: 'Lokal styrgrupp Rinkeby-Kista' })).toHaveAttribute('href', /period=past/);
  await expect(page.getByRole('article', { name: 'Lokal styrgrupp Rinkeby-Kista' })).toHaveCount(0);
  // The council's meetings, on the meetings page with the council chosen.
  await council.getByRole('link', { name: new RegExp(`^Möten ?: ${PUBLIC_COUNCIL}$`) }).click();
  await expect(page).toHaveURL(/\/offentligt\/moten\?council=/);
  await expect(page.getByLabel('Råd eller grupp')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByRole('region', { name: PUBLIC_COUNCIL })).toContainText('Södermalm');
  expect(requests.filter((r) => r.auth || !r.path.startsWith('/api/v1/public/'))).toEqual([]);
});

test('public pages when logged in: no token on their requests, the way back into the app', async ({ page }) => {
  await login(page, MEMBER);
  const requests = recordApiRequests(page);
  await page.goto('/offentligt/moten');
  await expect(page.getByRole('heading', { level: 1, name: 'Möten i trygghetsråden' })).toBeVisible();
  await waitForLoaded(page);
  await expect(page.getByRole('link', { name: 'Till Samverkan' })).toHaveAttribute('href', '/');
  const publicRequests = requests.filter((r) => r.path.startsWith('/api/v1/public/'));
  expect(publicRequests.length).toBeGreaterThan(0);
  expect(publicRequests.filter((r) => r.auth)).toEqual([]);
});

test('calendar: the council’s .ics download, and the personal feed link created, replaced and removed', async ({ page, request }) => {
  await login(page, MEMBER);

  // The council page's "Kalender": the file comes with the login, as text/calendar.
  await page.goto(`/councils?q=${encodeURIComponent(PUBLIC_COUNCIL)}`);
  await page.getByRole('table').getByRole('link', { name: PUBLIC_COUNCIL, exact: true }).click();
  const calendar = page.getByRole('region', { name: 'Kalender' });
  await expect(calendar).toBeVisible();
  const [response, download] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/calendar.ics')),
    page.waitForEvent('download'),
    calendar.getByRole('button', { name: 'Ladda ner kalenderfil' }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  expect(download.suggestedFilename()).toBe(`${PUBLIC_COUNCIL}.ics`);
  // The council is public: its public feed's address to subscribe to.
  await expect(calendar.getByLabel('Kalenderadress')).toHaveValue(/\/api\/v1\/public\/councils\/[0-9a-f-]+\/calendar\.ics$/);
  await expectNoA11yViolations(page, 'council page with its calendar');

  // The personal feed, from the user bar; none to begin with.
  const auth = { Authorization: `Bearer ${await token(request, MEMBER)}` };
  expect((await request.delete('/api/v1/me/calendar-token', { headers: auth })).status()).toBe(204);
  // None is a 404 from the API, which the page takes as "no link": no error shown, asked once, nothing
  // logged by the app. Chromium itself logs every 404 response as "Failed to load resource" (no page
  // code can stop that): that one line, for this request, is the only console error allowed.
  const problems: string[] = [];
  const asked: number[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const networkLine = m.text().startsWith('Failed to load resource') && m.location().url.endsWith('/api/v1/me/calendar-token');
    if (!networkLine) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.url().endsWith('/api/v1/me/calendar-token') && r.request().method() === 'GET') asked.push(r.status());
  });
  await page.getByRole('link', { name: 'Min kalender', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Min kalender' })).toBeVisible();
  await expect(page.getByText('Du har ingen kalenderlänk.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(asked).toHaveLength(1);
  expect(problems).toEqual([]);
  await expectNoA11yViolations(page, 'my calendar');
  await page.getByRole('button', { name: 'Skapa kalenderlänk' }).click();
  await expect(page.getByText('Länken visas bara nu.')).toBeVisible();
  await expect(page.getByText(/Den fungerar som ett lösenord/)).toBeVisible();
  const address = page.getByRole('textbox', { name: 'Kalenderadress' });
  const first = await address.inputValue();
  expect(first).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByText(/^Du har en kalenderlänk sedan \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/)).toBeVisible();
  const feed = await request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  await expectNoA11yViolations(page, 'my calendar, link shown');

  // A new link, after a confirmation: the old one stops working.
  await page.getByRole('button', { name: 'Skapa ny länk' }).click();
  const renew = page.getByRole('dialog', { name: 'Skapa en ny kalenderlänk?' });
  await expect(renew).toBeVisible();
  await renew.getByRole('button', { name: 'Skapa ny länk' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'En ny kalenderlänk är skapad' })).toBeVisible();
  await expect(address).not.toHaveValue(first);
  const second = await address.inputValue();
  expect((await request.get(first)).status()).toBe(404);
  expect((await request.get(second)).status()).toBe(200);

  // Removed, after a confirmation: it stops working and is no longer shown.
  await page.getByRole('button', { name: 'Ta bort länken' }).click();
  const remove = page.getByRole('dialog', { name: 'Ta bort kalenderlänken?' });
  await remove.getByRole('button', { name: 'Ta bort länken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kalenderlänken är borttagen' })).toBeVisible();
  await expect(address).toHaveCount(0);
  expect((await request.get(second)).status()).toBe(404);
  await expect(page.getByText('Du har ingen kalenderlänk.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skapa kalenderlänk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ta bort länken' })).toHaveCount(0);
});
