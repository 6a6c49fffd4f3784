/**
 * CSV for Swedish Excel: semicolon-separated, CRLF line ends, UTF-8 with a byte order mark (so Excel
 * reads å, ä, ö right), fields quoted when they hold a separator, a quote or a line break.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
}
