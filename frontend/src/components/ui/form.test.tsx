import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders, testUser } from '@/testing/test-utils';
import { ApiError } from '@/lib/problem';
import { Form, TextField, formFieldId, useServerForm } from './form';

/** A two-field form whose submit fails with `error`. */
function Harness({ error }: { error: ApiError }) {
  const [name, setName] = useState('Rådet');
  const [kind, setKind] = useState('local');
  const labels: Record<string, string> = { name: 'Namn', kind: 'Typ' };
  const form = useServerForm({ prefix: 'h', isKnownField: (f) => f in labels, labelFor: (f) => labels[f] ?? f });
  return (
    <Form form={form} submitLabel="Spara" onSubmit={async () => void (await form.submit(() => Promise.reject(error)))}>
      <TextField form={form} field="name" label="Namn" value={name} onChange={setName} />
      <TextField form={form} field="kind" label="Typ" value={kind} onChange={setKind} />
    </Form>
  );
}

const forbidden = (errors?: { field: string; code: 'not_allowed'; message: string }[]) =>
  new ApiError(403, { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'x', ...(errors ? { errors } : {}) });

describe('useServerForm and a 403', () => {
  it('shows the fields a 403 names (not_allowed) at the fields, and in the role alert', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <Harness
        error={forbidden([
          { field: 'kind', code: 'not_allowed', message: 'Only coordinators and admins may change this.' },
          { field: 'mandate', code: 'not_allowed', message: 'Only coordinators and admins may change this.' },
        ])}
      />,
      { user: testUser({ role: 'member' }) },
    );
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du får inte göra detta');
    expect(alert).toHaveTextContent('Din roll (Medlem) tillåter inte ändringen');
    await waitFor(() => expect(alert).toHaveFocus());
    // The named field: marked, and its error (in Swedish) read with it.
    const kind = screen.getByLabelText('Typ');
    expect(kind).toHaveAttribute('aria-invalid', 'true');
    expect(kind).toHaveAccessibleDescription(/Bara samordnare och administratörer får ändra detta\./);
    expect(document.getElementById(`${formFieldId('h', 'kind')}-error`)).toBeInTheDocument();
    expect(screen.getByLabelText('Namn')).not.toHaveAttribute('aria-invalid');
    // The alert lists them too: a field in the form links to it, one without a control is named.
    await user.click(within(alert).getByRole('link', { name: 'Typ: Bara samordnare och administratörer får ändra detta.' }));
    expect(kind).toHaveFocus();
    expect(alert).toHaveTextContent('mandate: Bara samordnare och administratörer får ändra detta.');
    // No second, competing summary.
    expect(screen.queryByRole('group', { name: 'Formuläret innehåller fel' })).toBeNull();
  });

  it('keeps a plain 403 to the role alert', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness error={forbidden()} />, { user: testUser({ role: 'member' }) });
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du får inte göra detta');
    expect(within(alert).queryByRole('list')).toBeNull();
    expect(screen.getByLabelText('Typ')).not.toHaveAttribute('aria-invalid');
  });
});
