/**
 * RFC 4180 CSV for the Kumu spreadsheet layout, both ways. Written as UTF-8
 * text with a byte-order mark (so Excel reads å, ä and ö right) and CRLF line
 * ends; fields quoted when they hold a comma, quote or line break.
 *
 * Formula injection: a text cell that a spreadsheet could run as a formula
 * (starting with = + - @, a tab or a carriage return, after any apostrophes) gets
 * one more leading apostrophe on write; the reader takes exactly that one off, so
 * every text comes back as it was, "'=x" included. Numbers are data and stay
 * unguarded (an X of -12 is a number, not a formula).
 */

export type Cell = string | number;

const BOM = '\uFEFF';
const GUARD_NEEDED = /^'*[=+\-@\t\r]/;

function field(value: Cell): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && GUARD_NEEDED.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV text: BOM, then one CRLF-ended line per row. */
export function writeCsv(rows: readonly (readonly Cell[])[]): string {
  return `${BOM}${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Take off the apostrophe that `writeCsv` (or another careful tool) put before a would-be formula. */
export function unguard(text: string): string {
  return text.startsWith("'") && GUARD_NEEDED.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Parse CSV text into rows of strings (guard apostrophes removed). Accepts a BOM,
 * CRLF or LF line ends, and a missing final line end; a quote inside an unquoted
 * field is kept as text, as spreadsheets do. Comma or semicolon separated: a
 * spreadsheet saved in a Finnish or Swedish locale writes semicolons.
 */
export function readCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = guessSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(unguard(value));
    value = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          value += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else value += c;
      i++;
      continue;
    }
    if (c === '"' && value === '') quoted = true;
    else if (c === separator) endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n' || c === '\r') endRow();
    else value += c;
    i++;
  }
  if (value !== '' || row.length > 0) endRow();
  // Blank rows stay, so that a row's index + 1 is the row number a spreadsheet shows; the table reader skips them.
  return rows;
}

/** The separator of the header line: semicolon only when the header has semicolons and no commas outside quotes. */
function guessSeparator(text: string): ',' | ';' {
  const end = text.search(/\r|\n/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}
