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

/** `samples` speaker, missed and extra errors each, spread over the list (the eval's `-v` listing). */
export function printErrorSamples(
  errors: readonly { what: "missed" | "extra" | "speaker"; line: string }[],
  samples: number,
): void {
  for (const what of ["speaker", "missed", "extra"] as const) {
    const all = errors.filter((e) => e.what === what);
    console.log(`  sample ${what} errors (${Math.min(samples, all.length)} of ${all.length}):`);
    for (const e of spread(all, samples)) console.log(`    ${e.line}`);
  }
}

/** One line of text from a document, shortened: white space collapsed, at most `max` characters. */
export function clip(text: string, max = 110): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
