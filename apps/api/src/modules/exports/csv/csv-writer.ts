/** A CSV cell: text is quoted as needed and guarded against formula injection; numbers and booleans are written as is. */
export type CsvCell = string | number | boolean | null;

/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection guidance). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 record per row, each ended by CRLF. A field is quoted when it holds a comma, a quote, a
 * CR or an LF, with quotes doubled. Text that a spreadsheet would run as a formula (`=HYPERLINK(...)`,
 * `+1`, `-2`, `@SUM`) gets a leading apostrophe, so it shows as text; numbers are never altered, so
 * a negative value stays a number.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error('A CSV number must be finite.');
    return String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
