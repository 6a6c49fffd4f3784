import { expect, test, type Locator, type Page } from '@playwright/test';
import { MEMBER, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

/**
 * Inquiries (ärenden), run against the demo (`seed --demo`; the public form's rate limit raised with
 * SAMVERKAN_INQUIRY_RATE_LIMIT for repeated runs): a resident raises a concern on the public form
 * and follows it; a coordinator finds it in the inbox, assigns it, moves its status and replies; the
 * resident's status page shows the reply; the public contact and accountability pages; the
 * response-time report; a member may not route.
 */

const TOPIC = 'Trasig eller dålig belysning';

/** Records the API requests the page makes: the path and whether it carried a token. */
function recordApiRequests(page: Page) {
  const seen: { path: string; auth: boolean }[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) seen.push({ path: url.pathname, auth: !!req.headers()['authorization'] });
  });
  return seen;
}

async function loaded(page: Page) {
  await expect(page.getByText('Laddar …')).toHaveCount(0);
}

test('a resident raises a concern, a coordinator handles and answers it, the resident reads the answer', async ({ browser, page }) => {
  const resident = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const form = await resident.newPage();
  const requests = recordApiRequests(form);
  const message = `Gatlampan vid lekplatsen är trasig (e2e ${uniqueSuffix()}).`;

  // The form, without logging in: the emergency numbers first.
  await form.goto('/offentligt/arende');
  await expect(form.getByRole('heading', { level: 1, name: 'Lämna ett ärende' })).toBeVisible();
  await expect(form.locator('.emergency-box')).toContainText('Vid nödsituation: ring 112. Polisen, ej akut: 114 14.');
  await expect(form.getByRole('main').getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  await expect(form.getByRole('navigation', { name: 'Offentliga sidor' }).getByRole('link', { name: 'Lämna ett ärende' })).toHaveAttribute('aria-current', 'page');
  await loaded(form);
  await expectNoA11yViolations(form, 'public inquiry form');

  // The honeypot is neither seen nor reached by the keyboard nor read.
  const honeypot = form.locator('input[name="website"]');
  await expect(honeypot).toHaveAttribute('tabindex', '-1');
  await expect(honeypot).not.toBeInViewport();
  await expect(form.getByRole('textbox', { name: 'Lämna det här fältet tomt' })).toHaveCount(0);

  // Sending it empty: an error summary with the focus, each error at its field.
  await form.getByRole('button', { name: 'Skicka ärendet' }).click();
  const summary = form.getByRole('group', { name: 'Formuläret innehåller fel' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Välj vad det gäller.');
  await expect(summary).toContainText('Välj ett område eller använd din position.');
  await expect(summary).toContainText('Beskriv problemet.');
  await expect(summary).toContainText('Bekräfta att du har läst hur personuppgifterna hanteras');
  await expect(form.getByLabel('Vad gäller det?')).toHaveAttribute('aria-invalid', 'true');
  await expectNoA11yViolations(form, 'public inquiry form with errors');

  await form.getByLabel('Vad gäller det?').selectOption({ label: TOPIC });
  await form.getByLabel('Stadsdel', { exact: true }).selectOption({ label: 'Rinkeby' });
  // Similar open concerns in the same place are looked up as soon as topic and place are known.
  const similar = form.getByRole('region', { name: 'Liknande ärenden här' });
  await expect(similar.getByRole('status').first()).toContainText(/(Inga öppna ärenden|Det finns \d+ (öppet ärende|öppna ärenden))/);
  await form.getByLabel('Beskriv problemet').fill(message);
  await form.getByLabel('E-post eller telefon').fill('boende@example.se');
  await form.getByRole('checkbox', { name: /Jag har läst hur personuppgifterna hanteras/ }).check();
  await form.getByRole('button', { name: 'Skicka ärendet' }).click();

  // The receipt: the reference and the code, to keep, and the status page's link.
  const receipt = form.getByRole('region', { name: 'Tack! Ditt ärende är skickat' });
  await expect(receipt.getByRole('heading', { name: 'Tack! Ditt ärende är skickat' })).toBeFocused();
  const reference = (await receipt.locator('strong.receipt-code').first().textContent())!.trim();
  expect(reference).toMatch(/^ÄR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(receipt).toContainText('Koden visas bara nu');
  await expect(receipt).toContainText(/Du kan räkna med ett första svar senast \d+ \w+/);
  await expectNoA11yViolations(form, 'public inquiry receipt');
  const statusPath = (await receipt.getByRole('link', { name: 'Följ ditt ärende' }).getAttribute('href'))!;

  // Someone else with the same concern finds it before sending, and adds their voice instead.
  await receipt.getByRole('button', { name: 'Lämna ett ärende till' }).click();
  await form.getByLabel('Vad gäller det?').selectOption({ label: TOPIC });
  await form.getByLabel('Stadsdel', { exact: true }).selectOption({ label: 'Rinkeby' });
  const voice = similar.getByRole('button', { name: `Instäm i ärende ${reference}` });
  await voice.click();
  await expect(similar.getByRole('listitem').filter({ hasText: reference }).getByRole('status')).toHaveText('Tack, din röst är räknad. 1 har instämt.');
  await expect(voice).toBeFocused();
  await expect(voice).toHaveAttribute('aria-disabled', 'true');

  await form.goto(statusPath);
  await expect(form).toHaveURL(/\/offentligt\/arende\/.+\?token=.+/);
  const statusUrl = form.url();
  await expect(form.getByRole('heading', { level: 1, name: `Ärende ${reference}` })).toBeVisible();
  await expect(form.getByText('Status: Mottaget')).toBeVisible();
  await expect(form.getByText(message)).toBeVisible();
  await expect(form.getByText('Inga svar än. Svaren visas här.')).toBeVisible();
  await expectNoA11yViolations(form, 'public status page');

  // A wrong code: not found, and the form to type them again.
  await form.goto(statusUrl.replace(/token=[^&]+/, 'token=fel-kod'));
  await expect(form.getByRole('heading', { level: 1, name: 'Ärendet hittades inte' })).toBeVisible();
  await expect(form.getByLabel('Referensnummer')).toHaveValue(reference);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => r.auth)).toEqual([]);

  // The coordinator finds it in the inbox (newest first), assigns it and moves its status.
  await login(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ärenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ärenden' })).toBeVisible();
  await page.getByLabel('Öppna eller avslutade').selectOption({ label: 'Bara öppna' });
  await expect(page).toHaveURL(/open=true/);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
  await expect(row).toContainText(TOPIC);
  await expect(row).toContainText('Mottaget');
  await expect(row).toContainText(/svar senast .* kvar/);
  await expect(row.getByRole('cell').last()).toHaveText('1');
  await expectNoA11yViolations(page, 'inquiries inbox');
  await row.getByRole('link', { name: reference }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Ärende ${reference}` })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
  const personal = page.getByRole('region', { name: 'Personuppgifter' });
  await expect(personal).toContainText('boende@example.se');
  await expect(personal).toContainText('raderas när ärendet har avslutats');
  await expectNoA11yViolations(page, 'inquiry page');

  const triage = page.getByRole('form', { name: 'Hantera ärendet' });
  const assignee = triage.getByRole('combobox', { name: 'Handläggare' });
  await assignee.click();
  await assignee.pressSequentially('Ahmed');
  await page.getByRole('option', { name: /^Ahmed Dahl/ }).click();
  await triage.getByLabel('Status').selectOption({ label: 'Pågår' });
  await triage.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ändringarna har sparats.' })).toBeVisible();
  await expect(page.locator('.inquiry-heading-badges')).toContainText('Pågår');
  await expect(page.getByRole('region', { name: 'Ärendet', exact: true })).toContainText('Ahmed Dahl');

  // An internal note and a public reply, told apart.
  const messages = page.getByRole('region', { name: 'Anteckningar och svar' });
  await messages.getByRole('textbox', { name: 'Anteckning', exact: true }).fill('Felanmält till belysningsentreprenören.');
  await messages.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(messages.getByRole('status').filter({ hasText: 'Anteckningen är sparad.' })).toBeVisible();
  await messages.getByRole('radio', { name: 'Svar till invånaren' }).check();
  await expect(messages.getByText('Svaret visas för invånaren på statussidan')).toBeVisible();
  const reply = `Tack! Lampan lagas inom en vecka (${uniqueSuffix()}).`;
  await messages.getByRole('textbox', { name: 'Svar till invånaren', exact: true }).fill(reply);
  await messages.getByRole('button', { name: 'Skicka svar till invånaren' }).click();
  await expect(messages.getByRole('status').filter({ hasText: 'Svaret är skickat' })).toBeVisible();
  const list = messages.getByRole('list', { name: 'Anteckningar och svar' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Felanmält till belysningsentreprenören.' })).toContainText('Intern anteckning');
  await expect(list.getByRole('listitem').filter({ hasText: reply })).toContainText('Svar till invånaren');
  await expect(list.getByRole('listitem').filter({ hasText: reply })).toBeFocused();
  // The first reply stops the clock and answers the inquiry.
  await expect(page.getByRole('region', { name: 'Tider', exact: true })).toContainText(/besvarat .* – i tid/);
  await expect(page.locator('.inquiry-heading-badges')).toContainText('Besvarat');
  await expectNoA11yViolations(page, 'inquiry page after a reply');

  // The resident sees the reply and that it is answered, never the internal note or who wrote it.
  await form.goto(statusUrl);
  await expect(form.getByText('Status: Besvarat')).toBeVisible();
  await expect(form.getByRole('list', { name: 'Svar', exact: true })).toContainText(reply);
  await expect(form.getByText('Felanmält till belysningsentreprenören.')).toHaveCount(0);
  await expect(form.getByText('Stockholms stad')).toBeVisible();
  await resident.close();
});

test('the public contact directory and the accountability figures, logged in or not, never with the token', async ({ page }) => {
  await login(page);
  const requests = recordApiRequests(page);
  await page.goto('/offentligt/kontakt');
  await expect(page.getByRole('heading', { level: 1, name: 'Vart vänder jag mig?' })).toBeVisible();
  await expect(page.locator('.emergency-box')).toContainText('Vid nödsituation: ring 112. Polisen, ej akut: 114 14.');
  const card = page.getByRole('article', { name: 'Stadens kontaktcenter' });
  await expect(card.getByRole('link', { name: '08-508 005 08' })).toHaveAttribute('href', 'tel:+46850800508');
  await expect(card).toContainText('Svarar inom 5 dagar.');
  await expect(card).toContainText('Öppettider: mån–fre 08:00–18:00');
  await expect(page.getByRole('article', { name: 'Trygghetssamordnare Södermalm' })).toContainText('kan vara inaktuella');
  await expectNoA11yViolations(page, 'public contact page');
  await page.getByLabel('Område').selectOption({ label: 'Järva' });
  await expect(page).toHaveURL(/area=/);
  await expect(page.getByRole('article', { name: 'Trygghetssamordnare Södermalm' })).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Trygghetssamordnare Järva' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Offentliga sidor' }).getByRole('link', { name: 'Svarstider' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hur snabbt får invånare svar?' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Svarstider per organisation och ämne, / });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table.getByText(/^färre än 5 ärenden – visas inte$/).first()).toBeVisible();
  await expectNoA11yViolations(page, 'public accountability page');
  // One organisation over every month.
  await page.getByLabel('Organisation').selectOption({ label: 'Polismyndigheten' });
  const all = page.getByRole('table', { name: 'Svarstider per månad, organisation och ämne' });
  await expect(all.getByRole('row').nth(1)).toBeVisible();
  const orgs = await all.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(new Set(orgs)).toEqual(new Set(['Polismyndigheten']));
  // The public reads (the session's own /me aside) go without the token.
  const publicReads = requests.filter((r) => r.path.startsWith('/api/v1/public/'));
  expect(publicReads.some((r) => r.path === '/api/v1/public/accountability')).toBe(true);
  expect(publicReads.some((r) => r.path === '/api/v1/public/contact-routes')).toBe(true);
  expect(publicReads.filter((r) => r.auth)).toEqual([]);
});

test('the response-time report: grouped, in words, as CSV', async ({ page }) => {
  await login(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Svarstider' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Svarstider' })).toBeVisible();
  const table = page.getByRole('table', { name: /^Svarstider per organisation/ });
  await expect(table.getByRole('rowheader', { name: 'Alla ärenden' })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Polismyndigheten/ })).toContainText(/median [\d,]+ (timmar|dagar)/);
  await expectNoA11yViolations(page, 'response-time report');
  await page.getByLabel('Gruppera efter').selectOption({ label: 'Ämne' });
  await expect(page).toHaveURL(/group_by=topic/);
  await expect(page.getByRole('table', { name: /^Svarstider per ämne/ }).getByRole('rowheader', { name: TOPIC })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^svarstider-topic-.*\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: /har laddats ner/ })).toBeVisible();
});

test('a member handles their organisation’s inquiries but may not route them (403 at the field)', async ({ page }) => {
  await login(page, MEMBER);
  // No report in the member's menu: it is for coordinators and admins.
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Svarstider' })).toHaveCount(0);
  await page.goto('/arenden?open=true');
  await loaded(page);
  await page.getByRole('table').getByRole('rowheader').first().getByRole('link').click();
  const triage = page.getByRole('form', { name: 'Hantera ärendet' });
  const organization = triage.getByRole('combobox', { name: 'Organisation' });
  await organization.click();
  await organization.fill('Polismyndigheten');
  await page.getByRole('option', { name: 'Polismyndigheten', exact: true }).click();
  await triage.getByRole('button', { name: 'Spara' }).click();
  const alert = triage.getByRole('alert').first();
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('Organisation');
  await expect(triage.getByText('Bara samordnare och administratörer får ändra detta.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Föreslå till dagordning' })).toHaveCount(0);
});

/**
 * Every column of the table's first rows is inside the table's box at this width with its column's
 * name beside it (a stacked table's cards). The same check as `e2e/mobile.spec.ts`'s.
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
      cells.forEach((c, i) => {
        const b = c.getBoundingClientRect();
        if (b.width === 0 || b.height === 0 || b.left < box.left - 1 || b.right > box.right + 1) problems.push(`${headers[i]} cut off`);
        if (!getComputedStyle(c, '::before').content.replace(/"/g, '').trim()) problems.push(`${headers[i]} has no label`);
      });
    }
    return { rows: rows.length, sideways: wrap.scrollWidth - wrap.clientWidth, problems };
  });
  expect(r.rows, `${label}: rows`).toBeGreaterThan(0);
  expect(r.sideways, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
  expect(r.problems, label).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, label: string) {
  await loaded(page);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${label} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

test('at 390 px the inbox, the report and the public pages are cards and fit', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/offentligt/ansvar');
  await expectEveryColumnShown(page.getByRole('table'), 'accountability');
  await expectNoSidewaysScroll(page, 'accountability');
  await expectNoA11yViolations(page, 'accountability at 390 px');
  for (const path of ['/offentligt/kontakt', '/offentligt/arende', '/offentligt/arende/folj']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, path);
  }
  await login(page);
  await page.goto('/arenden');
  await expectEveryColumnShown(page.getByRole('table', { name: 'Ärenden, nyast först' }), 'inbox');
  await expectNoSidewaysScroll(page, 'inbox');
  await expectNoA11yViolations(page, 'inbox at 390 px');
  await page.getByRole('table').getByRole('rowheader').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Ärende ÄR-/ })).toBeVisible();
  await expectNoSidewaysScroll(page, 'inquiry page');
  await page.goto('/rapporter/svarstider');
  await expectEveryColumnShown(page.getByRole('table'), 'response-time report');
  await expectNoSidewaysScroll(page, 'response-time report');
  await expectNoA11yViolations(page, 'response-time report at 390 px');
});
