/** Small formatting helpers shared by the corpus eval sections. */

/** "81.2% (123/456)", or "—" when there is nothing to count. */
export function ratio(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : "— (0)";
}

export function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : "—";
}

/** `count` items spread evenly over the list (deterministic, so two runs show the same samples). */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

/** One line of text from a document, shortened: white space collapsed, at most `max` characters. */
export function clip(text: string, max = 110): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
