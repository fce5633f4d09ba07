/**
 * CSV as RFC 4180 writes it — CRLF line ends, fields with a comma, quote or
 * line break quoted, quotes doubled — with a UTF-8 byte-order mark so Excel
 * opens Chinese nicknames correctly.
 */

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
