/** How much of a text's start is inspected for binary data. */
const SAMPLE_CHARS = 8192;

/** Whether decoded input looks like binary data: a NUL, or more than 10% control characters in its first 8 K characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text.
    const isControl = (c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd;
    if (isControl) controls++;
  }
  return controls / sample.length > 0.1;
}
