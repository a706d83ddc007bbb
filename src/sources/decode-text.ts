import type { Diagnostic } from '../domain/index.js';

/** Text decoded from bytes, with a diagnostic when the bytes were not valid UTF-8. */
export interface DecodedText {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

/**
 * Decodes input bytes: UTF-16 LE/BE when a BOM says so, else UTF-8 (BOM stripped), and when the
 * bytes are not valid UTF-8, windows-1252 with an `input/bad-encoding` warning.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // TextDecoder strips the BOM of its own encoding (ignoreBOM defaults to false).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), diagnostics: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), diagnostics: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    // "caf\xE9" from an old Latin-1 export: every byte means something in windows-1252.
    return {
      text: decodeWindows1252(bytes),
      diagnostics: [{
        code: 'input/bad-encoding',
        severity: 'warning',
        message: 'the input is not valid UTF-8; it was decoded as windows-1252',
      }],
    };
  }
}

/** Windows-1252's characters for bytes 0x80-0x9F, where it differs from Latin-1 (undefined bytes map to themselves). */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/** Decodes windows-1252 by hand: Node 20's TextDecoder treats the label as Latin-1 and gets 0x80-0x9F wrong. */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}
