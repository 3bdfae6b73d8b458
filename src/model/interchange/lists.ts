/**
 * Several values in one cell, joined with `|` as Kumu does. A `|` or `\` inside
 * a value is escaped with a backslash so that a topic like "A|B" survives;
 * hand-typed cells without backslashes read as plain `|`-separated lists.
 */
export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

/** The values of a cell; blank items (a stray `||` or trailing `|`) are dropped, items trimmed. */
export function splitList(cell: string, separator = '|'): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === '\\' || cell[i + 1] === separator)) {
      current += cell[i + 1];
      i++;
    } else if (c === separator) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((v) => v.trim()).filter((v) => v !== '');
}

/** Split keeping blank items, for lists aligned with another column (one group per service). */
export function splitAligned(cell: string): string[] {
  if (cell.trim() === '') return [];
  return cell.split('|').map((v) => v.trim());
}
