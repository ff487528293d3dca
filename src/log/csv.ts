/**
 * CSV that opens cleanly in Excel (UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line
 * ends) and where no cell can run as a formula (OWASP CSV injection: a text cell that starts
 * with = + - @ tab or carriage return gets a leading single quote).
 */

/** The byte order mark Excel needs to read UTF-8. Put it once, at the very start of a file. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell. Numbers are written as they are; text is defused and quoted when needed. */
export function csvCell(value: string | number): string {
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, ending in CRLF. */
export function csvRow(cells: readonly (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
