/** Reads CSV back (RFC 4180, with a leading BOM) into header names and rows of records. */
export function parseCsv(text: string): {
  bom: boolean;
  header: string[];
  rows: Record<string, string>[];
} {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const records: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(field);
      records.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  const [header = [], ...rest] = records;
  const rows = rest.map((values) => {
    if (values.length !== header.length) throw new Error('CSV row has the wrong field count');
    return Object.fromEntries(header.map((name, index) => [name, values[index] ?? '']));
  });
  return { bom, header, rows };
}
