import type { ReactNode } from 'react';

export interface Column<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The column that names the row (a `<th scope="row">`); one per table. */
  rowHeader?: boolean;
  /** The header as text, for a `stacked` table's cards (default: `header` when it is a string). */
  label?: string;
}

export interface DataTableProps<T> {
  caption: string;
  /** Show the caption (default: only for screen readers, the page heading says it). */
  showCaption?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  className?: string;
  /**
   * On a phone (under 40rem) each row becomes a card: the cells one under the other, each with its
   * column's header beside it (`data-label`, shown by CSS; the header cells stay for screen readers).
   * For tables whose every column matters on a phone (the meetings, the attendance); others scroll.
   */
  stacked?: boolean;
}

/**
 * A table that scrolls inside its own wrapper on narrow screens (the page never scrolls sideways),
 * or with `stacked` turns its rows into cards there.
 */
export function DataTable<T>({ caption, showCaption, columns, rows, rowKey, rowClassName, className, stacked }: DataTableProps<T>) {
  const label = (c: Column<T>) => (stacked ? (c.label ?? (typeof c.header === 'string' ? c.header : undefined)) : undefined);
  return (
    <div className="table-wrap">
      <table className={[className, stacked ? 'stacked-table' : null].filter(Boolean).join(' ') || undefined}>
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.id} scope="row" data-label={label(c)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.id} data-label={label(c)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
