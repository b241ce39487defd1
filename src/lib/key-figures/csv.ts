/**
 * A tiny CSV writer (RFC 4180): fields with a comma, quote or line break are
 * quoted, quotes doubled, records end in CRLF; the file starts with a UTF-8
 * byte order mark so that Excel opens Chinese text correctly. Text that comes
 * from a report and begins with = + - @ (or a tab or return) gets a leading
 * apostrophe, so a spreadsheet never runs it as a formula (OWASP's "CSV
 * injection" advice); numbers are written as numbers.
 */
export type CsvValue = string | number | boolean | undefined;

const BOM = '\uFEFF';

function field(value: CsvValue): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: the header, then one record per row, in the header's order. */
export function writeCsv<K extends string>(header: readonly K[], rows: readonly Partial<Record<K, CsvValue>>[]): string {
  const records = [header.map((name) => field(name)), ...rows.map((row) => header.map((name) => field(row[name])))];
  return BOM + records.map((record) => `${record.join(',')}\r\n`).join('');
}
