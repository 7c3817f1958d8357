/**
 * CSV for spreadsheets. Excel reads a UTF-8 file as the local code page unless it starts with a
 * BOM, which turns Chinese into mojibake; and a cell starting with = + - @ (or tab/CR) is run as a
 * formula (CSV injection), so such cells get a leading apostrophe. A number is not a text cell,
 * so negative numbers stay numbers.
 */
export type CsvCell = string | number | boolean | null | undefined;

const UTF8_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: CsvCell[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return (options.bom === false ? '' : UTF8_BOM) + body + '\r\n';
}

function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
