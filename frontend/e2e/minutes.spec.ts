import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADJUSTER, COORDINATOR, MEMBER, MEMBER_CHAIRS, VIEWER, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

/*
 * The minutes (protokoll) of a meeting, their adjusting (justering) and the printable protocol.
 *
 * Two demo logins are linked to people of "Lokal styrgrupp Södermalm": the member login (Maja
 * Medlem) is its chair, the adjuster login (Jonna Justerare) its vice chair. The member login writes
 * the minutes as the secretary and adjusts them as the chair; the adjuster login is the second
 * adjuster, so the whole round (submit, comment, revise, resubmit, both approve, locked) runs in the
 * browser, each adjuster in their own login.
 */

const API = '/api/v1';

async function apiToken(request: APIRequestContext, user: { email: string; password: string }): Promise<string> {
  const res = await request.post(`${API}/auth/login`, { data: user });
  expect(res.ok()).toBeTruthy();
  return (await res.json()).access_token as string;
}

interface Prepared {
  meetingId: string;
  /** The member login's person (the council's chair) and another who attended (the vice chair). */
  chair: string;
  other: string;
  /** A member marked absent. */
  absentName: string;
  decisionTitle: string;
}

/**
 * A fresh meeting of the member's council (far ahead, so it overlaps nothing), with an agenda (a
 * public information point, a decision point, a restricted point), the chair and the vice chair
 * marked as present and another member as absent: what the secretary has when the minutes are to be written. Through the API:
 * the agenda and attendance pages are not part of this feature.
 */
async function prepareMeeting(request: APIRequestContext): Promise<Prepared> {
  const token = await apiToken(request, MEMBER);
  const headers = { Authorization: `Bearer ${token}` };
  const councils = await (await request.get(`${API}/councils`, { headers, params: { q: MEMBER_CHAIRS } })).json();
  const council = councils.items.find((c: { name: string }) => c.name === MEMBER_CHAIRS);
  const terms = await (await request.get(`${API}/councils/${council.id}/memberships`, { headers, params: { limit: 200 } })).json();
  const personOf = (role: string) => terms.items.find((t: { role: string; current: boolean }) => t.role === role && t.current).person_id as string;
  const chair = personOf('chair');
  const other = personOf('vice_chair');

  let meetingId = '';
  for (let attempt = 0; attempt < 5 && !meetingId; attempt++) {
    const year = 2031 + Math.floor(Math.random() * 9);
    const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
    const hour = String(8 + Math.floor(Math.random() * 9)).padStart(2, '0');
    const res = await request.post(`${API}/meetings`, {
      headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() },
      data: {
        council_id: council.id,
        title: `Protokolltest ${uniqueSuffix()}`,
        starts_at: `${year}-${month}-${day}T${hour}:00:00+01:00`,
        ends_at: `${year}-${month}-${day}T${hour}:45:00+01:00`,
        location: 'Medborgarplatsen 3, sal 2',
      },
    });
    if (res.ok()) meetingId = (await res.json()).id;
  }
  expect(meetingId).not.toBe('');

  const decisionTitle = `Trygghetsvandring ${uniqueSuffix()}`;
  for (const item of [
    { title: 'Lägesbild från lokalpolisområdet', kind: 'information', classification: 'public' },
    { title: decisionTitle, kind: 'decision', classification: 'public' },
    { title: 'Ärende om enskild', kind: 'information', classification: 'restricted' },
  ]) {
    const res = await request.post(`${API}/meetings/${meetingId}/agenda-items`, {
      headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() },
      data: item,
    });
    expect(res.ok()).toBeTruthy();
  }
  const attendance = await (await request.get(`${API}/meetings/${meetingId}/attendance`, { headers, params: { limit: 200 } })).json();
  type Entry = { id: string; version: number; person_id: string; membership_id: string | null; names: Record<string, string> };
  const absent = attendance.items.find((x: Entry) => x.membership_id && x.person_id !== chair && x.person_id !== other) as Entry;
  for (const a of attendance.items as Entry[]) {
    const presence = a.person_id === chair || a.person_id === other ? 'attended' : a.id === absent.id ? 'absent' : null;
    if (!presence) continue;
    const res = await request.patch(`${API}/meetings/${meetingId}/attendance/${a.id}`, {
      headers: { ...headers, 'If-Match': `"${a.version}"` },
      data: { presence },
    });
    expect(res.ok()).toBeTruthy();
  }
  return { meetingId, chair, other, absentName: absent.names[absent.person_id], decisionTitle };
}

const namesOf = async (request: APIRequestContext, p: Prepared) => {
  const token = await apiToken(request, MEMBER);
  const list = await (
    await request.get(`${API}/meetings/${p.meetingId}/attendance`, { headers: { Authorization: `Bearer ${token}` }, params: { limit: 200 } })
  ).json();
  const name = (id: string) => list.items.find((a: { person_id: string }) => a.person_id === id).names[id] as string;
  return { chairName: name(p.chair), otherName: name(p.other) };
};

async function waitForLoaded(page: Page) {
  await expect(page.getByText('Laddar …')).toHaveCount(0);
}

const paragraph = (page: Page, name: RegExp | string) => page.getByRole('group', { name });
const status = (page: Page) => page.locator('#minutes-status');

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByLabel('E-postadress')).toBeVisible();
}

test('minutes: the secretary writes and submits to two adjusters, one comments, the secretary revises and resubmits, both approve, the minutes are adjusted', async ({
  page,
  request,
}) => {
  const p = await prepareMeeting(request);
  const { chairName, otherName } = await namesOf(request, p);

  // The secretary (the member login, the council's chair) writes the minutes.
  await login(page, MEMBER);
  await page.goto(`/meetings/${p.meetingId}`);
  await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Protokoll: Protokolltest/ })).toBeVisible();
  await waitForLoaded(page);
  await expect(status(page)).toContainText('Utkast');
  const minutesUrl = page.url();

  // Per §: text, decision, result; the restricted point is marked.
  await expect(paragraph(page, /§ 3 Ärende om enskild/).getByText('Sekretess')).toBeVisible();
  await paragraph(page, /§ 1 Lägesbild/).getByLabel('Protokolltext').fill('Polisen redogjorde för läget sedan förra mötet.');
  await paragraph(page, /§ 1 Lägesbild/).getByLabel('Resultat').selectOption('noted');
  const decision = paragraph(page, new RegExp(`§ 2 ${p.decisionTitle}`));
  await decision.getByLabel('Protokolltext').fill('Rådet diskuterade en gemensam trygghetsvandring.');
  await decision.getByLabel('Beslut').fill('Att genomföra en trygghetsvandring.');
  await decision.getByLabel('Resultat').selectOption('decided');
  await page.getByLabel('Övrigt').fill('Inga övriga frågor.');

  // Adjusters among those present (the chair and the vice chair); due date two weeks after the meeting by default.
  const adjusters = page.getByRole('group', { name: 'Justerare' });
  await expect(adjusters.getByRole('checkbox')).toHaveCount(2);
  await adjusters.getByLabel(chairName).check();
  await adjusters.getByLabel(otherName).check();
  await expect(page.getByLabel('Justeras senast')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expectNoA11yViolations(page, 'minutes editor');

  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByText('Utkastet har sparats.')).toBeVisible();
  // The server numbers the decision: "Beslutsnummer 2031:1".
  await expect(decision.getByText(/^Beslutsnummer \d{4}:\d+\.$/)).toBeVisible();

  await page.getByRole('button', { name: 'Skicka för justering' }).click();
  await expect(page.getByText('Protokollet har skickats till justerarna.')).toBeVisible();
  await expect(status(page)).toContainText('Hos justerarna');
  await expect(status(page)).toContainText('omgång 1');
  await expect(page.getByRole('textbox', { name: 'Protokolltext' })).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Justerare och vad de har godkänt' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: new RegExp(`${chairName} Har inte godkänt än`) })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${otherName} Har inte godkänt än`) })).toBeVisible();

  // The second adjuster (the adjuster login, the vice chair) reads round 1 and comments on the decision.
  await logout(page);
  await login(page, ADJUSTER);
  await page.goto(minutesUrl);
  await waitForLoaded(page);
  await expect(status(page)).toContainText('Hos justerarna');
  await expect(page.getByRole('heading', { name: 'Du är justerare' })).toBeVisible();
  await expect(page.getByText('Att genomföra en trygghetsvandring.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Protokolltext' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'adjusting view (adjuster)');
  await page.getByLabel('Kommentaren gäller').selectOption({ label: `§ 2 ${p.decisionTitle}` });
  await page.getByRole('textbox', { name: 'Kommentar' }).fill('Ange när trygghetsvandringen ska göras.');
  await page.getByRole('button', { name: 'Skicka tillbaka med kommentar' }).click();
  await expect(page.getByText('Protokollet har skickats tillbaka till sekreteraren med din kommentar.')).toBeVisible();
  await expect(status(page)).toContainText('Utkast');
  // The adjuster may not write the draft: no form, no approving while it is with the secretary.
  await expect(page.getByRole('textbox', { name: 'Protokolltext' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Godkänn protokollet' })).toHaveCount(0);

  // Back with the secretary: the comment at its §; the decision is revised and the minutes resubmitted.
  await logout(page);
  await login(page, MEMBER);
  await page.goto(minutesUrl);
  await waitForLoaded(page);
  await expect(status(page)).toContainText('Utkast');
  await expect(page.getByText('Justerarna har skickat tillbaka protokollet')).toBeVisible();
  await expect(decision.getByText('Ange när trygghetsvandringen ska göras.')).toBeVisible();
  await expect(decision.getByText(new RegExp(`^${otherName}, \\d{4}-\\d{2}-\\d{2}`))).toBeVisible();
  await decision.getByLabel('Beslut').fill('Att genomföra en trygghetsvandring i april.');
  await page.getByRole('button', { name: 'Skicka för justering' }).click();
  await expect(status(page)).toContainText('Hos justerarna');
  await expect(status(page)).toContainText('omgång 2');

  // The first approval (the secretary is the chair, an adjuster too): not adjusted yet.
  await expect(page.getByRole('heading', { name: 'Du är justerare' })).toBeVisible();
  await page.getByRole('button', { name: 'Godkänn protokollet' }).click();
  await expect(page.getByText('Du har godkänt protokollet. Det är justerat när alla justerare har godkänt.')).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${chairName} Godkänt \\d{4}-\\d{2}-\\d{2}`) })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${otherName} Har inte godkänt än`) })).toBeVisible();
  await expect(status(page)).toContainText('Hos justerarna');

  // The second approval, in the adjuster's own login, adjusts and locks the minutes.
  await logout(page);
  await login(page, ADJUSTER);
  await page.goto(minutesUrl);
  await waitForLoaded(page);
  await expect(status(page)).toContainText('omgång 2');
  // The revised decision is what the adjusters read.
  await expect(page.getByText('Att genomföra en trygghetsvandring i april.')).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${chairName} Godkänt \\d{4}-\\d{2}-\\d{2}`) })).toBeVisible();
  await page.getByRole('button', { name: 'Godkänn protokollet' }).click();
  await expect(page.getByText('Alla justerare har godkänt: protokollet är justerat och låst.', { exact: false })).toBeVisible();
  await expect(status(page)).toContainText(/Justerat \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(page.getByRole('button', { name: 'Godkänn protokollet' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skicka tillbaka med kommentar' })).toHaveCount(0);

  // The adjusting view shows both approvals and the rounds: the comment in round 1, the approvals in round 2.
  await expect(table.getByRole('row', { name: /Godkänt \d{4}-\d{2}-\d{2}/ })).toHaveCount(2);
  await expect(table.getByRole('row', { name: new RegExp(`${chairName} Godkänt \\d{4}-\\d{2}-\\d{2}`) })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${otherName} Godkänt \\d{4}-\\d{2}-\\d{2}`) })).toBeVisible();
  const history = page.getByRole('list').filter({ hasText: 'Omgång 1' });
  await expect(history).toContainText(`${otherName} kommenterade § 2 ${p.decisionTitle}`);
  await expect(history).toContainText('Omgång 2');
  await expect(history).toContainText(`${chairName} godkände`);
  await expect(history).toContainText(`${otherName} godkände`);
  await expectNoA11yViolations(page, 'adjusted minutes (adjuster)');

  // Locked for the secretary too: no form, no submitting.
  await logout(page);
  await login(page, MEMBER);
  await page.goto(minutesUrl);
  await waitForLoaded(page);
  await expect(status(page)).toContainText(/Justerat \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(page.getByRole('textbox', { name: 'Protokolltext' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Spara utkast' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skicka för justering' })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Godkänt \d{4}-\d{2}-\d{2}/ })).toHaveCount(2);

  // The protocol: both adjusters sign with their dates of approval, the secretary "Vid protokollet", the absent listed.
  await page.getByRole('link', { name: 'Utskriftsversion' }).click();
  const protocol = page.getByRole('article', { name: 'Protokoll' });
  await expect(protocol.getByRole('region', { name: 'Frånvarande' })).toContainText(p.absentName);
  const signatures = protocol.getByRole('region', { name: 'Underskrifter' });
  await expect(signatures.getByRole('heading', { name: 'Vid protokollet' })).toBeVisible();
  await expect(signatures.getByRole('heading', { name: 'Justeras' })).toBeVisible();
  await expect(signatures.getByRole('listitem')).toHaveCount(2);
  await expect(signatures.getByRole('listitem').filter({ hasText: chairName })).toContainText(/Justerat \d{4}-\d{2}-\d{2}/);
  await expect(signatures.getByRole('listitem').filter({ hasText: otherName })).toContainText(/Justerat \d{4}-\d{2}-\d{2}/);
});

test('minutes: immediate adjusting of a §, the last approval locks the minutes, a stale save is refused, a correction is appended, the protocol prints', async ({
  page,
  request,
  context,
}) => {
  const p = await prepareMeeting(request);
  const { chairName } = await namesOf(request, p);

  await login(page, MEMBER);
  await page.goto(`/meetings/${p.meetingId}/minutes`);
  await waitForLoaded(page);
  const first = paragraph(page, /§ 1 Lägesbild/);
  await first.getByLabel('Protokolltext').fill('Polisen redogjorde för läget.');
  // Omedelbar justering: confirmed, what is typed is saved first, the § is locked.
  await first.getByRole('button', { name: 'Justera § 1 omedelbart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Justera § 1 Lägesbild från lokalpolisområdet omedelbart?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Justera paragrafen' }).click();
  await expect(first.getByText(/^Omedelbart justerad \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(first.getByLabel('Protokolltext')).toHaveCount(0);
  await expect(first.getByText('Polisen redogjorde för läget.')).toBeVisible();

  const decision = paragraph(page, new RegExp(`§ 2 ${p.decisionTitle}`));
  await decision.getByLabel('Beslut').fill('Att genomföra en trygghetsvandring.');
  await decision.getByLabel('Resultat').selectOption('decided');
  await page.getByRole('group', { name: 'Justerare' }).getByLabel(chairName).check();
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByText('Utkastet har sparats.')).toBeVisible();

  // A second tab keeps the draft's form open while the minutes are adjusted in the first.
  const stale = await context.newPage();
  await stale.goto(`/meetings/${p.meetingId}/minutes`);
  await expect(paragraph(stale, new RegExp(`§ 2 ${p.decisionTitle}`)).getByLabel('Beslut')).toHaveValue('Att genomföra en trygghetsvandring.');

  await page.getByRole('button', { name: 'Skicka för justering' }).click();
  await expect(status(page)).toContainText('Hos justerarna');
  await page.getByRole('button', { name: 'Godkänn protokollet' }).click();
  await expect(page.getByText('Alla justerare har godkänt: protokollet är justerat och låst.', { exact: false })).toBeVisible();

  // Locked: "Justerat" with its date, no form, no approve.
  await expect(status(page)).toContainText(/Justerat \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(page.getByRole('textbox', { name: 'Protokolltext' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Spara utkast' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Godkänn protokollet' })).toHaveCount(0);

  // The stale tab's save is refused by the server, and the page says why.
  const staleDecision = paragraph(stale, new RegExp(`§ 2 ${p.decisionTitle}`));
  await staleDecision.getByLabel('Beslut').fill('Ett annat beslut.');
  await stale.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(stale.getByText('Protokollet är justerat och låst. Lägg till en rättelse i stället.')).toBeVisible();
  await stale.close();

  // A correction: dated and attributed; the adjusted text stays.
  await expectNoA11yViolations(page, 'adjusted minutes');
  await page.getByLabel('Rättelsen gäller').selectOption({ label: `§ 2 ${p.decisionTitle}` });
  await page.getByRole('textbox', { name: /^Rättelse/ }).fill('Trygghetsvandringen görs i april, inte i mars.');
  await page.getByRole('button', { name: 'Lägg till rättelsen' }).click();
  await expect(page.getByText('Rättelsen har lagts till.')).toBeVisible();
  const corrections = page.getByRole('region', { name: 'Rättelser' });
  await expect(corrections.getByText('Trygghetsvandringen görs i april, inte i mars.')).toBeVisible();
  await expect(corrections.getByText(new RegExp(`\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}, Maja Medlem · § 2 ${p.decisionTitle}`))).toBeVisible();
  await expect(page.getByText('Att genomföra en trygghetsvandring.')).toBeVisible();

  // The protocol: council, "Protokoll", date, time, place, present, §§, Beslut, adjusters with dates, secretary.
  await page.getByRole('link', { name: 'Utskriftsversion' }).click();
  const protocol = page.getByRole('article', { name: 'Protokoll' });
  await expect(protocol.getByText(MEMBER_CHAIRS, { exact: true })).toBeVisible();
  await expect(protocol.getByText('Medborgarplatsen 3, sal 2')).toBeVisible();
  await expect(protocol.getByRole('region', { name: 'Närvarande' })).toContainText(chairName);
  await expect(protocol.getByRole('region', { name: 'Närvarande' })).not.toContainText(p.absentName);
  await expect(protocol.getByRole('region', { name: 'Frånvarande' }).getByRole('listitem').filter({ hasText: p.absentName })).toBeVisible();
  await expect(protocol.getByRole('heading', { name: /^§ 1 Lägesbild/ })).toBeVisible();
  await expect(protocol.getByRole('heading', { name: new RegExp(`^§ 2 ${p.decisionTitle}`) })).toBeVisible();
  await expect(protocol.getByRole('heading', { name: /^§ 3 Ärende om enskild Sekretess/ })).toBeVisible();
  await expect(protocol.getByText(/^Beslut \(beslut \d{4}:\d+\)$/)).toBeVisible();
  await expect(protocol.getByText('Paragrafen justerades omedelbart', { exact: false })).toBeVisible();
  const signatures = protocol.getByRole('region', { name: 'Underskrifter' });
  // "Vid protokollet": the council's secretary; "Justeras": the adjuster with the date of approval; a line to sign above each name.
  await expect(signatures.getByRole('heading', { name: 'Vid protokollet' })).toBeVisible();
  await expect(signatures.getByRole('heading', { name: 'Justeras' })).toBeVisible();
  await expect(signatures.getByRole('listitem')).toHaveCount(1);
  await expect(signatures.getByRole('listitem')).toContainText(new RegExp(`${chairName}Justerat \\d{4}-\\d{2}-\\d{2}`));
  await expect(signatures.locator('.signature-line')).toHaveCount(2);
  await expect(protocol.getByText('Utkast – inte justerat')).toHaveCount(0);
  await expectNoA11yViolations(page, 'protocol');

  // Printed: no app chrome, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(protocol).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('minutes: the demo’s adjusted minutes show their adjusters’ approvals; a viewer may not read minutes', async ({ page }) => {
  await login(page, COORDINATOR);
  // Past meetings: the demo's, held with adjusted minutes (the list starts today unless told otherwise).
  await page.goto('/meetings?status=minutes_adjusted&from=2020-01-01');
  await page.getByRole('table').getByRole('rowheader').first().getByRole('link').click();
  await page.getByRole('link', { name: 'Protokoll', exact: true }).click();
  await waitForLoaded(page);
  await expect(status(page)).toContainText(/Justerat \d{4}-\d{2}-\d{2}/);
  const table = page.getByRole('table', { name: 'Justerare och vad de har godkänt' });
  await expect(table.getByRole('row', { name: /Godkänt \d{4}-\d{2}-\d{2}/ })).toHaveCount(2);
  await expect(page.getByText(/godkände/).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Protokolltext' })).toHaveCount(0);
  // The coordinator may append corrections to adjusted minutes.
  await expect(page.getByRole('button', { name: 'Lägg till rättelsen' })).toBeVisible();
  const minutesUrl = page.url();
  await expectNoA11yViolations(page, 'demo adjusted minutes');

  await page.getByRole('link', { name: 'Utskriftsversion' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Närvarande' }).getByRole('listitem').first()).toBeVisible();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await login(page, VIEWER);
  await page.goto(minutesUrl);
  await expect(page.getByText('Protokollet kan läsas av rådets ledamöter, samordnare och administratörer.')).toBeVisible();
});
