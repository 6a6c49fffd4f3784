import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { COORDINATOR, VIEWER, expectNoA11yViolations, login, uniqueSuffix } from './helpers';

/** A council the viewer login does not sit on. */
const COUNCIL = 'Trygghetsråd Södermalm';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const TEXT = Buffer.from('Minnesanteckningar från trygghetsvandringen.\nÅtgärder: belysning vid skolan.\n');
/** The start of a Windows program, named as a PDF. */
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

async function apiHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.post('/api/v1/auth/login', { data: { email: COORDINATOR.email, password: COORDINATOR.password } });
  expect(res.ok()).toBe(true);
  return { Authorization: `Bearer ${((await res.json()) as { access_token: string }).access_token}` };
}

/** A planned meeting of COUNCIL far ahead (random time, so repeated runs do not overlap) with one agenda point. */
async function setUp(request: APIRequestContext): Promise<{ meetingId: string; headers: Record<string, string> }> {
  const headers = await apiHeaders(request);
  const councils = await request.get('/api/v1/councils', { headers, params: { q: COUNCIL, limit: 20 } });
  const council = ((await councils.json()) as { items: { id: string; name: string }[] }).items.find((c) => c.name === COUNCIL);
  expect(council, COUNCIL).toBeTruthy();
  for (let attempt = 0; attempt < 5; attempt++) {
    const start = new Date(Date.now() + (800 + Math.floor(Math.random() * 60)) * 86_400_000);
    start.setUTCHours(6 + Math.floor(Math.random() * 10), 15 * Math.floor(Math.random() * 4), 0, 0);
    const end = new Date(start.getTime() + 60 * 60_000);
    const res = await request.post('/api/v1/meetings', {
      headers,
      data: { council_id: council!.id, title: `Handlingstest ${uniqueSuffix()}`, starts_at: start.toISOString(), ends_at: end.toISOString() },
    });
    if (res.status() === 409) continue;
    expect(res.status(), await res.text()).toBe(201);
    const meetingId = ((await res.json()) as { id: string }).id;
    const item = await request.post(`/api/v1/meetings/${meetingId}/agenda-items`, { headers, data: { title: 'Trygghetsvandring', kind: 'information' } });
    expect(item.status(), await item.text()).toBe(201);
    return { meetingId, headers };
  }
  throw new Error('no free time for the test meeting');
}

const section = (page: Page) => page.getByRole('region', { name: 'Handlingar' });
const docs = (page: Page) => section(page).getByRole('list', { name: 'Mötets handlingar' }).getByRole('listitem');
const doc = (page: Page, title: string) => docs(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const uploadForm = (page: Page) => section(page).getByRole('form', { name: 'Ladda upp en handling' });

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, title?: string, item?: string) {
  const form = uploadForm(page);
  await form.getByLabel('Fil (obligatoriskt)').setInputFiles(file);
  if (title) await form.getByLabel('Titel').fill(title);
  if (item) await form.getByLabel('Hör till punkt').selectOption({ label: item });
  await form.getByRole('button', { name: 'Ladda upp' }).click();
}

test('documents: a coordinator uploads, downloads, renames and removes; a file of the wrong kind is refused; a viewer sees only public ones', async ({ page, request }) => {
  const { meetingId, headers } = await setUp(request);
  await login(page, COORDINATOR);
  await page.goto(`/meetings/${meetingId}`);
  await expect(section(page).getByText('Det finns inga handlingar till mötet som du kan läsa.')).toBeVisible();
  await expect(uploadForm(page).getByText(/Högst 20 MB|högst 20 MB/)).toBeVisible();

  // A PDF for the agenda point: listed, announced, focused.
  await upload(page, { name: 'kallelse.pdf', mimeType: 'application/pdf', buffer: PDF }, 'Kallelse', '§ 1 Trygghetsvandring');
  await expect(section(page).getByRole('status')).toHaveText('Kallelse har laddats upp.');
  await expect(doc(page, 'Kallelse').getByRole('button', { name: 'Kallelse' })).toBeFocused();
  await expect(doc(page, 'Kallelse')).toContainText(`PDF, ${PDF.length}\u00a0byte (kallelse.pdf)`);
  await expect(doc(page, 'Kallelse')).toContainText('§ 1 Trygghetsvandring');
  await expect(doc(page, 'Kallelse')).toContainText('Intern');
  await expect(doc(page, 'Kallelse')).toContainText('av Kim Samordnare');

  // Plain text without a title: the title is the file name without its ending.
  await upload(page, { name: 'anteckningar.txt', mimeType: 'text/plain', buffer: TEXT });
  await expect(doc(page, 'anteckningar')).toContainText('Textfil');
  await expect(docs(page)).toHaveCount(2);
  // The form starts afresh after an upload.
  await expect(uploadForm(page).getByLabel('Titel')).toHaveValue('');

  // A program named .pdf: refused by the server, said in Swedish at the file field.
  await upload(page, { name: 'virus.pdf', mimeType: 'application/pdf', buffer: EXE });
  const refusal = 'Filtypen tas inte emot. Ladda upp PDF, bild (PNG, JPEG, WebP), Word, Excel, PowerPoint, OpenDocument eller vanlig text.';
  await expect(uploadForm(page).getByRole('group', { name: 'Formuläret innehåller fel' })).toBeFocused();
  await expect(uploadForm(page).locator('.field-error')).toContainText(refusal);
  await expect(uploadForm(page).getByLabel('Fil (obligatoriskt)')).toHaveAttribute('aria-invalid', 'true');
  await expect(docs(page)).toHaveCount(2);
  await expectNoA11yViolations(page, 'meeting page with documents and a refused upload');

  // Download: the same bytes, under the file name.
  const downloaded = page.waitForEvent('download');
  await doc(page, 'Kallelse').getByRole('button', { name: 'Kallelse' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('kallelse.pdf');
  expect(Buffer.compare(await readFile((await download.path())!), PDF)).toBe(0);

  // Rename and make it public, inline.
  await doc(page, 'anteckningar').getByRole('button', { name: 'Ändra' }).click();
  const edit = section(page).getByRole('form', { name: 'Ändra anteckningar' });
  await expect(edit.getByLabel('Titel (obligatoriskt)')).toBeFocused();
  await edit.getByLabel('Titel (obligatoriskt)').fill('Anteckningar från vandringen');
  await edit.getByLabel('Vem får läsa').selectOption({ label: 'Offentlig' });
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(section(page).getByRole('status')).toHaveText('Ändringarna av Anteckningar från vandringen har sparats.');
  await expect(doc(page, 'Anteckningar från vandringen').getByRole('button', { name: 'Ändra' })).toBeFocused();
  await expect(doc(page, 'Anteckningar från vandringen')).toContainText('Offentlig');

  // Someone else removes the PDF: downloading it now says so and the list is refreshed.
  const listed = (await (await request.get(`/api/v1/meetings/${meetingId}/documents`, { headers })).json()) as { items: { id: string; title: string; version: number }[] };
  const pdf = listed.items.find((d) => d.title === 'Kallelse')!;
  const removed = await request.delete(`/api/v1/meetings/${meetingId}/documents/${pdf.id}`, { headers: { ...headers, 'If-Match': `"${pdf.version}"` } });
  expect(removed.status()).toBe(204);
  await doc(page, 'Kallelse').getByRole('button', { name: 'Kallelse' }).click();
  await expect(section(page).getByRole('alert')).toHaveText('Dokumentet har tagits bort. Listan har uppdaterats.');
  await expect(section(page).getByRole('alert')).toBeFocused();
  await expect(docs(page)).toHaveCount(1);

  // Remove the other behind a confirmation.
  await doc(page, 'Anteckningar från vandringen').getByRole('button', { name: 'Ta bort' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort Anteckningar från vandringen?' });
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Ta bort handlingen' }).click();
  await expect(section(page).getByRole('status')).toHaveText('Anteckningar från vandringen har tagits bort.');
  await expect(section(page).getByRole('heading', { name: 'Handlingar', level: 2 })).toBeFocused();
  await expect(section(page).getByText('Det finns inga handlingar till mötet som du kan läsa.')).toBeVisible();

  // For the viewer: an internal and a public document; only the public one is listed, and no form.
  for (const [name, classification] of [['internt.txt', 'internal'], ['offentligt.txt', 'public']] as const) {
    const res = await request.post(`/api/v1/meetings/${meetingId}/documents`, {
      headers: { ...headers, 'Content-Type': 'application/octet-stream', 'Idempotency-Key': uniqueSuffix() },
      params: { file_name: name, classification },
      data: TEXT,
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await login(page, VIEWER);
  await page.goto(`/meetings/${meetingId}`);
  await expect(doc(page, 'offentligt')).toBeVisible();
  await expect(docs(page)).toHaveCount(1);
  await expect(section(page).getByText('internt')).toHaveCount(0);
  await expect(uploadForm(page)).toHaveCount(0);
  await expect(doc(page, 'offentligt').getByRole('button', { name: 'Ändra' })).toHaveCount(0);
  await expect(doc(page, 'offentligt').getByRole('button', { name: 'Ta bort' })).toHaveCount(0);
  const viewerDownload = page.waitForEvent('download');
  await doc(page, 'offentligt').getByRole('button', { name: 'offentligt' }).click();
  expect((await viewerDownload).suggestedFilename()).toBe('offentligt.txt');
  await expectNoA11yViolations(page, 'meeting page with documents as a viewer');
});
