/** A set of the words of a space-separated list (and of a '|'-packed generated list). */
export function wordSet(spaced: string, packed = ""): Set<string> {
  return new Set([...packed.split("|"), ...spaced.split(" ")].filter(Boolean));
}
