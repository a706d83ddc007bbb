/**
 * Turns words typed by a user into an FTS5 query that needs all of them, with FTS5 syntax
 * neutralised ("Erdogan's AND talks" -> `"erdogan's" "and" "talks"`); null when no word is left.
 */
export function toMatchQuery(text: string): string | null {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w.length > 0);
  return words.length === 0 ? null : words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}
