/**
 * Who a summary's pronouns stand for, as the greedy pick (nlp/summary.ts) goes. A sentence whose
 * pronoun stands for a person ("She added …", "“…,” he said.") reads right without the sentence
 * before it when the last summary sentence before it that names anyone names that person: the
 * reader takes the pronoun for someone just named. Kept here: the taken sentences that name
 * someone, and the pronoun sentences taken without the sentence before them, so that a sentence
 * naming someone else is not put between the two later without the pronoun sentence's own
 * antecedent.
 */
export class PersonThread {
  /** Taken sentences that name someone, in article order. */
  private naming: number[] = [];
  /** Pronoun sentences taken without the sentence before them, in article order. */
  private alone: number[] = [];
  /** The pronoun sentences (those that may go without the sentence before), by person. */
  private pointingTo = new Map<string, number[]>();

  /**
   * @param person for each sentence, the person its pronoun stands for, if it leans back only for them
   * @param names for each sentence, the people it names
   */
  constructor(
    private readonly person: readonly (string | undefined)[],
    private readonly names: readonly string[][],
  ) {
    person.forEach((p, i) => {
      if (p !== undefined) (this.pointingTo.get(p) ?? this.pointingTo.set(p, []).get(p)!).push(i);
    });
  }

  /** Whether sentence i's pronoun finds its person in the summary taken so far. */
  findsPerson(i: number): boolean {
    const p = this.person[i];
    const j = p === undefined ? undefined : this.lastNamingBefore(i);
    return j !== undefined && this.names[j]!.includes(p!);
  }

  /**
   * The pronoun sentences, taken without the sentence before them, that taking these sentences
   * (in article order) would cut from their person: one of them would become the last naming
   * sentence before the pronoun and name someone else.
   */
  cutOff(members: readonly number[]): number[] {
    if (this.alone.length === 0) return [];
    const namers = members.filter((m) => this.names[m]!.length > 0);
    if (namers.length === 0) return [];
    const end = this.naming[sortedIndex(this.naming, namers[namers.length - 1]! + 1)] ?? Infinity;
    const out: number[] = [];
    for (let k = sortedIndex(this.alone, namers[0]! + 1); k < this.alone.length; k++) {
      const d = this.alone[k]!;
      if (d > end) break; // the next naming sentence (perhaps d itself) keeps the rest
      const mine = namers.filter((m) => m < d).pop()!;
      const theirs = this.lastNamingBefore(d);
      if ((theirs === undefined || mine > theirs) && !this.names[mine]!.includes(this.person[d]!))
        out.push(d);
    }
    return out;
  }

  /**
   * Notes sentence i as taken (`alone`: without the sentence before it); returns the pronoun
   * sentences that may now find their person through it.
   */
  take(i: number, alone: boolean): number[] {
    if (alone && this.person[i] !== undefined) this.alone.splice(sortedIndex(this.alone, i), 0, i);
    if (this.names[i]!.length === 0) return [];
    const at = sortedIndex(this.naming, i);
    this.naming.splice(at, 0, i);
    const end = this.naming[at + 1] ?? Infinity;
    return this.names[i]!.flatMap((p) => {
      const ds = this.pointingTo.get(p) ?? [];
      return ds.slice(sortedIndex(ds, i + 1), sortedIndex(ds, end));
    });
  }

  private lastNamingBefore(i: number): number | undefined {
    return this.naming[sortedIndex(this.naming, i) - 1];
  }
}

/** Where x goes in an ascending array: the number of its items below x. */
function sortedIndex(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
