import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { COORDINATOR, MEMBER, MEMBER_CHAIRS, daysFromToday, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

async function token(request: APIRequestContext, user: { email: string; password: string }): Promise<string> {
  const res = await request.post('/api/v1/auth/login', { data: user });
  expect(res.ok()).toBeTruthy();
  return (await res.json()).access_token as string;
}

async function firstCouncil(request: APIRequestContext, auth: Record<string, string>, name: string): Promise<string> {
  const res = await request.get(`/api/v1/councils?q=${encodeURIComponent(name)}`, { headers: auth });
  const items = (await res.json()).items as { id: string; name: string }[];
  const council = items.find((c) => c.name === name);
  expect(council, name).toBeTruthy();
  return council!.id;
}

/**
 * The demo's tasks have no owner, so the member has none of their own: the coordinator gives the
 * member's person (the chair of MEMBER_CHAIRS) two tasks in a council the member does not run, one
 * of them overdue, so the member may only change their status.
 */
async function giveMemberTasks(request: APIRequestContext, suffix: string) {
  const auth = { Authorization: `Bearer ${await token(request, COORDINATOR)}` };
  const chaired = await firstCouncil(request, auth, MEMBER_CHAIRS);
  const terms = (await (await request.get(`/api/v1/councils/${chaired}/memberships?current=true`, { headers: auth })).json()).items as {
    person_id: string;
    role: string;
  }[];
  const person = terms.find((m) => m.role === 'chair')!.person_id;
  const council = await firstCouncil(request, auth, 'Trygghetsråd Södermalm');
  const meetings = (await (await request.get(`/api/v1/meetings?council_id=${council}&to=${daysFromToday(-1)}&limit=1`, { headers: auth })).json())
    .items as { id: string }[];
  const tasks = {
    overdue: `Ta fram en lägesbild över belysningen ${suffix}`,
    upcoming: `Boka lokal till trygghetsvandringen ${suffix}`,
  };
  for (const [description, due_on] of [
    [tasks.overdue, daysFromToday(-3)],
    [tasks.upcoming, daysFromToday(30)],
  ]) {
    const res = await request.post('/api/v1/action-items', {
      headers: { ...auth, 'Idempotency-Key': `e2e-${suffix}-${due_on}` },
      data: { council_id: council, meeting_id: meetings[0]?.id ?? null, description, owner_person_id: person, due_on },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  return tasks;
}

test('my tasks: the member sees their own, the overdue one marked in words, marks one done', async ({ page, request }) => {
  const tasks = await giveMemberTasks(request, uniqueSuffix());
  await login(page, MEMBER);

  // The start page counts them (one request) and links to them.
  const mine = page.getByRole('region', { name: 'Mina uppgifter' });
  await expect(mine.getByText(/Du har \d+ öppn/)).toBeVisible();
  await expect(mine.getByText(/av dem är försenad/)).toBeVisible();

  await nav(page).getByRole('link', { name: 'Mina uppgifter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina uppgifter' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Mina uppgifter' });
  const overdueItem = list.getByRole('listitem').filter({ hasText: tasks.overdue });
  const upcomingItem = list.getByRole('listitem').filter({ hasText: tasks.upcoming });
  await expect(overdueItem).toBeVisible();
  await expect(upcomingItem).toBeVisible();
  // Overdue is said in words, not by colour alone; the council and the meeting are links by name.
  await expect(overdueItem.getByText('Försenad')).toBeVisible();
  await expect(upcomingItem.getByText('Försenad')).toHaveCount(0);
  await expect(overdueItem.getByRole('link', { name: 'Trygghetsråd Södermalm' }).first()).toHaveAttribute('href', /\/councils\//);
  // Its owner may mark it done, not cancel it (that is for those who run the council).
  await expect(overdueItem.getByRole('button', { name: /^Avbryt uppgiften/ })).toHaveCount(0);
  await expectNoA11yViolations(page, 'my tasks');

  // Only the overdue ones, in the URL.
  await page.getByLabel('Visa').selectOption('overdue');
  await expect(page).toHaveURL(/show=overdue/);
  await expect(overdueItem).toBeVisible();
  await expect(upcomingItem).toHaveCount(0);

  // Back to the open ones; mark the upcoming one done: it leaves the list, the message has the focus.
  await page.getByLabel('Visa').selectOption('open');
  await upcomingItem.getByRole('button', { name: `Markera som klar: ${tasks.upcoming}` }).click();
  const done = page.getByRole('status').filter({ hasText: `Uppgiften ”${tasks.upcoming}” är markerad som klar.` });
  await expect(done).toBeVisible();
  await expect(page.locator('.action-item-message')).toBeFocused();
  await expect(upcomingItem).toHaveCount(0);

  // All of them: it is there, done, and may be opened again.
  await page.getByLabel('Visa').selectOption('all');
  await expect(page).toHaveURL(/show=all/);
  await expect(upcomingItem.getByText('Klar', { exact: true })).toBeVisible();
  await expect(upcomingItem.getByRole('button', { name: `Öppna igen: ${tasks.upcoming}` })).toBeVisible();
  await expectNoA11yViolations(page, 'my tasks, all');
});

test('all tasks: those who run a council list everyone’s, by council', async ({ page }) => {
  await login(page, COORDINATOR);
  await page.goto('/action-items');
  await expect(page.getByRole('heading', { level: 1, name: 'Mina uppgifter' })).toBeVisible();
  await page.getByRole('group', { name: 'Vems uppgifter' }).getByRole('button', { name: 'Alla' }).click();
  await expect(page).toHaveURL(/scope=all/);
  await expect(page.getByRole('heading', { level: 1, name: 'Alla uppgifter' })).toBeVisible();
  await page.getByLabel('Visa').selectOption('overdue');
  const list = page.getByRole('list', { name: 'Alla uppgifter' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await expect(list.getByRole('listitem').first().getByText('Ansvarig')).toBeVisible();
  await expect(list.getByRole('listitem').first().getByText('Försenad')).toBeVisible();
  // A coordinator runs every council: done and cancel on every open task.
  await expect(list.getByRole('button', { name: /^Avbryt uppgiften/ }).first()).toBeVisible();
  await expectNoA11yViolations(page, 'all tasks');
});
