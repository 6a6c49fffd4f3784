import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderWithProviders, testUser } from '@/testing/test-utils';
import { tokenStore } from '@/lib/token-store';
import type { Organization } from '@/api/types';
import { CreateOrganizationPage } from './CreateOrganizationPage';
import { EditOrganizationPage } from './EditOrganizationPage';
import { OrganizationsPage } from './OrganizationsPage';
import { fieldDomId } from './OrganizationForm';

const org: Organization = {
  id: '01900000-0000-7000-8000-0000000000aa',
  kind: 'civil_society',
  name: 'Föreningen Trygg',
  parent_id: null,
  organization_number: '802000-0000',
  contact_details: [{ type: 'email', value: 'info@trygg.test', label: null }],
  version: 3,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  names: {},
  allowed_actions: ['update', 'delete'],
};

type Handler = (req: Request) => Response | Promise<Response>;

function serve(handler: Handler) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    requests.push(req.clone());
    return handler(req);
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}

const path = (req: Request) => new URL(req.url).pathname;

beforeEach(() => {
  vi.unstubAllGlobals();
  tokenStore.set('token');
});

describe('organization form', () => {
  it('shows server field errors next to the field, with aria-invalid/aria-describedby and a focused summary', async () => {
    const requests = serve((req) => {
      if (req.method === 'GET' && path(req) === '/api/v1/organizations') return json({ items: [org], next_cursor: null, allowed_actions: ['create'] });
      if (req.method === 'POST' && path(req) === '/api/v1/organizations') {
        return json(
          {
            type: 'https://samverkan.test/problems/validation',
            title: 'Validation failed',
            status: 422,
            code: 'validation_failed',
            request_id: 'r1',
            errors: [
              { field: 'organization_number', code: 'invalid_luhn', message: 'bad check digit' },
              { field: 'contact_details[0].value', code: 'invalid_email', message: 'not an e-mail address' },
            ],
          },
          422,
        );
      }
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateOrganizationPage />);
    // The form shows once the list page's allowed_actions say the caller may create.
    await screen.findByRole('button', { name: 'Skapa organisation' });

    await user.selectOptions(screen.getByLabelText('Typ (obligatoriskt)'), 'civil_society');
    await user.type(screen.getByLabelText('Namn (obligatoriskt)'), 'Testföreningen');
    await user.type(screen.getByLabelText('Organisationsnummer'), '556016-0681');
    await user.click(screen.getByRole('button', { name: 'Lägg till kontaktuppgift' }));
    await user.type(screen.getByLabelText('Uppgift (obligatoriskt)'), 'inte-en-adress');
    await user.click(screen.getByRole('button', { name: 'Skapa organisation' }));

    const orgNumber = screen.getByLabelText('Organisationsnummer');
    await waitFor(() => expect(orgNumber).toHaveAttribute('aria-invalid', 'true'));
    const describedBy = orgNumber.getAttribute('aria-describedby') ?? '';
    const errorEl = document.getElementById(`${fieldDomId('organization_number')}-error`);
    expect(errorEl).not.toBeNull();
    expect(describedBy.split(' ')).toContain(errorEl!.id);
    expect(errorEl).toHaveTextContent('Organisationsnumret har fel kontrollsiffra.');
    expect(orgNumber).toHaveAccessibleDescription(/fel kontrollsiffra/);

    // An unknown code falls back to the server's message, on the right contact row.
    const contactValue = screen.getByLabelText('Uppgift (obligatoriskt)');
    expect(contactValue).toHaveAttribute('aria-invalid', 'true');
    expect(contactValue).toHaveAccessibleDescription(/not an e-mail address/);

    const summary = screen.getByRole('group', { name: 'Formuläret innehåller fel' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: /Organisationsnummer: Organisationsnumret har fel kontrollsiffra/ })).toBeInTheDocument();

    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/[0-9a-f-]{8,}/);
    expect(post.headers.get('Authorization')).toBe('Bearer token');
    expect(await post.json()).toEqual({
      kind: 'civil_society',
      name: 'Testföreningen',
      parent_id: null,
      organization_number: '556016-0681',
      contact_details: [{ type: 'email', value: 'inte-en-adress', label: null }],
    });
  });

  it('requires a kind and a name before calling the server', async () => {
    const requests = serve((req) =>
      path(req) === '/api/v1/organizations' && req.method === 'GET' ? json({ items: [], next_cursor: null, allowed_actions: ['create'] }) : json({}, 500),
    );
    const user = userEvent.setup();
    renderWithProviders(<CreateOrganizationPage />);
    // The form shows once the list page's allowed_actions say the caller may create.
    await screen.findByRole('button', { name: 'Skapa organisation' });
    // No kind is preselected: the user has to choose one.
    const kind = screen.getByLabelText('Typ (obligatoriskt)');
    expect(kind).toHaveValue('');
    expect(kind).toHaveDisplayValue('Välj typ');
    expect(kind).toBeRequired();
    await user.click(screen.getByRole('button', { name: 'Skapa organisation' }));
    expect(kind).toHaveAttribute('aria-invalid', 'true');
    expect(kind).toHaveAccessibleDescription(/Välj en typ/);
    expect(document.getElementById(`${fieldDomId('kind')}-error`)).toHaveTextContent('Välj en typ.');
    expect(screen.getByRole('link', { name: 'Typ: Välj en typ.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Namn (obligatoriskt)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Namn (obligatoriskt)')).toHaveAccessibleDescription(/Ange ett namn/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    // Choosing a kind clears its error on the next attempt.
    await user.selectOptions(kind, 'civil_society');
    await user.click(screen.getByRole('button', { name: 'Skapa organisation' }));
    expect(kind).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Namn (obligatoriskt)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('marks required fields with visible text, keeping the accessible name the plain label', async () => {
    serve(() => json({ items: [], next_cursor: null, allowed_actions: ['create'] }));
    renderWithProviders(<CreateOrganizationPage />);
    // The form shows once the list page's allowed_actions say the caller may create.
    await screen.findByRole('button', { name: 'Skapa organisation' });
    expect(screen.getByRole('textbox', { name: 'Namn' })).toBeRequired();
    expect(screen.getByRole('combobox', { name: 'Typ' })).toBeRequired();
    expect(screen.getAllByText('(obligatoriskt)')).toHaveLength(2);
    expect(screen.getByLabelText('Organisationsnummer')).not.toBeRequired();
  });

  it('PATCHes with If-Match from the loaded version and explains a 412', async () => {
    const requests = serve((req) => {
      if (req.method === 'GET' && path(req) === `/api/v1/organizations/${org.id}`) return json(org, 200, { ETag: '"3"' });
      if (req.method === 'GET' && path(req) === '/api/v1/organizations') return json({ items: [org], next_cursor: null, allowed_actions: ['create'] });
      if (req.method === 'PATCH') {
        return json({ type: 'about:blank', title: 'Precondition Failed', status: 412, code: 'stale_version' }, 412);
      }
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderWithProviders(<EditOrganizationPage />, {
      route: `/organizations/${org.id}/edit`,
      path: '/organizations/:id/edit',
    });
    const name = await screen.findByLabelText('Namn (obligatoriskt)');
    expect(name).toHaveValue('Föreningen Trygg');
    await user.clear(name);
    await user.type(name, 'Föreningen Tryggare');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Någon annan har ändrat/);
    expect(screen.getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    expect(await patch.json()).toMatchObject({ name: 'Föreningen Tryggare' });
  });
});

describe('organizations list', () => {
  it('hides the create button when the list page does not allow create (a viewer)', async () => {
    serve(() => json({ items: [org], next_cursor: null, allowed_actions: [] }));
    renderWithProviders(<OrganizationsPage />, { user: testUser({ role: 'viewer', email: 'viewer@samverkan.test' }) });
    expect(await screen.findByRole('link', { name: 'Föreningen Trygg' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ny organisation' })).toBeNull();
  });

  it('shows the create button when the list page allows create, and loads more via the cursor', async () => {
    const second = { ...org, id: '01900000-0000-7000-8000-0000000000bb', name: 'Andra föreningen' };
    const requests = serve((req) => {
      const cursor = new URL(req.url).searchParams.get('cursor');
      return cursor === 'c2' ? json({ items: [second], next_cursor: null, allowed_actions: ['create'] }) : json({ items: [org], next_cursor: 'c2', allowed_actions: ['create'] });
    });
    const user = userEvent.setup();
    renderWithProviders(<OrganizationsPage />);
    expect(await screen.findByRole('link', { name: 'Ny organisation' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Föreningen Trygg' });
    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByRole('link', { name: 'Andra föreningen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
    expect(new URL(requests[1].url).searchParams.get('cursor')).toBe('c2');
  });
});
