import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { DataTable, type Column } from './DataTable';

interface Row {
  id: string;
  name: string;
  status: string;
}

const rows: Row[] = [
  { id: '1', name: 'Trygghetsråd Järva', status: 'Planerat' },
  { id: '2', name: 'Lokal styrgrupp Södermalm', status: 'Inställt' },
];
const columns: Column<Row>[] = [
  { id: 'name', header: 'Möte', rowHeader: true, cell: (r) => r.name },
  { id: 'status', header: <span>Status</span>, label: 'Status', cell: (r) => r.status },
  { id: 'actions', header: <span className="visually-hidden">Åtgärder</span>, cell: () => null },
];

describe('DataTable', () => {
  it('names the rows by their row header and hides the caption visually', () => {
    render(<DataTable caption="Möten" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const table = screen.getByRole('table', { name: 'Möten' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Trygghetsråd Järva', 'Lokal styrgrupp Södermalm']);
    expect(table).not.toHaveClass('stacked-table');
    expect(table.querySelector('[data-label]')).toBeNull();
  });

  it('stacked: every cell carries its column’s name for the phone’s cards, the header row stays', () => {
    render(<DataTable caption="Möten" columns={columns} rows={rows} rowKey={(r) => r.id} stacked />);
    const table = screen.getByRole('table', { name: 'Möten' });
    expect(table).toHaveClass('stacked-table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    const [first] = within(table).getAllByRole('row').slice(1);
    // A string header is the label; another header gives its `label`; one with neither has none.
    expect([...first.children].map((c) => c.getAttribute('data-label'))).toEqual(['Möte', 'Status', null]);
  });
});
