/** Shortens text to at most `width` characters, ending with "…" when cut; line breaks and tabs become spaces. */
export function truncateText(text: string, width: number): string {
  const flat = text.replace(/[\t\r\n]+/g, ' ');
  // Code points, not UTF-16 units, so that "Türkiye" or an emoji is never split in half.
  const chars = [...flat];
  if (chars.length <= width) return flat;
  if (width <= 0) return '';
  return `${chars.slice(0, width - 1).join('')}…`;
}

/** How many characters a text shows (code points). */
export function textWidth(text: string): number {
  return [...text].length;
}
