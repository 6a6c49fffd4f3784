import type { ReactNode } from 'react';

export interface Column<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The column that names the row (a `<th scope="row">`); one per table. */
  rowHeader?: boolean;
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
}

/** A table that scrolls inside its own wrapper on narrow screens (the page never scrolls sideways). */
export function DataTable<T>({ caption, showCaption, columns, rows, rowKey, rowClassName, className }: DataTableProps<T>) {
  return (
    <div className="table-wrap">
      <table className={className}>
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
                  <th key={c.id} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.id}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
