/** Pairs of sentences similar enough to count as saying the same thing (for the summary's redundancy removal). */

export interface Neighbour {
  i: number;
  sim: number;
}

/** Up to this many sentences, comparing every pair costs less than finding the pairs to compare. */
const ALL_PAIRS_UP_TO = 100;

/**
 * Every pair of pool sentences whose term sets have a cosine above t (t ≥ 0). In a long
 * article, without comparing every pair: sentences are taken from the fewest terms up, and a sentence x is
 * compared only with the earlier ones (|y| ≤ |x|) that can reach t.
 *
 * - One shared term reaches t only when both sets are tiny (1/√(|x|·|y|) > t): such
 *   sentences are found by any one term, among those of a size that can.
 * - Otherwise the two share at least two terms, and at least t·|y| and t²·|x| (the cosine
 *   is at most √(|y|/|x|)). With terms ordered rarest first, the first two shared terms
 *   then lie among the first |y| − ⌈t·|y|⌉ + 2 terms of y and the first |x| − ⌈t²·|x|⌉ + 2
 *   of x ("prefix filtering": Bayardo, Ma and Srikant, "Scaling up all pairs similarity
 *   search", WWW 2007, here on pairs of terms): sentences are found by the pairs of terms
 *   in those prefixes, and a pair of terms is far rarer than either term.
 */
export function similarPairs(
  pool: number[],
  sets: Set<string>[],
  df: Map<string, number>,
  t: number,
): Map<number, Neighbour[]> {
  const pairs = new Map<number, Neighbour[]>();
  const link = (a: number, b: number, sim: number) => {
    push(pairs, a, { i: b, sim });
    push(pairs, b, { i: a, sim });
  };
  if (pool.length <= ALL_PAIRS_UP_TO) {
    for (let a = 0; a < pool.length; a++) {
      for (let b = a + 1; b < pool.length; b++) {
        const sim = overlapCosine(sets[pool[a]!]!, sets[pool[b]!]!);
        if (sim > t) link(pool[a]!, pool[b]!, sim);
      }
    }
    return pairs;
  }
  // rarest first; terms as numbers
  const ranked = [...df].sort((a, b) => a[1] - b[1]);
  const rank = new Map(ranked.map(([term], r) => [term, r]));
  const pairKey = (a: number, b: number) => a * ranked.length + b;
  const sizedKey = (size: number, term: number) => size * ranked.length + term;
  const oneTermEnough = (sizeX: number, sizeY: number) => 1 / Math.sqrt(sizeX * sizeY) > t;
  const prefixLength = (size: number, shared: number) =>
    Math.min(size, size - Math.max(2, Math.ceil(shared - 1e-9)) + 2);

  /** Tiny sentences by size and term. */
  const byTerm = new Map<number, number[]>();
  const byPair = new Map<number, number[]>();
  const bySize = [...pool].sort((a, b) => sets[a]!.size - sets[b]!.size || a - b);
  for (const x of bySize) {
    const terms = [...sets[x]!].map((term) => rank.get(term)!).sort((a, b) => a - b);
    const size = terms.length;
    const compared = new Set<number>();
    const compare = (y: number) => {
      if (compared.has(y)) return;
      compared.add(y);
      const sim = overlapCosine(sets[x]!, sets[y]!);
      if (sim > t) link(x, y, sim);
    };
    for (let sizeY = 1; sizeY <= size && oneTermEnough(size, sizeY); sizeY++)
      for (const term of terms) for (const y of byTerm.get(sizedKey(sizeY, term)) ?? []) compare(y);
    const probe = prefixLength(size, t * t * size);
    for (let i = 0; i < probe; i++)
      for (let j = i + 1; j < probe; j++)
        for (const y of byPair.get(pairKey(terms[i]!, terms[j]!)) ?? []) compare(y);

    if (oneTermEnough(size, size)) for (const term of terms) push(byTerm, sizedKey(size, term), x);
    const indexed = prefixLength(size, t * size);
    for (let i = 0; i < indexed; i++)
      for (let j = i + 1; j < indexed; j++) push(byPair, pairKey(terms[i]!, terms[j]!), x);
  }
  return pairs;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Cosine of two term sets. */
export function overlapCosine(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}
