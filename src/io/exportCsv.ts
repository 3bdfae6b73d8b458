/**
 * CSV of a table (the table view's actors or relations): RFC 4180 (comma,
 * CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled), UTF-8 with a byte-order mark so that Excel reads å, ä and ö
 * right, and guarded against formula injection: a cell that starts with = + - @,
 * a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
 * a name like "=HYPERLINK(…)" as text instead of running it (OWASP's advice).
 * The caller gives texts already translated; this module knows no language.
 */

/** The byte-order mark, as a character: TextEncoder writes it as EF BB BF. */
export const BOM = '\uFEFF';

/** What a spreadsheet could read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised if it could start a formula, then quoted if it must be. */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  // Numbers are data, not formulas: -0.5 stays a number. Text is guarded.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file as text: BOM, the header row, then one row per record, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The file as a Blob for download (text/csv, UTF-8, header present: RFC 4180's media type parameters). */
export function csvBlob(header: readonly string[], rows: readonly (readonly (string | number)[])[]): Blob {
  return new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8;header=present' });
}
