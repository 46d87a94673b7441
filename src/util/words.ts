/**
 * Whether `text` holds more than `max` words (runs of non-space), reading no further than it must:
 * the furniture tests ask it of every edge line, and `split(/\s+/)` of a long paragraph built an
 * array of all its words to count past the first dozen.
 */
export function moreWordsThan(text: string, max: number): boolean {
  const word = /\S+/g;
  let n = 0;
  while (word.exec(text)) if (++n > max) return true;
  return false;
}
