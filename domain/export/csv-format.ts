/**
 * RFC 4180 writing: CRLF between records, every field quoted when it holds a comma, quote,
 * CR or LF, quotes doubled. Text cells that a spreadsheet would read as a formula (starting
 * with = + - @, tab or CR) get a leading apostrophe (OWASP "CSV injection").
 */

export type CsvCell = string | number | boolean | null;

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  // Numbers and booleans are written by us, never user text, so they are left as numbers.
  const text = typeof cell === "string" ? neutraliseFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(header: readonly string[], rows: readonly CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
