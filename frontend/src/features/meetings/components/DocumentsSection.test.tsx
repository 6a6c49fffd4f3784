import { File as NodeFile } from 'node:buffer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting } from '@/api/types';
import { downloadBlob } from '@/lib/download';
import { tokenStore } from '@/lib/token-store';
import { json, renderWithProviders, serveRequests, testMeeting } from '@/testing/test-utils';
import type { AgendaItem } from '../api/agenda';
import type { MeetingDocument } from '../api/documents';
import { DocumentsSection } from './DocumentsSection';

vi.mock('@/lib/download', async (original) => ({ ...(await original<typeof import('@/lib/download')>()), downloadBlob: vi.fn() }));

const MEETING = testMeeting({ allowed_actions: ['update', 'cancel'] });
const ID = MEETING.id;
const BASE = `/api/v1/meetings/${ID}/documents`;
const path = (req: Request) => new URL(req.url).pathname;

const ITEM: AgendaItem = {
  id: '01900000-0000-7000-8000-000000000101',
  meeting_id: ID,
  council_id: MEETING.council_id,
  number: 2,
  title: 'Trygghetsvandring',
  kind: 'information',
  presenter_person_id: null,
  organization_id: null,
  duration_minutes: null,
  classification: 'restricted',
  description: null,
  standing: false,
  version: 1,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  allowed_actions: [],
};

function document(n: number, title: string, overrides: Partial<MeetingDocument> = {}): MeetingDocument {
  const id = `01900000-0000-7000-8000-0000000006${String(n).padStart(2, '0')}`;
  return {
    id,
    meeting_id: ID,
    council_id: MEETING.council_id,
    agenda_item_id: null,
    title,
    file_name: `${title.toLowerCase()}.pdf`,
    media_type: 'application/pdf',
    size_bytes: 1536,
    sha256: 'a'.repeat(64),
    classification: 'internal',
    uploaded_by_name: 'Kim Samordnare',
    content_url: `${BASE}/${id}/content`,
    version: 1,
    created_at: '2026-12-03T12:39:01Z',
    updated_at: '2026-12-03T12:39:01Z',
    names: {},
    allowed_actions: [],
    ...overrides,
  };
}

/**
 * The documents and agenda endpoints over `items`; `pageActions` is the list's allowed_actions.
 * `upload` answers a POST (default: a new document from the query).
 */
function serveDocuments(start: MeetingDocument[], pageActions: string[] = [], upload?: (req: Request) => Response) {
  let items = start;
  return serveRequests(async (req) => {
    const p = path(req);
    if (req.method === 'GET' && p === `/api/v1/meetings/${ID}/agenda-items`) return json({ items: [ITEM], next_cursor: null, allowed_actions: [] });
    if (req.method === 'GET' && p === BASE) return json({ items, next_cursor: null, allowed_actions: pageActions });
    if (req.method === 'POST' && p === BASE) {
      if (upload) return upload(req);
      const q = new URL(req.url).searchParams;
      const name = q.get('file_name') ?? '';
      const saved = document(items.length + 1, q.get('title') ?? name.replace(/\.[^.]*$/, ''), { file_name: name, allowed_actions: ['update', 'delete'] });
      items = [...items, saved];
      return json(saved, 201);
    }
    if (req.method === 'PATCH' && p.startsWith(`${BASE}/`)) {
      const id = p.split('/').pop();
      const patch = (await req.clone().json()) as Partial<MeetingDocument>;
      items = items.map((d) => (d.id === id ? { ...d, ...patch, version: d.version + 1 } : d));
      return json(items.find((d) => d.id === id));
    }
    if (req.method === 'GET' && p.endsWith('/content')) {
      const id = p.split('/').at(-2);
      if (!items.some((d) => d.id === id)) return json({ type: 'about:blank', title: 'Gone', status: 410, code: 'document_removed' }, 410);
      return new Response('%PDF-1.7\n%%EOF\n', {
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="kallelse aao.pdf"; filename*=UTF-8''kallelse%20%C3%A5%C3%A4%C3%B6.pdf` },
      });
    }
    return json({ type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' }, 404);
  });
}

const renderSection = (meeting: Meeting = MEETING) => renderWithProviders(<DocumentsSection meeting={meeting} />);
/**
 * Node's own File: jsdom's is not a Blob to Node's fetch (`new Request(url, { body })` would drop
 * it), a browser's is. user-event puts either into the input's `files`.
 */
const file = (content: string[], name: string, type = '') => new NodeFile(content, name, { type }) as unknown as File;

beforeEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(downloadBlob).mockReset();
  tokenStore.set('token');
});

describe('documents section', () => {
  it('lists what the caller may read, with kind, size, classification, uploader and point, and offers no writes without allowed_actions', async () => {
    serveDocuments([
      document(1, 'Kallelse', { agenda_item_id: ITEM.id, classification: 'restricted' }),
      document(2, 'Budget', { file_name: 'budget.xlsx', media_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size_bytes: 2_516_582 }),
      document(3, 'Anteckningar', { file_name: 'anteckningar.txt', media_type: 'text/plain; charset=utf-8', size_bytes: 512, classification: 'public' }),
    ]);
    renderSection();
    const list = await screen.findByRole('list', { name: 'Mötets handlingar' });
    const [kallelse, budget, notes] = within(list).getAllByRole('listitem');
    expect(within(kallelse).getByRole('button', { name: 'Kallelse' })).toHaveAccessibleDescription('PDF, 1,5\u00a0kB (kallelse.pdf)');
    expect(kallelse).toHaveTextContent('Begränsad');
    expect(kallelse).toHaveTextContent('Hör till§ 2 Trygghetsvandring');
    expect(kallelse).toHaveTextContent('Uppladdad2026-12-03 13:39 av Kim Samordnare');
    expect(budget).toHaveTextContent('Excel-ark, 2,4 MB (budget.xlsx)');
    expect(budget).not.toHaveTextContent('Hör till');
    expect(notes).toHaveTextContent('Textfil, 512 byte (anteckningar.txt)');
    expect(notes).toHaveTextContent('Offentlig');
    expect(within(list).queryByRole('button', { name: 'Ändra' })).toBeNull();
    expect(within(list).queryByRole('button', { name: 'Ta bort' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Ladda upp en handling' })).toBeNull();
  });

  it('offers the upload form with the list page’s create, and edit and remove by each document’s actions; not on a cancelled meeting', async () => {
    serveDocuments([document(1, 'Kallelse', { allowed_actions: ['update', 'delete'] }), document(2, 'Budget')], ['create']);
    const first = renderSection();
    const form = await screen.findByRole('form', { name: 'Ladda upp en handling' });
    expect(within(form).getByLabelText(/^Fil/)).toHaveAttribute('accept', expect.stringContaining('.pdf'));
    expect(within(form).getByLabelText(/^Fil/)).toHaveAccessibleDescription(/högst 20 MB/);
    expect(within(form).getByLabelText('Vem får läsa')).toHaveValue('internal');
    expect(within(form).getByRole('option', { name: '§ 2 Trygghetsvandring' })).toBeInTheDocument();
    const [kallelse, budget] = screen.getAllByRole('listitem');
    expect(within(kallelse).getByRole('button', { name: 'Ändra' })).toBeInTheDocument();
    expect(within(kallelse).getByRole('button', { name: 'Ta bort' })).toBeInTheDocument();
    expect(within(budget).queryByRole('button', { name: 'Ändra' })).toBeNull();
    first.unmount();

    serveDocuments([document(1, 'Kallelse')], ['create']);
    renderSection({ ...MEETING, status: 'cancelled' });
    await screen.findByRole('list', { name: 'Mötets handlingar' });
    expect(screen.queryByRole('form', { name: 'Ladda upp en handling' })).toBeNull();
  });

  it('uploads the file as the raw body with an Idempotency-Key and the rest in the query, then lists and focuses it', async () => {
    const requests = serveDocuments([], ['create']);
    const user = userEvent.setup();
    renderSection();
    const form = await screen.findByRole('form', { name: 'Ladda upp en handling' });
    await user.upload(within(form).getByLabelText(/^Fil/), file(['%PDF-1.7\nhej\n%%EOF\n'], 'kallelse.pdf', 'application/pdf'));
    expect(form).toHaveTextContent('Vald fil: kallelse.pdf, 19 byte.');
    await user.type(within(form).getByLabelText('Titel'), 'Kallelse till mötet');
    // Choosing a restricted point raises the classification to the point's.
    await user.selectOptions(within(form).getByLabelText('Hör till punkt'), '§ 2 Trygghetsvandring');
    expect(within(form).getByLabelText('Vem får läsa')).toHaveValue('restricted');
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Kallelse till mötet har laddats upp.'));
    const post = requests.find((r) => r.method === 'POST')!;
    const url = new URL(post.url);
    expect(url.pathname).toBe(BASE);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      file_name: 'kallelse.pdf',
      title: 'Kallelse till mötet',
      classification: 'restricted',
      agenda_item_id: ITEM.id,
    });
    expect(post.headers.get('Idempotency-Key')).toMatch(/.{8,}/);
    expect(post.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(await post.text()).toBe('%PDF-1.7\nhej\n%%EOF\n');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kallelse till mötet' })).toHaveFocus());
    // A fresh form for the next file.
    expect(within(screen.getByRole('form', { name: 'Ladda upp en handling' })).getByLabelText('Titel')).toHaveValue('');
  });

  it('leaves out an empty title and agenda point', async () => {
    const requests = serveDocuments([], ['create']);
    const user = userEvent.setup();
    renderSection();
    const form = await screen.findByRole('form', { name: 'Ladda upp en handling' });
    await user.upload(within(form).getByLabelText(/^Fil/), file(['hej'], 'a.txt', 'text/plain'));
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(Object.fromEntries(new URL(post.url).searchParams)).toEqual({ file_name: 'a.txt', classification: 'internal' });
  });

  it('shows a 415 at the file field in Swedish', async () => {
    serveDocuments([], ['create'], () =>
      json({ type: 'urn:samverkan:problem:file_type_not_allowed', title: 'Unsupported Media Type', status: 415, code: 'file_type_not_allowed', detail: 'The file’s content is not of a kind accepted.' }, 415),
    );
    const user = userEvent.setup();
    renderSection();
    const form = await screen.findByRole('form', { name: 'Ladda upp en handling' });
    await user.upload(within(form).getByLabelText(/^Fil/), file(['MZ\x90\x00'], 'virus.pdf', 'application/pdf'));
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    const text = 'Filtypen tas inte emot. Ladda upp PDF, bild (PNG, JPEG, WebP), Word, Excel, PowerPoint, OpenDocument eller vanlig text.';
    const input = within(form).getByLabelText(/^Fil/);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(expect.stringContaining(text));
    expect(within(form).getByRole('group', { name: 'Formuläret innehåller fel' })).toHaveFocus();
    expect(screen.queryByRole('status')).toHaveTextContent('');
  });

  it('says a classification below the agenda point’s at that field', async () => {
    serveDocuments([], ['create'], () =>
      json({ type: 'about:blank', title: 'Validation failed', status: 422, code: 'validation_failed', errors: [{ field: 'classification', code: 'below_agenda_item', message: 'The agenda item is internal.' }] }, 422),
    );
    const user = userEvent.setup();
    renderSection();
    const form = await screen.findByRole('form', { name: 'Ladda upp en handling' });
    await user.upload(within(form).getByLabelText(/^Fil/), file(['hej'], 'a.txt'));
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    const select = within(form).getByLabelText('Vem får läsa');
    await waitFor(() => expect(select).toHaveAttribute('aria-invalid', 'true'));
    expect(select).toHaveAccessibleDescription(expect.stringContaining('Handlingen kan inte vara mindre skyddad än punkten den hör till.'));
  });

  it('checks the size before sending: over 20 MB, or empty, is not sent', async () => {
    const requests = serveDocuments([], ['create']);
    const user = userEvent.setup();
    renderSection();
    const form = await screen.findByRole('form', { name: 'Ladda upp en handling' });
    const big = file(['x'], 'stor.pdf');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 + 1 });
    await user.upload(within(form).getByLabelText(/^Fil/), big);
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    expect(await within(form).findByText(/Filen är 21 MB\. Den får vara högst 20 MB\./, { selector: '.field-error' })).toBeInTheDocument();
    await user.upload(within(form).getByLabelText(/^Fil/), file([], 'tom.txt'));
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    expect(await within(form).findByText(/Filen är tom\./, { selector: '.field-error' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Ladda upp' }));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('downloads with the bearer token under the name Content-Disposition gives', async () => {
    const requests = serveDocuments([document(1, 'Kallelse')]);
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Kallelse' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    const [name, blob] = vi.mocked(downloadBlob).mock.calls[0];
    expect(name).toBe('kallelse åäö.pdf');
    expect(await blob.text()).toBe('%PDF-1.7\n%%EOF\n');
    expect(requests.find((r) => path(r).endsWith('/content'))!.headers.get('Authorization')).toBe('Bearer token');
  });

  it('says a document removed meanwhile (410) is gone and refreshes the list', async () => {
    // The list shows it; the server has removed it since.
    let listed = [document(1, 'Kallelse')];
    serveRequests((req) => {
      const p = path(req);
      if (p === BASE) return json({ items: listed, next_cursor: null, allowed_actions: [] });
      if (p.endsWith('/content')) {
        listed = [];
        return json({ type: 'urn:samverkan:problem:document_removed', title: 'Gone', status: 410, code: 'document_removed' }, 410);
      }
      return json({ items: [], next_cursor: null, allowed_actions: [] });
    });
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Kallelse' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dokumentet har tagits bort. Listan har uppdaterats.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(await screen.findByText('Det finns inga handlingar till mötet som du kan läsa.')).toBeInTheDocument();
    expect(downloadBlob).not.toHaveBeenCalled();
  });

  it('renames inline with If-Match and puts the focus back on "Ändra"', async () => {
    const doc = document(1, 'Kallelse', { allowed_actions: ['update'], version: 4 });
    const requests = serveDocuments([doc]);
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Ändra' }));
    const form = screen.getByRole('form', { name: 'Ändra Kallelse' });
    const title = within(form).getByLabelText(/^Titel/);
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Kallelse, reviderad');
    await user.selectOptions(within(form).getByLabelText('Vem får läsa'), 'public');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Ändringarna av Kallelse, reviderad har sparats.'));
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(path(patch)).toBe(`${BASE}/${doc.id}`);
    expect(patch.headers.get('If-Match')).toBe('"4"');
    expect(await patch.json()).toEqual({ title: 'Kallelse, reviderad', classification: 'public' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ändra' })).toHaveFocus());
  });
});
