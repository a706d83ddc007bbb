/** One RFC 4180 record: fields joined by commas, quoted when they hold a comma, quote or line break, ended by CRLF. */
export function toCsvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(toCsvField).join(',')}\r\n`;
}

function toCsvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
