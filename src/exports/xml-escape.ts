// Characters XML 1.0 forbids anywhere, even escaped: C0 controls but tab and line breaks,
// lone surrogates, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex -- matching these control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content or a quoted attribute, dropping characters XML cannot hold. */
export function escapeXml(value: string | number | boolean): string {
  return String(value).replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
