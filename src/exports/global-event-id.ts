import { createHash } from 'node:crypto';

/** A stable positive integer for an event id (GDELT's GlobalEventID): the first 53 bits of its SHA-256. */
export function toGlobalEventId(eventId: string): number {
  const head = BigInt(`0x${createHash('sha256').update(eventId).digest('hex').slice(0, 14)}`); // 56 bits
  const id = Number(head >> 3n); // 53 bits: exact in a JavaScript number and a 64-bit integer column
  return id === 0 ? 1 : id;
}
