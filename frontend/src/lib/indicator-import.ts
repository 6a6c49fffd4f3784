/**
 * The indicator import's answers for people: a 422's `errors` (`row[5].value`, `row[1].area_id` for
 * the header, `row[3].file` for a whole row, `file` for the whole file) as rows of a table, and the
 * file template.
 */
import type { TFunction } from 'i18next';
import type { FieldError } from '@/api/types';
import { IMPORT_COLUMNS } from './indicators';
import { fieldErrorText } from './problem-text';

export interface ImportCellError {
  /** The spreadsheet's row number (the header is 1); null for the whole file. */
  row: number | null;
  /** The column's name in the file; null for the whole row or the whole file. */
  column: string | null;
  code: string;
  message: string;
}

const CELL = /^row\[(\d+)\]\.(.+)$/;

/** `row[5].value` → row 5, column value; `row[3].file` → the whole row 3; `file` → the whole file. */
export function parseImportErrors(errors: readonly FieldError[]): ImportCellError[] {
  const order = (c: string | null) => (c === null ? -1 : (IMPORT_COLUMNS as readonly string[]).indexOf(c) + 1 || IMPORT_COLUMNS.length + 1);
  return errors
    .map((e) => {
      const m = CELL.exec(e.field);
      if (m) return { row: Number(m[1]), column: m[2] === 'file' ? null : m[2], code: e.code, message: e.message };
      return { row: null, column: e.field === 'file' ? null : e.field, code: e.code, message: e.message };
    })
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || order(a.column) - order(b.column));
}

/**
 * An import error in words: for the header (row 1) by code, for a column by column and code, for the
 * whole file or row by code, else the general text of the field code (`forms.errors.<code>`).
 */
export function importErrorText(t: TFunction, exists: (key: string) => boolean, e: ImportCellError): string {
  const specific =
    e.row === 1 && e.column
      ? `indicatorImport.headerErrors.${e.code}`
      : e.row === null && e.column === null
        ? `indicatorImport.fileErrors.${e.code}`
        : e.column === null
          ? `indicatorImport.rowErrors.${e.code}`
          : `indicatorImport.cellErrors.${e.column}.${e.code}`;
  return exists(specific) ? t(specific) : fieldErrorText(t, exists, e.code, e.message);
}

/** The template's rows: the header and two examples (everyone, and a group), with the code and area id given or placeholders. */
export function importTemplate({ code, areaId, placeholders }: { code?: string; areaId?: string; placeholders: { code: string; areaId: string } }): string {
  const c = code || placeholders.code;
  const a = areaId || placeholders.areaId;
  return [IMPORT_COLUMNS.join(';'), `${c};${a};2025;;12,5;812;`, `${c};${a};2025;kvinnor;15,1;430;`].join('\r\n') + '\r\n';
}

/** A `data:` URL of a CSV file (UTF-8 with a byte order mark, so spreadsheet programs read å, ä, ö right). */
export function csvDataUrl(text: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${text}`)}`;
}
